// deterministicZip copies the entries exceljs deflated instead of inflating
// and deflating them again. The result must be the bytes of the plain way
// (every entry inflated and deflated at level 6), and an entry replaced after
// loading must be written with its new content.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { deterministicZip } from '../../src/xlsx/package/deterministic-zip.js';

const DATE = new Date('2024-03-01T00:00:00Z');

/** The plain way, as deterministic-zip.ts did before it copied compressed data. */
async function reference(source: JSZip, date: Date): Promise<Buffer> {
  const names = Object.values(source.files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
    .sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const out = new JSZip();
  for (const name of names) out.file(name, await source.file(name)!.async('uint8array'), { date, createFolders: false, binary: true });
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

/** Bytes that do not compress, like a PNG's (a fixed linear congruential sequence, so the test is the same every run). */
function noise(length: number): Buffer {
  const out = Buffer.alloc(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** A workbook as exceljs writes it: sheets with text and numbers, and a picture that does not compress. */
async function exceljsPackage(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = DATE;
  wb.modified = DATE;
  for (const name of ['Contents', 'Market size', 'By Region']) {
    const ws = wb.addWorksheet(name);
    for (let r = 1; r <= 200; r++) ws.addRow([`${name} row ${r}`, r * 1.5, { formula: `B${r}*2`, result: r * 3 }]);
  }
  const picture = wb.addImage({ buffer: noise(50_000) as unknown as ExcelJS.Buffer, extension: 'png' });
  wb.getWorksheet('Market size')!.addImage(picture, { tl: { col: 5, row: 2 }, ext: { width: 400, height: 200 } });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('deterministicZip', () => {
  it('gives the bytes of inflating and deflating every entry', async () => {
    const bytes = await exceljsPackage();
    const fast = await deterministicZip(await JSZip.loadAsync(bytes), DATE);
    const plain = await reference(await JSZip.loadAsync(bytes), DATE);
    expect(fast.equals(plain)).toBe(true);
  });

  it('writes an entry replaced after loading with its new content', async () => {
    const bytes = await exceljsPackage();
    const zip = await JSZip.loadAsync(bytes);
    const sheet = 'xl/worksheets/sheet2.xml';
    const changed = (await zip.file(sheet)!.async('string')).replace('Market size row 1<', 'Changed row 1<');
    zip.file(sheet, changed);
    zip.file('xl/charts/chart1.xml', '<c:chartSpace/>');
    const fast = await deterministicZip(zip, DATE);
    const back = await JSZip.loadAsync(fast);
    expect(await back.file(sheet)!.async('string')).toBe(changed);
    expect(await back.file('xl/charts/chart1.xml')!.async('string')).toBe('<c:chartSpace/>');
    expect(fast.equals(await reference(zip, DATE))).toBe(true);
    // Still no folders, [Content_Types].xml first.
    expect(Object.keys(back.files)[0]).toBe('[Content_Types].xml');
    expect(Object.values(back.files).some((f) => f.dir)).toBe(false);
  });
});
