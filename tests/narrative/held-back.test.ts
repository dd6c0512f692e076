// What the free sample holds back stays out of its report context: not only
// the forecast figures but all the context works out from them (which segment
// grows fastest, the flags that word a ranking or a share move, which region
// produces most in a held-back year). The check needs no list of fields: two
// datasets that differ only in what the sample holds back must give the same
// sample context, field for field, while their full contexts differ in names
// and flags, not only in numbers (so the variation reaches the rankings).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/forecast/index.js';
import { createFormatter } from '../../src/format/index.js';
import { boundContext, BUNDLED_TEMPLATES_DIR, createNarrative, redactedReportContext, reportContext } from '../../src/narrative/index.js';
import { resolveOutline } from '../../src/outline/index.js';
import type { Dataset, Model } from '../../src/types.js';
import { defaultDataset, withRegionalData } from '../fixtures.js';
import { decliningDataset } from '../pdf/datasets.js';

/** The dataset with every segmentation's forecast rates changed by `rates` (the shares, values and history stay). */
function withRates(dataset: Dataset, rates: (cagrs: number[]) => number[]): Dataset {
  const d = structuredClone(dataset) as any;
  for (const seg of d.segmentations) {
    const next = rates(seg.segments.map((s: { cagr: number }) => s.cagr));
    seg.segments.forEach((s: { cagr: number }, i: number) => (s.cagr = next[i]!));
  }
  return d;
}

/** Forecast-only variations of a dataset that move the growth ranking, its ties and the segments' directions. */
const variations = (dataset: Dataset): [string, Dataset][] => {
  const mean = (cagrs: number[]) => cagrs.reduce((a, b) => a + b, 0) / cagrs.length;
  const scenarios = structuredClone(dataset) as any;
  if (scenarios.market.scenarios) scenarios.market.scenarios = { low: scenarios.market.scenarios.low * 1.5, high: scenarios.market.scenarios.high * 1.5 };
  return [
    ['ranking moved one place on', withRates(dataset, (c) => [c[c.length - 1]!, ...c.slice(0, -1)])],
    ['ranking reversed', withRates(dataset, (c) => [...c].reverse())],
    ['every segment at one rate', withRates(dataset, (c) => c.map(() => mean(c)))],
    ['two segments tied first', withRates(dataset, (c) => c.map((x, i) => (i < 2 ? Math.max(...c) : x)))],
    ['one segment turning', withRates(dataset, (c) => c.map((x, i) => (i === 0 ? -Math.abs(x) : x)))],
    ['wider scenarios', scenarios],
  ];
};

/** Where two contexts differ: the path of every leaf that is not the same, with both values. */
function differences(a: unknown, b: unknown, at = ''): { path: string; a: unknown; b: unknown }[] {
  if (Object.is(a, b)) return [];
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], at ? `${at}.${k}` : k));
  }
  return [{ path: at, a, b }];
}

const notANumber = (d: { a: unknown; b: unknown }) => typeof d.a !== 'number' || typeof d.b !== 'number';

describe('the sample\'s report context', () => {
  const cases: [string, Dataset][] = [
    ['growing market', defaultDataset()],
    ['shrinking market', decliningDataset()],
  ];

  it.each(cases)('is the same whatever the forecast (%s)', (_name, dataset) => {
    const base = buildModel(dataset);
    const reached: string[] = [];
    for (const [variation, changed] of variations(dataset)) {
      const other = buildModel(changed);
      const full = differences(reportContext(base), reportContext(other));
      expect(full, variation).not.toEqual([]);
      reached.push(...full.filter(notANumber).map((d) => d.path));
      expect(differences(redactedReportContext(base), redactedReportContext(other)), variation).toEqual([]);
    }
    // The variations reach names and flags in the full report, not only numbers.
    expect(reached).not.toEqual([]);
  });

  it('holds back what is worked out from regional figures of a year after the base year', () => {
    // Regional data may run past the base year; its last year is then held back.
    const dataset = withRegionalData() as any;
    const next = dataset.market.history.at(-1).year + 1;
    for (const block of [dataset.regionalData.production, dataset.regionalData.consumption]) {
      for (const series of Object.values(block) as { year: number; value: number }[][]) series.push({ year: next, value: series.at(-1)!.value * 1.1 });
    }
    // The same year with the regions' production reversed: another region produces most, surpluses move.
    const swapped = structuredClone(dataset) as any;
    const production = Object.values(swapped.regionalData.production).map((series: any) => series.at(-1));
    const last = production.map((p: { value: number }) => p.value);
    production.forEach((p: { value: number }, i: number) => (p.value = last[last.length - 1 - i]! * 1.5));
    const [a, b] = [buildModel(dataset), buildModel(swapped)];
    expect(differences(reportContext(a).regional, reportContext(b).regional).filter(notANumber)).not.toEqual([]);
    expect(differences(redactedReportContext(a).regional, redactedReportContext(b).regional)).toEqual([]);
  });
});

describe('a template that prints the ranking in the sample', () => {
  /** The bundled templates with the sample's guard (`forecastHeldBack`) taken out, as a user could copy them. */
  const dir = mkdtempSync(path.join(tmpdir(), 'unguarded-'));
  // The partials (partials/) stay the bundled ones: they have no guard of their own, the templates decide when to call them.
  for (const file of readdirSync(BUNDLED_TEMPLATES_DIR).filter((f) => f.endsWith('.hbs'))) {
    const text = readFileSync(path.join(BUNDLED_TEMPLATES_DIR, file), 'utf8');
    writeFileSync(path.join(dir, file), text.replace(/\{\{(~?)#if (?:@root\.)?forecastHeldBack(~?)\}\}/g, '{{$1#if false$2}}'));
  }
  /** Every narrative block of the outline, rendered from those templates. */
  async function unguarded(model: Model, sample: boolean): Promise<string> {
    const narrative = await createNarrative({ formatter: createFormatter(model), templatesDir: dir });
    const root = sample ? redactedReportContext(model) : reportContext(model);
    return resolveOutline(model)
      .chapters.flatMap((c) => c.sections.flatMap((s) => s.blocks))
      .flatMap((b) => (b.kind === 'narrative' ? [narrative.text(b.template, boundContext(root, b.binding))] : []))
      .join('\n');
  }

  it('prints a held-back name, list or count as the mark, goes through no held-back list, and takes the plain wording', async () => {
    const model = buildModel(defaultDataset());
    const source =
      '{{#with (lookup segmentations 0)}}{{fastest.name}}|{{list leaders.names}}|{{#plural leaders.count}}many{{else}}one{{/plural}}|' +
      '{{#each leaders.names}}[{{this}}]{{/each}}|{{period fastest.name}}|{{#if evenGrowth}}even{{else}}plain{{/if}}|{{percent fastest.cagr}}{{/with}}';
    writeFileSync(path.join(dir, 'probe.hbs'), source);
    const narrative = await createNarrative({ formatter: createFormatter(model), templatesDir: dir });
    const type = model.segmentations[0]!;
    expect(narrative.text('probe', redactedReportContext(model))).toBe('XX|XX|many||XX.|plain|XX%');
    expect(narrative.text('probe', reportContext(model))).toContain(`${type.fastest}|${type.fastest}|one|[${type.fastest}]|`);
  });

  it.each(variations(defaultDataset()))('prints "XX" for the names, the same text whatever the forecast: %s', async (_variation, changed) => {
    const [a, b] = [buildModel(defaultDataset()), buildModel(changed)];
    // Without the guard, the full report's text follows the ranking...
    expect(await unguarded(b, false)).not.toBe(await unguarded(a, false));
    // ...the sample's does not, and prints the mark where a segment would be named.
    const held = await unguarded(a, true);
    expect(await unguarded(b, true)).toBe(held);
    expect(held).toContain('XX is the fastest-growing segment by type');
  });
});

describe('a context cut off before the base year', () => {
  it('names the best and worst growth years among the years it shows', () => {
    // The base year grows most and the year before it least: both are held back by the cut-off.
    const d = defaultDataset() as any;
    const history = d.market.history as { year: number; value: number }[];
    history.at(-2)!.value = history.at(-3)!.value * 1.01;
    history.at(-1)!.value = history.at(-2)!.value * 1.5;
    delete d.market.published;
    const model = buildModel(d);
    const full = reportContext(model).market;
    expect([full.peakGrowth.year, full.lowestGrowth.year]).toEqual([model.baseYear, model.baseYear - 1]);
    const cut = model.baseYear - 2;
    const held = redactedReportContext(model, cut).market;
    expect(held.growthYears.to).toBe(cut);
    for (const g of [held.peakGrowth, held.lowestGrowth]) {
      expect(g.year).toBeLessThanOrEqual(cut);
      expect(g.years.map(Number).every((y) => y <= cut)).toBe(true);
      expect(typeof g.growth).toBe('number');
    }
  });
});
