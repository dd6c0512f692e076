// A table with one column per segment across the page must fit the text
// width: pdfmake gives every '*' column the width of the widest one's longest
// word, so one long header word pushed the whole table past the margin.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedTextMeasurer } from '../../src/charts/text-metrics.js';
import { fitAcross, type AcrossColumn } from '../../src/pdf/tables/across.js';
import { CONTENT_WIDTH, MARGINS, PAGE, TABLE_CELL_PADDING, TABLE_FONT_SIZE } from '../../src/pdf/theme.js';
import { pdfWords } from '../../src/pdf/words.js';
import type { Dataset } from '../../src/types.js';
import { defaultRaw } from '../fixtures.js';
import { placedText, readPdf } from './pdf-text.js';
import { renderWithStub } from './render.js';

const width = (text: string, bold: boolean) => sharedTextMeasurer().width(text, TABLE_FONT_SIZE, bold ? 'medium' : 'regular');
// pdfmake's own words (its line breaker): a column is at least as wide as the widest.
const widest = (text: string, bold: boolean) => Math.max(...pdfWords(text).map((w) => width(w, bold)));
const years: AcrossColumn = { header: 'Year', cells: ['2018', '2019', '2030'] };
const column = (header: string, cell = '1,234.56'): AcrossColumn => ({ header, cells: [cell, cell, cell] });

/** What pdfmake needs at the least: the first column whole, every other as wide as the widest one's longest word. */
function narrowest(headers: readonly string[], columns: readonly AcrossColumn[]): number {
  const first = Math.max(width(years.header, true), ...years.cells.map((c) => width(c, false))) + TABLE_CELL_PADDING;
  const star = Math.max(...headers.map((h) => widest(h, true)), ...columns.flatMap((c) => c.cells.map((cell) => widest(cell, false))));
  return first + columns.length * (star + TABLE_CELL_PADDING);
}

describe('fitAcross', () => {
  it('keeps headers that fit as they are', () => {
    const columns = ['Hospitals', 'Clinics', 'Total market'].map((h) => column(h));
    expect(fitAcross(years, columns)).toEqual(['Hospitals', 'Clinics', 'Total market']);
  });

  it('breaks a header word too wide for seven columns, on lines of its own, so the columns fit', () => {
    const columns = ['Transportation', 'Agriculture', 'Construction', 'Defence', 'Mining', 'Others', 'Total market'].map((h) => column(h, '240.423'));
    const unbroken = columns.map((c) => c.header);
    expect(narrowest(unbroken, columns)).toBeGreaterThan(CONTENT_WIDTH); // what overflowed before
    const headers = fitAcross(years, columns)!;
    expect(headers[0]).toMatch(/^Transpo\S*-\n\S+$/);
    expect(headers[0]!.replace('-\n', '')).toBe('Transportation');
    expect(headers.slice(1)).toEqual(unbroken.slice(1));
    expect(narrowest(headers, columns)).toBeLessThanOrEqual(CONTENT_WIDTH);
  });

  it('breaks where pdfmake cannot: a hyphen before a number is no break, a slash is one', () => {
    const others = ['Agriculture', 'Construction', 'Defence', 'Mining', 'Others', 'Total market'].map((h) => column(h, '240.423'));
    const [kva] = fitAcross(years, [column('Above-1000kVA', '240.423'), ...others])!;
    expect(kva).toContain('-\n');
    const [slash] = fitAcross(years, [column('Hospitals/Clinics', '240.423'), ...others])!;
    expect(slash).toBe('Hospitals/Clinics');
  });

  it('gives up when a header would break into pieces too short to read', () => {
    expect(fitAcross(years, Array.from({ length: 20 }, () => column('Transportation', '1')))).toBeNull();
  });

  it('gives up when a value cannot fit its column: numbers never break', () => {
    const columns = Array.from({ length: 7 }, (_, i) => column(`S${i}`, '123,456,789,012.000'));
    expect(fitAcross(years, columns)).toBeNull();
  });

  it('either fits the columns, with headers that join back into the names, or gives up', () => {
    const name = fc.stringMatching(/^[A-Za-zÄÖÜäöüß]{1,40}( [A-Za-z-]{1,25}){0,2}$/);
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 7 }), fc.constantFrom('7.5', '1,234.56', '98,765.432'), (names, cell) => {
        const columns = names.map((n) => column(n, cell));
        const headers = fitAcross(years, columns);
        if (headers === null) return;
        expect(narrowest(headers, columns)).toBeLessThanOrEqual(CONTENT_WIDTH);
        expect(headers.map((h) => h.replaceAll('-\n', ''))).toEqual(names);
      }),
      { numRuns: 60 },
    );
  });
});

describe('in the PDF', () => {
  it('keeps a six-segment table with a long header word inside the margin', async () => {
    const raw = defaultRaw();
    const application = raw.segmentations.find((s: { id: string }) => s.id === 'application');
    application.segments[0].name = 'Transportation';
    application.segments[3].name = 'Construction';
    const { pdf } = await renderWithStub(raw as unknown as Dataset);
    const edge = PAGE.width - MARGINS[2] + 1;
    const over = (await placedText(pdf)).filter((p) => p.right > edge);
    expect(over.map((p) => `page ${p.page}: ${p.text.slice(0, 30)} ends at ${p.right.toFixed(0)}`)).toEqual([]);
    // Still across the page, the header broken: not listed down it.
    const lines = (await readPdf(pdf)).pages.flat().map((l) => l.text);
    expect(lines.some((l) => /^Year Transpo\S*- .*Total market$/.test(l))).toBe(true);
  }, 60_000);

  it('lists a table down the page when its values cannot fit across it, shares across as before', async () => {
    const raw = defaultRaw();
    raw.unit = 'thousand';
    delete raw.market.published;
    raw.market.history = raw.market.history.map((h: { year: number; value: number }) => ({ year: h.year, value: Math.round(h.value * 1e10) }));
    const { pdf } = await renderWithStub(raw as unknown as Dataset);
    const lines = (await readPdf(pdf)).pages.flat().map((l) => l.text);
    // Values of eleven digits and more: the application values are listed one row per segment and year...
    expect(lines).toContain('Application Year Value (USD thousand)');
    expect(lines.some((l) => /^Cancer 2030 [\d,]{13,}$/.test(l))).toBe(true);
    // ...while their shares still go across the page, and nothing leaves the margin.
    expect(lines.some((l) => /^Year Cancer Diabetes .*Others$/.test(l))).toBe(true);
    const edge = PAGE.width - MARGINS[2] + 1;
    expect((await placedText(pdf)).filter((p) => p.right > edge).map((p) => p.text)).toEqual([]);
  }, 60_000);
});
