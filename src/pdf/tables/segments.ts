// Tables of one segmentation. Up to WIDE_LIMIT segments go across the page
// (years down) when their columns fit the width (tables/across.ts); more, or
// columns that do not fit, are listed one row per segment and year instead, a
// table that runs over as many pages as it needs.
import { priceTable } from '../../format/prices.js';
import type { Binding } from '../../outline/types.js';
import type { SegmentationModel, YearValue } from '../../types.js';
import type { RenderContext } from '../context.js';
import { fitAcross, type AcrossColumn } from './across.js';
import { sharesRoundingNote, valuesRoundingNote, withRoundingNote } from './rounding.js';
import { NO_FIGURE, type TableSpec } from './spec.js';

const WIDE_LIMIT = 6;

function segmentationOf(ctx: RenderContext, binding: Binding): SegmentationModel {
  const seg = ctx.model.segmentations.find((s) => s.id === binding.segmentationId);
  if (!seg) throw new Error(`no segmentation "${binding.segmentationId}" in the Model`);
  return seg;
}

const at = (series: readonly YearValue[], year: number) => series.find((p) => p.year === year)!.value;

export function segmentComparisonTable(ctx: RenderContext, binding: Binding): TableSpec {
  const { model, fmt, view } = ctx;
  const seg = segmentationOf(ctx, binding);
  const { firstYear: y0, baseYear: yb, forecastTo: ye } = model;
  return {
    columns: [
      { header: seg.title, align: 'left', width: '*' },
      { header: `${y0} (${fmt.unitLabel()})`, align: 'right', width: 'auto' },
      { header: `${yb} (${fmt.unitLabel()})`, align: 'right', width: 'auto' },
      { header: `${ye} (${fmt.unitLabel()})`, align: 'right', width: 'auto' },
      { header: `Share ${yb}`, align: 'right', width: 'auto' },
      { header: `CAGR ${fmt.span(yb, ye)}`, align: 'right', width: 'auto' },
    ],
    rows: seg.segments.map((s) => [
      s.name,
      view.value(at(s.series, y0), y0),
      view.value(at(s.series, yb), yb),
      view.value(at(s.series, ye), ye),
      view.percent(s.baseShare, yb),
      view.percent(s.cagr, ye),
    ]),
    note: sharesRoundingNote(ctx, [{ year: yb, parts: seg.segments.map((s) => s.baseShare) }]),
  };
}

/** Value (or share) of every segment in every year, with the market total for values. */
function byYear(ctx: RenderContext, binding: Binding, what: 'value' | 'share'): TableSpec {
  const { model, fmt, view } = ctx;
  const seg = segmentationOf(ctx, binding);
  const pick = (s: SegmentationModel['segments'][number]) => (what === 'value' ? s.series : s.shares);
  const show = (v: number, year: number) => (what === 'value' ? view.value(v, year) : view.percent(v, year));
  const unit = what === 'value' ? fmt.unitLabel() : 'share of market';
  const withTotal = what === 'value';
  const columnsOf = (text: (v: number, year: number) => string, total: (v: number, year: number) => string): AcrossColumn[] => [
    ...seg.segments.map((s) => ({ header: s.name, cells: model.years.map((y) => text(at(pick(s), y), y)) })),
    ...(withTotal ? [{ header: 'Total market', cells: model.years.map((y) => total(at(model.market.series, y), y)) }] : []),
  ];
  const years = { header: 'Year', cells: model.years.map(String) };
  const parts = (y: number) => seg.segments.map((s) => at(pick(s), y));
  // Values add up to the total market column, shares to 100 % (whichever way the table is laid out).
  const rounding =
    what === 'value'
      ? valuesRoundingNote(ctx, model.years.map((y) => ({ year: y, parts: parts(y), total: at(model.market.series, y) })))
      : sharesRoundingNote(ctx, model.years.map((y) => ({ year: y, parts: parts(y) })));
  // The full report's figures decide the layout, so the sample (figures held back) lays a table out as the report does.
  const full = (v: number) => (what === 'value' ? fmt.value(v) : fmt.percent(v));
  const headers = seg.segments.length <= WIDE_LIMIT ? fitAcross(years, columnsOf(full, (v) => fmt.value(v))) : null;
  if (headers === null) {
    return {
      columns: [
        { header: seg.title, align: 'left', width: '*' },
        { header: 'Year', align: 'left', width: 'auto' },
        { header: what === 'value' ? `Value (${unit})` : 'Share of market', align: 'right', width: 'auto' },
      ],
      rows: seg.segments.flatMap((s) => listedRows(ctx, s.name, (y) => show(at(pick(s), y), y))),
      // Where years are held back (the sample), a segment's rows stay on one page: its held-back row never
      // opens a page alone, nor its first year ends one. A full report's segment of every year breaks as a long table does.
      ...(model.years.some((y) => !view.shows(y)) ? { rowGroup: listedRows(ctx, '', () => '').length } : {}),
      // Listed down the page, the values have no total to add up to.
      note: what === 'share' ? rounding : undefined,
    };
  }
  const across = columnsOf(show, (v, y) => view.value(v, y));
  return {
    columns: [{ header: years.header, align: 'left', width: 'auto' }, ...headers.map((header) => ({ header, align: 'right' as const }))],
    rows: years.cells.map((year, r) => [year, ...across.map((c) => c.cells[r]!)]),
    note: withRoundingNote(what === 'value' ? `Values in ${unit}. Values up to ${model.baseYear} are actual; later values are forecasts.` : undefined, rounding),
  };
}

/**
 * One segment's rows of a table listed down the page: a row per year the view
 * shows, then the years it holds back as one row ("2024–2030", "XX"). Eight
 * segments once filled four pages of a sample with rows of "XX".
 */
function listedRows(ctx: RenderContext, name: string, cell: (year: number) => string): string[][] {
  const { model, view, fmt } = ctx;
  const shown = model.years.filter((y) => view.shows(y));
  const held = model.years.filter((y) => !view.shows(y));
  const last = held.at(-1);
  return [
    ...shown.map((y) => [name, String(y), cell(y)]),
    ...(last === undefined ? [] : [[name, held.length === 1 ? String(last) : fmt.span(held[0]!, last), cell(last)]]),
  ];
}

export const segmentValuesTable = (ctx: RenderContext, b: Binding) => byYear(ctx, b, 'value');
export const segmentSharesTable = (ctx: RenderContext, b: Binding) => byYear(ctx, b, 'share');

export function segmentCountriesTable(ctx: RenderContext, binding: Binding): TableSpec {
  const seg = segmentationOf(ctx, binding);
  return {
    columns: [
      { header: seg.title, align: 'left', width: 150 },
      { header: 'Countries', align: 'left', width: '*' },
    ],
    rows: seg.segments.map((s) => [s.name, s.countries.length > 0 ? ctx.fmt.list(s.countries) : NO_FIGURE]),
  };
}

/**
 * Average prices come straight from the dataset (regionalData.averagePrice, in
 * currency per unit sold): the Model carries no price series yet.
 */
export function segmentPricesTable(ctx: RenderContext, binding: Binding): TableSpec {
  const { model, fmt, view } = ctx;
  const { segments: priced, years, series } = priceTable(model, segmentationOf(ctx, binding));
  return {
    columns: [
      { header: 'Year', align: 'left', width: 'auto' },
      ...priced.map((s) => ({ header: s.name, align: 'right' as const })),
    ],
    rows: years.map((y) => [
      String(y),
      ...priced.map((s) => {
        const p = series(s.name).find((x) => x.year === y);
        return p ? view.value(p.value, y) : NO_FIGURE;
      }),
    ]),
    note: `Average price in ${fmt.currency} per unit.`,
  };
}
