// Segment rates the report would print far from the rates the dataset gives:
// reconciliation scales every segment so that they sum to the market, so rates
// that together imply another market growth all move (generated 733-0 gave
// Asia-Pacific 1.5 % a year and printed a CAGR of -2.9 %). Each such segment
// is an error at its rate, or at the segment when it has none.
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
/** Providers (34 %) faster than the bundled 11.2 %: the type segments then imply a faster market than its 9.5 %. */
const providersAt = (rate: number) => (d: Record<string, any>) => (d.segmentations[0].segments[1].cagr = rate);

describe('segment rates that reconciliation would change', () => {
  it('accepts the bundled dataset, whose segments move by less than 0.2 points', () => {
    expect(problems(() => {})).toEqual([]);
    expect(Math.max(...gaps(() => {}).map(Math.abs))).toBeLessThan(0.002);
  });

  it('rejects each segment whose printed CAGR is more than a point off, at its cagr or, without one, at the segment', () => {
    const p = problems((d) => {
      const [hospitals, providers, insurers] = d.segmentations[0].segments;
      hospitals.cagr = 0.015;
      providers.cagr = 0.3;
      delete insurers.cagr;
    });
    expect(p).toEqual([
      "segmentations[0].segments[0].cagr: the segment is given 1.5 % a year, but the report would print a CAGR of -5.1 % for 2023-2030: segment series are scaled every year to sum to the market total, and the segments' rates together imply a market growing about 17.11 % a year against the market's 9.5 %; adjust the segments' rates so that, weighted by their shares, they match the market's growth",
      expect.stringMatching(/^segmentations\[0\]\.segments\[1\]\.cagr: the segment is given 30 % a year, but the report would print a CAGR of 21\.55 % for 2023-2030: .* about 17\.11 % a year against the market's 9\.5 %/),
      expect.stringMatching(/^segmentations\[0\]\.segments\[2\]: the segment has no cagr of its own, so it is meant to grow with the market \(9\.5 % a year\), but the report would print a CAGR of 2\.38 % for 2023-2030: /),
    ]);
  });

  it('reports every segmentation at once, with the other problems of the file', () => {
    const p = problems((d) => {
      d.market.forecast.cagr = 0.02; // every segment of the bundled data grows about 9.6 % a year
      delete d.market.published;
      d.companies[0].name = 'TODO';
    });
    expect(p[0]).toMatch(/^companies\[0\]\.name: contains placeholder text "TODO"/);
    const segments = p.slice(1).map((l) => l.split(': ')[0]);
    expect(segments).toHaveLength(14);
    expect(segments).toContain('segmentations[2].segments[4].cagr');
    expect(p[1]).toMatch(/imply a market growing about 9\.\d+ % a year against the market's 2 %/);
  });

  it('allows a drift of up to one percentage point', () => {
    // The Providers' own drift is the largest of the three.
    const under = gaps(providersAt(0.1345));
    const over = gaps(providersAt(0.135));
    expect(Math.max(...under.map(Math.abs))).toBeGreaterThan(0.0098);
    expect(Math.max(...under.map(Math.abs))).toBeLessThan(0.01);
    expect(Math.abs(over[1]!)).toBeGreaterThan(0.01);
    expect(Math.abs(over[1]!)).toBeLessThan(0.0102);
    expect(problems(providersAt(0.1345))).toEqual([]);
    expect(problems(providersAt(0.135))).toEqual([expect.stringMatching(/^segmentations\[0\]\.segments\[1\]\.cagr: the segment is given 13\.5 % a year, but the report would print a CAGR of 12\.49 % /)]);
  });

  it('rejects growth printed as decline even within a point, but not a rate that prints as 0.0 %', () => {
    const twoSegments = (beta: number) => (d: Record<string, any>) => {
      d.segmentations[0].segments = [{ name: 'Alpha', share: 0.5, cagr: 0.003 }, { name: 'Beta', share: 0.5, cagr: beta }];
    };
    // Beta at 16.5 % drags Alpha's 0.3 % down to -0.29 %, 0.59 points; Beta itself moves 0.68 points.
    expect(problems(twoSegments(0.165))).toEqual([expect.stringMatching(/^segmentations\[0\]\.segments\[0\]\.cagr: the segment is given 0\.3 % a year, but the report would print a CAGR of -0\.29 % /)]);
    // At 16 %, Alpha prints 0.03 %: "0.0%", no decline.
    expect(gaps(twoSegments(0.16))[0]! + 0.003).toBeGreaterThan(0);
    expect(problems(twoSegments(0.16))).toEqual([]);
  });

  it('checks segments without a rate against a fitted trend too', () => {
    const p = problems((d) => {
      d.market.forecast = { method: 'trend' };
      delete d.market.published;
      d.market.history = [3.15, 3.2, 3.24, 3.3, 3.33, 3.4].map((value, i) => ({ year: 2018 + i, value })); // about 1.5 % a year
      for (const seg of d.segmentations) for (const s of seg.segments.slice(1)) delete s.cagr;
    });
    // Only the first segment of each segmentation keeps its own (8.5-10.5 %) rate: it alone pulls the others below the market.
    expect(p).toHaveLength(14);
    expect(p.filter((l) => /no cagr of its own, so it is meant to grow with the market \(1\.5\d? % a year\), but the report would print a CAGR of -1\.\d+ %/.test(l))).toHaveLength(11);
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
    expect(collapse.slice(1).every((l) => /^segmentations\[\d\]\.segments\[\d\]\.cagr: /.test(l))).toBe(true);
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
