// The data a narrative template sees: slices of the Model with raw numbers
// (templates format them through the helpers), names, and the dataset's text.
// Every field is always present, absent data as null or an empty list, so that
// strict mode fails only on a real typo or a field that does not exist.
// Nothing here computes a market figure: values are looked up in the Model;
// the only derived things are display choices (lower-case titles, the largest
// of a list, the magnitude of a balance to pair with "net exporter", a change
// in value or a balance as the difference of the two printed values) and the direction
// flags below.
//
// Direction flags (`falling`, `allFalling`, `anySurplus`...) let a template
// choose its words ("grows at" or "shrinks by", "met by other regions" or not)
// without comparing numbers itself. A rate counts as falling when the figure
// the reader sees is negative (the Formatter's rounding), so a rate that
// prints as "0.0%" is never worded as a decline.
//
// Every market figure passes through a FigurePolicy with the year it refers to
// (see redaction.ts): the full report shows them all; the free sample's
// context holds back those after the base year, so its templates never see
// the numbers. What is worked out from figures goes through the policy too
// (`figure.derived`), with the year of the figures it rests on: the sample's
// context holds back which segment grows fastest, the growth leaders and
// every flag ranked or worded from segment growth and end shares, so not even
// a user's template can print them. Only the market's direction flags
// (`falling`, `reverses`, `absoluteDecline`, a scenario's `falling`) stay:
// the sample's own wording says "projected to fall", by design.
// Choices made from figures (the largest producer, net exporter or importer)
// are made on the raw numbers first; rankings the reader could check against
// printed figures (the peak and lowest growth years, among the actual years;
// the segments that grow fastest) compare the printed values, so figures
// that print alike tie.
import { createFormatter, type Formatter } from '../format/index.js';
import { evenGrowth, growthLeaders, largestSegments, rankWords } from '../format/ranking.js';
import { tierLabels } from '../format/tier-labels.js';
import { priceTable } from '../format/prices.js';
import { isRemainder } from '../format/remainder.js';
import { lowerCaseTitle } from '../format/titles.js';
import type { CompanyModel, Model, SegmentationModel, SegmentModel, YearValue } from '../types.js';
import { holdBackAfter, isRedacted, showAll, type Figure, type FigurePolicy } from './redaction.js';

export interface TemplateBinding {
  readonly segmentationId?: string;
  readonly company?: string;
  readonly region?: string;
}

const at = (series: readonly YearValue[], year: number): number => {
  const p = series.find((s) => s.year === year);
  if (!p) throw new RangeError(`no value for ${year}`);
  return p.value;
};
const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** Whether a figure reads as negative once rounded for display. */
interface Shown {
  readonly rateFalls: (rate: number) => boolean;
  /** A rate as printed (rounded to the report's percent decimals). */
  readonly percent: (rate: number) => number;
  /** Two rates print as the same percentage. */
  readonly samePercent: (a: number, b: number) => boolean;
  /** Two values print as the same number. */
  readonly sameValue: (a: number, b: number) => boolean;
  /**
   * `to - from` as the reader works it out from the two printed values: "from
   * 46.5 to 37.1" loses 9.4, even where the exact values differ by 9.45.
   */
  readonly printedDifference: (from: number, to: number) => number;
  /** The Formatter the comparisons round with (the rankings in src/format/ranking.ts take it). */
  readonly fmt: Formatter;
}

function shownSigns(fmt: Formatter): Shown {
  const percent = (r: number) => fmt.roundPercent(r);
  return {
    rateFalls: (r) => percent(r) < 0,
    percent,
    samePercent: (a, b) => percent(a) === percent(b),
    sameValue: (a, b) => fmt.roundValue(a) === fmt.roundValue(b),
    printedDifference: (from, to) => fmt.printedDifference(from, to),
    fmt,
  };
}

/** The context as templates see it: any market figure may be held back. */
export type ReportContext = ReportContextOf<Figure>;
export type ReportContextOf<F extends Figure> = ReturnType<typeof buildReportContext<F>>;

/** The full report's context: every figure shown, as a number. */
export function reportContext(model: Model): ReportContextOf<number> {
  return buildReportContext(model, showAll);
}

/** The free sample's context: figures after `lastShownYear` (the base year) are REDACTED. */
export function redactedReportContext(model: Model, lastShownYear: number = model.baseYear): ReportContext {
  return buildReportContext(model, holdBackAfter(lastShownYear));
}

function buildReportContext<F extends Figure>(model: Model, figure: FigurePolicy<F>) {
  const { dataset, market } = model;
  const n = dataset.narrative;
  const fmt = createFormatter(model);
  const shown = shownSigns(fmt);
  // The best and worst years are picked among the actual years (history has
  // at least three, so two growth rates): the forecast grows at one rate a
  // year, stated on its own, and a "best" forecast year would be float
  // noise. The sample and the full report then say the same, and no
  // held-back year shows through the choice: a context that holds back
  // actual years too (a cut-off before the base year) picks among the years
  // it shows. Years whose growth prints alike tie, and are all named.
  const growthPool = market.yoy.filter((g) => g.year <= model.baseYear && !isRedacted(figure(g.growth, g.year)));
  const extreme = (better: (a: number, b: number) => boolean) => {
    const printed = growthPool.map((g) => ({ ...g, shown: shown.percent(g.growth) }));
    const best = printed.reduce((a, b) => (better(b.shown, a.shown) ? b : a));
    return { ...best, years: printed.filter((g) => g.shown === best.shown).map((g) => String(g.year)) };
  };
  const peak = extreme((a, b) => a > b);
  const low = extreme((a, b) => a < b);
  const tiers = tierLabels(fmt);
  const companies = model.companies.list.map((c) => companyContext(model, c, tiers[c.tier], figure, fmt));
  const withShare = model.companies.list.filter((c) => c.share !== undefined).length;
  const titles = (list: readonly { title: string }[] | undefined) => (list ?? []).map((x) => x.title);
  const segmentations = model.segmentations.map((s) => segmentationContext(model, s, figure, shown));
  const point = (p: YearValue) => ({ year: p.year, value: figure(p.value, p.year) });
  const span = (s: { from: number; to: number; cagr: number }) => ({
    from: s.from,
    to: s.to,
    cagr: figure(s.cagr, s.to),
    falling: shown.rateFalls(s.cagr),
  });
  const growth = (g: { year: number; years: string[]; growth: number }) => ({
    year: g.year,
    /** Every year whose growth prints as this one's, for "highest in 2019 and 2022". */
    years: g.years,
    growth: figure(g.growth, g.year),
    falling: shown.rateFalls(g.growth),
  });
  // The rate applied after the base year refers to the first forecast year.
  const forecastRate = (rate: number) => figure(rate, model.baseYear + 1);
  const scenario = (s: NonNullable<Model['market']['scenarios']>['low']) => ({
    rate: forecastRate(s.rate),
    cagr: figure(s.cagr, model.forecastTo),
    end: figure(at(s.series, model.forecastTo), model.forecastTo),
    falling: shown.rateFalls(s.rate),
  });
  const baseShare = (share: number) => figure(share, model.baseYear);
  const absoluteGrowth = shown.printedDifference(market.milestones.base.value, market.milestones.end.value);
  return {
    /**
     * The forecast is held back (the free sample). Besides its numbers, the
     * ranking it implies is held back too (`fastest` reads "XX", flags such
     * as `evenGrowth` are null): templates say instead that the full report
     * ranks the segments.
     */
    forecastHeldBack: isRedacted(figure(0, model.forecastTo)),
    title: model.title,
    subtitle: orNull(dataset.subtitle),
    published: dataset.published,
    publishedYear: model.publishedYear,
    publisher: {
      name: dataset.publisher.name,
      website: orNull(dataset.publisher.website),
      email: orNull(dataset.publisher.email),
      phone: orNull(dataset.publisher.phone),
      about: orNull(dataset.publisher.about),
    },
    currency: model.currency,
    unit: model.unit,
    firstYear: model.firstYear,
    baseYear: model.baseYear,
    forecastTo: model.forecastTo,
    firstForecastYear: model.baseYear + 1,
    market: {
      first: point(market.milestones.first),
      base: point(market.milestones.base),
      end: point(market.milestones.end),
      rate: forecastRate(market.rate),
      /** The rate applied after the base year is negative: "declines by", not "grows at". */
      falling: shown.rateFalls(market.rate),
      /** The forecast goes the other way from history: the market "turns to decline", it does not "keep shrinking". */
      reverses: shown.rateFalls(market.rate) !== shown.rateFalls(market.spans.historical.cagr),
      cagr: figure(market.cagr, model.forecastTo),
      method: market.method,
      isTrend: market.method === 'trend',
      // r2 describes the fit to history, not a figure of any year.
      trend: market.trend ? { rate: forecastRate(market.trend.rate), r2: market.trend.r2, falling: shown.rateFalls(market.trend.rate) } : null,
      historical: span(market.spans.historical),
      forecast: span(market.spans.forecast),
      full: span(market.spans.full),
      // The difference of the two values the text prints beside it, so the three agree.
      absoluteGrowth: figure(absoluteGrowth, model.forecastTo),
      /** The market is worth less at the end of the forecast than in the base year: it loses value. */
      absoluteDecline: absoluteGrowth < 0,
      peakGrowth: growth(peak),
      lowestGrowth: growth(low),
      /** Every year's growth prints the same: no best and worst year to name. */
      steadyGrowth: shown.samePercent(peak.growth, low.growth),
      /** The actual years peakGrowth and lowestGrowth were picked from: prose names the span, in the past tense. */
      growthYears: { from: growthPool[0]!.year, to: growthPool[growthPool.length - 1]!.year },
      scenarios: market.scenarios ? { low: scenario(market.scenarios.low), high: scenario(market.scenarios.high) } : null,
      published: market.published.map((p) => ({
        year: p.year,
        source: p.source,
        value: figure(p.value, p.year),
        computed: figure(p.computed, p.year),
        deviation: figure(p.deviation, p.year),
      })),
    },
    segmentations,
    /** "type", "application", "region": for "by type, application, and region". */
    segmentationTitles: segmentations.map((s) => s.titleLower),
    companies: {
      count: companies.length,
      names: companies.map((c) => c.name),
      list: companies,
      leader: companies[0]!,
      /** Every company whose share prints as the leader's: "A and B led jointly". */
      leaders: companies.filter((c) => c.rank === 1).map((c) => c.name),
      jointLead: companies.filter((c) => c.rank === 1).length > 1,
      withShare,
      /** Profiled companies whose share is not disclosed. */
      undisclosed: companies.length - withShare,
      /** No company has a share: nothing can be said of the leader, tiers or the rest of the market. */
      noShares: withShare === 0,
      /** Every profiled company has a share, so the rest of the market is held by companies not profiled. */
      allWithShare: withShare === companies.length,
      /**
       * The leader's share prints larger than the rest of the market (companies
       * not profiled, and profiled ones without a share): it "led the market".
       * Otherwise one of those could hold more, and the leader is only "the
       * largest of the profiled companies".
       */
      leadsMarket: leadsMarket(model, fmt),
      listedShare: baseShare(model.companies.listedShare),
      othersShare: baseShare(model.companies.othersShare),
      /**
       * Tier 1 when a company with a share is in it, for "the companies in Tier 1
       * held ...": named when few (a long list of names reads as the list
       * again), and not restated when it holds every profiled company.
       */
      topTier: topTier(model, tiers[1], baseShare),
      tiers: model.companies.tiers.map((t) => {
        // Tier 3 holds both small shares and undisclosed ones; the text tells them apart.
        const undisclosed = t.companies.filter((name) => model.companies.list.find((c) => c.name === name)?.share === undefined).length;
        return { ...t, label: tiers[t.tier], share: baseShare(t.share), count: t.companies.length, withShare: t.companies.length - undisclosed, undisclosed };
      }),
    },
    regional: regionalContext(model, figure, shown),
    narrative: {
      definition: n.definition,
      drivers: n.drivers ?? [],
      restraints: n.restraints ?? [],
      opportunities: n.opportunities ?? [],
      trends: n.trends ?? [],
      challenges: n.challenges ?? [],
      porter: orNull(n.porter),
      valueChain: n.valueChain ?? [],
      methodology: n.methodology,
      sources: n.sources,
      faq: n.faq ?? [],
      titles: {
        drivers: titles(n.drivers),
        restraints: titles(n.restraints),
        opportunities: titles(n.opportunities),
        trends: titles(n.trends),
        challenges: titles(n.challenges),
      },
    },
  };
}

function segmentContext<F extends Figure>(model: Model, s: SegmentModel, figure: FigurePolicy<F>, shown: Shown) {
  const { firstYear, baseYear, forecastTo } = model;
  return {
    name: s.name,
    first: figure(at(s.series, firstYear), firstYear),
    base: figure(at(s.series, baseYear), baseYear),
    end: figure(at(s.series, forecastTo), forecastTo),
    firstShare: figure(at(s.shares, firstYear), firstYear),
    baseShare: figure(s.baseShare, baseYear),
    endShare: figure(s.endShare, forecastTo),
    cagr: figure(s.cagr, forecastTo),
    falling: figure.derived(shown.rateFalls(s.cagr), forecastTo),
    absoluteGrowth: figure(shown.printedDifference(at(s.series, baseYear), at(s.series, forecastTo)), forecastTo),
    /** Its share prints the same in the base year and at the end: it "holds at", it does not "move from ... to". */
    shareSteady: figure.derived(shown.samePercent(s.baseShare, s.endShare), forecastTo),
    countries: s.countries,
    countryCount: s.countries.length,
  };
}

function segmentationContext<F extends Figure>(model: Model, s: SegmentationModel, figure: FigurePolicy<F>, shown: Shown) {
  const segments = s.segments.map((seg) => segmentContext(model, seg, figure, shown));
  const byName = (name: string) => segments.find((x) => x.name === name)!;
  // Growth and size are ranked as printed (src/format/ranking.ts, as in the
  // workbook's Summary): segments whose figures print alike are tied, so
  // prose never crowns one of them (the Model's `fastest` and `largest`, the
  // first listed, stand for the group's figure). The growth ranking rests on
  // forecast figures: where those are held back, so is everything worked out
  // from them.
  // Only named segments are ranked: a remainder ("Others", "Rest of World")
  // is the rest of the market, not a segment to crown. Where a remainder
  // prints larger (or grows faster) than every named segment, the
  // `remainderLarger` (`remainderFaster`) segment lets prose say so beside
  // the named leader it names.
  const named = namedSegments(s);
  const leaders = growthLeaders(shown.fmt, named).map((x) => x.name);
  const ranked = <T>(value: T) => figure.derived(value, model.forecastTo);
  const largest = largestSegments(shown.fmt, named, model.baseYear).map((x) => x.name);
  const overLeaders = (top: readonly SegmentModel[], names: readonly string[]) =>
    top.some((x) => names.includes(x.name)) ? null : orNull(top.find((x) => isRemainder(x.name)));
  const remainderLarger = overLeaders(largestSegments(shown.fmt, s, model.baseYear), largest);
  const allLeaders = growthLeaders(shown.fmt, s);
  const remainderFaster = overLeaders(allLeaders, leaders);
  return {
    id: s.id,
    title: s.title,
    titleLower: lowerCaseTitle(s.title),
    kind: s.kind,
    isRegion: s.kind === 'region',
    count: segments.length,
    names: segments.map((x) => x.name),
    segments,
    /** The largest named segment in the base year; the first listed of them when several tie (see largestSegments). */
    largest: byName(named.largest),
    /** A remainder segment ("Others") larger than every named one: the largest named segment is then "the largest named segment". */
    remainderLarger: remainderLarger ? byName(remainderLarger.name) : null,
    /** A remainder segment that grows faster than every named one (declines less, when all shrink). */
    remainderFaster: ranked(remainderFaster ? byName(remainderFaster.name) : null),
    /** The segments that are the largest as printed: more than one when their base-year share and value print alike. */
    largestSegments: { names: largest, count: largest.length, tied: largest.length > 1, list: largest.map(byName) },
    fastest: ranked(byName(leaders[0]!)),
    /** The segments that grow fastest (or decline least), as printed: more than one when their CAGRs tie. */
    /** `all`: every segment's CAGR prints alike (their shares still move a little): none grows "fastest". */
    // `all` counts the remainder too: named segments tied at one rate are not
    // "the fastest" when the remainder prints that rate as well.
    leaders: ranked({ names: leaders, count: leaders.length, tied: leaders.length > 1, all: allLeaders.length === s.segments.length }),
    /** The leaders' CAGR prints as the market's own: "the market's own rate", not "9.5%, against 9.5% for the market". */
    atMarketRate: ranked(shown.samePercent(named.segments.find((x) => x.name === leaders[0])!.cagr, model.market.spans.forecast.cagr)),
    /** The largest segment is among the leaders. */
    largestLeads: ranked(leaders.includes(named.largest)),
    /** The largest segment, alone the largest, alone leads: "both the largest and the fastest-growing". */
    sameLeader: ranked(leaders.length === 1 && largest.length === 1 && leaders[0] === named.largest),
    /** Every segment's CAGR and share print alike over the forecast (none has a rate of its own): no ranking, no share moves. */
    evenGrowth: ranked(evenGrowth(shown.fmt, s)),
    /** Even the fastest segment shrinks: it "declines least", it does not "grow fastest". */
    allFalling: ranked(s.segments.every((x) => shown.rateFalls(x.cagr))),
    prices: pricesContext(model, s),
  };
}

/**
 * The segments with an average price (regionalData.averagePrice, in currency
 * per unit) and the years their prices cover (every year any of them has, as
 * the table's columns), for "prices are given for Hospitals and Clinics, 2 of
 * the 5 segments"; null when none has one.
 */
function pricesContext(model: Model, s: SegmentationModel) {
  const table = priceTable(model, s);
  const priced = table.segments.map((x) => x.name);
  if (priced.length === 0) return null;
  const years = table.years;
  const [from, to] = [years[0]!, years.at(-1)!];
  return {
    names: priced,
    count: priced.length,
    all: priced.length === s.segments.length,
    from,
    to,
    /** The years the table has, as they are: one ("for 2020"), a run ("for 2018–2023"), or with gaps. */
    years: years.map(String),
    single: years.length === 1,
    /** Some year between the first and the last has no price: the table's years are not a run. */
    gapped: years.length < to - from + 1,
    /** Gapped years few enough to name one by one ("for 2018, 2019, and 2023"). */
    fewYears: years.length <= FEW_PRICE_YEARS,
  };
}

/** Gapped price years are named one by one up to this many, else "some years of 2018–2025". */
const FEW_PRICE_YEARS = 4;

/**
 * The segmentation with its remainder segments left out, its largest and
 * fastest (on exact numbers, the first listed on a tie, as the Model's) picked
 * among the named segments; the whole segmentation when every segment is a
 * remainder.
 */
function namedSegments(s: SegmentationModel): SegmentationModel {
  const segments = s.segments.filter((x) => !isRemainder(x.name));
  if (segments.length === 0 || segments.length === s.segments.length) return s;
  const largest = segments.reduce((a, b) => (b.baseShare > a.baseShare ? b : a));
  const fastest = segments.reduce((a, b) => (b.cagr > a.cagr + 1e-12 ? b : a));
  return { ...s, segments, largest: largest.name, fastest: fastest.name };
}

/** The leading profiled company's share prints larger than what the companies not profiled (or without a share) hold. */
function leadsMarket(model: Model, fmt: Formatter): boolean {
  const share = model.companies.list[0]?.share;
  return share !== undefined && fmt.roundPercent(share) > fmt.roundPercent(model.companies.othersShare);
}

/** Tier 1 is named company by company up to this many. */
const FEW_NAMED = 3;

function topTier<T>(model: Model, label: string, share: (v: number) => T) {
  const t = model.companies.tiers.find((x) => x.tier === 1);
  if (!t || t.companies.length === 0) return null;
  const count = t.companies.length;
  return { label, names: t.companies, count, share: share(t.share), everyone: count === model.companies.list.length, few: count <= FEW_NAMED };
}

function companyContext<F extends Figure>(model: Model, c: CompanyModel, tierLabel: string, figure: FigurePolicy<F>, fmt: Formatter) {
  // Shares and values refer to the base year; revenue is the company's own figure, not the market's.
  const base = (v: number | undefined) => (v === undefined ? null : figure(v, model.baseYear));
  return {
    name: c.name,
    rank: orNull(c.rank),
    /** "10th", "joint 10th": shares that print alike rank alike. */
    rankWords: c.rank === undefined ? null : rankWords(model.companies.list, c.rank),
    share: base(c.share),
    value: base(c.value),
    tier: c.tier,
    tierLabel,
    standing: standing(model, c, fmt, base),
    headquarters: orNull(c.headquarters),
    founded: orNull(c.founded),
    type: orNull(c.type),
    revenue: orNull(c.revenue),
    description: orNull(c.description),
    offerings: c.offerings,
    website: orNull(c.website),
  };
}

/**
 * What a profile can say that its fact box (share, value, rank, tier) does
 * not: the companies ranked next above and below it, those level with it, and
 * the others of its tier. Null for a company without a share, which has no
 * rank.
 */
function standing<T>(model: Model, c: CompanyModel, fmt: Formatter, base: (v: number | undefined) => T | null) {
  if (c.rank === undefined) return null;
  const ranked = model.companies.list.filter((x) => x.rank !== undefined);
  // The companies at the nearest rank on one side (several when they tie),
  // with the share each prints; `sameShare` when that prints as this
  // company's own, so that prose gives the value that tells them apart.
  const next = (side: (rank: number) => boolean, pick: (ranks: number[]) => number) => {
    const ranks = ranked.map((x) => x.rank!).filter(side);
    if (ranks.length === 0) return null;
    const at = ranked.filter((x) => x.rank === pick(ranks));
    const first = at[0]!;
    const sameShare = fmt.roundPercent(first.share!) === fmt.roundPercent(c.share!);
    return { names: at.map((x) => x.name), count: at.length, tied: at.length > 1, share: base(first.share), value: base(first.value), sameShare };
  };
  const level = ranked.filter((x) => x.rank === c.rank && x.name !== c.name).map((x) => x.name);
  const tier = model.companies.tiers.find((t) => t.tier === c.tier)!;
  const withShare = tier.companies.filter((name) => ranked.some((x) => x.name === name)).length;
  return {
    ahead: next((r) => r < c.rank!, (ranks) => Math.max(...ranks)),
    behind: next((r) => r > c.rank!, (ranks) => Math.min(...ranks)),
    level,
    /**
     * Its tier: how many companies with a share it holds and their combined
     * share; `alone` when it is the only one. `first`: the first profile of the
     * tier, which alone says the tier's combined share (said once, not in every
     * profile); `everyone`: the tier holds every profiled company, which the
     * competitive situation already says.
     */
    tier: {
      withShare,
      alone: withShare === 1,
      undisclosed: tier.companies.length - withShare,
      share: base(tier.share),
      first: ranked.find((x) => x.tier === c.tier)?.name === c.name,
      everyone: tier.companies.length === model.companies.list.length,
    },
  };
}

function regionalContext<F extends Figure>(model: Model, figure: FigurePolicy<F>, shown: Shown) {
  if (!model.regional || model.regional.length === 0) return null;
  const raw = model.regional.map((r) => {
    const last = r.production[r.production.length - 1]!;
    const year = last.year;
    const consumption = at(r.consumption, year);
    // The balance as the reader works it out from the two values printed beside it
    // ("produced 2,6 and consumed 5,5": a shortfall of 2,9), as the tables print it.
    return { region: r.region, firstYear: r.production[0]!.year, year, production: last.value, consumption, balance: shown.printedDifference(consumption, last.value) };
  });
  // Choices across regions rest on the figures of every region's last year.
  const latest = Math.max(...raw.map((r) => r.year));
  // As with segments, a remainder region ("Rest of World") is not crowned: the
  // largest are picked among the named regions (every region when all are
  // remainders), and a remainder that prints larger still is given beside them.
  const named = raw.some((r) => !isRemainder(r.region)) ? raw.filter((r) => !isRemainder(r.region)) : raw;
  type Key = 'production' | 'consumption';
  const top = (key: Key) => figure.derived(named.reduce((a, b) => (b[key] > a[key] ? b : a)).region, latest);
  // Regions whose value prints as the largest's are all the largest.
  const mostOf = (key: Key) => Math.max(...named.map((r) => r[key]));
  const tops = (key: Key) => {
    const most = mostOf(key);
    const names = named.filter((r) => shown.sameValue(r[key], most)).map((r) => r.region);
    return figure.derived({ names, count: names.length, tied: names.length > 1 }, latest);
  };
  const remainderLarger = (key: Key) => {
    const most = mostOf(key);
    const over = raw.find((r) => isRemainder(r.region) && r[key] > most && !shown.sameValue(r[key], most));
    return figure.derived(over ? over.region : null, latest);
  };
  // As printed: production and consumption that print alike are an exact balance.
  const exports = (r: (typeof raw)[number]) => r.balance > 0;
  const imports = (r: (typeof raw)[number]) => r.balance < 0;
  const regions = raw.map((r) => ({
    region: r.region,
    firstYear: r.firstYear,
    year: r.year,
    production: figure(r.production, r.year),
    consumption: figure(r.consumption, r.year),
    balance: figure(r.balance, r.year),
    balanceMagnitude: figure(Math.abs(r.balance), r.year),
    netExporter: figure.derived(exports(r), r.year),
    netImporter: figure.derived(imports(r), r.year),
    /** Production and consumption print alike: "an exact balance". */
    balanced: figure.derived(!exports(r) && !imports(r), r.year),
  }));
  // Whether a region's shortfall can be said to be met by other regions (or
  // its surplus to be available to them): only when some region has the other
  // sign. Otherwise the difference crosses the border of the regions covered.
  const surplus = raw.filter(exports).length;
  const shortfall = raw.filter(imports).length;
  const across = <T>(value: T) => figure.derived(value, latest);
  return {
    regions,
    count: regions.length,
    names: regions.map((r) => r.region),
    year: regions[0]!.year,
    firstYear: regions[0]!.firstYear,
    /** The largest producing named region; the first listed of them when several tie (see largestProducers). */
    largestProducer: top('production'),
    largestConsumer: top('consumption'),
    /** The regions that produce most as printed: more than one when their values print alike. */
    largestProducers: tops('production'),
    largestConsumers: tops('consumption'),
    /** A remainder region ("Rest of World") that produces (consumes) more than every named one: the largest are then "named". */
    remainderProducer: remainderLarger('production'),
    remainderConsumer: remainderLarger('consumption'),
    anySurplus: across(surplus > 0),
    anyShortfall: across(shortfall > 0),
    allSurplus: across(surplus === regions.length),
    allShortfall: across(shortfall === regions.length),
  };
}

/** The root context plus what a repeated chapter or section is about. */
export function boundContext(root: ReportContext, binding: TemplateBinding) {
  const segmentation = binding.segmentationId ? root.segmentations.find((s) => s.id === binding.segmentationId) : undefined;
  const company = binding.company ? root.companies.list.find((c) => c.name === binding.company) : undefined;
  const region = binding.region ? root.regional?.regions.find((r) => r.region === binding.region) : undefined;
  if (binding.segmentationId && !segmentation) throw new Error(`no segmentation "${binding.segmentationId}" in the Model`);
  if (binding.company && !company) throw new Error(`no company "${binding.company}" in the Model`);
  if (binding.region && !region) throw new Error(`no regional data for "${binding.region}" in the Model`);
  return { ...root, segmentation: segmentation ?? null, company: company ?? null, region: region ?? null };
}
