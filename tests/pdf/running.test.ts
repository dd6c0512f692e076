// The running header and footer stay on one line: a long report title (a
// publisher's "... Size, Share and Trends Analysis Report by Type, ...") is
// cut at a word with "…" instead of wrapping into the top margin.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedTextMeasurer } from '../../src/charts/text-metrics.js';
import { fitRunningLine, fitText } from '../../src/pdf/running.js';
import { CONTENT_WIDTH, RUNNING_FONT_SIZE } from '../../src/pdf/theme.js';
import { defaultRaw } from '../fixtures.js';
import { readPdf } from './pdf-text.js';
import { renderWithStub } from './render.js';
import type { Dataset } from '../../src/types.js';

const width = (s: string) => sharedTextMeasurer().width(s, RUNNING_FONT_SIZE);
const LONG = 'Medical Second Opinion Market Size, Share and Trends Analysis Report by Type, by Application, by Region, and Segment Forecasts';

describe('fitText', () => {
  it('keeps a text that fits, and cuts one that does not at a word, without a dangling comma or "and"', () => {
    expect(fitText('Medical Second Opinion Market', 200, width)).toBe('Medical Second Opinion Market');
    const cut = fitText(LONG, 300, width);
    expect(cut).toMatch(/…$/);
    expect(width(cut)).toBeLessThanOrEqual(300);
    expect(LONG.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut).not.toMatch(/[,\s]…$|\b(and|by)…$/);
    expect(fitText('Report by Type, and Forecasts', width('Report by Type, and F…'), width)).toBe('Report by Type…');
  });

  it('cuts one long word between letters, never between a letter and its accent', () => {
    // "Zweitmeinungsprüfungsgesellschaft" with the ü written as u + combining diaeresis.
    const word = 'Zweitmeinungspru\u0308fungsgesellschaft';
    for (let max = width('Zw…'); max < width(word); max += 1) {
      const out = fitText(word, max, width);
      const kept = out.slice(0, -1);
      expect(out.endsWith('…')).toBe(true);
      expect(word.startsWith(kept)).toBe(true);
      expect(word.slice(kept.length), kept).not.toMatch(/^\p{M}/u);
      expect(width(out)).toBeLessThanOrEqual(max);
    }
  });

  it('always fits: a start of the text, cut at a word or inside one long word, plus "…"', () => {
    const word = fc.stringMatching(/^[A-Za-zW]{1,40}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.integer({ min: 20, max: 500 }), (words, max) => {
        const text = words.join(' ');
        const out = fitText(text, max, width);
        expect(width(out)).toBeLessThanOrEqual(max);
        if (out !== text) {
          expect(out.endsWith('…')).toBe(true);
          expect(text.startsWith(out.slice(0, -1))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('fitRunningLine', () => {
  it('gives the right text what it needs, up to half the line, and the title the rest', () => {
    const [title, right] = fitRunningLine(LONG, 'Figures and Tables');
    expect(right).toBe('Figures and Tables');
    expect(width(title) + width(right)).toBeLessThan(CONTENT_WIDTH);
    const [, longRight] = fitRunningLine('Short', LONG);
    expect(width(longRight)).toBeLessThanOrEqual(CONTENT_WIDTH / 2);
  });
});

describe('in the PDF', () => {
  it('prints the running header of a long title on one line, and the title whole on the cover', async () => {
    const raw = defaultRaw();
    raw.title = LONG;
    const { pdf } = await renderWithStub(raw as unknown as Dataset);
    const text = await readPdf(pdf);
    const headers = text.pages.slice(2).map((lines) => lines[0]!.text);
    for (const h of headers) expect(h).toMatch(/^Medical Second Opinion Market Size, Share and Trends Analysis Report .*…\s+\S/);
    expect(text.flat).toContain(LONG);
  }, 60_000);
});
