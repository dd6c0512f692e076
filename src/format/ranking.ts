// Rankings as the reader can check them: against the printed figures. Segments
// whose figures print alike tie, whatever their last digits, and are all named:
// naming the first listed alone would crown one of several equal-looking
// segments. The Model's `largest` and `fastest` (the first listed of the top
// ones, on exact numbers) stand for the group's figure.
import type { SegmentationModel, SegmentModel } from '../types.js';
import type { Formatter } from './index.js';

/** The segments whose forecast CAGR prints as the fastest's, in dataset order. */
export function growthLeaders(fmt: Pick<Formatter, 'roundPercent'>, seg: SegmentationModel): SegmentModel[] {
  const top = fmt.roundPercent(named(seg, seg.fastest).cagr);
  return seg.segments.filter((s) => fmt.roundPercent(s.cagr) === top);
}

/** The segments whose base-year share and base-year value both print as the largest's, in dataset order. */
export function largestSegments(fmt: Pick<Formatter, 'roundPercent' | 'roundValue'>, seg: SegmentationModel, baseYear: number): SegmentModel[] {
  const baseValue = (s: SegmentModel) => fmt.roundValue(valueIn(s, baseYear));
  const top = named(seg, seg.largest);
  return seg.segments.filter((s) => fmt.roundPercent(s.baseShare) === fmt.roundPercent(top.baseShare) && baseValue(s) === baseValue(top));
}

/**
 * Every segment's CAGR and share print alike over the forecast (none has a rate
 * of its own, so each grows with the market): there is no ranking to give and
 * no share moves.
 */
export function evenGrowth(fmt: Pick<Formatter, 'roundPercent'>, seg: SegmentationModel): boolean {
  return (
    growthLeaders(fmt, seg).length === seg.segments.length &&
    seg.segments.every((s) => fmt.roundPercent(s.baseShare) === fmt.roundPercent(s.endShare))
  );
}

function named(seg: SegmentationModel, name: string): SegmentModel {
  const s = seg.segments.find((x) => x.name === name);
  if (!s) throw new RangeError(`no segment "${name}" in ${seg.id}`);
  return s;
}

function valueIn(s: SegmentModel, year: number): number {
  const p = s.series.find((x) => x.year === year);
  if (!p) throw new RangeError(`no value for ${s.name} in ${year}`);
  return p.value;
}

/**
 * Companies ranked by share as printed ("1, 2, 2, 4"): a company's rank is one
 * more than the number of companies whose share prints larger, so companies
 * whose shares print alike share a rank, whichever the dataset lists first.
 * A company without a share has no rank (undefined).
 */
export function shareRanks(fmt: Pick<Formatter, 'roundPercent'>, shares: readonly (number | undefined)[]): (number | undefined)[] {
  const printed = shares.map((s) => (s === undefined ? undefined : fmt.roundPercent(s)));
  return printed.map((p) => (p === undefined ? undefined : 1 + printed.filter((q) => q !== undefined && q > p).length));
}

/** "1st", "10th", "22nd"; "joint 10th" when another company holds the same rank. */
export function rankWords(ranks: readonly { rank?: number | undefined }[], rank: number): string {
  const joint = ranks.filter((x) => x.rank === rank).length > 1;
  return `${joint ? 'joint ' : ''}${ordinal(rank)}`;
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
