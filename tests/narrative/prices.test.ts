// An "Average Price by ..." table lists only the segments whose prices the
// dataset reports (733-4: 2 of 5 applications; 733-7: 2 of 4 end users): a
// sentence before it says which segments those are, so that the missing
// columns do not read as an omission.
import { describe, expect, it } from 'vitest';
import { resolveOutline } from '../../src/outline/index.js';
import { buildModel } from '../../src/forecast/index.js';
import type { Dataset } from '../../src/types.js';
import { defaultDataset } from '../fixtures.js';
import { renderedNarrative as report } from './rendered.js';

/** The default dataset with average prices for the named type segments, over its history years. */
function pricedDataset(names: readonly string[]): Dataset {
  const d = defaultDataset();
  const years = d.market.history.map((p) => p.year);
  const averagePrice = Object.fromEntries(names.map((name) => [name, years.map((year) => ({ year, value: 120 }))]));
  return { ...d, regionalData: { production: {}, consumption: {}, averagePrice } } as Dataset;
}

describe('the average price section', () => {
  it('says the table covers only the segments that report a price', async () => {
    const { model, text } = await report(pricedDataset(['Hospitals', 'Health Insurance Companies']));
    const years = `${model.firstYear}–${model.baseYear}`;
    expect(text['segment-prices']).toBe(
      `Average prices are given only for the segments that report them: Hospitals and Health Insurance Companies, 2 of the 3 segments by type, for ${years}, in USD per unit.`,
    );
  });

  it('words a single priced segment in the singular', async () => {
    const { text } = await report(pricedDataset(['Hospitals']));
    expect(text['segment-prices']).toContain('An average price is given only for Hospitals, one of the 3 segments by type,');
  });

  it('says the years as they are: one year, or the years of a table with gaps', async () => {
    const priced = (prices: Record<string, number[]>) => {
      const d = defaultDataset();
      const averagePrice = Object.fromEntries(Object.entries(prices).map(([name, years]) => [name, years.map((year) => ({ year, value: 120 }))]));
      return { ...d, regionalData: { production: {}, consumption: {}, averagePrice } } as Dataset;
    };
    const one = await report(priced({ Hospitals: [2020] }));
    expect(one.text['segment-prices']).toContain(', for 2020, in USD per unit.');
    expect(one.text['segment-prices']).not.toContain('2020–2020');
    const gapped = await report(priced({ Hospitals: [2018, 2019], 'Health Insurance Companies': [2022, 2023] }));
    expect(gapped.text['segment-prices']).toContain(', for 2018, 2019, 2022, and 2023, in USD per unit.');
    const many = await report(priced({ Hospitals: [2015, 2016, 2017, 2018, 2023] }));
    expect(many.text['segment-prices']).toContain(', for some years of 2015–2023, in USD per unit.');
  });

  it('says every segment is priced when every one is', async () => {
    const { model, text } = await report(pricedDataset(['Hospitals', 'Medical Second Opinion Providing Companies', 'Health Insurance Companies']));
    expect(text['segment-prices']).toBe(`The table gives the average price of every segment by type for ${model.firstYear}–${model.baseYear}, in USD per unit.`);
  });

  it('is placed before the table, in the price section only of a segmentation with prices', () => {
    const outline = resolveOutline(buildModel(pricedDataset(['Hospitals'])));
    const sections = outline.chapters.flatMap((c) => c.sections).filter((s) => s.title.startsWith('Average Price'));
    expect(sections).toHaveLength(1);
    expect(sections[0]!.blocks.map((b) => b.kind)).toEqual(['narrative', 'table']);
  });
});
