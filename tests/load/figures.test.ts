// Figures the report cannot print: projections that overflow to Infinity, values
// past 15 digits or rounding to 0.00; each reported at the input that causes it,
// in words a reader understands (never "Infinity" or "1e+302 %").
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/forecast/index.js';
import { MAX_FIGURE } from '../../src/load/figures.js';
import { validateDataset } from '../../src/load/index.js';
import { amount } from '../../src/messages.js';
import { defaultRaw, segmentsGrowWithMarket } from '../fixtures.js';

function problems(mutate: (d: Record<string, any>) => void): string[] {
  const d = defaultRaw();
  mutate(d);
  return validateDataset(d, 'x.json').errors.map((e) => `${e.path}: ${e.message}`);
}
const unreadable = /Infinity|NaN|e\+\d|e-\d/;

describe('history values the report can print', () => {
  it('rejects 1e308 (it projected to Infinity and crashed the build) at the value', () => {
    const p = problems((d) => {
      d.market.history[5].value = 1e308;
      delete d.market.published;
    });
    expect(p).toEqual([
      'market.history[5].value: 1 × 10^308 USD billion is too large to print (figures must stay below 1 × 10^15): give the figure in a larger unit or check it',
    ]);
  });
  it('rejects values past 15 digits, each at its path, and skips the published check they would garble', () => {
    const p = problems((d) => d.market.history.forEach((h: { value: number }) => (h.value *= 1e300)));
    expect(p.map((l) => l.split(': ')[0])).toEqual([0, 1, 2, 3, 4, 5].map((i) => `market.history[${i}].value`));
    expect(p.join('\n')).not.toMatch(unreadable);
  });
  it('rejects values that print as 0.00', () => {
    const p = problems((d) => {
      d.market.history.forEach((h: { value: number }) => (h.value *= 1e-12));
      delete d.market.published;
    });
    expect(p).toHaveLength(6);
    expect(p[0]).toBe(
      'market.history[0].value: 3.15 × 10^-12 USD billion would print as 0.00 (the report rounds this market\'s figures to 2 decimals): give the market in a smaller unit or check the value',
    );
  });
  it('accepts large and small markets that print', () => {
    const scaled = (f: number) => (d: Record<string, any>) => {
      d.market.history.forEach((h: { value: number }) => (h.value *= f));
      delete d.market.published;
    };
    expect(problems(scaled(1e13))).toEqual([]); // 4.92e13, growing to 9.3e13 by 2030
    expect(problems(scaled(0.002))).toEqual([]); // 0.0063 .. 0.0098: still "0.01"
  });
});

describe('projected values', () => {
  it('rejects a CAGR that carries a large base past what prints, at market.forecast.cagr', () => {
    const p = problems((d) => {
      d.market.history.forEach((h: { value: number }) => (h.value *= 1.2e14));
      d.market.forecast.cagr = 0.3;
      delete d.market.published;
    });
    expect(p).toEqual([expect.stringMatching(/^market\.forecast\.cagr: grows the base-year value \(5\.9 × 10\^14\) to 1\.3 × 10\^15 USD billion by 2026, more than the report can print/)]);
  });
  it('rejects a fitted trend that overflows, at market.history', () => {
    const p = problems((d) => {
      d.market.forecast = { method: 'trend' };
      d.market.history = [1e-200, 1e-100, 1, 1e10, 1e14].map((value, i) => ({ year: 2019 + i, value }));
      d.market.history.unshift({ year: 2018, value: 1e-300 });
      delete d.market.published;
    });
    // The tiny early values print as 0.00 too; that is reported first and stops the projection.
    expect(p[0]).toMatch(/^market\.history\[0\]\.value: /);
    const trendOnly = problems((d) => {
      d.market.forecast = { method: 'trend' };
      d.market.history = [1, 1e3, 1e6, 1e9, 1e11, 1e14].map((value, i) => ({ year: 2018 + i, value }));
      delete d.market.published;
      delete d.market.scenarios;
    });
    expect(trendOnly).toEqual([expect.stringMatching(/^market\.history: the trend fitted to history grows [\d.,]+ % a year and projects .* for 2024, more than the report can print/)]);
    expect(trendOnly[0]).not.toMatch(unreadable);
  });
  it('rejects a high scenario that overflows while the base case prints, at market.scenarios.high', () => {
    const p = problems((d) => {
      d.market.history.forEach((h: { value: number }) => (h.value *= 4e13));
      d.market.forecast.cagr = 0.05;
      d.market.scenarios = { low: -0.02, high: 0.9 };
      delete d.market.published;
      segmentsGrowWithMarket(d);
    });
    expect(p).toEqual([expect.stringMatching(/^market\.scenarios\.high: makes the high case reach .* USD billion by 2026, more than the report can print/)]);
  });
  it('builds a Model with only finite figures from every dataset that passes', () => {
    for (const f of [1e-2, 1, 1e6, 1e13]) {
      const d = defaultRaw();
      d.market.history.forEach((h: { value: number }) => (h.value *= f));
      delete d.market.published;
      const r = validateDataset(d, 'x.json');
      expect(r.errors, String(f)).toEqual([]);
      const m = buildModel(r.value!);
      const all = [...m.market.series, ...m.market.scenarios!.low.series, ...m.market.scenarios!.high.series].map((p) => p.value);
      expect(all.every((v) => Number.isFinite(v) && v < MAX_FIGURE)).toBe(true);
    }
  });
});

describe('figures that print as zero', () => {
  // The default market: USD 4.92 billion in 2023, printed with 2 decimals, growing 9.5 % a year.
  it('rejects a low case that falls to USD 0.00 billion, at market.scenarios.low, saying what would print', () => {
    const p = problems((d) => (d.market.scenarios.low = -0.9));
    expect(p).toEqual([
      'market.scenarios.low: the low case falls to USD 0.00 billion by 2028 as printed with 2 decimals; it shrinks 80.5 % a year (the base rate plus this adjustment): check the adjustment',
    ]);
  });
  it('rejects a rate that shrinks the forecast to USD 0.00 billion, at market.forecast.cagr', () => {
    const p = problems((d) => {
      d.market.forecast.cagr = -0.49;
      d.forecastTo = 2043;
      delete d.market.published;
      delete d.market.scenarios;
    });
    expect(p).toEqual([
      'market.forecast.cagr: shrinks the base-year value (4.92) by 49 % a year, so the forecast falls to USD 0.00 billion by 2034 as printed with 2 decimals: check the rate, or give the market in a smaller unit',
    ]);
  });
  it('rejects a fitted trend that shrinks the forecast to zero as printed, at market.history', () => {
    const p = problems((d) => {
      d.market.forecast = { method: 'trend' };
      d.market.history = [400, 100, 25, 6.25, 1.5625, 0.390625].map((value, i) => ({ year: 2018 + i, value }));
      delete d.market.published;
      delete d.market.scenarios;
    });
    expect(p).toEqual([expect.stringMatching(/^market\.history: the trend fitted to history shrinks 75 % a year, so the forecast falls to USD 0\.00 billion by 2027 as printed with 2 decimals/)]);
  });
  it('rounds as the Formatter does: a forecast that prints as 0.01 passes', () => {
    // 0.1 shrinking 50 % a year: 0.0125 in 2026 prints 0.01, 0.00625 in 2027 still 0.01, 0.003125 in 2028 0.00.
    const market = (forecastTo: number) => (d: Record<string, any>) => {
      d.market.history = [0.4, 0.2, 0.1].map((value, i) => ({ year: 2021 + i, value }));
      d.market.forecast.cagr = -0.49999;
      d.baseYear = 2023;
      d.forecastTo = forecastTo;
      delete d.market.published;
      delete d.market.scenarios;
      segmentsGrowWithMarket(d);
    };
    expect(problems(market(2027))).toEqual([]);
    expect(problems(market(2028))).toEqual([expect.stringMatching(/^market\.forecast\.cagr: .* falls to USD 0\.00 billion by 2028 /)]);
  });
  it('rejects a company share that prints as 0.0%, at the share', () => {
    const p = problems((d) => (d.companies[0].share = 1e-9));
    expect(p).toEqual([
      'companies[0].share: 1 × 10^-9 would print as 0.0% (shares are printed with 1 decimal): a share is a fraction (0.05 means 5 %); check it, or leave the share out',
    ]);
    expect(problems((d) => (d.companies[0].share = 0.0005))).toEqual([]); // prints 0.1%
    expect(problems((d) => (d.companies[0].share = 0.00049))).toHaveLength(1);
  });
  it('rejects a company revenue that prints as 0.00, at the revenue', () => {
    expect(problems((d) => (d.companies[0].revenue = 1e-9))).toEqual([
      "companies[0].revenue: 1 × 10^-9 USD billion would print as 0.00 (the report rounds this market's figures to 2 decimals): give the market in a smaller unit or check the value",
    ]);
    expect(problems((d) => (d.companies[0].revenue = 0.005))).toEqual([]); // prints 0.01
    expect(problems((d) => (d.companies[0].revenue = 0.0049))).toHaveLength(1);
  });
  it('rejects a segment share that prints as 0.0%, at the share', () => {
    const p = problems((d) => {
      const [first, second] = d.segmentations[0].segments;
      first.share += second.share - 0.00005;
      second.share = 0.00005;
    });
    expect(p).toEqual([
      'segmentations[0].segments[1].share: 0.00005 would print as 0.0% (shares are printed with 1 decimal): a share is a fraction (0.05 means 5 %); check it, or merge the segment into another',
    ]);
  });
});

describe('other printed figures', () => {
  it('rejects a company revenue and a regional value past 15 digits', () => {
    const years = [2018, 2019, 2020, 2021, 2022, 2023];
    const p = problems((d) => {
      d.companies[0].revenue = 1e300;
      d.regionalData = { production: { Europe: years.map((year) => ({ year, value: year === 2020 ? 2e15 : 1 })) }, consumption: { Europe: years.map((year) => ({ year, value: 1 })) } };
    });
    expect(p).toEqual([
      expect.stringMatching(/^companies\[0\]\.revenue: 1 × 10\^300 USD billion is too large to print/),
      expect.stringMatching(/^regionalData\.production\.Europe\[2\]\.value: 2 × 10\^15 USD billion is too large to print/),
    ]);
  });
  it('accepts a revenue that prints', () => {
    expect(problems((d) => (d.companies[0].revenue = 12.5))).toEqual([]);
  });
});

describe('readable numbers in messages', () => {
  it('writes a published figure far off as a factor, not "1e+302 %"', () => {
    const p = problems((d) => (d.market.published[0].value = 0.0001));
    expect(p).toEqual([
      'market.published[0].value: published figure 0.0001 for 2022 (Headline figure of the published report excerpt) differs from the computed series (4.5), which is 45000 times as large; the allowed difference is 1 %',
    ]);
  });
  it('keeps the percentage for ordinary differences', () => {
    expect(problems((d) => (d.market.published[1].value = 9.3 * 1.2))[0]).toMatch(/by 16\.79 %; the allowed difference is 1 %$/);
  });
  it('never prints exponent notation or Infinity', () => {
    for (const x of [1e308, -1e300, 4.5e300, 3.15e-12, 1e15, 0.00042, Infinity, -Infinity, NaN]) expect(amount(x), String(x)).not.toMatch(unreadable);
    expect(amount(9.286753903236286)).toBe('9.287');
    expect(amount(4.5000000000000005e300)).toBe('4.5 × 10^300');
    expect(amount(0.00042)).toBe('0.00042');
  });
});
