// Companies sheet: the ranked list (name, headquarters, type, founded,
// share, value, tier, offerings), the listed total and the rest of the
// market, and the tier summary. Value and the totals are formulas: value is
// share x the base-year market cell, tier shares are SUMIF over the list.
import type ExcelJS from 'exceljs';
import { tierLabel } from '../../format/tier-labels.js';
import { cellRef, sheetColumnRange } from '../cells.js';
import type { WorkbookContext } from '../context.js';
import type { FigureStack } from '../figures.js';
import { FIRST_DATA_ROW, HEADER_ROW, fitWidth, setWidths, styles, writeFrame, writeHeader, writeSection } from '../frame.js';
import { excelColor, INTEGER_FORMAT, TIER_FORMAT, YEAR_FORMAT } from '../styles.js';
import type { MarketRefs } from './market.js';

const COLS = { rank: 1, name: 2, hq: 3, type: 4, founded: 5, share: 6, value: 7, tier: 8, offerings: 9, website: 10 } as const;

export function buildCompaniesSheet(ctx: WorkbookContext, ws: ExcelJS.Worksheet, contents: string, market: MarketRefs, figures: FigureStack): void {
  const { model, fmt } = ctx;
  const { companies } = model;
  const st = styles(ctx);
  const percentFormat = fmt.excelPercentFormat();
  const baseCell = absolute(market.valueCell(model.baseYear));
  writeFrame(ctx, ws, {
    title: `${model.title}: key companies`,
    note: `Shares of the market in ${model.baseYear}; value = share x market size ${model.baseYear} (${fmt.unitLabel()}). Tiers are defined below the list.`,
    contentsSheet: contents,
    frozenColumns: 2,
    tablesBelow: true,
  });
  const texts = (pick: (c: (typeof companies.list)[number]) => string | undefined) => companies.list.map((c) => pick(c) ?? '');
  setWidths(ws, [
    7,
    fitWidth([...texts((c) => c.name), 'Listed companies', ...companies.tiers.map((t) => tierLabel(fmt, t.tier))], 18, 40),
    fitWidth(texts((c) => c.headquarters), 14, 36),
    fitWidth(texts((c) => c.type), 12, 28),
    10,
    14,
    14,
    6,
    fitWidth(texts((c) => c.offerings.join('; ')), 20, 60),
    fitWidth(texts((c) => c.website), 10, 40),
  ]);
  writeHeader(ctx, ws, HEADER_ROW, [
    'Rank',
    'Company',
    'Headquarters',
    'Type',
    'Founded',
    `Share of market, ${model.baseYear}`,
    `Value, ${model.baseYear} (${fmt.unitLabel()})`,
    'Tier',
    'Offerings',
    'Website',
  ]);
  const first = FIRST_DATA_ROW;
  companies.list.forEach((c, i) => {
    const r = first + i;
    const set = (col: number, value: ExcelJS.CellValue, numFmt?: string) => {
      const cell = ws.getCell(r, col);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
    };
    set(COLS.rank, c.rank ?? null, INTEGER_FORMAT);
    set(COLS.name, c.name);
    set(COLS.hq, c.headquarters ?? null);
    set(COLS.type, c.type ?? null);
    set(COLS.founded, c.founded ?? null, YEAR_FORMAT);
    if (c.share !== undefined && c.value !== undefined) {
      set(COLS.share, c.share, percentFormat);
      set(COLS.value, { formula: `${cellRef(r, COLS.share)}*${baseCell}`, result: c.value }, fmt.excelValueFormat());
    }
    // The number stays (COUNTIF/SUMIF count on it); the format reads "Tier 1" like the report.
    set(COLS.tier, c.tier, TIER_FORMAT);
    set(COLS.offerings, c.offerings.join('; ') || null);
    set(COLS.website, c.website ? { text: c.website, hyperlink: c.website } : null);
    if (c.website) ws.getCell(r, COLS.website).font = st.link;
  });
  const last = first + companies.list.length - 1;
  ws.autoFilter = `${cellRef(HEADER_ROW, 1)}:${cellRef(last, COLS.website)}`;
  const shareRange = `${cellRef(first, COLS.share, true)}:${cellRef(last, COLS.share, true)}`;
  const tierRange = `${cellRef(first, COLS.tier, true)}:${cellRef(last, COLS.tier, true)}`;

  const listedRow = last + 1;
  const othersRow = last + 2;
  ws.getCell(listedRow, COLS.name).value = 'Listed companies';
  ws.getCell(listedRow, COLS.share).value = { formula: `SUM(${shareRange})`, result: companies.listedShare };
  ws.getCell(othersRow, COLS.name).value = 'Other companies';
  ws.getCell(othersRow, COLS.share).value = { formula: `MAX(0,1-${cellRef(listedRow, COLS.share)})`, result: companies.othersShare };
  for (const r of [listedRow, othersRow]) {
    ws.getCell(r, COLS.name).font = st.totalFont;
    ws.getCell(r, COLS.share).numFmt = percentFormat;
    ws.getCell(r, COLS.share).font = st.totalFont;
  }

  const tierSection = othersRow + 2;
  writeSection(ctx, ws, tierSection, 'Share by company tier');
  writeHeader(ctx, ws, tierSection + 1, ['Tier', 'Definition', 'Companies', `Share of market, ${model.baseYear}`], 1);
  companies.tiers.forEach((t, i) => {
    const r = tierSection + 2 + i;
    ws.getCell(r, 1).value = t.tier;
    ws.getCell(r, 1).numFmt = INTEGER_FORMAT;
    ws.getCell(r, 2).value = tierLabel(fmt, t.tier);
    ws.getCell(r, 3).value = { formula: `COUNTIF(${tierRange},${cellRef(r, 1)})`, result: t.companies.length };
    ws.getCell(r, 3).numFmt = INTEGER_FORMAT;
    ws.getCell(r, 4).value = { formula: `SUMIF(${tierRange},${cellRef(r, 1)},${shareRange})`, result: t.share };
    ws.getCell(r, 4).numFmt = percentFormat;
  });


  const withShare = companies.list.filter((c) => c.share !== undefined);
  if (withShare.length > 0) {
    // The list is sorted by share, so the companies with a share are the first rows.
    const shareLast = first + withShare.length - 1;
    figures.addNativeChart(
      {
        kind: 'bar',
        title: `Share of market by company, ${model.baseYear}`,
        categoriesRef: sheetColumnRange(ws.name, COLS.name, first, shareLast),
        categories: withShare.map((c) => c.name),
        series: [
          {
            name: `Share of market, ${model.baseYear}`,
            valuesRef: sheetColumnRange(ws.name, COLS.share, first, shareLast),
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

/** "'Market size'!B10" -> "'Market size'!$B$10", so the formula can be filled down. */
function absolute(ref: string): string {
  return ref.replace(/!([A-Z]+)(\d+)$/, '!$$$1$$$2');
}
