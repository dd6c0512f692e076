// What differs between the deliverables built from one outline. The full
// report shows everything; the free sample (issue 7) marks its cover, adds a
// watermark, lists chapters it leaves out, and may hold back figures after the
// base year. Builders ask the view instead of testing a variant name, so a new
// variant is a new view, not a rewrite of the builders.
import type { Formatter } from '../format/index.js';
import type { ResolvedChapter } from '../outline/types.js';

export interface ReportView {
  readonly kind: 'full' | 'sample';
  /** A word on the cover under the title ("Sample"). */
  readonly coverLabel?: string;
  /** Diagonal text on every page. */
  readonly watermark?: string;
  /** Whether a chapter is laid out in full. */
  includes(chapter: ResolvedChapter): boolean;
  /**
   * 'pdfmake': pdfmake's own toc of the chapters laid out (full report).
   * 'outline': every chapter of the outline, with page references for those
   * laid out and the rest marked as not included (the sample).
   */
  readonly toc: 'pdfmake' | 'outline';
  /** Table figures, given the year they refer to (a CAGR refers to its end year), so a view can redact forecasts. */
  value(v: number, year: number): string;
  percent(rate: number, year: number): string;
  signedPercent(rate: number, year: number): string;
}

export function fullView(fmt: Formatter): ReportView {
  return {
    kind: 'full',
    includes: () => true,
    toc: 'pdfmake',
    value: (v) => fmt.value(v),
    percent: (r) => fmt.percent(r),
    signedPercent: (r) => fmt.signedPercent(r),
  };
}
