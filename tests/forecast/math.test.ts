import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cagr, compound, fitTrend, reconcileToTotal, yearOverYear, yearRange } from '../../src/forecast/index.js';

describe('hand-computed expectations', () => {
  it('4.5 growing 9.8 % for 7 years is 8.658', () => {
    // 1.098^2 = 1.205604, ^4 = 1.453481005, ^7 = ^4 x ^2 x 1.098 = 1.924050; x 4.5 = 8.65823
    expect(compound(4.5, 0.098, 7)).toBeCloseTo(4.5 * 1.453481005 * 1.205604 * 1.098, 6);
    expect(compound(4.5, 0.098, 7)).toBeCloseTo(8.65823, 4);
  });
  it('CAGR(4.5 -> 9.3 over 8 years) = 9.50 %', () => {
    expect(cagr(4.5, 9.3, 8)).toBeCloseTo(0.0950, 4);
  });
  it('CAGR of a doubling over 7 years is 2^(1/7) - 1 = 10.41 %', () => {
    expect(cagr(10, 20, 7)).toBeCloseTo(0.10409, 5);
  });
  it('year-over-year growth', () => {
    expect(yearOverYear([{ year: 2020, value: 100 }, { year: 2021, value: 110 }, { year: 2022, value: 99 }])).toEqual([
      { year: 2021, growth: expect.closeTo(0.1, 12) },
      { year: 2022, growth: expect.closeTo(-0.1, 12) },
    ]);
  });
  it('refuses meaningless inputs instead of returning NaN', () => {
    expect(() => cagr(0, 5, 3)).toThrow(RangeError);
    expect(() => cagr(5, -1, 3)).toThrow(RangeError);
    expect(() => cagr(5, 6, 0)).toThrow(RangeError);
  });
});

describe('trend fit', () => {
  it('recovers an exact exponential\'s rate with R^2 = 1', () => {
    const history = yearRange(2015, 2023).map((year, i) => ({ year, value: 3.2 * 1.073 ** i }));
    const fit = fitTrend(history);
    expect(fit.rate).toBeCloseTo(0.073, 12);
    expect(fit.r2).toBeCloseTo(1, 12);
  });
  it('gives R^2 below 1 for noisy data and the least-squares slope', () => {
    // ln values 0, 0.2, 0.1 -> slope 0.05 by hand: sxy = (-1)(-0.1)+(1)(0) = 0.1, sxx = 2
    const fit = fitTrend([{ year: 1, value: 1 }, { year: 2, value: Math.exp(0.2) }, { year: 3, value: Math.exp(0.1) }]);
    expect(fit.rate).toBeCloseTo(Math.expm1(0.05), 12);
    // syy = 0.01+0.01+0 = 0.02 (mean 0.1); r2 = 0.01 / (2 x 0.02) = 0.25
    expect(fit.r2).toBeCloseTo(0.25, 12);
  });
  it('fits a flat history as zero growth', () => {
    expect(fitTrend(yearRange(2000, 2005).map((year) => ({ year, value: 7 })))).toEqual({ rate: 0, r2: 1 });
  });
  it('recovers any exact exponential (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.4, max: 0.9, noNaN: true }),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.integer({ min: 3, max: 30 }),
        (rate, start, n) => {
          const history = yearRange(2000, 2000 + n - 1).map((year, i) => ({ year, value: start * (1 + rate) ** i }));
          expect(fitTrend(history).rate).toBeCloseTo(rate, 9);
        },
      ),
    );
  });
});

describe('CAGR properties', () => {
  it('CAGR(v0, v0*(1+r)^n, n) == r, including zero and negative growth', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.oneof(fc.constant(0), fc.double({ min: -0.49, max: 0.99, noNaN: true })),
        fc.integer({ min: 1, max: 20 }),
        (v0, r, n) => {
          expect(cagr(v0, compound(v0, r, n), n)).toBeCloseTo(r, 10);
        },
      ),
    );
  });
});

describe('reconcileToTotal', () => {
  const segmentsArb = fc
    .array(fc.record({ weight: fc.integer({ min: 1, max: 1000 }), rate: fc.double({ min: -0.49, max: 0.99, noNaN: true }) }), {
      minLength: 2,
      maxLength: 30,
    })
    .map((list) => {
      const total = list.reduce((a, b) => a + b.weight, 0);
      return list.map((s) => ({ share: s.weight / total, rate: s.rate }));
    });
  const totalArb = fc
    .record({
      horizon: fc.integer({ min: 1, max: 20 }),
      history: fc.integer({ min: 3, max: 10 }),
      rate: fc.double({ min: -0.49, max: 0.99, noNaN: true }),
      base: fc.double({ min: 0.01, max: 1e5, noNaN: true }),
    })
    .map(({ horizon, history, rate, base }) => ({
      baseYear: 2023,
      total: yearRange(2023 - history + 1, 2023 + horizon).map((year) => ({ year, value: compound(base, rate, year - 2023) })),
    }));

  it('segments sum to the total in every year, for random shares, rates and horizons of 1 to 20 years', () => {
    fc.assert(
      fc.property(segmentsArb, totalArb, (segments, { baseYear, total }) => {
        const series = reconcileToTotal(segments, total, baseYear);
        total.forEach((point, k) => {
          const sum = series.reduce((acc, s) => acc + s[k]!.value, 0);
          expect(Math.abs(sum - point.value)).toBeLessThanOrEqual(1e-9 * point.value);
          for (const s of series) expect(s[k]!.value).toBeGreaterThan(0);
        });
      }),
      { numRuns: 200 },
    );
  });
  it('keeps base-year shares and lets the faster segment gain share', () => {
    fc.assert(
      fc.property(segmentsArb, totalArb, (segments, { baseYear, total }) => {
        const series = reconcileToTotal(segments, total, baseYear);
        const k = total.findIndex((p) => p.year === baseYear);
        segments.forEach((s, i) => expect(series[i]![k]!.value / total[k]!.value).toBeCloseTo(s.share, 10));
        // One common factor per year: the ratio of two segments moves exactly by their relative growth.
        const last = total.length - 1;
        const t = total[last]!.year - baseYear;
        const [a, b] = [segments[0]!, segments[1]!];
        const ratio = series[0]![last]!.value / series[1]![last]!.value;
        const expected = (a.share / b.share) * ((1 + a.rate) / (1 + b.rate)) ** t;
        expect(ratio / expected).toBeCloseTo(1, 9);
      }),
      { numRuns: 100 },
    );
  });
  it('segments growing with the market keep their shares', () => {
    const total = yearRange(2020, 2030).map((year) => ({ year, value: compound(5, 0.08, year - 2023) }));
    const series = reconcileToTotal([{ share: 0.25, rate: 0.08 }, { share: 0.75, rate: 0.08 }], total, 2023);
    series[0]!.forEach((p, k) => expect(p.value / total[k]!.value).toBeCloseTo(0.25, 12));
  });
});

describe('segments before the base year', () => {
  it('keep their base-year shares of the actual totals, whatever their forecast rates', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -0.49, max: 0.99, noNaN: true }), { minLength: 2, maxLength: 8 }),
        fc.integer({ min: 1, max: 10 }),
        (rates, history) => {
          const shares = rates.map((_, i) => (i + 1) / ((rates.length * (rates.length + 1)) / 2));
          const total = yearRange(2023 - history, 2026).map((year) => ({ year, value: 100 + year - 2000 }));
          const series = reconcileToTotal(rates.map((rate, i) => ({ share: shares[i]!, rate })), total, 2023);
          total.forEach((p, k) => {
            if (p.year > 2023) return;
            series.forEach((s, i) => expect(s[k]!.value / p.value).toBeCloseTo(shares[i]!, 12));
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
