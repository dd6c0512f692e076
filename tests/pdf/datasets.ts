// Test datasets beyond the shared fixtures.
import type { Dataset } from '../../src/types.js';
import { defaultDataset } from '../fixtures.js';

/** The default dataset stripped of every optional part (still valid: the tests check). */
export function minimalDataset(): Dataset {
  const d = defaultDataset();
  const { scenarios: _s, published: _p, ...market } = d.market;
  const { definition, methodology, sources } = d.narrative;
  const { about: _a, website: _w, email: _e, phone: _ph, ...publisher } = d.publisher;
  const { sample: _sample, subtitle: _subtitle, ...rest } = d;
  return {
    ...rest,
    market,
    publisher,
    narrative: { definition, methodology, sources },
    companies: d.companies.map(({ name }) => ({ name })),
    segmentations: d.segmentations.map((s) => ({ ...s, segments: s.segments.map(({ countries: _c, ...seg }) => seg) })),
  };
}

/** A market that shrinks every year, forecast by its trend: every rate negative (the review's trendneg.json). */
export function decliningDataset(): Dataset {
  const d = defaultDataset() as any;
  const values = [10, 8, 6, 4, 2, 1];
  d.market.history = d.market.history.map((p: { year: number }, i: number) => ({ year: p.year, value: values[i] }));
  d.market.forecast = { method: 'trend' };
  // Published figures of the growing market would no longer agree.
  delete d.market.published;
  return d as Dataset;
}

/** Growth that turns negative for one year: the lowest year-over-year change is a fall. */
export function dipDataset(): Dataset {
  const d = defaultDataset() as any;
  d.market.history = d.market.history.map((p: { year: number; value: number }) => (p.year === 2020 ? { ...p, value: 3.3 } : p));
  delete d.market.published;
  return d as Dataset;
}

/** No company has a share (the review's noshare.json); the last company's name ends with a full stop. */
export function noShareDataset(): Dataset {
  const d = defaultDataset() as any;
  for (const c of d.companies) delete c.share;
  // Without shares the dataset's order is the ranking: make the last name the one that ends in ".".
  const dotted = d.companies.findIndex((c: { name: string }) => c.name.endsWith('.'));
  d.companies.push(...d.companies.splice(dotted, 1));
  return d as Dataset;
}

/** Regional data where every region consumes more than it produces (the review's regionok.json). */
export function allShortRegionalDataset(): Dataset {
  const d = defaultDataset() as any;
  const regions: string[] = d.segmentations.find((s: { kind: string }) => s.kind === 'region').segments.map((s: { name: string }) => s.name);
  const years: number[] = d.market.history.map((p: { year: number }) => p.year);
  const series = (extra: number) => Object.fromEntries(regions.map((r, i) => [r, years.map((year) => ({ year, value: i + 1 + extra }))]));
  d.regionalData = { production: series(0), consumption: series(0.1) };
  return d as Dataset;
}

/** The default dataset with one company (the schema's minimum): the leader, with its 7.2% share. */
export function oneCompanyDataset(): Dataset {
  const d = defaultDataset();
  return { ...d, companies: d.companies.slice(0, 1) };
}

/** Two companies: one with a share, one whose share is not disclosed. */
export function oneShareOfTwoDataset(): Dataset {
  const d = defaultDataset() as any;
  d.companies = d.companies.slice(0, 2);
  delete d.companies[1].share;
  return d as Dataset;
}

/** One company holds 45.5% of the market, alone in Tier 1; the rest keep their small shares. */
export function soleLeaderDataset(): Dataset {
  const d = defaultDataset() as any;
  d.companies[0].share = 0.455;
  for (const c of d.companies.slice(1)) if (c.share >= 0.05) c.share = 0.04;
  return d as Dataset;
}

/** Regional data for one region only (regionalData need not cover every region). */
export function oneRegionDataset(short: boolean): Dataset {
  const d = allShortRegionalDataset() as any;
  const [first] = Object.keys(d.regionalData.production);
  const only = (series: Record<string, unknown>) => ({ [first!]: series[first!] });
  d.regionalData = short
    ? { production: only(d.regionalData.production), consumption: only(d.regionalData.consumption) }
    : { production: only(d.regionalData.consumption), consumption: only(d.regionalData.production) };
  return d as Dataset;
}
