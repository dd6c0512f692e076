// The dataset's locale drives every number, date and list in every output.
// Intl does not fail on a tag it does not know: it quietly formats in the
// machine's own locale, so the same file would give different bytes on
// different machines. A tag that is not even well-formed throws, but only
// later, in the middle of a build. Both are caught here.
import { createFormatter } from '../format/index.js';
import { messages } from '../messages.js';
import { missingCodePoints, reportFontCoverage, type GlyphCoverage } from './glyphs.js';
import type { PathSegment } from './json-path.js';

export interface LocaleContext {
  error(path: readonly PathSegment[], message: string): void;
  warn(path: readonly PathSegment[], message: string): void;
}

/** What a dataset without `locale` is formatted in (data-format.md). */
export const DEFAULT_LOCALE = 'en-US';

export type LocaleProblem = 'not-a-tag' | 'unsupported';

/** Why `locale` cannot be used, or undefined when Intl knows it. */
export function localeProblem(locale: string): LocaleProblem | undefined {
  try {
    Intl.getCanonicalLocales(locale);
  } catch {
    return 'not-a-tag';
  }
  return Intl.NumberFormat.supportedLocalesOf(locale).length === 0 ? 'unsupported' : undefined;
}

/**
 * Checks `locale` (and, when it is usable, whether the report font can draw
 * what it formats: digits, separators, month names, the word for "and").
 * The font check is a warning: the report still builds, with boxes.
 */
export function checkLocale(raw: Record<string, unknown>, ctx: LocaleContext, coverage: GlyphCoverage = reportFontCoverage()): void {
  const { locale } = raw;
  if (typeof locale !== 'string' || locale.length < 2 || locale.length > 35) return; // the schema says why
  // The contract's default, used when no locale is given, so every build relies on it
  // already; asking Intl about it would cost ICU's start-up (~50 ms), more than all other rules.
  if (locale === DEFAULT_LOCALE) return;
  const problem = localeProblem(locale);
  if (problem === 'not-a-tag') return ctx.error(['locale'], messages.localeNotATag(locale));
  if (problem === 'unsupported') return ctx.error(['locale'], messages.localeUnsupported(locale));
  const missing = missingCodePoints(formattedSamples(locale, raw.published).join(' '), coverage);
  if (missing.length > 0) ctx.warn(['locale'], messages.localeUnprintable(locale, missing, coverage.fontName));
}

/** What the one formatting layer prints for this locale, through the same Formatter the renderers use. */
function formattedSamples(locale: string, published: unknown): string[] {
  const fmt = createFormatter({ locale, currency: 'USD', unit: 'billion', display: { valueDecimals: 2, percentDecimals: 1 } });
  const date = typeof published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : '2024-03-15';
  return [
    fmt.value(1234567.891),
    fmt.axisValue(2.5),
    fmt.percent(0.098),
    fmt.signedPercent(-0.021),
    fmt.signedPercent(0.021),
    fmt.span(2023, 2030),
    fmt.list(['A', 'B', 'C']),
    safeDate(() => fmt.date(date)),
  ];
}

/** An impossible date ("2024-02-30") is reported by its own rule; here it only must not throw. */
function safeDate(format: () => string): string {
  try {
    return format();
  } catch {
    return '';
  }
}
