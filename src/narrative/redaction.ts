// Figures the free sample holds back. The report context decides, figure by
// figure, whether a value is shown, because it is the one place that knows
// which year each figure refers to (a CAGR refers to its end year, a growth
// rate applied after the base year to the first forecast year). A held-back
// figure enters the context as the REDACTED marker instead of its number, so
// the number never reaches a template, and the format helpers print the
// marker as "XX" in the shape the figure would have had ("USD XX billion",
// "XX%"). What the context works out from held-back figures (which segment
// grows fastest, whether every segment shrinks) is held back with them
// (`derived`, `holdBack`), so that no template, the user's included, can
// print it. Templates are the same files for the full report and the sample;
// the one thing they choose on is the context's forecastHeldBack flag, where a
// sentence would otherwise rank segments by their (held-back) growth.
import type { Formatter } from '../format/index.js';

/** A figure held back from the reader. Carries no trace of the value it replaces. */
export interface Redacted {
  readonly redacted: true;
}

/** The placeholder a reader sees where a figure is held back. */
export const REDACTION_MARK = 'XX';

/**
 * The held-back marker. Printed as it is ({{fastest.name}}) it reads as the
 * mark; gone through as a list ({{#each leaders.names}}) it has no items.
 */
export const REDACTED: Redacted = Object.freeze(
  Object.defineProperties({ redacted: true as const }, {
    toString: { value: () => REDACTION_MARK },
    [Symbol.iterator]: { value: function* () {} },
  }),
);

/** What a market figure can be in a template context: its number, or held back. */
export type Figure = number | Redacted;

export function isRedacted(v: unknown): v is Redacted {
  return typeof v === 'object' && v !== null && (v as { redacted?: unknown }).redacted === true;
}

/**
 * A value worked out from held-back figures, held back with them: a number, a
 * name or a list becomes REDACTED; a flag becomes null (not known: `{{#if}}`
 * takes the plain wording rather than a special case such as "every segment
 * shrinks"); a record keeps its fields, each held back.
 */
export type HeldBack<T> = T extends boolean | null
  ? null
  : T extends number | string | Redacted | readonly unknown[]
    ? Redacted
    : T extends object
      ? { readonly [K in keyof T]: HeldBack<T[K]> }
      : T;

export function holdBack<T>(value: T): HeldBack<T> {
  return holdBackValue(value) as HeldBack<T>;
}

function holdBackValue(value: unknown): unknown {
  if (typeof value === 'boolean' || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string' || Array.isArray(value) || isRedacted(value)) return REDACTED;
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, holdBackValue(v)]));
  return value;
}

/** What a value worked out from figures becomes in a context: itself, or (where figures may be held back) held back. */
export type Derived<T, F extends Figure> = Redacted extends F ? T | HeldBack<T> : T;

/** Whether the figures of a year are shown: what a figure, or a value worked out from figures, becomes in a context. */
export interface FigurePolicy<F extends Figure> {
  /** A market figure referring to `year`. */
  (value: number, year: number): F;
  /** A value worked out from figures of `year` (a name they rank first, a flag). */
  readonly derived: <T>(value: T, year: number) => Derived<T, F>;
}

/** Shows every figure: the full report. */
export const showAll: FigurePolicy<number> = Object.assign((value: number) => value, { derived: <T>(value: T) => value });

/** Shows figures up to and including `lastShownYear`, holds back the rest. */
export function holdBackAfter(lastShownYear: number): FigurePolicy<Figure> {
  const held = (year: number) => year > lastShownYear;
  return Object.assign((value: number, year: number): Figure => (held(year) ? REDACTED : value), {
    derived: <T>(value: T, year: number): T | HeldBack<T> => (held(year) ? holdBack(value) : value),
  });
}

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
