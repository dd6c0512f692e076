// Redaction in the sample: with every chapter laid out, no figure after the
// base year reaches the text layer (tables, prose, charts), and the text does
// not change at all when only the forecast changes. Without redaction the
// same search finds the figures, so the search itself can fail.
import { beforeAll, describe, expect, it } from 'vitest';
import { createChartRenderer } from '../../src/charts/index.js';
import { buildModel } from '../../src/forecast/index.js';
import { createFormatter } from '../../src/format/index.js';
import { boundContext, createNarrative, redactedReportContext, redactedTexts, REDACTED, reportContext } from '../../src/narrative/index.js';
import { resolveOutline } from '../../src/outline/index.js';
import type { Dataset, Model } from '../../src/types.js';
import { defaultDataset, withRegionalData } from '../fixtures.js';
import { readPdf, type PdfText } from '../pdf/pdf-text.js';
import { stubRenderer } from '../pdf/stub-charts.js';
import { found, renderSample, searchableHeldFigures } from './sample-support.js';
import { spaced } from '../support/spaced.js';

/** The default dataset with every chapter of its outline in the sample. */
function everyChapter(dataset: Dataset, redact: boolean): Dataset {
  const chapters = resolveOutline(buildModel(dataset)).chapters.map((c) => c.number);
  return { ...dataset, sample: { chapters, redact } };
}

/** Same history, same base year, a slightly faster forecast: every figure after the base year changes, no ranking does. */
function fasterForecast(dataset: Dataset): Dataset {
  const d = structuredClone(dataset) as Dataset & { market: { forecast: { cagr: number } } };
  d.market.forecast.cagr += 0.001;
  for (const seg of d.segmentations) for (const s of seg.segments) if (s.cagr !== undefined) (s as { cagr: number }).cagr += 0.001;
  return d;
}

describe('sample with every chapter, real charts, redacted', () => {
  let model: Model;
  let text: PdfText;
  let faster: { model: Model; text: PdfText };

  beforeAll(async () => {
    const charts = createChartRenderer();
    const dataset = everyChapter(defaultDataset(), true);
    const a = await renderSample(dataset, charts);
    const b = await renderSample(fasterForecast(dataset), charts);
    model = a.model;
    text = await readPdf(a.pdf);
    faster = { model: b.model, text: await readPdf(b.pdf) };
  });

  it('lays out every chapter', () => {
    expect(text.bookmarks).toHaveLength(resolveOutline(model).chapters.length);
    expect(text.flat).not.toContain('Not included in this sample');
    expect(text.flat.replace(/\s+/g, ' ')).toContain(`This sample shows all ${resolveOutline(model).chapters.length} chapters of the ${model.title} report`);
  });

  it('prints none of the figures after the base year', () => {
    const { needles } = searchableHeldFigures(model, createFormatter(model));
    expect(needles.length).toBeGreaterThan(100);
    expect(found(text.flat, needles).map((p) => `${p.label}: ${p.text}`)).toEqual([]);
  });

  it('prints the same text when only the forecast changes (so no held-back figure, ambiguous or not, shows through)', () => {
    // The forecasts do differ...
    expect(faster.model.market.milestones.end.value).not.toBeCloseTo(model.market.milestones.end.value, 2);
    expect(faster.model.market.milestones.base.value).toBe(model.market.milestones.base.value);
    // ...and the pages read the same, line by line.
    expect(faster.text.numPages).toBe(text.numPages);
    faster.text.pages.forEach((lines, i) => expect(lines.map((l) => l.text), `page ${i + 1}`).toEqual(text.pages[i]!.map((l) => l.text)));
  });
});

describe('sample with every chapter, not redacted', () => {
  it('prints the figures after the base year, which the same search finds', async () => {
    const { model, pdf } = await renderSample(everyChapter(defaultDataset(), false), stubRenderer());
    const text = await readPdf(pdf);
    const fmt = createFormatter(model);
    const { needles } = searchableHeldFigures(model, fmt);
    const hits = found(text.flat, needles);
    // Segment absolute growth is printed nowhere, not even in the full report; everything else is.
    const missing = needles.filter((n) => !hits.includes(n)).map((n) => n.label);
    expect(missing.filter((label) => !label.endsWith('absolute growth'))).toEqual([]);
    expect(text.flat).not.toMatch(/\bXX\b/);
    expect(text.flat).toContain(spaced(fmt.money(model.market.milestones.end.value)));
  });
});

describe('redacted report context', () => {
  it('renders every narrative template with held-back figures as XX, none of their numbers, for each dataset', async () => {
    for (const dataset of [defaultDataset(), withRegionalData()]) {
      const model = buildModel(dataset);
      const fmt = createFormatter(model);
      const narrative = await createNarrative({ formatter: fmt });
      const root = redactedReportContext(model);
      const blocks = resolveOutline(model).chapters.flatMap((c) => c.sections.flatMap((s) => s.blocks));
      const prose = blocks
        .flatMap((b) => (b.kind === 'narrative' ? [narrative.text(b.template, boundContext(root, b.binding))] : []))
        .join('\n')
        .replace(/\s+/g, ' ');
      expect(prose).toContain(`reach USD XX billion by ${model.forecastTo}`);
      expect(prose).toContain('CAGR of XX%');
      expect(prose).not.toMatch(/undefined|NaN|\[object|null|\{\{/);
      expect(found(prose, searchableHeldFigures(model, fmt).needles).map((p) => p.label)).toEqual([]);
    }
  });

  it('does not say which segment grows fastest: the prose is the same when the ranking changes', async () => {
    const dataset = defaultDataset();
    // Each segmentation's forecast rates moved one segment on: another segment grows fastest, base-year figures unchanged.
    const reranked = structuredClone(dataset) as Dataset;
    for (const seg of reranked.segmentations) {
      const rates = seg.segments.map((x) => x.cagr);
      rates.unshift(rates.pop());
      seg.segments.forEach((x, i) => Object.assign(x, { cagr: rates[i] }));
    }
    const a = buildModel(dataset);
    const b = buildModel(reranked);
    a.segmentations.forEach((seg, i) => expect(b.segmentations[i]!.fastest, seg.id).not.toBe(seg.fastest));
    const prose = async (model: Model, redact: boolean) => {
      const narrative = await createNarrative({ formatter: createFormatter(model) });
      const root = redact ? redactedReportContext(model) : reportContext(model);
      return resolveOutline(model)
        .chapters.flatMap((c) => c.sections.flatMap((s) => s.blocks))
        .flatMap((block) => (block.kind === 'narrative' ? [narrative.text(block.template, boundContext(root, block.binding))] : []))
        .join('\n')
        .replace(/\s+/g, ' ');
    };
    const ranking = /grows? fastest|grow fastest|fastest-growing segment|the fastest-growing \(|declines? least/;
    // The full report ranks, and its prose follows the ranking...
    expect(await prose(a, false)).toMatch(ranking);
    expect(await prose(a, false)).not.toBe(await prose(b, false));
    // ...the sample's does neither.
    const held = await prose(a, true);
    expect(held).not.toMatch(ranking);
    expect(held).toContain('is in the full report');
    expect(await prose(b, true)).toBe(held);
  });

  it('picks the best and worst growth years among the actual years, whatever the forecast does', async () => {
    const withForecast = (cagr: number) => {
      const d = structuredClone(defaultDataset()) as Dataset & { market: { forecast: { method: string; cagr: number } } };
      d.market.forecast = { method: 'cagr', cagr };
      delete (d.market as { published?: unknown }).published;
      return buildModel(d);
    };
    const boom = withForecast(0.5); // every forecast year beats history
    const bust = withForecast(-0.3); // every forecast year falls
    // The full report too: the forecast's one rate is stated on its own, and
    // ranking its years, all alike, would pick one by float noise.
    expect(reportContext(boom).market.peakGrowth.year).toBeLessThanOrEqual(boom.baseYear);
    expect(reportContext(bust).market.lowestGrowth.year).toBeLessThanOrEqual(bust.baseYear);

    const sentence = async (model: Model) => {
      const fmt = createFormatter(model);
      const ctx = redactedReportContext(model);
      const text = (await createNarrative({ formatter: fmt })).text('market-growth', boundContext(ctx, {}));
      return { ctx, fmt, first: text.split('. ')[0]! };
    };
    const a = await sentence(boom);
    const b = await sentence(bust);
    const actual = boom.market.yoy.filter((g) => g.year <= boom.baseYear);
    const best = actual.reduce((x, y) => (y.growth > x.growth ? y : x));
    const worst = actual.reduce((x, y) => (y.growth < x.growth ? y : x));
    expect(a.ctx.market.growthYears).toEqual({ from: boom.firstYear + 1, to: boom.baseYear });
    expect([a.ctx.market.peakGrowth.year, a.ctx.market.lowestGrowth.year]).toEqual([best.year, worst.year]);
    // Actual years' growth is shown as the number it is, in the past tense, with the span it was picked from.
    expect(a.first).toContain(`highest in ${best.year}, at ${a.fmt.percent(best.growth)}`);
    expect(a.first).toMatch(new RegExp(`^In ${boom.firstYear + 1}\\D+${boom.baseYear}, year-over-year growth was`));
    expect(a.first).not.toContain('XX');
    // The forecast going up or down changes nothing in it.
    expect(b.first).toBe(a.first);
  });

  it('holds back figures by the year they refer to, and keeps the base year', () => {
    const model = buildModel(defaultDataset());
    const ctx = redactedReportContext(model);
    expect(ctx.market.base.value).toBe(model.market.milestones.base.value);
    expect(ctx.market.historical.cagr).toBe(model.market.spans.historical.cagr);
    expect(ctx.market.end.value).toBe(REDACTED);
    expect(ctx.market.forecast.cagr).toBe(REDACTED);
    expect(ctx.market.full.cagr).toBe(REDACTED);
    expect(ctx.market.rate).toBe(REDACTED);
    expect(ctx.segmentations[0]!.segments[0]!.base).toBe(model.segmentations[0]!.segments[0]!.series.find((p) => p.year === model.baseYear)!.value);
    expect(ctx.segmentations[0]!.segments[0]!.endShare).toBe(REDACTED);
    // An earlier cut-off holds back the base year too.
    expect(redactedReportContext(model, model.baseYear - 1).market.base.value).toBe(REDACTED);
  });

  it('prints the mark in the shape the Formatter gives a figure, per locale', () => {
    const model = buildModel(defaultDataset());
    expect(redactedTexts(createFormatter(model))).toEqual({ value: 'XX', money: 'USD\u00a0XX\u00a0billion', percent: 'XX%', signedPercent: 'XX%' });
    const de = redactedTexts(createFormatter({ ...model, locale: 'de-DE' }));
    expect(de.percent).toBe('XX\u00a0%');
    expect(de.money).toBe('USD\u00a0XX\u00a0billion');
  });
});
