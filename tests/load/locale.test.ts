// The locale must be one Intl knows: an unknown tag silently formats in the
// machine's locale (different bytes per machine), a malformed one crashes the build.
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/load/index.js';
import type { GlyphCoverage } from '../../src/load/glyphs.js';
import { checkLocale, localeProblem } from '../../src/load/locale.js';
import { defaultRaw } from '../fixtures.js';

function withLocale(locale: string) {
  const d = defaultRaw();
  d.locale = locale;
  const r = validateDataset(d, 'x.json');
  return { errors: r.errors.map((e) => `${e.path}: ${e.message}`), warnings: r.warnings.map((w) => `${w.path}: ${w.message}`) };
}

describe('locale', () => {
  it('rejects a tag Intl does not know, which would fall back to the machine\'s locale', () => {
    expect(withLocale('xx-INVALID').errors).toEqual([
      'locale: "xx-INVALID" is not a locale this program knows; numbers and dates would be formatted in the machine\'s own locale, so the output would differ between machines: use a tag such as "en-US", "de-DE" or "fr-FR"',
    ]);
  });

  it('rejects a string that is not a language tag at all (it crashed the build with a RangeError)', () => {
    expect(withLocale('not a locale!!').errors).toEqual(['locale: "not a locale!!" is not a BCP 47 language tag such as "en-US", "de-DE" or "fr-FR"']);
    expect(() => new Intl.NumberFormat('not a locale!!')).toThrow(RangeError); // what the check saves the build from
  });

  it('accepts the locales reports are written in, without warnings when the font draws what they format', () => {
    for (const locale of ['en-US', 'en-GB', 'de-DE', 'pt-BR', 'en-IN', 'es', 'de-AT']) {
      expect(withLocale(locale), locale).toEqual({ errors: [], warnings: [] });
    }
  });

  it('warns (at locale) when the Formatter prints characters the report font lacks; a warning, not an error', () => {
    // A font without "." or "," stands in for Roboto and ja-JP's "年": what the
    // Formatter makes of a locale is its business (it already swaps some marks).
    const noPunctuation: GlyphCoverage = { fontName: 'Test Sans', has: (cp) => cp !== 0x2e && cp !== 0x2c };
    const warnings: string[] = [];
    const errors: string[] = [];
    const ctx = { error: (p: readonly unknown[], m: string) => errors.push(`${p.join('.')}: ${m}`), warn: (p: readonly unknown[], m: string) => warnings.push(`${p.join('.')}: ${m}`) };
    checkLocale({ locale: 'de-DE', published: '2024-03-15' }, ctx, noPunctuation);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      'locale: "de-DE" formats numbers, dates or lists with "." (U+002E) and "," (U+002C), which the report font (Test Sans) cannot draw: they would print as empty boxes; choose a locale whose formatting the font covers',
    ]);
    warnings.length = 0;
    checkLocale({ locale: 'de-DE' }, ctx, { fontName: 'Full', has: () => true });
    expect(warnings).toEqual([]);
  });

  it('sorts the cases: not a tag, unknown, known', () => {
    expect(localeProblem('en--US')).toBe('not-a-tag');
    expect(localeProblem('qq-ZZ')).toBe('unsupported');
    expect(localeProblem('fr-CA')).toBeUndefined();
  });

  it('leaves length problems to the schema', () => {
    expect(withLocale('x').errors).toEqual(['locale: must be at least 2 characters long']);
  });
});
