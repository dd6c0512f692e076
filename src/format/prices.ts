// What a segmentation's average-price table shows: the segments with a price
// (regionalData.averagePrice, in currency per unit) in the segmentation's
// order, and the years any of them has, ascending, one row each. The PDF's
// table and the prose that introduces it read it from here, so that the
// sentence names the segments and years the table below it has.
import type { Model, SegmentationModel, SegmentModel, YearValue } from '../types.js';

export interface PriceTable {
  readonly segments: readonly SegmentModel[];
  readonly years: readonly number[];
  /** A segment's price series, by name. */
  readonly series: (name: string) => readonly YearValue[];
}

export function priceTable(model: Model, seg: SegmentationModel): PriceTable {
  const prices = model.dataset.regionalData?.averagePrice ?? {};
  const segments = seg.segments.filter((s) => prices[s.name] !== undefined);
  const years = [...new Set(segments.flatMap((s) => prices[s.name]!.map((p) => p.year)))].sort((a, b) => a - b);
  return { segments, years, series: (name) => prices[name] ?? [] };
}
