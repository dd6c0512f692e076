// Figures the free sample holds back. The report context decides, figure by
// figure, whether a value is shown, because it is the one place that knows
// which year each figure refers to (a CAGR refers to its end year, a growth
// rate applied after the base year to the first forecast year). A held-back
// figure enters the context as the REDACTED marker instead of its number, so
// the number never reaches a template, and the format helpers print the
// marker as "XX" in the shape the figure would have had ("USD XX billion",
// "XX%"). Templates are the same files for the full report and the sample;
// the one thing they choose on is the context's forecastHeldBack flag, where a
// sentence would otherwise rank segments by their (held-back) growth.
import type { Formatter } from '../format/index.js';

/** A figure held back from the reader. Carries no trace of the value it replaces. */
export interface Redacted {
  readonly redacted: true;
}

export const REDACTED: Redacted = Object.freeze({ redacted: true as const });

/** What a market figure can be in a template context: its number, or held back. */
export type Figure = number | Redacted;

export function isRedacted(v: unknown): v is Redacted {
  return typeof v === 'object' && v !== null && (v as { redacted?: unknown }).redacted === true;
}

/** What a figure referring to `year` becomes in a context. */
export type FigurePolicy<F extends Figure> = (value: number, year: number) => F;

/** Shows every figure: the full report. */
export const showAll: FigurePolicy<number> = (value) => value;

/** Shows figures up to and including `lastShownYear`, holds back the rest. */
export function holdBackAfter(lastShownYear: number): FigurePolicy<Figure> {
  return (value, year) => (year > lastShownYear ? REDACTED : value);
}

/** The placeholder a reader sees where a figure is held back. */
export const REDACTION_MARK = 'XX';

/** The formatted shapes of a held-back figure, per Formatter function. */
export interface RedactedTexts {
  /** "XX" */
  readonly value: string;
  /** "USD XX billion" */
  readonly money: string;
  /** "XX%" (or "XX %" where the locale spaces its percent sign) */
  readonly percent: string;
  readonly signedPercent: string;
}

/**
 * The Formatter's own output for zero with its number replaced by the mark,
 * so that currency, unit and the locale's percent sign stay where the
 * Formatter puts them.
 */
export function redactedTexts(fmt: Formatter): RedactedTexts {
  const mask = (formatted: string) => formatted.replace(/\p{Nd}(?:[\p{Nd}.,\s\u00a0\u202f\u2019'\u066b\u066c]*\p{Nd})?/u, REDACTION_MARK);
  return {
    value: mask(fmt.value(0)),
    money: mask(fmt.money(0)),
    percent: mask(fmt.percent(0)),
    signedPercent: mask(fmt.signedPercent(0)),
  };
}
