// The web excerpt's templates word a shrinking market, names ending in a full
// stop and counts of one the way the report's do (see wording.test.ts).
import { describe, expect, it } from 'vitest';
import { renderExcerptHtml } from '../../src/excerpt/html/index.js';
import { buildModel } from '../../src/forecast/index.js';
import { createFormatter } from '../../src/format/index.js';
import { resolveOutline, type Outline } from '../../src/outline/index.js';
import type { Dataset } from '../../src/types.js';
import { parseHtml, textOf } from '../excerpt/html-support.js';
import { defaultDataset } from '../fixtures.js';
import { decliningDataset, noShareDataset, oneCompanyDataset } from '../pdf/datasets.js';
import { stubCatalogue, stubRenderer } from '../pdf/stub-charts.js';
import { spaced } from '../support/spaced.js';

async function page(dataset: Dataset, outlineOf?: (full: Outline) => Outline) {
  const model = buildModel(dataset);
  const outline = outlineOf?.(resolveOutline(model));
  const html = await renderExcerptHtml(model, { charts: stubRenderer(), catalogue: stubCatalogue(model), ...(outline ? { outline } : {}) });
  return { model, fmt: createFormatter(model), text: textOf(parseHtml(html).doc) };
}

const GROWTH_WITH_NEGATIVE = /\b(grow\w*|grew|add|rise\w*|highest|fastest[- ]growing|grows? fastest)\b[^.;:]{0,60}?(?<![\w(])-\d/i;

describe('web excerpt wording', () => {
  it('words a shrinking market as a decline, in the headline, the history and the FAQ', async () => {
    const d = decliningDataset() as any;
    d.sample = { ...(d.sample ?? {}), redact: false };
    const { model, fmt, text } = await page(d as Dataset);
    expect(text).not.toMatch(GROWTH_WITH_NEGATIVE);
    expect(text).toContain(`is expected to fall to ${spaced(fmt.money(model.market.milestones.end.value))} by ${model.forecastTo}, declining at a compound annual rate of ${fmt.percent(-model.market.cagr)}`);
    expect(text).toContain(`the market shrank at a compound annual rate of ${fmt.percent(-model.market.spans.historical.cagr)}`);
    expect(text).toContain(`The market is forecast to shrink at a compound annual rate of ${fmt.percent(-model.market.cagr)}`);
    for (const s of model.segmentations) expect(text).toContain(`${s.fastest} declines least`);
    // Its drivers drive a market that shrinks, not growth.
    expect(text).toContain('The market is driven by:');
    expect(text).not.toContain('Growth is driven by');
  });

  it('keeps the growing market\'s headline', async () => {
    const { model, fmt, text } = await page(noShareDataset());
    expect(text).toContain(`growing at a compound annual growth rate (CAGR) of ${fmt.percent(model.market.cagr)}`);
  });

  it('ends a sentence once after a name that ends with a full stop', async () => {
    const d = noShareDataset() as any;
    d.publisher.name = 'Meridian Market Insights Ltd.';
    const { model, text } = await page(d as Dataset);
    expect(model.companies.list.at(-1)!.name.endsWith('.')).toBe(true);
    expect(text).toContain('© 2024 Meridian Market Insights Ltd. This page');
    expect(text).not.toMatch(/(?<!\.)\.\.(?![.\d])/);
  });

  it('words a single company, and a single company with a share, in the singular', async () => {
    const { model, fmt, text } = await page(oneCompanyDataset());
    const [only] = model.companies.list;
    expect(text).toContain('The report profiles 1 company active in the market:');
    // One company with a share is not 'the largest' of anything (92.8% of the market is not profiled).
    expect(text).toContain(`Market share in ${model.baseYear}: ${only!.name}: ${fmt.percent(only!.share!)}`);
    expect(text).not.toMatch(/largest[^.]*compan/);
    expect(text).toContain(`The report profiles 1 company: ${only!.name}.`);
    expect(text).not.toMatch(/\b1 companies\b/);
  });

  it('counts the chapters, figures and tables of the contents in the singular when there is one', async () => {
    const { text } = await page(oneCompanyDataset(), (full) => ({ ...full, chapters: full.chapters.slice(0, 1), figures: full.figures.slice(0, 1), tables: full.tables.slice(0, 1) }));
    expect(text).toContain('1 chapter, 1 figure and 1 table.');
  });

  it('names every segment whose share prints as the largest\'s, in the segmentation and the FAQ', async () => {
    const d = noShareDataset() as any;
    // 40.04% and 39.96%: both print 40.0%.
    d.segmentations[0].segments = [
      { name: 'Alpha', share: 0.4004, cagr: 0.12 },
      { name: 'Beta', share: 0.3996, cagr: 0.05 },
      { name: 'Gamma', share: 0.2, cagr: 0.08 },
    ];
    for (const redact of [true, false]) {
      d.sample = { ...(d.sample ?? {}), redact };
      const { model, fmt, text } = await page(d as Dataset);
      const share = fmt.percent(0.4);
      expect(text).toContain(`Alpha and Beta were the largest type segments in ${model.baseYear}, each with ${share} of the market.`);
      expect(text).toContain(`Alpha and Beta were the largest in ${model.baseYear} (${share} each).`);
      expect(text).not.toMatch(/Alpha was the largest/);
    }
  });

  it('keeps the plural for two and for none', async () => {
    const { text } = await page(oneCompanyDataset(), (full) => ({ ...full, figures: full.figures.slice(0, 2), tables: [] }));
    expect(text).toMatch(/\b\d+ chapters, 2 figures and 0 tables\./);
  });
});

describe('web excerpt segment wording', () => {
  it('says every segment grows at one rate when all CAGRs print alike, not that all grow fastest', async () => {
    const d = structuredClone(defaultDataset()) as any;
    [0.0954, 0.0946, 0.095].forEach((rate, i) => (d.segmentations[0].segments[i].cagr = rate));
    d.sample = { ...(d.sample ?? {}), redact: false };
    const { model, text } = await page(d as Dataset);
    expect(text).toContain(`Every type segment is expected to grow at a CAGR of 9.5% over ${model.baseYear}–${model.forecastTo}.`);
    expect(text).not.toMatch(/Health Insurance Companies are expected to grow fastest/);
  });

  it('calls the largest segment "named" when Others is larger', async () => {
    const d = structuredClone(defaultDataset()) as any;
    for (const s of d.segmentations[1].segments) {
      if (s.name === 'Cancer') s.share = 0.15;
      if (s.name === 'Others') s.share = 0.34;
    }
    const { text } = await page(d as Dataset);
    expect(text).toContain('Cardiac Disorders was the largest named application segment in 2023, with 18.0% of the market. The remaining segments together, grouped as Others, held more: 34.0%.');
    expect(text).not.toMatch(/Others was the largest/);
  });
});

describe('web excerpt: a remainder segment that grows faster than every named one', () => {
  /** The default dataset's third type segment renamed Miscellaneous and growing fastest; `redact` as given. */
  function miscellaneousFastest(redact: boolean): Dataset {
    const d = defaultDataset() as any;
    Object.assign(d.segmentations[0].segments[2], { name: 'Miscellaneous', cagr: 0.125 });
    d.sample = { ...(d.sample ?? {}), redact };
    return d as Dataset;
  }

  it('says its rate after the named leader, as the full report does', async () => {
    const { model, fmt, text } = await page(miscellaneousFastest(false));
    const misc = model.segmentations[0]!.segments.find((s) => s.name === 'Miscellaneous')!;
    expect(text).toContain('grow fastest among the named segments');
    expect(text).toContain(`The remaining segments together, grouped as Miscellaneous, grow faster: CAGR ${fmt.percent(misc.cagr)}.`);
  });

  it('holds it back where the sample holds back growth rates', async () => {
    const { text } = await page(miscellaneousFastest(true));
    expect(text).not.toContain('grouped as Miscellaneous, grow faster');
  });
});
