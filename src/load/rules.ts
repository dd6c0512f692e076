// Consistency rules: what the schema cannot say because it compares values.
// They run on the parsed JSON even when the schema found problems, so that a
// file's problems are all reported at once; each rule therefore checks the
// types it relies on and stays silent where the schema already complains.
import { messages } from '../messages.js';
import { checkCharacters } from './characters.js';
import { contrastWithWhite, darkenToContrast, MIN_BRAND_CONTRAST } from './contrast.js';
import { checkMarketFigures } from './figures.js';
import type { PathSegment } from './json-path.js';
import { checkLocale } from './locale.js';
import { isSafeRelativePath } from './logo-path.js';
import { checkRegionalConsumption } from './regional-consumption.js';
import { findPlaceholder, walkStrings } from './placeholders.js';
import { checkPriceYears } from './price-years.js';
import { arr, int, isObj, segmentNamesOf } from './raw-json.js';
import { eachYearProblem } from './series-years.js';

export interface RuleContext {
  error(path: readonly PathSegment[], message: string): void;
  warn(path: readonly PathSegment[], message: string): void;
}

type Rule = (raw: Record<string, unknown>, ctx: RuleContext) => void;

const SHARE_TOLERANCE = 0.005;

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** A share the schema accepts; a sum over others would only repeat the schema's message (or read "infinite %"). */
const share = (v: unknown): v is number => num(v) && v > 0 && v < 1;
const str = (v: unknown): v is string => typeof v === 'string';

const forecastYears: Rule = (raw, ctx) => {
  const { baseYear, forecastTo } = raw;
  if (!int(baseYear) || !int(forecastTo)) return;
  if (forecastTo <= baseYear) ctx.error(['forecastTo'], messages.forecastToNotAfterBase(forecastTo, baseYear));
  else if (forecastTo > baseYear + 20) ctx.error(['forecastTo'], messages.forecastTooFar(forecastTo, baseYear));
};

/** The edition reports actual figures up to baseYear, so it cannot be dated before that year. */
const editionDate: Rule = (raw, ctx) => {
  const { published, baseYear } = raw;
  const year = str(published) && /^\d{4}-\d{2}-\d{2}$/.test(published) ? Number(published.slice(0, 4)) : undefined;
  if (year !== undefined && int(baseYear) && year < baseYear) ctx.error(['published'], messages.editionBeforeBaseYear(published as string, baseYear));
};

const historyYears: Rule = (raw, ctx) => {
  const market = isObj(raw.market) ? raw.market : undefined;
  const history = arr(market?.history);
  const years = history.map((p) => (isObj(p) && int(p.year) ? p.year : undefined));
  if (years.length === 0 || years.some((y) => y === undefined)) return;
  const ys = years as number[];
  let ordered = true;
  for (let i = 1; i < ys.length; i++) {
    if (ys[i] === ys[i - 1]) {
      ctx.error(['market', 'history', i, 'year'], messages.historyDuplicateYear(ys[i]!));
      ordered = false;
    } else if (ys[i]! < ys[i - 1]!) {
      ctx.error(['market', 'history', i, 'year'], messages.historyUnsorted(ys[i]!, ys[i - 1]!));
      ordered = false;
    }
  }
  if (!ordered) return;
  const missing: number[] = [];
  for (let y = ys[0]!; y <= ys[ys.length - 1]!; y++) if (!ys.includes(y)) missing.push(y);
  if (missing.length > 0) ctx.error(['market', 'history'], messages.historyGap(missing));
  if (int(raw.baseYear) && ys[ys.length - 1] !== raw.baseYear) {
    ctx.error(['market', 'history', ys.length - 1, 'year'], messages.historyEnd(ys[ys.length - 1]!, raw.baseYear));
  }
};

const forecastMethod: Rule = (raw, ctx) => {
  const forecast = isObj(raw.market) && isObj(raw.market.forecast) ? raw.market.forecast : undefined;
  if (!forecast) return;
  if (forecast.method === 'cagr' && forecast.cagr === undefined) ctx.error(['market', 'forecast', 'cagr'], messages.cagrRequired());
  if (forecast.method === 'trend' && forecast.cagr !== undefined) ctx.error(['market', 'forecast', 'cagr'], messages.cagrForbidden());
};

const segmentShares: Rule = (raw, ctx) => {
  arr(raw.segmentations).forEach((seg, i) => {
    if (!isObj(seg)) return;
    const segments = arr(seg.segments);
    const shares = segments.map((s) => (isObj(s) ? s.share : undefined));
    if (shares.length >= 2 && shares.every(share)) {
      const sum = (shares as number[]).reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 1) > SHARE_TOLERANCE) ctx.error(['segmentations', i, 'segments'], messages.sharesSum(sum));
    }
    if (seg.kind === 'category') {
      segments.forEach((s, k) => {
        if (isObj(s) && s.countries !== undefined) ctx.error(['segmentations', i, 'segments', k, 'countries'], messages.countriesOutsideRegion());
      });
    }
  });
};

/** Reports every repeated `key` value in `items` at items[k].key. */
function uniqueBy(items: unknown[], key: string, what: string, at: PathSegment[], ctx: RuleContext): void {
  const firstSeen = new Map<string, number>();
  items.forEach((item, k) => {
    if (!isObj(item) || typeof item[key] !== 'string') return;
    const name = (item[key] as string).trim().toLowerCase();
    const first = firstSeen.get(name);
    if (first === undefined) firstSeen.set(name, k);
    else ctx.error([...at, k, key], messages.duplicateName(what, item[key] as string, `${formatAt(at)}[${first}]`));
  });
}
const formatAt = (at: PathSegment[]) => at.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');

const uniqueNames: Rule = (raw, ctx) => {
  const segmentations = arr(raw.segmentations);
  uniqueBy(segmentations, 'id', 'segmentation id', ['segmentations'], ctx);
  segmentations.forEach((seg, i) => {
    if (isObj(seg)) uniqueBy(arr(seg.segments), 'name', 'segment', ['segmentations', i, 'segments'], ctx);
  });
  uniqueBy(arr(raw.companies), 'name', 'company', ['companies'], ctx);
};

const companyShares: Rule = (raw, ctx) => {
  // Listed shares may add up to at most 100 %: the ones the schema accepts already count.
  const sum = arr(raw.companies).map((c) => (isObj(c) ? c.share : undefined)).filter(share).reduce((a, b) => a + b, 0);
  if (sum > 1 + 1e-9) ctx.error(['companies'], messages.companySharesSum(sum));
};

const placeholders: Rule = (raw, ctx) => {
  walkStrings(raw, (text, path) => {
    const found = findPlaceholder(text);
    if (found !== undefined) ctx.error(path, messages.placeholder(found));
  });
};

const logoPath: Rule = (raw, ctx) => {
  const logo = isObj(raw.publisher) ? raw.publisher.logo : undefined;
  if (typeof logo === 'string' && !isSafeRelativePath(logo)) ctx.error(['publisher', 'logo'], messages.unsafeLogo());
};

const brandColor: Rule = (raw, ctx) => {
  const color = isObj(raw.publisher) ? raw.publisher.brandColor : undefined;
  const ratio = str(color) ? contrastWithWhite(color) : undefined;
  if (ratio !== undefined && ratio < MIN_BRAND_CONTRAST) {
    ctx.error(['publisher', 'brandColor'], messages.brandColorContrast(color as string, ratio, MIN_BRAND_CONTRAST, darkenToContrast(color as string)));
  }
};

/** The regional chapters and regionalData follow the first region segmentation only; a second one is likely a mistake. */
const regionSegmentations: Rule = (raw, ctx) => {
  let first: { index: number; title: string } | undefined;
  arr(raw.segmentations).forEach((seg, i) => {
    if (!isObj(seg) || seg.kind !== 'region') return;
    if (!first) first = { index: i, title: str(seg.title) ? seg.title : '' };
    else ctx.warn(['segmentations', i, 'kind'], messages.secondRegionSegmentation(`segmentations[${first.index}]`, first.title));
  });
};

const sampleChapters: Rule = (raw, ctx) => {
  const chosen = isObj(raw.sample) ? arr(raw.sample.chapters) : [];
  chosen.forEach((n, i) => {
    const first = chosen.indexOf(n);
    if (int(n) && first !== i) ctx.error(['sample', 'chapters', i], messages.sampleChapterTwice(n, `sample.chapters[${first}]`));
  });
};

const characters: Rule = (raw, ctx) => checkCharacters(raw, ctx);
const locale: Rule = (raw, ctx) => checkLocale(raw, ctx);
const marketFigures: Rule = (raw, ctx) => checkMarketFigures(raw, ctx);
const regionalConsumption: Rule = (raw, ctx) => checkRegionalConsumption(raw, ctx);
const priceYears: Rule = (raw, ctx) => checkPriceYears(raw, ctx);

const regionalData: Rule = (raw, ctx) => {
  if (!isObj(raw.regionalData)) return;
  const regionNames = segmentNamesOf(raw, 'region');
  const historyYears = arr(isObj(raw.market) ? raw.market.history : undefined)
    .map((p) => (isObj(p) ? p.year : undefined))
    .filter(int);
  const first = historyYears.reduce((a, b) => Math.min(a, b), Infinity);
  const last = historyYears.reduce((a, b) => Math.max(a, b), -Infinity);
  for (const block of ['production', 'consumption'] as const) {
    const byRegion = raw.regionalData[block];
    if (!isObj(byRegion)) continue;
    for (const [region, series] of Object.entries(byRegion)) {
      if (!regionNames.includes(region)) {
        ctx.error(['regionalData', block, region], messages.regionUnknown(region, regionNames));
        continue;
      }
      const covered = arr(series).map((p) => (isObj(p) ? p.year : undefined));
      const missing = historyYears.filter((y) => !covered.includes(y));
      if (missing.length > 0) ctx.error(['regionalData', block, region], messages.regionYearsMissing(missing));
      // Regional figures are actuals for the history years (data-format.md): a year after
      // baseYear printed as an actual figure, and, given in one block only, crashed the build.
      if (historyYears.length === 0) continue;
      eachYearProblem(series, first, last, (k, p) =>
        ctx.error(['regionalData', block, region, k, 'year'], p.kind === 'outside' ? messages.regionYearOutsideHistory(p.year, first, last) : messages.regionYearTwice(p.year, p.first)),
      );
    }
  }
  // A region's balance is production minus consumption: a region given in one block only was
  // dropped from every regional chapter without a word.
  const { production, consumption } = raw.regionalData;
  if (isObj(production) && isObj(consumption)) {
    const blocks = { production, consumption } as const;
    for (const [block, other] of [['production', 'consumption'], ['consumption', 'production']] as const) {
      for (const region of Object.keys(blocks[block])) {
        if (regionNames.includes(region) && !(region in blocks[other])) ctx.error(['regionalData', other], messages.regionBlockMissing(region, block, other));
      }
    }
  }
  const prices = raw.regionalData.averagePrice;
  if (isObj(prices)) {
    const categoryNames = segmentNamesOf(raw, 'category');
    for (const name of Object.keys(prices)) {
      if (!categoryNames.includes(name)) ctx.error(['regionalData', 'averagePrice', name], messages.priceSegmentUnknown(name));
    }
  }
};

export const RULES: readonly Rule[] = [
  forecastYears,
  editionDate,
  historyYears,
  forecastMethod,
  segmentShares,
  uniqueNames,
  companyShares,
  characters,
  placeholders,
  locale,
  logoPath,
  brandColor,
  marketFigures,
  regionSegmentations,
  regionalData,
  regionalConsumption,
  priceYears,
  sampleChapters,
];

export function runRules(raw: unknown, ctx: RuleContext): void {
  if (!isObj(raw)) return;
  for (const rule of RULES) rule(raw, ctx);
}
