// Average prices print as a table with a row per year: a year given twice
// printed only its first value, and a year outside the report's years (1990 in
// a 2018-2030 report) added a row no other table has. Both passed validation.
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/load/index.js';
import { withRegionalData } from '../fixtures.js';

/** The bundled dataset with regional data (history 2018-2023, forecast to 2030) and one price series for its first category segment. */
function problems(years: number[]): string[] {
  const d = withRegionalData() as Record<string, any>;
  const segment = d.segmentations.find((s: any) => s.kind !== 'region').segments[0].name as string;
  d.regionalData.averagePrice = { [segment]: years.map((year, i) => ({ year, value: 100 + i })) };
  return validateDataset(d, 'x.json').errors.map((e) => `${e.path}: ${e.message}`);
}

describe('average price years', () => {
  it("are accepted anywhere in the report's years, gaps allowed", () => {
    expect(problems([2018, 2020, 2023, 2030])).toEqual([]);
  });

  it("are rejected before the first history year or after forecastTo, at the year's path", () => {
    const p = problems([1990, 2020, 2031]);
    expect(p).toHaveLength(2);
    expect(p[0]).toMatch(/^regionalData\.averagePrice\.Hospitals\[0\]\.year: year 1990 is outside the report's years \(2018-2030\)/);
    expect(p[1]).toMatch(/\[2\]\.year: year 2031 is outside the report's years \(2018-2030\)/);
  });

  it('are rejected when a year is given twice, naming the first', () => {
    const p = problems([2020, 2021, 2020]);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/\[2\]\.year: year 2020 is given twice in this series \(first at \[0\]\)$/);
  });
});
