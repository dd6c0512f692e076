// The regions consume the market between them: in each history year their
// consumption (regionalData.consumption) cannot add up to more than the market
// size that year. A dataset where it did printed regional tables twice the size
// of the market beside it. Production may exceed the market (exports).
import { messages } from '../messages.js';
import { unitLabelOf } from './figures.js';
import type { PathSegment } from './json-path.js';
import { arr, int, isObj, segmentNamesOf } from './raw-json.js';

/** Rounding in the source figures: the sum may exceed the market by this fraction. */
export const CONSUMPTION_TOLERANCE = 0.01;

const positive = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/** Year -> value of the first well-formed point for each year (a repeated year is reported elsewhere). */
function byYear(series: unknown): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of arr(series)) {
    if (isObj(p) && int(p.year) && positive(p.value) && !out.has(p.year)) out.set(p.year, p.value);
  }
  return out;
}

export function checkRegionalConsumption(
  raw: Record<string, unknown>,
  ctx: { error(path: readonly PathSegment[], message: string): void },
): void {
  const consumption = isObj(raw.regionalData) ? raw.regionalData.consumption : undefined;
  if (!isObj(consumption)) return;
  // Only the regions the report shows: a name that is not a region is reported on its own.
  const regions = new Set(segmentNamesOf(raw, 'region'));
  const series = Object.entries(consumption).filter(([name]) => regions.has(name)).map(([, s]) => byYear(s));
  if (series.length === 0) return;
  const market = byYear(isObj(raw.market) ? raw.market.history : undefined);
  const unitLabel = unitLabelOf(raw);
  const above = [...market]
    .sort((a, b) => a[0] - b[0])
    .map(([year, size]) => ({ year, sum: series.reduce((total, s) => total + (s.get(year) ?? 0), 0), market: size }))
    // The epsilon keeps a sum of exactly 101 % from failing on float noise.
    .filter((y) => y.sum / y.market - 1 > CONSUMPTION_TOLERANCE + 1e-12);
  // One error for all the years: the sum, not one region's series, is at fault, so there is no better path per year.
  if (above.length > 0) ctx.error(['regionalData', 'consumption'], messages.consumptionAboveMarket(above, CONSUMPTION_TOLERANCE, unitLabel));
}
