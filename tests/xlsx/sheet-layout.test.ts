// Where things sit on a sheet, as an analyst opening the pack sees them:
// a note belongs to the table above it and stands apart from the next
// table's heading, and the editable chart beside a table starts one blank
// column after the table's last column, however many columns it has.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { chartCatalogue } from '../../src/charts/index.js';
import { buildModel } from '../../src/forecast/index.js';
import type { Dataset, Model } from '../../src/types.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { defaultDataset } from '../fixtures.js';
import { defaultModel, drawingsBySheet, editedModel, readWorkbook, readZip, regionalModel, rowWhere, tinyPng } from './fixtures.js';

async function built(model: Model): Promise<{ wb: ExcelJS.Workbook; anchors: Map<string, number[]> }> {
  const bytes = await renderWorkbook(model);
  const drawings = await drawingsBySheet(await readZip(bytes));
  // The first (from) column of every chart frame, 0-based, by sheet.
  const anchors = new Map(
    [...drawings].map(([sheet, d]) => [
      sheet,
      [...d.xml.matchAll(/<xdr:twoCellAnchor[^>]*><xdr:from><xdr:col>(\d+)<\/xdr:col>.*?<\/xdr:twoCellAnchor>/g)].filter((m) => m[0].includes('<xdr:graphicFrame')).map((m) => Number(m[1])),
    ]),
  );
  return { wb: await readWorkbook(bytes), anchors };
}

const isEmptyRow = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).every((v) => v === undefined || v === null);

describe('the values note of a segmentation sheet', () => {
  // It sat right above "Share of the market", where it read as the share table's note.
  it('sits under the value table and its CAGR row, with a blank row before the share table', async () => {
    const model = defaultModel();
    const { wb } = await built(model);
    let notes = 0;
    for (const seg of model.segmentations) {
      const ws = wb.getWorksheet(`By ${seg.title}`)!;
      const cagr = rowWhere(ws, `CAGR, ${model.baseYear}–${model.forecastTo}`);
      const section = rowWhere(ws, 'Share of the market');
      const note = ws.getCell(cagr + 1, 1).value;
      if (typeof note === 'string') {
        expect(note, seg.title).toMatch(/total/);
        notes += 1;
      }
      expect(isEmptyRow(ws, section - 1), `${seg.title}: row ${section - 1} above "Share of the market"`).toBe(true);
      // Nothing but the note between the CAGR row and the share table.
      for (let r = cagr + 2; r < section; r++) expect(isEmptyRow(ws, r), `${seg.title}: row ${r}`).toBe(true);
    }
    // The default dataset's displayed parts do not all add up: at least one sheet has the note.
    expect(notes).toBeGreaterThan(0);
  });
});

describe('the editable chart on the Companies sheet', () => {
  async function placement(model: Model): Promise<{ lastColumn: number; chartColumn: number }> {
    const { wb, anchors } = await built(model);
    const ws = wb.getWorksheet('Companies')!;
    const header = ws.getRow(4).values as unknown[];
    const lastColumn = header.length - 1;
    const [col] = anchors.get('Companies')!;
    // The caption above it stands in the same column.
    expect(ws.getCell(5, col! + 1).value).toBe('Share by company (editable chart)');
    return { lastColumn, chartColumn: col! + 1 };
  }

  it('starts one blank column after the list', async () => {
    const { lastColumn, chartColumn } = await placement(buildModel(defaultDataset()));
    expect(chartColumn).toBe(lastColumn + 2);
  });

  it('moves left with the list when columns are dropped, rather than staying at column L', async () => {
    const d = defaultDataset();
    // Shares kept; no company has a type, a founding year or offerings: three columns fewer.
    const companies = d.companies.map(({ type: _t, founded: _f, offerings: _o, ...c }) => c);
    const model = buildModel({ ...d, companies } as Dataset);
    const { lastColumn, chartColumn } = await placement(model);
    expect(lastColumn).toBeLessThan(8);
    expect(chartColumn).toBe(lastColumn + 2);
  });
});

describe('header labels', () => {
  // A segment named "Telecommunications" got a column of 14: its header wrapped
  // mid-word, "Telecommunic / ations (USD thousand)", in both tables of its sheet.
  it('get columns wide enough that no word of theirs is broken', async () => {
    const model = editedModel((json) => {
      json.segmentations[0].segments[0].name = 'Telecommunications';
    });
    const { wb } = await built(model);
    let headers = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (!cell.font?.bold || typeof cell.value !== 'string' || !(cell.fill as { fgColor?: unknown } | undefined)?.fgColor) return;
          headers += 1;
          // Bold letters: the word and a little room, in widths of the digit "0".
          const longest = cell.value.split(/\s+/).reduce((m, w) => Math.max(m, w.length), 0);
          expect(ws.getColumn(Number(cell.col)).width ?? 9, `${ws.name}!${cell.address} "${cell.value}"`).toBeGreaterThanOrEqual(longest + 2);
        }),
      );
    }
    expect(headers).toBeGreaterThan(20);
  });
});

describe('the production and consumption picture', () => {
  // It was the only picture no sheet claimed, and sat alone on a "Charts"
  // sheet; the report shows it with the net balance table, which the
  // Consumption sheet holds.
  it('sits on the Consumption sheet, beside the net balance, and no Charts sheet is made for it', async () => {
    const model = regionalModel();
    const figures = chartCatalogue(model);
    expect(figures.map((f) => f.id)).toContain('regional-balance');
    const png = tinyPng(30, 20);
    const images = figures.map((f) => ({ id: f.id, caption: f.caption, png, width: 600, height: 400 }));
    const wb = await readWorkbook(await renderWorkbook(model, { chartImages: images }));
    expect(wb.worksheets.map((ws) => ws.name)).not.toContain('Charts');
    const balance = figures.find((f) => f.id === 'regional-balance')!;
    const consumption = wb.getWorksheet('Consumption by region')!;
    const captions: unknown[] = [];
    consumption.eachRow((row) => row.eachCell((cell) => void captions.push(cell.value)));
    expect(captions).toContain(balance.caption);
  });
});
