// Segment rates the report would print far from the rates the dataset gives:
// reconciliation scales every segment so that they sum to the market, so rates
// that together imply another market growth all move (generated 733-0 gave
// Asia-Pacific 1.5 % a year and printed a CAGR of -2.9 %). The segmentation
// gets one error that explains why and what would fix it; each such segment a
// short one at its rate, or at the segment when it has none.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/forecast/index.js';
import { validateDataset } from '../../src/load/index.js';
import type { Dataset } from '../../src/types.js';
import { defaultRaw } from '../fixtures.js';

function problems(mutate: (d: Record<string, any>) => void): string[] {
  const d = defaultRaw();
  mutate(d);
  return validateDataset(d, 'x.json').errors.map((e) => `${e.path}: ${e.message}`);
}
/** Printed minus given rate of each segment of the first segmentation, as the Model computes it. */
function gaps(mutate: (d: Record<string, any>) => void): number[] {
  const d = defaultRaw();
  mutate(d);
  return buildModel(d as Dataset).segmentations[0]!.segments.map((s) => s.cagr - s.inputRate);
}

describe('segment rates that reconciliation would change', () => {
  it('accepts the bundled dataset, whose segments move by less than 0.2 points', () => {
    expect(problems(() => {})).toEqual([]);
    expect(Math.max(...gaps(() => {}).map(Math.abs))).toBeLessThan(0.002);
  });

  it('explains once, at the segmentation, and gives each drifting segment a short error with its own figures as printed', () => {
    const p = problems((d) => {
      const [hospitals, providers, insurers] = d.segmentations[0].segments;
      hospitals.cagr = 0.015;
      providers.cagr = 0.3;
      delete insurers.cagr;
    });
    expect(p).toEqual([
      expect.stringMatching(
        /^segmentations\[0\]: the report would print 3 segments' CAGRs for 2023-2030 more than a point from the rate given, .*segment series are scaled every year to sum to the market total.* the segments' rates grow the market from 4\.92 to \d+\.\d+ USD billion \(17\.1% a year\), but the market's forecast reaches 9\.287 USD billion \(9\.5% a year\)/,
      ),
      'segmentations[0].segments[0].cagr: given 1.5% a year, but the report would print a CAGR of -5.1% for 2023-2030 (why: see segmentations[0])',
      'segmentations[0].segments[1].cagr: given 30.0% a year, but the report would print a CAGR of 21.5% for 2023-2030 (why: see segmentations[0])',
      'segmentations[0].segments[2]: has no cagr of its own, so it is meant to grow with the market (9.5% a year), but the report would print a CAGR of 2.4% for 2023-2030 (why: see segmentations[0])',
    ]);
    // The explanation is not repeated: one cagr made six errors of ~450 characters each.
    expect(p.filter((l) => l.includes('scaled every year'))).toHaveLength(1);
    expect(Math.max(...p.slice(1).map((l) => l.length))).toBeLessThan(200);
  });

  it('says what the compounded rates reach, and advice that, followed, makes every rate print as given', () => {
    // Shares 46/34/20 % at 5, 15 and 10.5 %: weighted, exactly the market's 9.5 %, but compounded over 20 years they grow it 11.1 % a year.
    const weighted = (d: Record<string, any>) => {
      d.forecastTo = 2043;
      d.segmentations[0].segments = [0.05, 0.15, 0.105].map((cagr, k) => ({ name: `S${k}`, share: [0.46, 0.34, 0.2][k], cagr }));
    };
    // One segment faster than the market, the other five without a rate of their own.
    const oneFast = (d: Record<string, any>) => {
      for (const s of d.segmentations[1].segments) delete s.cagr;
      d.segmentations[1].segments[0].cagr = 0.13;
    };
    const reached = 4.92 * [0.05, 0.15, 0.105].reduce((sum, r, k) => sum + [0.46, 0.34, 0.2][k]! * (1 + r) ** 20, 0);
    const [first] = problems(weighted);
    expect(first).toContain(`grow the market from 4.92 to ${Math.round(reached * 1000) / 1000} USD billion (11.1% a year), but the market's forecast reaches 30.217 USD billion (9.5% a year)`);
    for (const mutate of [weighted, oneFast]) {
      const d = defaultRaw();
      mutate(d);
      const advice = validateDataset(structuredClone(d), 'x.json').errors.filter((e) => /^segmentations\[\d\]$/.test(e.path));
      expect(advice).toHaveLength(1);
      const seg = d.segmentations[Number(advice[0]!.path.slice(14, -1))];
      const shift = /; for instance, (lower|raise) every segment's cagr by (0\.\d+) \(/.exec(advice[0]!.message);
      const rest = /; for instance, give each segment without a cagr of its own a cagr of (0\.\d+) \(/.exec(advice[0]!.message);
      expect(Boolean(shift) !== Boolean(rest)).toBe(true);
      for (const s of seg.segments) {
        if (shift) s.cagr += (shift[1] === 'lower' ? -1 : 1) * Number(shift[2]);
        else if (s.cagr === undefined) s.cagr = Number(rest![1]);
      }
      expect(validateDataset(structuredClone(d), 'x.json').errors).toEqual([]);
      const printed = buildModel(d as Dataset).segmentations.find((s) => s.id === seg.id)!.segments;
      expect(Math.max(...printed.map((s) => Math.abs(s.cagr - s.inputRate)))).toBeLessThan(0.0005);
    }
  });

  it('suggests no rate for the segments without one when no rate the data format accepts would do', () => {
    const [advice] = problems((d) => {
      d.segmentations[0].segments = [{ name: 'Alpha', share: 0.95, cagr: 0.3 }, { name: 'Beta', share: 0.05 }];
    });
    // Alpha alone outgrows the market: Beta would have to shrink by more than 50 % a year.
    expect(advice).toMatch(/^segmentations\[0\]: .*they reach 9\.287 \(rates whose share-weighted average is the market's rate overshoot it, since growth compounds\)$/);
  });

  it('reports every segmentation at once, with the other problems of the file', () => {
    const p = problems((d) => {
      d.market.forecast.cagr = 0.02; // every segment of the bundled data grows about 9.6 % a year
      delete d.market.published;
      d.companies[0].name = 'TODO';
    });
    expect(p[0]).toMatch(/^companies\[0\]\.name: contains placeholder text "TODO"/);
    const paths = p.slice(1).map((l) => l.split(': ')[0]!);
    expect(paths.filter((l) => /^segmentations\[\d\]$/.test(l))).toEqual(['segmentations[0]', 'segmentations[1]', 'segmentations[2]']);
    expect(paths.filter((l) => l.includes('.segments['))).toHaveLength(14);
    expect(paths).toContain('segmentations[2].segments[4].cagr');
    expect(p[1]).toMatch(/grow the market from 4\.92 to \d+\.\d+ USD billion \(9\.\d% a year\), but the market's forecast reaches \d+\.\d+ USD billion \(2\.0% a year\)/);
    expect(p[1]).toMatch(/; for instance, lower every segment's cagr by 0\.07\d+ /);
  });

  it('allows a drift of up to one percentage point between the rates as the report prints them', () => {
    // Given 15.0 %, printing 13.98 %: the report reads "15.0%" and "14.0%", one point.
    const providers = (rate: number, forecastTo: number) => (d: Record<string, any>) => {
      d.forecastTo = forecastTo;
      d.segmentations[0].segments = [0.05, rate, 0.105].map((cagr, k) => ({ name: `S${k}`, share: [0.46, 0.34, 0.2][k], cagr }));
    };
    const exact = gaps(providers(0.15, 2035))[1]!;
    expect(exact).toBeLessThan(-0.01);
    expect(exact).toBeGreaterThan(-0.0105);
    expect(problems(providers(0.15, 2035))).toEqual([]);
    // At 15.2 % the gap prints as 15.2 % against 14.1 %: 1.1 points.
    expect(problems(providers(0.152, 2035))).toContainEqual(
      expect.stringMatching(/^segmentations\[0\]\.segments\[1\]\.cagr: given 15\.2% a year, but the report would print a CAGR of 14\.1% /),
    );
  });

  it('rejects growth printed as decline even within a point, but not a rate that prints as 0.0 %', () => {
    const twoSegments = (beta: number) => (d: Record<string, any>) => {
      d.segmentations[0].segments = [{ name: 'Alpha', share: 0.5, cagr: 0.003 }, { name: 'Beta', share: 0.5, cagr: beta }];
    };
    // Beta at 16.5 % drags Alpha's 0.3 % down to -0.29 %, 0.59 points; Beta itself moves 0.68 points.
    expect(problems(twoSegments(0.165))).toEqual([
      expect.stringMatching(/^segmentations\[0\]: the report would print one segment's CAGR /),
      expect.stringMatching(/^segmentations\[0\]\.segments\[0\]\.cagr: given 0\.3% a year, but the report would print a CAGR of -0\.3% /),
    ]);
    // At 16 %, Alpha prints 0.03 %: "0.0%", no decline.
    expect(gaps(twoSegments(0.16))[0]! + 0.003).toBeGreaterThan(0);
    expect(problems(twoSegments(0.16))).toEqual([]);
  });

  it('checks segments against a fitted trend too, and says the market rate is the fitted trend', () => {
    const p = problems((d) => {
      d.market.forecast = { method: 'trend' };
      delete d.market.published;
      d.market.history = [3.15, 3.2, 3.24, 3.3, 3.33, 3.4].map((value, i) => ({ year: 2018 + i, value })); // about 1.5 % a year
      for (const seg of d.segmentations) for (const s of seg.segments.slice(1)) delete s.cagr;
    });
    // Only the first segment of each segmentation keeps its own (8.5-10.5 %) rate: it alone pulls the others below the market.
    expect(p).toHaveLength(17);
    const explanations = p.filter((l) => /^segmentations\[\d\]: /.test(l));
    expect(explanations).toHaveLength(3);
    expect(explanations.every((l) => /but the trend fitted to history reaches \d\.\d+ USD billion \(1\.5% a year\)/.test(l))).toBe(true);
    expect(p.filter((l) => /no cagr of its own, so it is meant to grow with the trend fitted to history \(1\.5% a year\), but the report would print a CAGR of -[12]\.\d% /.test(l))).toHaveLength(11);
  });

  it('never throws on a dataset the other rules reject, and adds nothing where they already explain it', () => {
    // A low case that collapses (the base rate plus the adjustment is below -100 %) cannot be projected:
    // the segments are still checked, from the base case.
    const collapse = problems((d) => {
      d.market.forecast.cagr = -0.3;
      delete d.market.published;
      d.market.scenarios.low = -0.75;
    });
    expect(collapse[0]).toMatch(/^market\.scenarios\.low: makes the low case shrink by/);
    expect(collapse.slice(1).every((l) => /^segmentations\[\d\](\.segments\[\d\]\.cagr)?: /.test(l))).toBe(true);
    // A share that prints as 0.0 % (and would vanish in a shrinking segment) is reported on its own.
    const tiny = problems((d) => {
      d.segmentations[0].segments[0].share = 1e-320;
      d.segmentations[0].segments[0].cagr = -0.49;
      d.segmentations[0].segments[1].share = 0.8;
    });
    expect(tiny).toEqual([expect.stringMatching(/^segmentations\[0\]\.segments\[0\]\.share: /)]);
    // A segmentation the schema rejects, or a market that cannot be projected, is left to those rules.
    expect(problems((d) => (d.segmentations[0].segments[0].cagr = '10%'))).toEqual(['segmentations[0].segments[0].cagr: expected number, received string']);
    expect(() => problems((d) => (d.market.history = [{ year: 2023, value: 'x' }]))).not.toThrow();
  });
});
