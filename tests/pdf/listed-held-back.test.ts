// A segment table of more segments than fit across the page is listed one row
// per segment and year. In the sample, its forecast years held back, that
// once printed pages of "XX" rows (8 segments x 7 years: 103 cells of a
// generated report); the held-back years of a segment are now one row.
import { describe, expect, it } from 'vitest';
import { createFormatter, type Formatter } from '../../src/format/index.js';
import { resolveOutline } from '../../src/outline/index.js';
import type { RenderContext } from '../../src/pdf/context.js';
import { buildTable, type TableSpec } from '../../src/pdf/tables/index.js';
import { fullView, sampleView, type ReportView } from '../../src/pdf/view.js';
import type { Model } from '../../src/types.js';
import { stressModel } from '../charts/fixtures.js';

/** The listed (not across) segment value and share tables of the Model's outline. */
function listedTables(model: Model, viewOf: (fmt: Formatter) => ReportView): { segments: number; spec: TableSpec }[] {
  const fmt = createFormatter(model);
  // The table builders read the Model, the Formatter and the view only.
  const ctx = { model, fmt, view: viewOf(fmt) } as unknown as RenderContext;
  return resolveOutline(model)
    .chapters.flatMap((c) => c.sections.flatMap((s) => s.blocks))
    .flatMap((b) => (b.kind === 'table' && (b.table === 'segment-values' || b.table === 'segment-shares') ? [{ b, spec: buildTable(b.table, ctx, b.binding) }] : []))
    .filter(({ spec }) => spec.columns[1]?.header === 'Year')
    .map(({ b, spec }) => ({ segments: model.segmentations.find((s) => s.id === b.binding.segmentationId)!.segments.length, spec }));
}

describe('a segment table listed down the page', () => {
  const model = stressModel();
  const fmt = createFormatter(model);
  const shown = model.years.filter((y) => y <= model.baseYear).map(String);
  const heldSpan = fmt.span(model.baseYear + 1, model.forecastTo);

  it('in the sample: each segment\'s reported years, then one held-back row for the forecast', () => {
    const tables = listedTables(model, (f) => sampleView(f, { chapters: new Set<number>(), lastShownYear: model.baseYear }));
    expect(tables.length).toBeGreaterThan(0);
    for (const { segments, spec } of tables) {
      expect(spec.rows).toHaveLength(segments * (shown.length + 1));
      const held = spec.rows.filter((r) => r[1] === heldSpan);
      expect(held).toHaveLength(segments);
      expect(held.every((r) => r[2]!.includes('XX'))).toBe(true);
      expect(spec.rows.filter((r) => r[2]!.includes('XX'))).toEqual(held);
      expect(spec.rows.filter((r) => r[1] !== heldSpan).map((r) => r[1])).toEqual(Array(segments).fill(shown).flat());
    }
  });

  it('in the full report: every year of every segment', () => {
    for (const { segments, spec } of listedTables(model, fullView)) {
      expect(spec.rows).toHaveLength(segments * model.years.length);
      expect(spec.rows.some((r) => r[2]!.includes('XX'))).toBe(false);
    }
  });
});
