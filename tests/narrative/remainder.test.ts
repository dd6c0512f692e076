// A remainder segment ("Others", "Rest of World") is the rest of the market,
// not a segment of its own: when it is the largest or grows fastest, the
// prose names the largest (fastest) named segment and says that the remaining
// segments together hold more (grow faster), never "Others is the largest
// segment" as if it were a product (733-5 and 733-6, by application).
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/format/index.js';
import { isRemainder } from '../../src/format/remainder.js';
import type { Dataset } from '../../src/types.js';
import { defaultDataset } from '../fixtures.js';
import { renderedNarrative as report } from './rendered.js';

/** The default dataset with its application "Others" both the largest (34%) and the fastest-growing (15% a year). */
function othersLeadDataset(): Dataset {
  const d = defaultDataset() as any;
  const app = d.segmentations.find((s: { id: string }) => s.id === 'application');
  for (const s of app.segments) {
    if (s.name === 'Cancer') s.share = 0.15;
    if (s.name === 'Others') Object.assign(s, { share: 0.34, cagr: 0.15 });
  }
  return d as Dataset;
}

/** "Others" crowned as if it were a segment of its own. */
const OTHERS_CROWNED = /Others (?:is|was|are|were|remains) (?:both )?the largest|Others, the largest|Others (?:is the fastest|grows fastest|is expected to grow fastest|declines least)/;

describe('remainder names', () => {
  it('are Others, Other ..., Rest of ..., Miscellaneous, in any case', () => {
    for (const name of ['Others', 'other', 'OTHER', 'All Others', 'Other Applications', 'Rest of World', 'rest of the world', 'Miscellaneous', ' Others ']) {
      expect(isRemainder(name), name).toBe(true);
    }
    for (const name of ['Otherworld', 'Restaurants', 'Rest', 'Mother Care', 'Oncology', 'Middle East and Africa']) {
      expect(isRemainder(name), name).toBe(false);
    }
  });
});

describe('a remainder segment that is the largest and grows fastest', () => {
  it('is never named the largest or the fastest-growing segment', async () => {
    const { all } = await report(othersLeadDataset());
    expect(all).not.toMatch(OTHERS_CROWNED);
  });

  it('leaves the largest named segment named, and says the remaining segments together hold more', async () => {
    const { model, text } = await report(othersLeadDataset());
    const fmt = createFormatter(model);
    const app = model.segmentations.find((s) => s.id === 'application')!;
    const share = (name: string) => fmt.percent(app.segments.find((s) => s.name === name)!.baseShare);
    const cagr = (name: string) => fmt.percent(app.segments.find((s) => s.name === name)!.cagr);
    expect(app.largest).toBe('Others');
    expect(app.fastest).toBe('Others');
    const remainder = `The remaining segments together, grouped as Others, held more: ${share('Others')} of the market in ${model.baseYear}.`;
    expect(text['segment-summary']).toContain(`Cardiac Disorders was the largest named segment in ${model.baseYear}, with ${share('Cardiac Disorders')} of the market`);
    expect(text['segment-summary']).toContain(remainder);
    expect(text['segment-overview']).toContain(`Cardiac Disorders was the largest named segment, with ${share('Cardiac Disorders')}`);
    expect(text['segment-overview']).toContain(remainder);
    expect(text['segment-summary']).toContain(`Neurological Disorders is expected to grow fastest among the named segments, at a CAGR of ${cagr('Neurological Disorders')}`);
    expect(text['segment-summary']).toContain(`The remaining segments together, grouped as Others, grow faster: CAGR ${cagr('Others')}.`);
    expect(text.findings).toContain(
      `By application, Cardiac Disorders is the largest named segment (${share('Cardiac Disorders')} in ${model.baseYear}; Others, the remaining segments together, ${share('Others')}) ` +
        `and Neurological Disorders the fastest-growing named segment (CAGR ${cagr('Neurological Disorders')}; Others, the remaining segments together, ${cagr('Others')}).`,
    );
    expect(text['segment-growth']).toContain('Neurological Disorders is the fastest-growing named segment by application');
    expect(text['segment-growth']).toContain('Cardiac Disorders, the largest named segment,');
  });

  it('leaves the wording alone where a named segment leads (the default data)', async () => {
    const { text } = await report(defaultDataset());
    expect(text['segment-summary']).toContain('Cancer was the largest in 2023, with 32.0% of the market');
    expect(text['segment-summary']).not.toMatch(/named segment|remaining segments/);
  });

  it('names the largest named segment again, not "it", after the sentence on the remainder (733-6)', async () => {
    const d = othersLeadDataset() as any;
    const app = d.segmentations.find((s: { id: string }) => s.id === 'application');
    // Others stays the largest but no longer grows fastest; Cardiac Disorders is the largest named segment and grows fastest.
    for (const s of app.segments) {
      if (s.name === 'Others') s.cagr = 0.08;
      if (s.name === 'Cardiac Disorders') s.cagr = 0.12;
    }
    const { text } = await report(d as Dataset);
    expect(text['segment-summary']).toMatch(/grouped as Others, held more: [\d.]+% of the market in 2023\. Cardiac Disorders is also expected to grow fastest/);
    expect(text['segment-summary']).not.toContain('It is also expected to grow fastest');
  });

  it('is held back in the free sample where the ranking is', async () => {
    const { text } = await report(othersLeadDataset(), { sample: true });
    expect(text['segment-summary']).toContain('Cardiac Disorders was the largest named segment');
    expect(text['segment-summary']).not.toMatch(/grow faster|among the named segments/);
  });
});

/** The default dataset with production and consumption by region, "Rest of World" the largest of them. */
function restOfWorldLargestDataset(): Dataset {
  const d = defaultDataset() as any;
  const years = [2021, 2022, 2023];
  const series = (v: number) => years.map((year, i) => ({ year, value: v + i * 0.1 }));
  const values: Record<string, number> = { 'Rest of World': 1.8, Europe: 1.2, 'Asia-Pacific': 0.9 };
  const by = Object.fromEntries(Object.entries(values).map(([region, v]) => [region, series(v)]));
  d.regionalData = { production: by, consumption: by };
  return d as Dataset;
}

describe('a remainder region that produces and consumes the most', () => {
  it('is not crowned the largest producing or consuming region; the largest named one is, and the remainder is said to hold more', async () => {
    const { text } = await report(restOfWorldLargestDataset());
    expect(text['regional-production']).not.toContain('Rest of World was the largest');
    expect(text['regional-production']).toContain('In 2023, Europe was the largest named producing region; the remaining regions together, grouped as Rest of World, produced more.');
    expect(text['regional-consumption']).toContain('In 2023, Europe was the largest named consuming region; the remaining regions together, grouped as Rest of World, consumed more.');
  });
});
