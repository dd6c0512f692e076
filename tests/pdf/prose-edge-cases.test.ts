// The report's prose on the PDF text layer for the datasets a reviewer broke
// it with: a shrinking market, companies without shares, regions that are all
// short, names ending in a full stop, a single company; and a lead-in paragraph that must not be
// left at the foot of a page without the list it introduces.
import { beforeAll, describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/format/index.js';
import { parseNarrative } from '../../src/narrative/index.js';
import { leadInWithList, narrativeNodes } from '../../src/pdf/blocks/narrative.js';
import { keepWithFirst } from '../../src/pdf/keep.js';
import type { Node } from '../../src/pdf/nodes.js';
import { createTheme } from '../../src/pdf/theme.js';
import { pagesAfterGap } from './after-gap.js';
import type { Dataset, Model } from '../../src/types.js';
import { allShortRegionalDataset, decliningDataset, noShareDataset, oneCompanyDataset } from './datasets.js';
import { readPdf, type PdfText } from './pdf-text.js';
import { renderWithStub } from './render.js';
import { spaced } from '../support/spaced.js';

async function rendered(dataset: Dataset): Promise<{ model: Model; text: PdfText }> {
  const { model, pdf } = await renderWithStub(dataset);
  return { model, text: await readPdf(pdf) };
}

/** A verb of growth followed, in the same clause, by a negative figure: "grow at -3.0%", "add USD -0.96 billion". */
const GROWTH_WITH_NEGATIVE = /\b(grow\w*|grew|add|rise\w*|highest|fastest[- ]growing|grows? fastest)\b[^.;:]{0,60}?(?<![\w(])-\d/i;

describe('1. a shrinking market (trend fitted to falling values)', () => {
  let model: Model;
  let text: PdfText;
  beforeAll(async () => ({ model, text } = await rendered(decliningDataset())));

  it('never grows by a negative figure', () => {
    expect(model.market.cagr).toBeLessThan(0);
    expect(text.flat).not.toMatch(GROWTH_WITH_NEGATIVE);
  });

  it('states the headline, the loss in value and the trend as a decline, with the Model\'s magnitudes', () => {
    const fmt = createFormatter(model);
    const { base, end } = model.market.milestones;
    expect(text.flat).toContain(
      `was valued at ${spaced(fmt.money(base.value))} in ${base.year} and is projected to fall to ${spaced(fmt.money(end.value))} by ${end.year}, ` +
        `declining at a compound annual rate of ${fmt.percent(-model.market.cagr)} over ${fmt.span(model.baseYear, model.forecastTo)}.`,
    );
    expect(text.flat).toContain(`expected to lose ${spaced(fmt.money(-model.market.absoluteGrowth))} in annual value`);
    expect(text.flat).toContain(`which implies a decline of ${fmt.percent(-model.market.trend!.rate)} a year`);
  });

  it('says which year fell least rather than "growth was highest at -x%"', () => {
    const fmt = createFormatter(model);
    const peak = model.market.yoy.reduce((a, b) => (b.growth > a.growth ? b : a));
    expect(text.flat).toContain(`it fell least in ${peak.year}, by ${fmt.percent(-peak.growth)}`);
  });

  it('names the segment that declines least where a growing market names the fastest', () => {
    for (const s of model.segmentations) expect(text.flat).toContain(`${s.fastest} declines least`);
    expect(text.flat).not.toMatch(/grows? fastest/);
  });
});

describe('2. no company has a share', () => {
  let model: Model;
  let text: PdfText;
  beforeAll(async () => ({ model, text } = await rendered(noShareDataset())));

  it('makes no claim about shares it does not know', () => {
    expect(model.companies.list.every((c) => c.share === undefined)).toBe(true);
    expect(text.flat).not.toMatch(/\b0 of (them|the)\b/);
    // The one "100.0%" it may print is the rounding note under the segment share tables, which claims nothing about companies.
    expect(text.flat.replaceAll('Shares may not add up to 100.0% because of rounding.', '')).not.toContain('100.0%');
    expect(text.flat).not.toContain('hold the remaining');
    expect(text.flat).not.toContain('leads the competitive landscape');
  });

  it('says the shares are not disclosed instead of putting every company in Tier 3', () => {
    expect(text.flat).not.toContain('Tier 3 (share below 2% or not disclosed)');
    expect(text.flat).toContain('Their market shares are not disclosed');
    // Said once above; the profiles do not repeat it under each fact box.
    expect(text.flat).not.toContain('No market share is disclosed for');
    // The profiles' fact boxes: no rank by a share nobody has.
    expect(text.flat).not.toMatch(/\bRank (joint )?\d+(st|nd|rd|th)? of \d+/);
    expect(text.flat).toContain('Not disclosed');
  });
});

describe('3. every region consumes more than it produces', () => {
  let model: Model;
  let text: PdfText;
  beforeAll(async () => ({ model, text } = await rendered(allShortRegionalDataset())));

  it('meets no shortfall "by other regions", and says where the difference comes from', () => {
    expect(model.regional!.every((r) => r.balance.every((b) => b.value < 0))).toBe(true);
    expect(text.flat).not.toContain('met by other regions');
    expect(text.flat).not.toContain('from other regions');
    const fmt = createFormatter(model);
    for (const r of model.regional!) {
      const last = r.balance.at(-1)!;
      expect(text.flat).toContain(`In ${last.year}, ${r.region} produced ${spaced(fmt.money(r.production.at(-1)!.value))} and consumed ${spaced(fmt.money(r.consumption.at(-1)!.value))}, a net shortfall of ${spaced(fmt.money(-fmt.printedDifference(r.consumption.at(-1)!.value, r.production.at(-1)!.value)))}.`);
    }
    expect(text.flat).toContain('Consumption exceeds production in every region covered, so the difference is met by imports from outside the regions covered.');
  });
});

describe('4. names that end with a full stop', () => {
  it('close a sentence with one period, not two', async () => {
    const d = noShareDataset() as any;
    d.publisher.name = 'Meridian Market Insights Ltd.';
    const { model, text } = await rendered(d as Dataset);
    const last = model.companies.list.at(-1)!.name;
    expect(last.endsWith('.')).toBe(true);
    expect(text.flat).toContain(`The companies profiled in this report are`);
    expect(text.flat).toContain(`and ${last} `);
    expect(text.flat).toContain('© 2024 Meridian Market Insights Ltd. All rights reserved.');
    expect(text.flat).not.toMatch(/(?<!\.)\.\.(?![.\d])/);
  });
});

describe('5. a single company (the schema\'s minimum)', () => {
  it('is worded in the singular wherever the report counts companies', async () => {
    const { model, text } = await rendered(oneCompanyDataset());
    const [only] = model.companies.list;
    const fmt = createFormatter(model);
    expect(text.flat).not.toMatch(/\b1 (key )?companies\b|\bAll 1\b|\b1 of them have\b|\bof the 1\b|\bthe 1 /i);
    expect(text.flat).not.toMatch(/together held|held [^.]* between them/);
    expect(text.flat).toContain('and one key company is profiled.');
    expect(text.flat).toContain('The only company profiled has an estimated share;');
    expect(text.flat).toContain(`One company, ${only!.name}, is profiled in this report; it held an estimated ${fmt.percent(only!.share!)}`);
    // The fact box gives its share and tier; the prose says why it has no rank.
    expect(text.flat).toContain(`${only!.name} is the only company profiled, so it is not ranked against others.`);
    expect(text.flat).toContain(`The company profiled in this report is ${only!.name}.`);
    // Its profile gives no rank: "Rank 1 of 1" compares it with nobody.
    expect(text.flat).toContain(`Market share ${model.baseYear}`);
    expect(text.flat).not.toMatch(/\bRank (joint )?\d+(st|nd|rd|th)? of \d+/);
  });
});

describe('a lead-in paragraph stays with its list', () => {
  const theme = createTheme(undefined);
  const heading: Node = { text: '1.8 Assumptions and Limitations', style: 'sectionTitle' };
  const blocks = (items: number) =>
    parseNarrative(`The figures in this report rest on the following assumptions:\n\n${Array.from({ length: items }, (_, i) => `- Assumption number ${i + 1}, stated in a full sentence.`).join('\n')}\n\nA closing paragraph.`);

  /** Prints a spacer of `gap` points, then the section, and reports the page of each line that matters. */
  async function pagesOf(gap: number, items: number): Promise<{ heading: number; leadIn: number; first: number; second: number }> {
    const page = await pagesAfterGap(gap, { stack: keepWithFirst(heading, narrativeNodes(blocks(items))) }, theme);
    return { heading: page('1.8 Assumptions'), leadIn: page('The figures in this report'), first: page('Assumption number 1,'), second: page('Assumption number 2,') };
  }

  it('is one keep-together block with a short list', () => {
    const nodes = leadInWithList('Lead-in:', ['a', 'b', 'c']);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]!.unbreakable).toBe(true);
  });

  it('takes the first bullets along when the list is too long to keep whole', () => {
    const items = Array.from({ length: 60 }, (_, i) => `Item ${i} with enough words to take a line of its own.`);
    const nodes = leadInWithList('Lead-in:', items);
    expect(nodes).toHaveLength(2);
    expect(nodes[0]!.unbreakable).toBe(true);
    expect(nodes[1]!.unbreakable).toBeUndefined();
  });

  it.each([5, 40])('never ends a page before its first bullets (%i bullets), wherever the section starts', async (items) => {
    // Section starts from mid-page to the very foot of the first page.
    for (let gap = 520; gap <= 700; gap += 15) {
      const p = await pagesOf(gap, items);
      expect([p.heading, p.leadIn, p.second], `gap ${gap}`).toEqual([p.first, p.first, p.first]);
    }
  });
});
