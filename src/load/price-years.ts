// Average prices (regionalData.averagePrice) are printed as a table with a row
// per year. A year given twice printed only its first value; a year outside
// the report's years (1990 in a 2016-2030 report) added a row no other table
// or chart has. Both passed validation.
import { messages } from '../messages.js';
import type { PathSegment } from './json-path.js';
import { arr, int, isObj } from './raw-json.js';

export function checkPriceYears(
  raw: Record<string, unknown>,
  ctx: { error(path: readonly PathSegment[], message: string): void },
): void {
  const prices = isObj(raw.regionalData) ? raw.regionalData.averagePrice : undefined;
  if (!isObj(prices)) return;
  const history = arr(isObj(raw.market) ? raw.market.history : undefined)
    .map((p) => (isObj(p) ? p.year : undefined))
    .filter(int);
  const first = history.length > 0 ? Math.min(...history) : undefined;
  const last = int(raw.forecastTo) ? raw.forecastTo : undefined;
  for (const [name, series] of Object.entries(prices)) {
    const seen = new Map<number, number>();
    arr(series).forEach((p, k) => {
      const year = isObj(p) ? p.year : undefined;
      if (!int(year)) return; // the schema reports it
      const path = ['regionalData', 'averagePrice', name, k, 'year'];
      const before = seen.get(year);
      if (first !== undefined && last !== undefined && (year < first || year > last)) ctx.error(path, messages.priceYearOutside(year, first, last));
      else if (before !== undefined) ctx.error(path, messages.regionYearTwice(year, before));
      else seen.set(year, k);
    });
  }
}
