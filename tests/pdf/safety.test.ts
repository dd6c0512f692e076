// pdfmake may read only the bundled fonts and the dataset's folder (logo), and
// no URL at all.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assemblePng, PNG_COLOR } from '../../src/charts/png-encode.js';
import { printPdf } from '../../src/pdf/printer.js';
import type { DocDefinition } from '../../src/pdf/nodes.js';
import { defaultDataset } from '../fixtures.js';
import { renderWithStub } from './render.js';

/** A valid 4x4 PNG in one colour, written by hand so the test needs no image library. */
function tinyPng(): Buffer {
  const rows = Buffer.concat(Array.from({ length: 4 }, () => Buffer.from([0, 31, 78, 121, 31, 78, 121, 31, 78, 121, 31, 78, 121])));
  return assemblePng(4, 4, PNG_COLOR.rgb, deflateSync(rows));
}

function doc(content: unknown[]): DocDefinition {
  return {
    content: content as DocDefinition['content'],
    info: {},
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 40],
    defaultStyle: { font: 'Roboto' },
    styles: {},
  };
}

describe('resource access', () => {
  it('embeds the logo from the dataset folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'report-assets-'));
    writeFileSync(path.join(dir, 'logo.png'), tinyPng());
    const dataset = defaultDataset();
    const withLogo = { ...dataset, publisher: { ...dataset.publisher, logo: 'logo.png' } };
    const { pdf } = await renderWithStub(withLogo, { assetsDir: dir });
    expect(pdf.includes('/Subtype /Image')).toBe(true);
    const { pdf: without } = await renderWithStub(dataset, { assetsDir: dir });
    expect(without.includes('/Subtype /Image')).toBe(false);
  });

  it('refuses a local file outside the allowed folders', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'report-assets-'));
    const outside = mkdtempSync(path.join(tmpdir(), 'report-outside-'));
    writeFileSync(path.join(outside, 'secret.png'), tinyPng());
    await expect(printPdf(doc([{ image: path.join(outside, 'secret.png') }]), { allowedDirs: [dir] })).rejects.toThrow(/denied/);
    await expect(printPdf(doc([{ image: path.join(dir, '..', path.basename(outside), 'secret.png') }]), { allowedDirs: [dir] })).rejects.toThrow(/denied/);
  });

  it('fetches no URL', async () => {
    await expect(printPdf(doc([{ image: 'https://example.com/logo.png' }]), { allowedDirs: [] })).rejects.toThrow(/denied/);
  });
});
