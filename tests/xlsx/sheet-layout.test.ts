// Where things sit on a sheet, as an analyst opening the pack sees them:
// a note belongs to the table above it and stands apart from the next
// table's heading, and the editable chart beside a table starts one blank
// column after the table's last column, however many columns it has.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/types.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { defaultModel, drawingsBySheet, readWorkbook, readZip, rowWhere } from './fixtures.js';

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
