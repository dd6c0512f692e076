// The regions' consumption cannot add up to more than the market: generated
// 733-4 gave North America twice its segment value, and the regions together
// 461,390 against a market of 296,500, printed without a word.
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/load/index.js';
import { defaultRaw, withRegionalData } from '../fixtures.js';

function problems(mutate: (d: Record<string, any>) => void): string[] {
  const d = defaultRaw();
  mutate(d);
  return validateDataset(d, 'x.json').errors.map((e) => `${e.path}: ${e.message}`);
}
const HISTORY = [3.15, 3.42, 3.71, 4.1, 4.5, 4.92]; // the bundled market, 2018-2023
/** Regional data where North America and Europe consume `na` and `eu` times the market each year, and produce as much. */
const regional = (na: number, eu: number) => (d: Record<string, any>) => {
  const series = (f: number) => HISTORY.map((v, i) => ({ year: 2018 + i, value: v * f }));
  d.regionalData = { production: { 'North America': series(na), Europe: series(eu) }, consumption: { 'North America': series(na), Europe: series(eu) } };
};

describe("the regions' consumption", () => {
  it('is accepted within the market: the bundled dataset with regional data', () => {
    expect(validateDataset(withRegionalData(), 'r.json').errors).toEqual([]);
  });

  it('is rejected above the market in one error at regionalData.consumption, with the year, both figures, the excess and the most allowed', () => {
    const p = problems((d) => {
      regional(0.41, 0.28)(d);
      d.regionalData.consumption['North America'][5].value = 4.92 * 0.41 * 2; // 2023: twice its segment
    });
    expect(p).toEqual([
      "regionalData.consumption: the regions' consumption adds up to more than the market size, by more than the 1 % allowed for rounding in the sources, in one history year: 2023: 5.412 USD billion, 10 % above the market's 4.92 (at most 4.969). The regions consume the market between them, so their consumption cannot exceed it (production may, through exports); check the figures and their unit",
    ]);
  });

  it('lists every year above the market in that one error, in year order', () => {
    const p = problems(regional(0.8, 0.8));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^regionalData\.consumption: .* in 6 history years: 2018: 5\.04 USD billion, 60 % above the market's 3\.15 \(at most 3\.18\d?\); 2019: /);
    expect([...p[0]!.matchAll(/(\d{4}): [\d.]+ USD billion, 60 % above the market's/g)].map((m) => m[1])).toEqual(['2018', '2019', '2020', '2021', '2022', '2023']);
  });

  it('may exceed the market by 1 % (rounding in the sources), not more', () => {
    expect(problems(regional(0.5, 0.51))).toEqual([]);
    expect(problems(regional(0.5, 0.512))).toEqual([expect.stringMatching(/ in 6 history years: 2018: 3\.188 USD billion, 1\.2 % above the market's 3\.15 \(at most 3\.18\d?\);/)]);
  });

  it('leaves production alone: a region may produce more than the market, for export', () => {
    expect(
      problems((d) => {
        regional(0.4, 0.3)(d);
        d.regionalData.production.Europe = d.regionalData.production.Europe.map((p: { year: number; value: number }) => ({ ...p, value: p.value * 5 }));
      }),
    ).toEqual([]);
  });

  it('counts only the regions of the region segmentation, and says nothing where the figures are broken', () => {
    // "Atlantis" is reported as unknown; its figures are not added to the regions'.
    const unknown = problems((d) => {
      regional(0.5, 0.4)(d);
      d.regionalData.production.Atlantis = d.regionalData.consumption.Atlantis = HISTORY.map((v, i) => ({ year: 2018 + i, value: v }));
    });
    expect(unknown.every((l) => l.includes('"Atlantis" is not a segment of the region segmentation'))).toBe(true);
    expect(() => problems((d) => (d.regionalData = { production: {}, consumption: { Europe: 'x', 'North America': [null, { year: 'x', value: 9 }] } }))).not.toThrow();
  });
});
