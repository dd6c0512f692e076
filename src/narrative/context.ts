// The data a narrative template sees: slices of the Model with raw numbers
// (templates format them through the helpers), names, and the dataset's text.
// Every field is always present, absent data as null or an empty list, so that
// strict mode fails only on a real typo or a field that does not exist.
// Nothing here computes a market figure: values are looked up in the Model;
// the only derived things are display choices (lower-case titles, the largest
// of a list, the magnitude of a balance to pair with "net exporter").
//
// Every market figure passes through a FigurePolicy with the year it refers to
// (see redaction.ts): the full report shows them all; the free sample's
// context holds back those after the base year, so its templates never see
// the numbers. Choices made from figures (the peak growth year, the largest
// producer, net exporter or importer) are made on the raw numbers first.
import type { CompanyModel, Model, SegmentationModel, SegmentModel, YearValue } from '../types.js';
import { holdBackAfter, showAll, type Figure, type FigurePolicy } from './redaction.js';

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
  const peak = market.yoy.reduce((a, b) => (b.growth > a.growth ? b : a));
  const low = market.yoy.reduce((a, b) => (b.growth < a.growth ? b : a));
  const tierLabel = (tier: number) => model.companies.tiers.find((t) => t.tier === tier)?.label ?? `Tier ${tier}`;
  const companies = model.companies.list.map((c) => companyContext(model, c, tierLabel(c.tier), figure));
  const titles = (list: readonly { title: string }[] | undefined) => (list ?? []).map((x) => x.title);
  const segmentations = model.segmentations.map((s) => segmentationContext(model, s, figure));
  const point = (p: YearValue) => ({ year: p.year, value: figure(p.value, p.year) });
  const span = (s: { from: number; to: number; cagr: number }) => ({ from: s.from, to: s.to, cagr: figure(s.cagr, s.to) });
  // The rate applied after the base year refers to the first forecast year.
  const forecastRate = (rate: number) => figure(rate, model.baseYear + 1);
  const scenario = (s: NonNullable<Model['market']['scenarios']>['low']) => ({
    rate: forecastRate(s.rate),
    cagr: figure(s.cagr, model.forecastTo),
    end: figure(at(s.series, model.forecastTo), model.forecastTo),
  });
  const baseShare = (share: number) => figure(share, model.baseYear);
  return {
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
      cagr: figure(market.cagr, model.forecastTo),
      method: market.method,
      isTrend: market.method === 'trend',
      // r2 describes the fit to history, not a figure of any year.
      trend: market.trend ? { rate: forecastRate(market.trend.rate), r2: market.trend.r2 } : null,
      historical: span(market.spans.historical),
      forecast: span(market.spans.forecast),
      full: span(market.spans.full),
      absoluteGrowth: figure(market.absoluteGrowth, model.forecastTo),
      peakGrowth: { year: peak.year, growth: figure(peak.growth, peak.year) },
      lowestGrowth: { year: low.year, growth: figure(low.growth, low.year) },
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
      withShare: model.companies.list.filter((c) => c.share !== undefined).length,
      listedShare: baseShare(model.companies.listedShare),
      othersShare: baseShare(model.companies.othersShare),
      tiers: model.companies.tiers.map((t) => ({ ...t, share: baseShare(t.share), count: t.companies.length })),
    },
    regional: regionalContext(model, figure),
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

function segmentContext<F extends Figure>(model: Model, s: SegmentModel, figure: FigurePolicy<F>) {
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
    absoluteGrowth: figure(s.absoluteGrowth, forecastTo),
    countries: s.countries,
    countryCount: s.countries.length,
  };
}

function segmentationContext<F extends Figure>(model: Model, s: SegmentationModel, figure: FigurePolicy<F>) {
  const segments = s.segments.map((seg) => segmentContext(model, seg, figure));
  const byName = (name: string) => segments.find((x) => x.name === name)!;
  return {
    id: s.id,
    title: s.title,
    titleLower: s.title.toLocaleLowerCase(model.locale),
    kind: s.kind,
    isRegion: s.kind === 'region',
    count: segments.length,
    names: segments.map((x) => x.name),
    segments,
    largest: byName(s.largest),
    fastest: byName(s.fastest),
    sameLeader: s.largest === s.fastest,
  };
}

function companyContext<F extends Figure>(model: Model, c: CompanyModel, tierLabel: string, figure: FigurePolicy<F>) {
  // Shares and values refer to the base year; revenue is the company's own figure, not the market's.
  const base = (v: number | undefined) => (v === undefined ? null : figure(v, model.baseYear));
  return {
    name: c.name,
    rank: c.rank,
    share: base(c.share),
    value: base(c.value),
    tier: c.tier,
    tierLabel,
    headquarters: orNull(c.headquarters),
    founded: orNull(c.founded),
    type: orNull(c.type),
    revenue: orNull(c.revenue),
    description: orNull(c.description),
    offerings: c.offerings,
    website: orNull(c.website),
  };
}

function regionalContext<F extends Figure>(model: Model, figure: FigurePolicy<F>) {
  if (!model.regional || model.regional.length === 0) return null;
  const raw = model.regional.map((r) => {
    const last = r.production[r.production.length - 1]!;
    const year = last.year;
    return { region: r.region, firstYear: r.production[0]!.year, year, production: last.value, consumption: at(r.consumption, year), balance: at(r.balance, year) };
  });
  const top = (key: 'production' | 'consumption') => raw.reduce((a, b) => (b[key] > a[key] ? b : a)).region;
  const regions = raw.map((r) => ({
    region: r.region,
    firstYear: r.firstYear,
    year: r.year,
    production: figure(r.production, r.year),
    consumption: figure(r.consumption, r.year),
    balance: figure(r.balance, r.year),
    balanceMagnitude: figure(Math.abs(r.balance), r.year),
    netExporter: r.balance > 0,
    netImporter: r.balance < 0,
  }));
  return {
    regions,
    names: regions.map((r) => r.region),
    year: regions[0]!.year,
    firstYear: regions[0]!.firstYear,
    largestProducer: top('production'),
    largestConsumer: top('consumption'),
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
