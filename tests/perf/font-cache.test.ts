// The shared-font cache on small documents: a glyph asked for with other code
// points than the shared font holds sends the PDF back to plain pdfmake, also
// when two PDFs are in flight; the cache is replaced when full; PDFs printed
// with a cache equal those printed without.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { DocDefinition } from '../../src/pdf/nodes.js';
import { createPdfFontCache } from '../../src/pdf/perf-fonts.js';
import { FONT_FAMILY, printPdf, robotoFonts } from '../../src/pdf/printer.js';
import { withSpeedupsOff } from './switch.js';

const files = Object.values(robotoFonts()[FONT_FAMILY]!);

function doc(lines: readonly string[]): DocDefinition {
  return {
    content: lines.map((text, i) => ({ text, bold: i % 3 === 1, italics: i % 3 === 2 })),
    info: { title: 'font cache test', creationDate: new Date('2024-01-01T00:00:00Z'), modDate: new Date('2024-01-01T00:00:00Z') },
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 40],
    defaultStyle: { font: FONT_FAMILY, fontSize: 11 },
    styles: {},
  };
}

const plain = (lines: readonly string[]) => withSpeedupsOff(() => printPdf(doc(lines), { allowedDirs: [], fontCache: false }));

/** The text a reader's tools extract (through the PDF's ToUnicode maps). */
async function textOf(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  const page = await document.getPage(1);
  const content = await page.getTextContent();
  return content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
}

describe('shared fonts', () => {
  it('print the same bytes as fresh fonts, warm or cold', async () => {
    const cache = createPdfFontCache(files);
    const texts = [['Market size and forecast, 2019-2030'], ['The definition of the first segment', 'Companies profiled: 12'], ['Market size and forecast, 2019-2030']];
    for (const lines of texts) {
      const fast = await printPdf(doc(lines), { allowedDirs: [], fontCache: cache });
      expect(fast.equals(await plain(lines))).toBe(true);
    }
    expect(cache.stats()).toMatchObject({ stores: 1, taints: 0 });
  });

  it('notice a glyph met with other code points and print that PDF the plain way', async () => {
    const cache = createPdfFontCache(files);
    // Delta: U+0394 first, then the increment sign U+2206, the same Roboto glyph.
    const first = ['Growth Δ 4.2 %'];
    const second = ['Increment ∆ 4.2 %'];
    expect((await printPdf(doc(first), { allowedDirs: [], fontCache: cache })).equals(await plain(first))).toBe(true);
    const fast = await printPdf(doc(second), { allowedDirs: [], fontCache: cache });
    const fresh = await plain(second);
    expect(fast.equals(fresh)).toBe(true);
    expect(cache.stats().taints).toBe(1);
    // What the fallback protects: the copied text says U+2206, as the PDF was written.
    expect(await textOf(fast)).toContain('\u2206');
    // A new, clean store serves the next PDF.
    const third = ['Growth Δ again'];
    expect((await printPdf(doc(third), { allowedDirs: [], fontCache: cache })).equals(await plain(third))).toBe(true);
    expect(cache.stats().stores).toBe(2);
  });

  it('send every PDF in flight on a tainted store back, not only the one that tainted it', async () => {
    const cache = createPdfFontCache(files);
    await printPdf(doc(['office ﬁle: a ligature first met as fi']), { allowedDirs: [], fontCache: cache });
    const a = ['Ωmega as U+03A9', 'definition'];
    const b = ['ﬁ as U+FB01 after the shaped fi', 'Ω as the ohm sign U+2126'];
    const [fastA, fastB] = await Promise.all([
      printPdf(doc(a), { allowedDirs: [], fontCache: cache }),
      printPdf(doc(b), { allowedDirs: [], fontCache: cache }),
    ]);
    expect(fastA.equals(await plain(a))).toBe(true);
    expect(fastB.equals(await plain(b))).toBe(true);
    expect(cache.stats().taints).toBeGreaterThan(0);
  });

  it('are replaced by an empty store when full, so memory stays bounded', async () => {
    const cache = createPdfFontCache(files, { maxEntries: 40 });
    for (let i = 0; i < 4; i++) {
      const lines = [`Report ${i}: ${Array.from({ length: 30 }, (_, k) => `word${i}x${k}`).join(' ')}`];
      expect((await printPdf(doc(lines), { allowedDirs: [], fontCache: cache })).equals(await plain(lines))).toBe(true);
    }
    // Each PDF overfills its store, so each of the four started a new one.
    expect(cache.stats().stores).toBe(4);
    expect(cache.stats().taints).toBe(0);
  });
});
