// The default outline's regional chapters show a value-by-region chart before
// each value table, and every chart the resolved outline asks for is one the
// chart catalogue makes (the PDF fails the build otherwise).
import { describe, expect, it } from 'vitest';
import { chartCatalogue } from '../../src/charts/index.js';
import { buildModel } from '../../src/forecast/index.js';
import { resolveOutline } from '../../src/outline/index.js';
import type { Outline } from '../../src/outline/types.js';
import { defaultDataset, withRegionalData } from '../fixtures.js';

const blocksOf = (outline: Outline, chapter: string, section: string) =>
  outline.chapters.find((c) => c.definitionId === chapter)!.sections.find((s) => s.id === `${chapter}.${section}`)!.blocks;

const describeBlock = (b: ReturnType<typeof blocksOf>[number]) =>
  b.kind === 'chart' ? `chart ${b.chartId} ${b.figure.label}` : b.kind === 'table' ? `table ${b.table} ${b.ref.label}` : b.kind;

describe('regional charts in the default outline', () => {
  const outline = resolveOutline(buildModel(withRegionalData()));

  it('puts each value-by-region chart between its narrative and its table', () => {
    expect(blocksOf(outline, 'production', 'values').map(describeBlock)).toEqual([
      'narrative',
      'chart regional-production Figure 3.1',
      'table regional-production Table 3.1',
    ]);
    expect(blocksOf(outline, 'consumption', 'values').map(describeBlock)).toEqual([
      'narrative',
      'chart regional-consumption Figure 4.1',
      'table regional-consumption Table 4.1',
    ]);
    expect(blocksOf(outline, 'consumption', 'balance').map(describeBlock)).toEqual([
      'chart regional-balance Figure 4.2',
      'table regional-balance Table 4.2',
    ]);
  });

  it.each([
    ['default', defaultDataset],
    ['with regional data', withRegionalData],
  ])('asks only for charts the catalogue makes: %s', (_name, dataset) => {
    const model = buildModel(dataset());
    const wanted = resolveOutline(model).figures.map((f) => f.chartId);
    const made = new Set(chartCatalogue(model).map((f) => f.id));
    expect(wanted.filter((id) => !made.has(id))).toEqual([]);
    expect(wanted.some((id) => id.startsWith('regional'))).toBe(model.regional !== undefined);
  });
});
