// Value axes with ticks chosen here rather than by Vega, so that each tick
// label is written by the report's Formatter (money ticks by axisValue: "2.5",
// "5", never "5.00"; share ticks by percent: "10.0%") in the report's locale,
// and so that the domain leaves room for labels.

export interface ValueAxis {
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
  readonly labels: readonly string[];
}

export interface ValueAxisRequest {
  /** Smallest value shown (the axis always includes 0). */
  readonly min: number;
  /** Largest value shown, headroom included. */
  readonly max: number;
  readonly format: (v: number) => string;
  /** The Formatter's resolution (0.01 for two decimals): a finer step would print equal labels. */
  readonly resolution: number;
  readonly tickCount?: number;
}

export function valueAxis(req: ValueAxisRequest): ValueAxis {
  const lo = Math.min(0, req.min);
  const hi = Math.max(0, req.max);
  const step = niceStep((hi - lo || 1) / (req.tickCount ?? 5), req.resolution);
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  const ticks: number[] = [];
  for (let k = first; k <= Math.max(last, first + 1); k++) ticks.push(Number((k * step).toPrecision(12)));
  return { domain: [ticks[0]!, ticks[ticks.length - 1]!], ticks, labels: ticks.map(req.format) };
}

function niceStep(raw: number, resolution: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) {
    const step = m * magnitude;
    // 2.5 steps need one more decimal than the magnitude; skip them when the formatter has none.
    if (m === 2.5 && !isMultiple(step, resolution)) continue;
    if (step >= raw - 1e-12) return Math.max(step, resolution);
  }
  return Math.max(10 * magnitude, resolution);
}

function isMultiple(x: number, of: number): boolean {
  const q = x / of;
  return Math.abs(q - Math.round(q)) < 1e-9;
}

/** The smallest value the given number of decimals can tell apart. */
export function resolutionOf(decimals: number): number {
  return 10 ** -decimals;
}

/**
 * The domain maximum that leaves `reservedPx` free at the top of a plot of
 * `plotPx` for labels above the bars (pixel space is linear in value from 0).
 */
export function withHeadroom(max: number, plotPx: number, reservedPx: number): number {
  return max / Math.max(0.2, 1 - reservedPx / plotPx);
}

/**
 * Domain ends that leave `belowPx` free beyond `min` (when it is negative)
 * and `abovePx` beyond `max`, on a plot of `plotPx`: value labels sit outside
 * the bars' ends. When the bars go both ways, each side's room is a share of
 * the whole span, not of its own side (the old per-side headroom gave a small
 * negative side a few pixels, and its labels ran into the category names).
 */
export function withLabelRoom(min: number, max: number, plotPx: number, belowPx: number, abovePx: number): { min: number; max: number } {
  if (min >= 0) return { min, max: withHeadroom(max, plotPx, abovePx) };
  if (max <= 0) return { min: withHeadroom(min, plotPx, belowPx), max };
  const below = belowPx / plotPx;
  const above = abovePx / plotPx;
  const span = (max - min) / Math.max(0.2, 1 - below - above);
  return { min: min - below * span, max: max + above * span };
}
