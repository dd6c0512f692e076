// The Companies sheet says what the report says. When no company has a share
// the PDF reads "Their market shares are not disclosed, so the report does not
// rank them by share or group them into tiers"; the pack once showed a Rank
// column 1..N, every company in Tier 3, "Other companies 100.0%", a tier table
// and "value = share x market size", and Contents promised rank, share and
// tier. A column no company fills is left out, and the sheet prints its table
// alone (not the chart column beside it), fitted to the page width.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/format/index.js';
import { buildModel } from '../../src/forecast/index.js';
import type { RenderContext } from '../../src/pdf/context.js';
import { buildTable } from '../../src/pdf/tables/index.js';
import { fullView } from '../../src/pdf/view.js';
import type { Dataset, Model } from '../../src/types.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { defaultDataset } from '../fixtures.js';
import { noShareDataset } from '../pdf/datasets.js';
import { cellsOf, numberIn, readWorkbook } from './fixtures.js';

async function workbookOf(model: Model): Promise<ExcelJS.Workbook> {
  return readWorkbook(await renderWorkbook(model));
}

const headers = (ws: ExcelJS.Worksheet) => (ws.getRow(4).values as unknown[]).slice(1).map(String);
const texts = (ws: ExcelJS.Worksheet) => cellsOf(ws).map((c) => (typeof c.value === 'string' ? c.value : ''));
function contentsLine(wb: ExcelJS.Workbook): string {
  const line = cellsOf(wb.getWorksheet('Contents')!).find((c) => typeof c.value === 'string' && c.value.startsWith('Key companies'));
  return String(line?.value);
}

describe('the Companies sheet of a dataset that gives no shares', () => {
  it('has no rank, share, value or tier column, no totals and no tier table', async () => {
    const model = buildModel(noShareDataset());
    const wb = await workbookOf(model);
    const ws = wb.getWorksheet('Companies')!;
    // (The default dataset gives no company a website: that column is left out too.)
    expect(headers(ws)).toEqual(['Company', 'Headquarters', 'Type', 'Founded', 'Offerings']);
    const all = texts(ws);
    for (const gone of ['Listed companies', 'Companies not profiled', 'Share by company tier']) expect(all).not.toContain(gone);
    expect(all.some((t) => /Tier \d/.test(t))).toBe(false);
    // Every company is listed, by name, in the first column.
    expect(model.companies.list.map((_c, i) => ws.getCell(5 + i, 1).value)).toEqual(model.companies.list.map((c) => c.name));
  });

  it('says, as the report does, that shares are not disclosed and so nothing is ranked or tiered', async () => {
    const wb = await workbookOf(buildModel(noShareDataset()));
    const note = String(wb.getWorksheet('Companies')!.getCell(3, 1).value);
    expect(note).toBe('The market shares of these companies are not disclosed, so they are not ranked by share or grouped into tiers.');
    expect(contentsLine(wb)).toBe('Key companies: headquarters, type, founded, offerings');
  });
});

describe('the Companies sheet of a dataset with shares', () => {
  it('keeps rank, share, value and tier, and Contents names them', async () => {
    const wb = await workbookOf(buildModel(defaultDataset()));
    expect(headers(wb.getWorksheet('Companies')!).slice(0, 2)).toEqual(['Rank', 'Company']);
    expect(contentsLine(wb)).toBe('Key companies: rank, headquarters, type, founded, market share, value, tier, offerings');
  });

  it('leaves out a column no company fills, and Contents does not promise it', async () => {
    const d = defaultDataset();
    // No website in the default dataset; give one company a website and take every type away.
    const companies = d.companies.map(({ type: _t, ...c }, i) => (i === 3 ? { ...c, website: 'https://example.com' } : c));
    const wb = await workbookOf(buildModel({ ...d, companies } as Dataset));
    const ws = wb.getWorksheet('Companies')!;
    expect(headers(ws)).toContain('Website');
    expect(headers(ws)).not.toContain('Type');
    expect(contentsLine(wb)).toBe('Key companies: rank, headquarters, founded, market share, value, tier, offerings, website');
  });

  it('prints the table and tier summary alone, not the chart column beside them', async () => {
    const model = buildModel(defaultDataset());
    const ws = (await workbookOf(model)).getWorksheet('Companies')!;
    const columns = headers(ws).length;
    const tierRows = texts(ws).filter((t) => /^Tier \d \(/.test(t)).length;
    expect(tierRows).toBe(3);
    const lastTier = cellsOf(ws).filter((c) => typeof c.value === 'string' && /^Tier 3 \(/.test(c.value))[0]!;
    const letter = String.fromCharCode(64 + columns);
    expect(letter < 'L').toBe(true);
    expect(String(ws.pageSetup.printArea).replace(/\$/g, '')).toBe(`A1:${letter}${lastTier.row}`);
    expect(ws.pageSetup.fitToWidth).toBe(1);
  });
});

// LibreOffice showed "1HCA Hospitals", "Tier 1Specialist ..." and, in the tier
// table, "1Tier 1 (share ...)": a right-aligned number met the left-aligned
// text of the next column with no gap. Text after a number column is indented.
describe('text beside a number on the Companies sheet', () => {
  const isNumber = (c: ExcelJS.Cell) => typeof c.value === 'number' || (typeof c.value === 'object' && c.value !== null && 'formula' in c.value);
  const isText = (c: ExcelJS.Cell) => typeof c.value === 'string' || (typeof c.value === 'object' && c.value !== null && 'hyperlink' in c.value);

  async function touching(dataset: Dataset): Promise<string[]> {
    const ws = (await workbookOf(buildModel(dataset))).getWorksheet('Companies')!;
    const found: string[] = [];
    for (let r = 5; r <= ws.rowCount; r++) {
      for (let c = 2; c <= ws.columnCount; c++) {
        const [left, cell] = [ws.getCell(r, c - 1), ws.getCell(r, c)];
        if (!isNumber(left) || !isText(cell)) continue;
        const leftAlign = left.alignment?.horizontal ?? 'right';
        if (leftAlign === 'right' && !((cell.alignment?.indent ?? 0) >= 1 && cell.alignment?.horizontal === 'left')) found.push(`${cell.address} "${String(left.value)}|${String(cell.value)}"`);
      }
    }
    return found;
  }

  it('keeps a gap after the rank, the tier and the tier number, with shares', async () => {
    const ws = (await workbookOf(buildModel(defaultDataset()))).getWorksheet('Companies')!;
    expect(ws.getCell(5, 2).alignment).toMatchObject({ horizontal: 'left', indent: 1 });
    expect(await touching(defaultDataset())).toEqual([]);
  });

  it('keeps a gap after the founding year when no company has a share', async () => {
    expect(await touching(noShareDataset())).toEqual([]);
  });
});

// The report's share table ends "Companies not profiled 45.3%"; the pack
// called the same figure "Other companies": two names for one number.
describe('the rest of the market on the Companies sheet', () => {
  it('is labelled as in the report’s share table, with the same share', async () => {
    const model = buildModel(defaultDataset());
    const fmt = createFormatter(model);
    const table = buildTable('company-share', { model, fmt, view: fullView(fmt) } as unknown as RenderContext, {});
    const last = table.rows[table.rows.length - 1]!.map(String);
    const label = last[1]!;
    const ws = (await workbookOf(model)).getWorksheet('Companies')!;
    const cell = cellsOf(ws).find((c) => c.value === label);
    expect(cell, `"${label}" on the Companies sheet`).toBeDefined();
    const share = ws.getCell(Number(cell!.row), headers(ws).indexOf(`Share of market, ${model.baseYear}`) + 1);
    expect(numberIn(share)).toBeCloseTo(model.companies.othersShare, 12);
  });
});
