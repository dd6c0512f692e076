// pdfmake may read only the bundled fonts and the dataset's folder (logo), and
// no URL at all.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { printPdf } from '../../src/pdf/printer.js';
import type { DocDefinition } from '../../src/pdf/nodes.js';
import { defaultDataset } from '../fixtures.js';
import { renderWithStub } from './render.js';

/** A valid 4x4 PNG in one colour, written by hand so the test needs no image library. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(4, 0);
  ihdr.writeUInt32BE(4, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const rows = Buffer.concat(Array.from({ length: 4 }, () => Buffer.from([0, 31, 78, 121, 31, 78, 121, 31, 78, 121, 31, 78, 121])));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
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
