// The data a narrative template sees: slices of the Model with raw numbers
// (templates format them through the helpers), names, and the dataset's text.
// Every field is always present, absent data as null or an empty list, so that
// strict mode fails only on a real typo or a field that does not exist.
// Nothing here computes a market figure: values are looked up in the Model;
// the only derived things are display choices (lower-case titles, the largest
// of a list, the magnitude of a balance to pair with "net exporter").
import type { CompanyModel, Model, SegmentationModel, SegmentModel, YearValue } from '../types.js';

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

export type ReportContext = ReturnType<typeof reportContext>;

export function reportContext(model: Model) {
  const { dataset, market } = model;
  const n = dataset.narrative;
  const peak = market.yoy.reduce((a, b) => (b.growth > a.growth ? b : a));
  const low = market.yoy.reduce((a, b) => (b.growth < a.growth ? b : a));
  const tierLabel = (tier: number) => model.companies.tiers.find((t) => t.tier === tier)?.label ?? `Tier ${tier}`;
  const companies = model.companies.list.map((c) => companyContext(c, tierLabel(c.tier)));
  const titles = (list: readonly { title: string }[] | undefined) => (list ?? []).map((x) => x.title);
  const segmentations = model.segmentations.map((s) => segmentationContext(model, s));
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
      first: market.milestones.first,
      base: market.milestones.base,
      end: market.milestones.end,
      rate: market.rate,
      cagr: market.cagr,
      method: market.method,
      isTrend: market.method === 'trend',
      trend: orNull(market.trend),
      historical: market.spans.historical,
      forecast: market.spans.forecast,
      full: market.spans.full,
      absoluteGrowth: market.absoluteGrowth,
      peakGrowth: peak,
      lowestGrowth: low,
      scenarios: market.scenarios
        ? {
            low: { rate: market.scenarios.low.rate, cagr: market.scenarios.low.cagr, end: at(market.scenarios.low.series, model.forecastTo) },
            high: { rate: market.scenarios.high.rate, cagr: market.scenarios.high.cagr, end: at(market.scenarios.high.series, model.forecastTo) },
          }
        : null,
      published: market.published.map((p) => ({ ...p })),
    },
    segmentations,
    /** "type", "application", "region": for "by type, application, and region". */
    segmentationTitles: segmentations.map((s) => s.titleLower),
    companies: {
      count: companies.length,
      names: companies.map((c) => c.name),
      list: companies,
      leader: companies[0]!,
      withShare: companies.filter((c) => c.share !== null).length,
      listedShare: model.companies.listedShare,
      othersShare: model.companies.othersShare,
      tiers: model.companies.tiers.map((t) => ({ ...t, count: t.companies.length })),
    },
    regional: regionalContext(model),
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

function segmentContext(model: Model, s: SegmentModel) {
  return {
    name: s.name,
    first: at(s.series, model.firstYear),
    base: at(s.series, model.baseYear),
    end: at(s.series, model.forecastTo),
    firstShare: at(s.shares, model.firstYear),
    baseShare: s.baseShare,
    endShare: s.endShare,
    cagr: s.cagr,
    absoluteGrowth: s.absoluteGrowth,
    countries: s.countries,
    countryCount: s.countries.length,
  };
}

function segmentationContext(model: Model, s: SegmentationModel) {
  const segments = s.segments.map((seg) => segmentContext(model, seg));
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

function companyContext(c: CompanyModel, tierLabel: string) {
  return {
    name: c.name,
    rank: c.rank,
    share: orNull(c.share),
    value: orNull(c.value),
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

function regionalContext(model: Model) {
  if (!model.regional || model.regional.length === 0) return null;
  const regions = model.regional.map((r) => {
    const last = r.production[r.production.length - 1]!;
    const year = last.year;
    const balance = at(r.balance, year);
    return {
      region: r.region,
      firstYear: r.production[0]!.year,
      year,
      production: last.value,
      consumption: at(r.consumption, year),
      balance,
      balanceMagnitude: Math.abs(balance),
      netExporter: balance > 0,
      netImporter: balance < 0,
    };
  });
  const top = (key: 'production' | 'consumption') => regions.reduce((a, b) => (b[key] > a[key] ? b : a)).region;
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
