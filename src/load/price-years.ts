// Average prices (regionalData.averagePrice) are printed as a table with a row
// per year. A year given twice printed only its first value; a year outside
// the report's years (1990 in a 2016-2030 report) added a row no other table
// or chart has. Both passed validation.
import { messages } from '../messages.js';
import type { PathSegment } from './json-path.js';
import { arr, int, isObj } from './raw-json.js';
import { eachYearProblem } from './series-years.js';

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
  if (first === undefined || last === undefined) return;
  for (const [name, series] of Object.entries(prices)) {
    eachYearProblem(series, first, last, (k, p) =>
      ctx.error(['regionalData', 'averagePrice', name, k, 'year'], p.kind === 'outside' ? messages.priceYearOutside(p.year, first, last) : messages.regionYearTwice(p.year, p.first)),
    );
  }
}
