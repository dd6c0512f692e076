// Which colour each named series gets, decided once for every figure that
// draws it: a segment keeps one colour across its segmentation's figures, and
// a region the colour it has in the region segmentation. The Excel pack's
// native charts colour their series here too, so that a segment looks the
// same in the editable chart as in the picture beside it.
import type { SegmentationModel } from '../types.js';
import type { ChartPalette } from './palette.js';

/** One colour per segment, in dataset order, the same in every figure of the segmentation. */
export function segmentColors(palette: ChartPalette, seg: SegmentationModel): Map<string, string> {
  const colours = palette.categorical(seg.segments.length);
  return new Map(seg.segments.map((s, i) => [s.name, colours[i]!]));
}

/** The region segmentation's colours when it names every region; otherwise the palette in the order given. */
export function regionColors(palette: ChartPalette, segmentations: readonly SegmentationModel[], regions: readonly string[]): Map<string, string> {
  const seg = segmentations.find((s) => s.kind === 'region' && regions.every((n) => s.segments.some((x) => x.name === n)));
  if (seg) return segmentColors(palette, seg);
  const colours = palette.categorical(regions.length);
  return new Map(regions.map((n, i) => [n, colours[i]!]));
}
