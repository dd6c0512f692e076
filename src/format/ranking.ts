// Rankings as the reader can check them: against the printed figures. Segments
// (and companies) whose share and value both print alike tie, whatever their last digits, and are all named:
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

/** A share of the market and what it is worth. */
export interface ShareAndValue {
  readonly share: number;
  readonly value: number;
}

type ShareFormatter = Pick<Formatter, 'roundPercent' | 'roundValue'>;

/**
 * Two holders of a share (segments, companies) tie when both their share and
 * their value print alike: "5.7% worth 55" and "5.7% worth 54" are told apart
 * by the reader, so neither is "joint" with the other.
 */
export function printAlike(fmt: ShareFormatter, a: ShareAndValue, b: ShareAndValue): boolean {
  return fmt.roundPercent(a.share) === fmt.roundPercent(b.share) && fmt.roundValue(a.value) === fmt.roundValue(b.value);
}

/** `a` prints larger than `b`: a larger share, or the same share worth more. */
function printsLarger(fmt: ShareFormatter, a: ShareAndValue, b: ShareAndValue): boolean {
  const [sa, sb] = [fmt.roundPercent(a.share), fmt.roundPercent(b.share)];
  return sa > sb || (sa === sb && fmt.roundValue(a.value) > fmt.roundValue(b.value));
}

/** The segments whose base-year share and base-year value both print as the largest's, in dataset order. */
export function largestSegments(fmt: ShareFormatter, seg: SegmentationModel, baseYear: number): SegmentModel[] {
  const figures = (s: SegmentModel): ShareAndValue => ({ share: s.baseShare, value: valueIn(s, baseYear) });
  const top = figures(named(seg, seg.largest));
  return seg.segments.filter((s) => printAlike(fmt, figures(s), top));
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
 * Companies ranked by share and value as printed ("1, 2, 2, 4"): a company's
 * rank is one more than the number of companies that print larger, so
 * companies whose share and value both print alike (printAlike, as segments)
 * share a rank, whichever the dataset lists first. A company without a share
 * has no rank (undefined).
 */
export function shareRanks(fmt: ShareFormatter, companies: readonly (ShareAndValue | undefined)[]): (number | undefined)[] {
  return companies.map((p) => (p === undefined ? undefined : 1 + companies.filter((q) => q !== undefined && printsLarger(fmt, q, p)).length));
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
