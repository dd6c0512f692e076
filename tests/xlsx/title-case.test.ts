// A segmentation's title lower-cased inside a sentence or label reads the same
// in the report and the data pack, whatever the locale: under tr-TR the report
// said "by ımaging" (dotless ı, Turkish casing of English words) while the
// pack said "by imaging".
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportContext } from '../../src/narrative/index.js';
import type { Model } from '../../src/types.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { cellsOf, editedModel, readWorkbook } from './fixtures.js';

let model: Model;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  model = editedModel((json) => {
    json.locale = 'tr-TR';
    json.segmentations[0].title = 'Imaging';
  });
  wb = await readWorkbook(await renderWorkbook(model));
});

describe('lower-cased segmentation titles under tr-TR', () => {
  it('read "imaging" in the report\'s words and in the pack\'s labels alike', () => {
    const report = reportContext(model);
    expect(report.segmentationTitles[0]).toBe('imaging');
    const texts = wb.worksheets.flatMap((ws) => cellsOf(ws).map((c) => c.value)).filter((v): v is string => typeof v === 'string');
    expect(texts.filter((t) => t.includes(' imaging')).length).toBeGreaterThanOrEqual(3);
    expect(texts.filter((t) => /ımaging/.test(t))).toEqual([]);
    expect(texts).toContain(`Market by ${report.segmentationTitles[0]} ${model.firstYear}–${model.forecastTo}: value, total, share of market, CAGR`);
  });
});
