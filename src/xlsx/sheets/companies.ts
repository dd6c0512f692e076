// Companies sheet: the ranked list (rank, name, headquarters, type, founded,
// share, value, tier, offerings, website), the listed total and the rest of
// the market, and the tier summary. Value and the totals are formulas: value
// is share x the base-year market cell; the listed total and tier shares add
// the shares as displayed (ROUND inside SUMPRODUCT), as the report does.
// When no company has a share, the sheet says so as the report does and
// keeps only the descriptive columns: no rank, tier, share or value, no
// totals and no tier table. A descriptive column no company fills is left out.
import type ExcelJS from 'exceljs';
import { tierLabel } from '../../format/tier-labels.js';
import { NO_FIGURE } from '../../pdf/tables/spec.js';
import type { CompanyModel, Model } from '../../types.js';
import { cellRef, columnLetter, sheetColumnRange } from '../cells.js';
import type { WorkbookContext } from '../context.js';
import type { FigureStack } from '../figures.js';
import { FIRST_DATA_ROW, HEADER_ROW, fitWidth, setWidths, styles, writeFrame, writeHeader, writeSection } from '../frame.js';
import { excelColor, INTEGER_FORMAT, TIER_FORMAT, YEAR_FORMAT } from '../styles.js';
import type { MarketRefs } from './market.js';

type ColumnKey = 'rank' | 'name' | 'hq' | 'type' | 'founded' | 'share' | 'value' | 'tier' | 'offerings' | 'website';

const BY_SHARE: readonly ColumnKey[] = ['rank', 'share', 'value', 'tier'];
/** Columns of numbers: right-aligned, as a number's default. */
const NUMBERS: readonly ColumnKey[] = ['rank', 'founded', 'share', 'value', 'tier'];
/**
 * Text to the right of a number column is indented one step: the number sits
 * at the right of its cell and the text at the left of the next, and without
 * the gap they read as one ("1HCA Hospitals", "Tier 1Specialist ...").
 */
const AFTER_NUMBER: Partial<ExcelJS.Alignment> = { horizontal: 'left', indent: 1 };
/** What the indent takes of a column's width, in characters. */
const indentText = (t: string) => `  ${t}`;
/** The rest of the market, as the report's share table calls it (not "Other companies": a second name for one figure). */
const OTHERS_LABEL = 'Companies not profiled';
/** What each column is called on the Contents sheet. */
const CONTENTS_WORDS: Partial<Record<ColumnKey, string>> = {
  rank: 'rank',
  hq: 'headquarters',
  type: 'type',
  founded: 'founded',
  share: 'market share',
  value: 'value',
  tier: 'tier',
  offerings: 'offerings',
  website: 'website',
};

/** The sheet's columns, in order: the share columns only when a company has a share, a descriptive one only when a company fills it. */
function companyColumns(companies: readonly CompanyModel[]): ColumnKey[] {
  const anyShare = companies.some((c) => c.share !== undefined);
  const filled: Record<'hq' | 'type' | 'founded' | 'offerings' | 'website', boolean> = {
    hq: companies.some((c) => c.headquarters),
    type: companies.some((c) => c.type),
    founded: companies.some((c) => c.founded !== undefined),
    offerings: companies.some((c) => c.offerings.length > 0),
    website: companies.some((c) => c.website),
  };
  const all: ColumnKey[] = ['rank', 'name', 'hq', 'type', 'founded', 'share', 'value', 'tier', 'offerings', 'website'];
  return all.filter((k) => (BY_SHARE.includes(k) ? anyShare : k === 'name' || filled[k as keyof typeof filled]));
}

/**
 * The figure column: one blank column after the list's last column, which
 * depends on the columns a dataset fills (a fixed column L left a wide gap
 * once website or offerings were dropped).
 */
export function companiesFigureCol(model: Pick<Model, 'companies'>): number {
  return companyColumns(model.companies.list).length + 2;
}

/** The Contents sheet's line for the Companies sheet: the columns it has. */
export function companiesSheetDescription(model: Pick<Model, 'companies'>): string {
  const words = companyColumns(model.companies.list).flatMap((k) => CONTENTS_WORDS[k] ?? []);
  return `Key companies: ${words.join(', ')}`;
}

export function buildCompaniesSheet(ctx: WorkbookContext, ws: ExcelJS.Worksheet, contents: string, market: MarketRefs, figures: FigureStack): void {
  const { model, fmt } = ctx;
  const { companies } = model;
  const st = styles(ctx);
  const percentFormat = fmt.excelPercentFormat();
  const baseCell = absolute(market.valueCell(model.baseYear));
  const keys = companyColumns(companies.list);
  const col = (key: ColumnKey): number => keys.indexOf(key) + 1;
  const anyShare = keys.includes('share');
  const one = companies.list.length === 1;
  writeFrame(ctx, ws, {
    title: `${model.title}: key companies`,
    // As the report says it (competitive situation): no share, no rank, no tier.
    note: anyShare
      ? `Shares of the market in ${model.baseYear}; value = share x market size ${model.baseYear} (${fmt.unitLabel()}). Tiers are defined below the list.`
      : one
        ? 'The market share of this company is not disclosed, so it is not ranked by share or placed in a tier.'
        : 'The market shares of these companies are not disclosed, so they are not ranked by share or grouped into tiers.',
    contentsSheet: contents,
    frozenColumns: col('name'),
    // The totals and the tier table sit below the list only when shares are given.
    tablesBelow: anyShare,
  });
  const afterNumber = (key: ColumnKey): boolean => !NUMBERS.includes(key) && col(key) > 1 && NUMBERS.includes(keys[col(key) - 2]!);
  const texts = (pick: (c: CompanyModel) => string | undefined) => companies.list.map((c) => pick(c) ?? '');
  // The name column also holds the totals' labels and, in the tier table, the
  // tier definitions (after the tier number): indented as the names are.
  const nameTexts = [...texts((c) => c.name), ...(anyShare ? ['Listed companies', OTHERS_LABEL, ...companies.tiers.map((t) => tierLabel(fmt, t.tier))] : [])];
  const fit = (key: ColumnKey, list: readonly string[], min: number, max: number) => fitWidth(afterNumber(key) ? list.map(indentText) : list, min, max + (afterNumber(key) ? 2 : 0));
  const columns: Record<ColumnKey, { header: string; width: number }> = {
    rank: { header: 'Rank', width: 7 },
    name: { header: 'Company', width: fit('name', nameTexts, 18, 40) },
    hq: { header: 'Headquarters', width: fit('hq', texts((c) => c.headquarters), 14, 36) },
    type: { header: 'Type', width: fit('type', texts((c) => c.type), 12, 28) },
    founded: { header: 'Founded', width: 10 },
    share: { header: `Share of market, ${model.baseYear}`, width: 14 },
    value: { header: `Value, ${model.baseYear} (${fmt.unitLabel()})`, width: 14 },
    tier: { header: 'Tier', width: 7 },
    offerings: { header: 'Offerings', width: fit('offerings', texts((c) => c.offerings.join('; ')), 20, 60) },
    website: { header: 'Website', width: fit('website', texts((c) => c.website), 10, 40) },
  };
  setWidths(ws, keys.map((k) => columns[k].width));
  writeHeader(ctx, ws, HEADER_ROW, keys.map((k) => columns[k].header));
  const first = FIRST_DATA_ROW;
  companies.list.forEach((c, i) => {
    const r = first + i;
    const set = (key: ColumnKey, value: ExcelJS.CellValue, numFmt?: string) => {
      if (!keys.includes(key)) return;
      const cell = ws.getCell(r, col(key));
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
      if (afterNumber(key)) cell.alignment = AFTER_NUMBER;
    };
    set('rank', c.rank ?? null, INTEGER_FORMAT);
    set('name', c.name);
    set('hq', c.headquarters ?? null);
    set('type', c.type ?? null);
    set('founded', c.founded ?? null, YEAR_FORMAT);
    if (c.share !== undefined && c.value !== undefined) {
      set('share', c.share, percentFormat);
      set('value', { formula: `${cellRef(r, col('share'))}*${baseCell}`, result: c.value }, fmt.excelValueFormat());
    }
    // The number stays (COUNTIF/SUMIF count on it); the format reads "Tier 1" like the report.
    set('tier', c.tier, TIER_FORMAT);
    set('offerings', c.offerings.join('; ') || null);
    set('website', c.website ? { text: c.website, hyperlink: c.website } : null);
    if (c.website && keys.includes('website')) ws.getCell(r, col('website')).font = st.link;
  });
  const last = first + companies.list.length - 1;
  ws.autoFilter = `${cellRef(HEADER_ROW, 1)}:${cellRef(last, keys.length)}`;
  const lastRow = anyShare ? writeTotalsAndTiers(ctx, ws, { first, last, share: col('share'), tier: col('tier'), name: col('name') }) : last;
  // Print the table alone, fitted to the page width: with the chart column
  // (companiesFigureCol onwards) in the print area the table printed unreadably small.
  // exceljs prefixes each part with "$": "A$1" is written "$A$1".
  ws.pageSetup.printArea = `A$1:${columnLetter(keys.length)}$${lastRow}`;
  ws.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;

  const withShare = companies.list.filter((c) => c.share !== undefined);
  if (withShare.length > 0) {
    // The list is sorted by share, so the companies with a share are the first rows.
    const shareLast = first + withShare.length - 1;
    figures.addNativeChart(
      {
        kind: 'bar',
        title: `Share of market by company, ${model.baseYear}`,
        categoriesRef: sheetColumnRange(ws.name, col('name'), first, shareLast),
        categories: withShare.map((c) => c.name),
        series: [
          {
            name: `Share of market, ${model.baseYear}`,
            valuesRef: sheetColumnRange(ws.name, col('share'), first, shareLast),
            values: withShare.map((c) => c.share),
            color: excelColor(ctx.palette.brand),
          },
        ],
        valueFormat: percentFormat,
      },
      'Share by company (editable chart)',
      // About one row per company, so every name gets its label.
      Math.max(18, Math.ceil(withShare.length * 1.3) + 4),
    );
  }
}

/** The listed total, the rest of the market and the tier table under the list; returns the last row written. */
function writeTotalsAndTiers(ctx: WorkbookContext, ws: ExcelJS.Worksheet, at: { first: number; last: number; share: number; tier: number; name: number }): number {
  const { model, fmt } = ctx;
  const { companies } = model;
  const st = styles(ctx);
  const percentFormat = fmt.excelPercentFormat();
  const shareRange = `${cellRef(at.first, at.share, true)}:${cellRef(at.last, at.share, true)}`;
  const tierRange = `${cellRef(at.first, at.tier, true)}:${cellRef(at.last, at.tier, true)}`;

  // Totals add the shares as their cells display them (the report's printedSum):
  // ROUND inside SUMPRODUCT, as a change is ROUND(to)-ROUND(from).
  const d = model.display.percentDecimals + 2;
  const printedShares = `ROUND(${shareRange},${d})`;
  const listedRow = at.last + 1;
  const othersRow = at.last + 2;
  ws.getCell(listedRow, at.name).value = 'Listed companies';
  ws.getCell(listedRow, at.share).value = { formula: `ROUND(SUMPRODUCT(${printedShares}),${d})`, result: companies.listedShare };
  ws.getCell(othersRow, at.name).value = OTHERS_LABEL;
  ws.getCell(othersRow, at.share).value = { formula: `MAX(0,1-${cellRef(listedRow, at.share)})`, result: companies.othersShare };
  for (const r of [listedRow, othersRow]) {
    ws.getCell(r, at.name).font = st.totalFont;
    ws.getCell(r, at.name).alignment = AFTER_NUMBER;
    ws.getCell(r, at.share).numFmt = percentFormat;
    ws.getCell(r, at.share).font = st.totalFont;
  }

  const tierSection = othersRow + 2;
  writeSection(ctx, ws, tierSection, 'Share by company tier');
  writeHeader(ctx, ws, tierSection + 1, ['Tier', 'Definition', 'Companies', `Share of market, ${model.baseYear}`], 1);
  companies.tiers.forEach((t, i) => {
    const r = tierSection + 2 + i;
    ws.getCell(r, 1).value = t.tier;
    ws.getCell(r, 1).numFmt = INTEGER_FORMAT;
    ws.getCell(r, 2).value = tierLabel(fmt, t.tier);
    ws.getCell(r, 2).alignment = AFTER_NUMBER;
    ws.getCell(r, 3).value = { formula: `COUNTIF(${tierRange},${cellRef(r, 1)})`, result: t.companies.length };
    ws.getCell(r, 3).numFmt = orNoFigure(INTEGER_FORMAT);
    ws.getCell(r, 4).value = { formula: `ROUND(SUMPRODUCT((${tierRange}=${cellRef(r, 1)})*${printedShares}),${d})`, result: t.share };
    ws.getCell(r, 4).numFmt = orNoFigure(percentFormat);
  });
  return tierSection + 1 + companies.tiers.length;
}

/**
 * `format`, but zero reads as the PDF tables' empty-cell mark: an empty tier
 * reads "–", not "0 / 0.0%", and a tier of undisclosed shares has no share
 * (no listed share prints 0.0%: validation rejects one). The formula stays.
 */
function orNoFigure(format: string): string {
  return `${format};-${format};"${NO_FIGURE}"`;
}

/** "'Market size'!B10" -> "'Market size'!$B$10", so the formula can be filled down. */
function absolute(ref: string): string {
  return ref.replace(/!([A-Z]+)(\d+)$/, '!$$$1$$$2');
}
