// A long word (a web address, a name pasted without spaces) must not push a
// table, the contents or a fact box past the page edge: before printing, runs
// of more than 30 characters get invisible break opportunities.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLongWords } from '../../src/pdf/long-words.js';
import { MARGINS, PAGE } from '../../src/pdf/theme.js';
import type { Dataset } from '../../src/types.js';
import { defaultRaw } from '../fixtures.js';
import { placedText } from './pdf-text.js';
import { renderWithStub } from './render.js';

const ZWSP = '\u200b';

describe('breakLongWords', () => {
  it('leaves ordinary text alone, byte for byte', () => {
    const text = 'The Medical Second Opinion Market, see https://www.example.com/industry-analysis/second-opinion-market for it.';
    expect(breakLongWords(text)).toBe(text);
  });

  it('counts a non-breaking hyphen (U+2011) as part of the run, as pdfmake does', () => {
    const run = `${'a'.repeat(20)}\u2011${'b'.repeat(20)}`;
    expect(breakLongWords(run)).toContain('\u200b');
    expect(breakLongWords(run.replace('\u2011', '-'))).toBe(run.replace('\u2011', '-')); // an ordinary hyphen is a break
  });

  it('only adds zero-width spaces, and leaves no run of more than 30 characters without a break', () => {
    // Spaces and no-break spaces (which join words for pdfmake), hyphens, slashes, letters with accents.
    const piece = fc.oneof(fc.constantFrom(' ', '-', '/', '\n', '\u00a0', 'e\u0301'), fc.stringMatching(/^[A-Za-z0-9.?=&_]{1,80}$/));
    const breaks = /[^\S\u00a0\u2007\u202f\ufeff]|[/\u200b-]/;
    expect(breakLongWords('é'.normalize('NFD').repeat(20))).toBe('é'.normalize('NFD').repeat(20)); // 20 letters, 40 code units
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        const out = breakLongWords(text);
        expect(out.replaceAll(ZWSP, '')).toBe(text);
        for (const run of out.split(breaks)) expect([...run.replace(/\p{M}/gu, '')].length).toBeLessThanOrEqual(30);
        expect(out).not.toMatch(/\u200b\p{M}/u); // never between a letter and its accent
        // Text without a run longer than 30 gets no break at all.
        if (text.split(breaks).every((run) => [...run.replace(/\p{M}/gu, '')].length <= 30)) expect(out).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('in the PDF', () => {
  it('keeps long words in tables, the contents and fact boxes inside the right margin', async () => {
    const raw = defaultRaw();
    const long = (start: string, n: number) => start + 'x'.repeat(n - start.length);
    raw.companies[0].website = long('https://www.example.com/', 200);
    raw.companies[1].headquarters = long('Nashville', 150);
    raw.market.published[0].source = long('https://data.example.org/report?id=', 190);
    raw.segmentations[0].segments[0].name = long('Telemedicine', 110);
    const { pdf } = await renderWithStub(raw as unknown as Dataset);
    const placed = await placedText(pdf);
    const edge = PAGE.width - MARGINS[2] + 1;
    const over = placed.filter((p) => p.right > edge);
    expect(over.map((p) => `page ${p.page}: ${p.text.slice(0, 30)} ends at ${p.right.toFixed(0)}`)).toEqual([]);
    // The words are all there, whole once the invisible breaks are taken out.
    const all = placed.map((p) => p.text).join('').replaceAll(ZWSP, '');
    for (const word of ['x'.repeat(176), 'Nashville' + 'x'.repeat(141)]) expect(all.replaceAll(/\s/g, '')).toContain(word);
  }, 60_000);
});
