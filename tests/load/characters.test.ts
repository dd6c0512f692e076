// Characters that cannot reach the page: control characters, half characters,
// whitespace-only text, and characters the report font (Roboto) has no glyph for.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { checkCharacters, controlCharacters, unpairedSurrogate } from '../../src/load/characters.js';
import {
  createFontCoverage,
  LATIN_CORE,
  missingCodePoints,
  openFontFile,
  reportFontFile,
  withLatinCore,
  type GlyphCoverage,
} from '../../src/load/glyphs.js';
import { validateDataset } from '../../src/load/index.js';
import { defaultRaw } from '../fixtures.js';

function problems(mutate: (d: Record<string, any>) => void): string[] {
  const d = defaultRaw();
  mutate(d);
  return validateDataset(d, 'x.json').errors.map((e) => `${e.path}: ${e.message}`);
}

describe('control characters', () => {
  it('rejects a BEL in a company name, at its path, naming it U+0007 (it crashed chart SVG parsing)', () => {
    expect(problems((d) => (d.companies[1].name = 'Best\u0007Doctors'))).toEqual([
      'companies[1].name: contains the control character U+0007, which cannot be printed and breaks the charts: remove it',
    ]);
  });
  it('rejects a NUL in a segment name and lists several controls once each', () => {
    expect(problems((d) => (d.segmentations[0].segments[0].name = 'Hosp\u0000it\u001bals\u0000'))).toEqual([
      'segmentations[0].segments[0].name: contains the control characters U+0000, U+001B, which cannot be printed and breaks the charts: remove them',
    ]);
  });
  it('accepts tab, newline and carriage return (paragraphs are separated by blank lines)', () => {
    expect(problems((d) => (d.narrative.methodology = 'First paragraph.\r\n\r\nSecond\tparagraph.\n\nThird.'))).toEqual([]);
  });
  it('finds exactly the C0 controls other than tab, LF and CR (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const expected = [...new Set([...s].map((c) => c.charCodeAt(0)).filter((c) => c < 0x20 && ![9, 10, 13].includes(c)))];
        expect(controlCharacters(s)).toEqual(expected);
      }),
    );
  });
});

describe('unpaired surrogates', () => {
  it('rejects half a character', () => {
    expect(problems((d) => (d.companies[1].name = 'Best \ud800 Doctors'))).toEqual([
      'companies[1].name: contains half of a character (U+D800, an unpaired UTF-16 surrogate): the text was cut or mis-encoded; type it again',
    ]);
  });
  it('accepts a whole pair and finds a lone half anywhere', () => {
    expect(unpairedSurrogate('a\ud83e\ude7a b')).toBeUndefined();
    expect(unpairedSurrogate('\udc00x')).toBe(0xdc00);
    expect(unpairedSurrogate('x\ud83e')).toBe(0xd83e);
  });
});

describe('whitespace-only text', () => {
  it('rejects required text that holds only spaces, and still says "must not be empty" for ""', () => {
    expect(problems((d) => (d.narrative.definition = '   '))).toEqual(['narrative.definition: must not be blank (it holds only spaces or line breaks)']);
    expect(problems((d) => (d.narrative.sources[0] = '\n\t'))).toEqual(['narrative.sources[0]: must not be blank (it holds only spaces or line breaks)']);
    expect(problems((d) => (d.title = '    '))).toEqual(['title: must not be blank (it holds only spaces or line breaks)']);
    expect(problems((d) => (d.narrative.definition = ''))).toEqual(['narrative.definition: must not be empty']);
  });
  it('accepts text with surrounding spaces', () => {
    expect(problems((d) => (d.narrative.definition = '  A definition.  '))).toEqual([]);
  });
});

describe('invisible formatting characters', () => {
  it('rejects a zero-width space that let a name pass as a second "Hospitals", at its path', () => {
    const p = problems((d) => (d.segmentations[0].segments[1].name = `${d.segmentations[0].segments[0].name}\u200b`));
    expect(p).toEqual([
      'segmentations[0].segments[1].name: contains the invisible formatting character U+200B: it changes the text without showing in it (two names that read the same pass as different): remove it',
    ]);
  });
  it('names each kind once, and reports a direction override as invisible rather than as a missing glyph', () => {
    const p = problems((d) => {
      d.title = 'Medical \u202eSecond\u202c Opinion Market';
      d.narrative.definition = '\ufeffThe\u2060market\u200d covers\u200b\u200b';
    });
    expect(p).toEqual([
      expect.stringMatching(/^title: contains the invisible formatting characters U\+202E and U\+202C: they change the text/),
      expect.stringMatching(/^narrative\.definition: contains the invisible formatting characters U\+FEFF, U\+2060, U\+200D and U\+200B: /),
    ]);
  });
  it('keeps the soft hyphen, which marks where a long word may break', () => {
    expect(problems((d) => (d.narrative.definition = 'Zweit\u00admeinungs\u00adverfahren are second opinions.'))).toEqual([]);
  });
  it('ignores the logo file name, which is never printed', () => {
    const raw = defaultRaw();
    raw.publisher.logo = 'logo\u200b.png';
    const seen: string[] = [];
    checkCharacters(raw, { error: (p) => seen.push(p.join('.')) });
    expect(seen).toEqual([]);
  });
});

describe('characters the report font cannot draw', () => {
  it('rejects CJK, emoji, Hebrew and Arabic in the title, naming the first characters and how many more', () => {
    const p = problems((d) => (d.title = 'Medical 🩺 Second Opinion 医疗第二意见 מרקט سوق'));
    expect(p).toEqual([
      'title: characters "🩺" (U+1FA7A), "医" (U+533B), "疗" (U+7597), "第" (U+7B2C), "二" (U+4E8C) and 9 more cannot be printed with the report font (Roboto); they would show as empty boxes: replace or remove them',
    ]);
  });
  it('names a single character as the review asked', () => {
    expect(problems((d) => (d.title = 'The 中 market'))).toEqual([
      'title: character "中" (U+4E2D) cannot be printed with the report font (Roboto); it would show as an empty box: replace or remove it',
    ]);
  });
  it('reports every string that has one, and names invisible characters by code point only', () => {
    const p = problems((d) => {
      d.companies[2].description = 'Leader\ufe0f in care';
      d.narrative.drivers[0].title = 'Growth ✓';
    });
    expect(p).toEqual([
      expect.stringMatching(/^companies\[2\]\.description: character U\+FE0F cannot be printed/),
      expect.stringMatching(/^narrative\.drivers\[0\]\.title: character "✓" \(U\+2713\) cannot be printed/),
    ]);
  });
  it('accepts what Roboto covers: accents, Greek, Cyrillic, dashes, quotes, the euro and the rupee', () => {
    expect(problems((d) => (d.narrative.methodology = 'Zürich – “Société” ‘ÅÆØ’ … € ₹ Ωμέγα Привет • ² ½ ©'))).toEqual([]);
  });
  it('ignores the logo file name, which is never printed', () => {
    const raw = defaultRaw();
    raw.publisher.logo = 'логотип-中.png';
    const seen: string[] = [];
    checkCharacters(raw, { error: (p) => seen.push(p.join('.')) });
    expect(seen).toEqual([]);
  });
});

describe('glyph coverage', () => {
  const require = createRequire(import.meta.url);
  const fontkit = require('fontkit') as { openSync(file: string): { hasGlyphForCodePoint(cp: number): boolean } };
  const roboto = fontkit.openSync(reportFontFile());

  it('reads the Regular face pdfmake ships', () => {
    expect(reportFontFile()).toMatch(/pdfmake[\\/]fonts[\\/]Roboto[\\/]Roboto-Regular\.ttf$/);
  });

  it('answers the Latin core without the font only because the font has every character of it', () => {
    const lacking: string[] = [];
    for (const [from, to] of LATIN_CORE) for (let cp = from; cp <= to; cp++) if (!roboto.hasGlyphForCodePoint(cp)) lacking.push(cp.toString(16));
    expect(lacking).toEqual([]);
  });

  it('opens the font once, only when text leaves the Latin core, and asks it once per code point', () => {
    const font = { hasGlyphForCodePoint: vi.fn((cp: number) => roboto.hasGlyphForCodePoint(cp)) };
    const open = vi.fn(() => font);
    const coverage: GlyphCoverage = withLatinCore(createFontCoverage(open, 'Roboto'));
    checkCharacters(defaultRaw(), { error: () => {} }, coverage);
    expect(open).not.toHaveBeenCalled();
    expect(missingCodePoints('中 中 Ω 中 Ω', coverage)).toEqual([0x4e2d]);
    expect(missingCodePoints('中Ω', coverage)).toEqual([0x4e2d]);
    expect(open).toHaveBeenCalledTimes(1);
    expect(font.hasGlyphForCodePoint.mock.calls.map(([cp]) => cp)).toEqual([0x4e2d, 0x3a9]);
  });

  it('agrees with the font for any text (property)', () => {
    const coverage = withLatinCore(createFontCoverage(() => openFontFile(reportFontFile()), 'Roboto'));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const expected = [...new Set([...s].map((c) => c.codePointAt(0)!))].filter(
          (cp) => cp >= 0x20 && (cp < 0xd800 || cp > 0xdfff) && !roboto.hasGlyphForCodePoint(cp),
        );
        expect(missingCodePoints(s, coverage)).toEqual(expected);
      }),
    );
  });
});

describe('words longer than any line', () => {
  it('rejects a word of more than 200 characters at its path, quoting its start', () => {
    const word = 'Second' + 'x'.repeat(16_000);
    expect(problems((d) => (d.narrative.definition = `A market. ${word} and more.`))).toEqual([
      `narrative.definition: has a word of 16006 characters ("Secondxxxxxxxxxxxxxxxxxx…"); a word may have at most 200: is a space missing, or was something pasted by mistake?`,
    ]);
  });

  it('counts no-break spaces as part of a word, and any other white space as a break', () => {
    const half = 'y'.repeat(150);
    expect(problems((d) => (d.companies[0].description = `${half}\u00a0${half}`))).toEqual([
      expect.stringMatching(/^companies\[0\]\.description: has a word of 301 characters/),
    ]);
    expect(problems((d) => (d.companies[0].description = `${half} ${half}\n${half}\t${half}`))).toEqual([]);
  });

  it('accepts a long web address up to the limit, and any word length the limit allows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 201, max: 2000 }), (fine, tooLong) => {
        const url = 'https://e.org/';
        const at = (n: number) => problems((d) => (d.market.published[0].source = `See ${url}${'p'.repeat(n - url.length)} for it`));
        expect(at(Math.max(fine, url.length))).toEqual([]);
        expect(at(tooLong)).toEqual([expect.stringMatching(new RegExp(`^market\\.published\\[0\\]\\.source: has a word of ${tooLong} characters`))]);
      }),
      { numRuns: 40 },
    );
  });
});
