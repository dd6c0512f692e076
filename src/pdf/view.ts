// What differs between the deliverables built from one outline. The full
// report shows everything; the free sample (issue 7) marks its cover, adds a
// watermark, lists chapters it leaves out, and may hold back figures after the
// base year. Builders ask the view instead of testing a variant name, so a new
// variant is a new view, not a rewrite of the builders.
import type { Formatter } from '../format/index.js';
import { redactedTexts } from '../narrative/index.js';
import type { ResolvedChapter } from '../outline/types.js';

export interface ReportView {
  readonly kind: 'full' | 'sample';
  /** A word on the cover under the title ("Sample"). */
  readonly coverLabel?: string;
  /** A line under the cover label: what the sample holds and holds back. */
  readonly coverNote?: string;
  /** Diagonal text on every page. */
  readonly watermark?: string;
  /** Whether a chapter is laid out in full. */
  includes(chapter: ResolvedChapter): boolean;
  /** Whether figures referring to `year` are printed (the sample may hold later years back). */
  shows(year: number): boolean;
  /** Table figures, given the year they refer to (a CAGR refers to its end year), so a view can redact forecasts. */
  value(v: number, year: number): string;
  /** A value with its currency and unit, as Formatter.money writes it ("USD\u00a04.92 billion"). */
  money(v: number, year: number): string;
  percent(rate: number, year: number): string;
  signedPercent(rate: number, year: number): string;
}

export function fullView(fmt: Formatter): ReportView {
  return {
    kind: 'full',
    includes: () => true,
    shows: () => true,
    value: (v) => fmt.value(v),
    money: (v) => fmt.money(v),
    percent: (r) => fmt.percent(r),
    signedPercent: (r) => fmt.signedPercent(r),
  };
}

export interface SampleViewOptions {
  /** Numbers of the chapters laid out in full (chapter numbers of the resolved outline). */
  readonly chapters: ReadonlySet<number>;
  /** Figures referring to a later year print as "XX"; absent: every figure is shown. */
  readonly lastShownYear?: number;
  readonly coverNote?: string;
}

/** Sample label and watermark; the chosen chapters; figures after the base year held back when asked. */
export function sampleView(fmt: Formatter, options: SampleViewOptions): ReportView {
  const held = redactedTexts(fmt);
  const last = options.lastShownYear;
  const shown = (year: number) => last === undefined || year <= last;
  return {
    kind: 'sample',
    coverLabel: 'Sample',
    ...(options.coverNote ? { coverNote: options.coverNote } : {}),
    watermark: 'SAMPLE',
    includes: (chapter) => options.chapters.has(chapter.number),
    shows: shown,
    value: (v, year) => (shown(year) ? fmt.value(v) : held.value),
    money: (v, year) => (shown(year) ? fmt.money(v) : held.money),
    percent: (r, year) => (shown(year) ? fmt.percent(r) : held.percent),
    signedPercent: (r, year) => (shown(year) ? fmt.signedPercent(r) : held.signedPercent),
  };
}
