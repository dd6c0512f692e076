// The one formatting layer. Every renderer (PDF text and tables, workbook
// number formats, chart labels, HTML) formats Model numbers through a
// Formatter built for that Model, so that all of them show the same rounded
// figures. Locale-aware through Intl; no arithmetic on market figures here
// beyond rounding.
//
// Two deliberate limits on the locale: digits are always Latin ('latn'),
// because the bundled fonts have no other digits (an ar-EG locale would print
// Arabic-Indic digits as blank boxes); and list() joins with English words,
// because the narrative around every list is English ("A, B, and C", never
// "A, B und C").
import type { DisplayPolicy, Model, Unit } from '../types.js';
import { printedDifference, printedPercent, printedValue, roundTo } from './rounding.js';

export interface Formatter {
  readonly locale: string;
  readonly currency: string;
  readonly unit: Unit;
  readonly display: DisplayPolicy;
  /** "4.52" (number only, in currency x unit, grouped per locale) */
  value(v: number): string;
  /**
   * "2.5", "5": a chart's value-axis tick, with only the decimals the number
   * needs (at most valueDecimals), so ticks read "0 / 2.5 / 5" rather than
   * "0.00 / 2.50 / 5.00". Value labels and tables keep value().
   */
  axisValue(v: number): string;
  /** "USD 4.52 billion" */
  money(v: number): string;
  /** "9.8%" from 0.098 */
  percent(rate: number): string;
  /**
   * "5%", "2.5%": a round percentage that the text names, such as a tier's
   * threshold, with only the decimals it needs (at most percentDecimals), so
   * it reads "5%" rather than "5.0%" and, like percent(), "5 %" where the
   * locale spaces its sign. Market figures keep percent().
   */
  compactPercent(rate: number): string;
  /** "+9.8%" / "-2.1%" for growth figures in tables */
  signedPercent(rate: number): string;
  /** "+4.40" / "-2.80" / "0.00": a balance in tables, signed like signedPercent (none on what prints as zero, never "-0.00") */
  signedValue(v: number): string;
  /** "2023–2030" */
  span(from: number, to: number): string;
  /**
   * "A, B, and C": English conjunction whatever the locale, as the prose
   * around it is English; "A; B, C; and D" when one of three or more items
   * has a comma of its own, "A, B as well as C" when one of two has.
   */
  list(items: readonly string[]): string;
  /** "March 15, 2024" from "2024-03-15" (UTC, never the machine's zone) */
  date(iso: string): string;
  /** "USD billion", for table headers */
  unitLabel(): string;
  /** Excel number format matching value(): "#,##0.00" */
  excelValueFormat(): string;
  /** Excel number format matching percent(): "0.0%" */
  excelPercentFormat(): string;
  /**
   * Excel number format matching signedPercent(): a sign on growth, none on a
   * rate that displays as zero ("[>=0.0005]+0.0%;[<=-0.0005]-0.0%;0.0%", see signedExcelFormat).
   */
  excelSignedPercentFormat(): string;
  /** Excel number format matching signedValue(), by signedExcelFormat: "[>=0.005]+#,##0.00;[<=-0.005]-#,##0.00;#,##0.00" */
  excelSignedValueFormat(): string;
  /** The number value() shows, as a number (for comparisons in tests and workbook checks). */
  roundValue(v: number): number;
  roundPercent(rate: number): number;
  /** `to - from` as worked out from the two printed values (see rounding.ts): what a change or balance prints as. */
  printedDifference(from: number, to: number): number;
}

/**
 * An Excel number format that signs a figure as Intl's signDisplay
 * 'exceptZero' does after rounding to `decimals` places: "+" or "-" only on
 * what displays as non-zero. Excel and LibreOffice pick a section by the sign
 * of the exact value, before rounding, so a plain "+0.0%;-0.0%;0.0%" shows a
 * growth of +0.019% as "+0.0%" (and "-0.0%" for -0.019%) where the report
 * prints "0.0%"; the conditions send every value that rounds to zero to the
 * third, unsigned section. `format` is the unsigned format ("0.0%"), and
 * `decimals` the decimals of the number it rounds (3 for "0.0%": 0.0005).
 */
export function signedExcelFormat(format: string, decimals: number): string {
  const half = `0.${'0'.repeat(decimals)}5`;
  return `[>=${half}]+${format};[<=-${half}]-${format};${format}`;
}

/** Excel's number format for money values with `decimals` decimals: "#,##0", "#,##0.00". */
export function excelValueFormat(decimals: number): string {
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}

export function createFormatter(model: Pick<Model, 'locale' | 'currency' | 'unit' | 'display'>): Formatter {
  const { locale, currency, unit, display } = model;
  const d = display.valueDecimals;
  const p = display.percentDecimals;
  const latn = { numberingSystem: 'latn' } as const;
  const valueFmt = new Intl.NumberFormat(locale, { ...latn, minimumFractionDigits: d, maximumFractionDigits: d });
  const axisFmt = new Intl.NumberFormat(locale, { ...latn, minimumFractionDigits: 0, maximumFractionDigits: d });
  const percentFmt = new Intl.NumberFormat(locale, { ...latn, style: 'percent', minimumFractionDigits: p, maximumFractionDigits: p });
  const compactPercentFmt = new Intl.NumberFormat(locale, { ...latn, style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: p });
  const signedFmt = new Intl.NumberFormat(locale, {
    ...latn,
    style: 'percent',
    minimumFractionDigits: p,
    maximumFractionDigits: p,
    signDisplay: 'exceptZero',
  });
  const signedValueFmt = new Intl.NumberFormat(locale, { ...latn, minimumFractionDigits: d, maximumFractionDigits: d, signDisplay: 'exceptZero' });
  const listFmt = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
  // Gregorian whatever the locale's default calendar (fa-IR would say 1402), so
  // the edition year printed matches `published` and the copyright year.
  // Dates are words in English prose ("its edition of March 15, 2024"), so, like
  // list(), they are English whatever the locale: an English locale keeps its
  // own order (en-GB "15 March 2024"), any other gets that international order
  // (a de-DE report said "15. März 2024" in the middle of an English sentence).
  const dateLocale = isEnglishLocale(locale) ? locale : 'en-GB';
  const dateFmt = new Intl.DateTimeFormat(dateLocale, { ...latn, calendar: 'gregory', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  // The same font limit applies to two marks some locales put in numbers:
  // U+202F (narrow no-break space, fr-FR grouping and "9,8 %") is set as the
  // no-break space U+00A0, and the bidi marks (U+200E/U+200F/U+061C, ar-EG)
  // are dropped: numbers sit in left-to-right English text anyway.
  const glyphSafe = (text: string) => text.replace(/\u202f/g, '\u00a0').replace(/[\u200e\u200f\u061c]/g, '');
  const excelPercent = p === 0 ? '0%' : `0.${'0'.repeat(p)}%`;
  return {
    locale,
    currency,
    unit,
    display,
    value: (v) => glyphSafe(valueFmt.format(roundTo(v, d))),
    axisValue: (v) => glyphSafe(axisFmt.format(roundTo(v, d))),
    // No-break spaces keep a figure whole on its line: never "BRL" / "17,9" nor "USD 83.0" / "billion".
    money: (v) => `${currency}\u00a0${glyphSafe(valueFmt.format(roundTo(v, d)))}\u00a0${unit}`,
    percent: (r) => glyphSafe(percentFmt.format(roundTo(r, p + 2))),
    compactPercent: (r) => glyphSafe(compactPercentFmt.format(roundTo(r, p + 2))),
    signedPercent: (r) => glyphSafe(signedFmt.format(roundTo(r, p + 2))),
    signedValue: (v) => glyphSafe(signedValueFmt.format(roundTo(v, d))),
    span: (from, to) => `${from}–${to}`,
    list: (items) => joinList(listFmt, items),
    date: (iso) => glyphSafe(dateFmt.format(new Date(`${iso}T00:00:00Z`))),
    unitLabel: () => `${currency} ${unit}`,
    excelValueFormat: () => excelValueFormat(d),
    excelPercentFormat: () => excelPercent,
    excelSignedPercentFormat: () => signedExcelFormat(excelPercent, p + 2),
    excelSignedValueFormat: () => signedExcelFormat(excelValueFormat(d), d),
    roundValue: (v) => printedValue(v, display),
    roundPercent: (r) => printedPercent(r, display),
    printedDifference: (from, to) => printedDifference(from, to, display),
  };
}

/**
 * Items joined with commas, or, when any of three or more holds a comma itself
 * ("Collaborative, inter-disciplinary care"), with semicolons, so that it
 * reads as one item rather than two. Two such items are joined by "as well
 * as": "Collaborative, inter-disciplinary care and Patient-centric care" reads
 * as three, and "X; and Y" puts a semicolon of a list beside the semicolons
 * that join clauses ("X; and Y are the largest segments (40.0% each); ...").
 */
function joinList(listFmt: Intl.ListFormat, items: readonly string[]): string {
  if (items.length < 2 || !items.some((item) => item.includes(','))) return listFmt.format(items);
  if (items.length === 2) return `${items[0]!} as well as ${items[1]!}`;
  return `${items.slice(0, -1).join('; ')}; and ${items.at(-1)!}`;
}

/** The locale is an English one ("en", "en-IN"): the report's words, always English, are then in its own language. */
export function isEnglishLocale(locale: string): boolean {
  return /^en(?:-|$)/i.test(locale);
}
