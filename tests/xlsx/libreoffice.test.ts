// The workbook opens in LibreOffice: headless conversion to PDF succeeds and
// the PDF shows the sheet tables and the native charts (their titles are
// drawn only if LibreOffice understood the chart parts). Skipped where
// LibreOffice is not installed; it is not a dependency of the product.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { defaultModel } from './fixtures.js';

const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync('which', [bin]).status === 0);

async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n');
}

/**
 * The workbook with its print areas removed: the Companies sheet prints its
 * table alone, and this test wants every native chart drawn, to see that
 * LibreOffice read the chart parts.
 */
async function withoutPrintAreas(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', xml.replace(/<definedName name="_xlnm\.Print_Area"[^>]*>[^<]*<\/definedName>/g, ''));
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe.skipIf(!soffice)('LibreOffice', () => {
  it('converts the workbook to PDF, tables and native charts included', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xlsx-lo-'));
    try {
      const model = defaultModel();
      writeFileSync(path.join(dir, 'pack.xlsx'), await withoutPrintAreas(await renderWorkbook(model)));
      // A private profile, so a LibreOffice running elsewhere on the machine does not block this one.
      execFileSync(soffice!, [`-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'pack.xlsx')], {
        stdio: 'ignore',
        timeout: 120_000,
      });
      const text = (await pdfText(readFileSync(path.join(dir, 'pack.pdf')))).replace(/\s+/g, ' ');
      expect(text).toContain('Medical Second Opinion Market: market size');
      expect(text).toContain('Back to Contents');
      // Chart titles: only drawn if the chart parts were read.
      expect(text).toContain('Market size, 2018–2030 (USD billion)');
      expect(text).toContain('Market by type, 2018–2030 (USD billion)');
      expect(text).toContain('Share of market by company, 2023');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
