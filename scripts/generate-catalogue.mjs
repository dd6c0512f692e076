#!/usr/bin/env node
// Writes a synthetic catalogue of valid, varied market datasets for tests and
// benchmarks: different markets, currencies, locales, units, year spans,
// segment counts, forecast methods, with and without scenarios, published
// figures and regional data.
//
//   node scripts/generate-catalogue.mjs --count 200 --seed 1 --out /tmp/catalogue
//
// Deterministic: dataset i depends only on (seed, i), so the same seed always
// writes the same bytes and a catalogue of N is the first N of a larger one.
// Imports nothing from src/ or dist/: it must run before a build.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

/** mulberry32: small, fast, and good enough to vary test data. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function chooser(rand) {
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (list) => list[int(0, list.length - 1)];
  const chance = (p) => rand() < p;
  const between = (lo, hi) => lo + rand() * (hi - lo);
  /** k distinct items, in the list's order. */
  const some = (list, k) => {
    const idx = list.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = int(0, i);
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    return idx.slice(0, k).sort((x, y) => x - y).map((i) => list[i]);
  };
  return { int, pick, chance, between, some };
}

const ADJECTIVES = ['Industrial', 'Smart', 'Cloud', 'Medical', 'Agricultural', 'Marine', 'Residential', 'Automotive', 'Wearable', 'Renewable', 'Veterinary', 'Aerospace', 'Retail', 'Educational', 'Cold Chain'];
const NOUNS = ['Robotics', 'Sensors', 'Packaging', 'Irrigation', 'Coatings', 'Analytics', 'Batteries', 'Telehealth', 'Drones', 'Insulation', 'Lighting', 'Logistics', 'Imaging', 'Software', 'Filtration'];
const MONEY = [
  { currency: 'USD', locale: 'en-US' },
  { currency: 'EUR', locale: 'de-DE' },
  { currency: 'EUR', locale: 'fr-FR' },
  { currency: 'GBP', locale: 'en-GB' },
  { currency: 'JPY', locale: 'ja-JP' },
  { currency: 'INR', locale: 'en-IN' },
  { currency: 'CNY', locale: 'zh-CN' },
  { currency: 'BRL', locale: 'pt-BR' },
];
/** Base-year market size range per unit, so figures look like real ones. */
const SIZE = { thousand: [800, 900000], million: [15, 9000], billion: [0.4, 60] };
const CATEGORY_POOLS = [
  { id: 'type', title: 'Type', names: ['Hardware', 'Software', 'Services', 'Consumables', 'Accessories', 'Subscriptions', 'Maintenance', 'Integration'] },
  { id: 'application', title: 'Application', names: ['Healthcare', 'Manufacturing', 'Energy', 'Transportation', 'Agriculture', 'Construction', 'Defence', 'Consumer Goods', 'Mining', 'Utilities', 'Telecommunications', 'Others'] },
  { id: 'end-user', title: 'End User', names: ['Large Enterprises', 'Small and Medium Enterprises', 'Government', 'Households', 'Research Institutes'] },
  { id: 'channel', title: 'Sales Channel', names: ['Direct Sales', 'Distributors', 'Online Retail', 'Specialty Stores', 'Original Equipment Manufacturers'] },
];
const REGIONS = [
  { name: 'North America', countries: ['United States', 'Canada', 'Mexico'] },
  { name: 'Europe', countries: ['Germany', 'United Kingdom', 'France', 'Italy', 'Spain'] },
  { name: 'Asia-Pacific', countries: ['China', 'Japan', 'India', 'South Korea', 'Australia'] },
  { name: 'South America', countries: ['Brazil', 'Argentina', 'Colombia'] },
  { name: 'Middle East and Africa', countries: ['Saudi Arabia', 'United Arab Emirates', 'South Africa', 'Nigeria'] },
  { name: 'Central Asia', countries: ['Kazakhstan', 'Uzbekistan'] },
];
const FIRM_HEADS = ['Northwind', 'Altura', 'Bluefin', 'Cedar', 'Helix', 'Juniper', 'Kestrel', 'Lumen', 'Meridian', 'Orion', 'Pioneer', 'Quartz', 'Redwood', 'Sierra', 'Tidewater', 'Vantage', 'Wexford', 'Zenith'];
const FIRM_TAILS = ['Systems', 'Labs', 'Industries', 'Holdings', 'Technologies', 'Group', 'Solutions', 'Dynamics', 'Partners', 'Works'];
const CITIES = ['Boston, United States', 'Munich, Germany', 'Lyon, France', 'Osaka, Japan', 'Pune, India', 'Shenzhen, China', 'Toronto, Canada', 'Leeds, United Kingdom', 'Sao Paulo, Brazil'];
// Brand colours dark enough for white text and headings (validation asks for a 3:1 contrast on white).
const BRAND_COLORS = ['#1f4e79', '#7a1f3d', '#0b6e4f', '#5b2a86', '#8a4b08', '#2f3e46', '#a4161a', '#005f73', '#3a0ca3', '#6b4226'];
const PUBLISHERS = ['Meridian Market Insights', 'Harbour Research Partners', 'Atlas Industry Analytics', 'Greyline Market Studies'];
const FACTORS = ['rising automation budgets', 'tighter efficiency regulation', 'falling component costs', 'growing demand in emerging economies', 'consolidation among suppliers', 'new financing models', 'shortages of skilled staff', 'longer replacement cycles'];

const round = (x, digits) => Number(x.toPrecision(digits));
const slugify = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Shares in (0, 1) rounded to 3 decimals that sum to exactly 1 (the residual goes to the largest). */
/** How much a region produces against what it consumes: exporters above 1, importers below. */
const PRODUCTION_LEAN = [1.3, 0.75, 1.15, 0.85, 1.05, 0.9];

function shares(c, n) {
  const weights = Array.from({ length: n }, () => c.between(0.3, 1.5));
  const total = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.max(0.005, Math.round((w / total) * 1000) / 1000));
  const largest = out.indexOf(Math.max(...out));
  out[largest] = Math.round((out[largest] + 1 - out.reduce((a, b) => a + b, 0)) * 1000) / 1000;
  return out;
}

/**
 * The market's annual forecast rate as the pipeline derives it: the given CAGR,
 * or for the trend method exp(slope) - 1 of a least-squares line through
 * ln(value) by year (src/forecast/trend.ts; this script imports nothing from src/).
 */
function marketRate(forecast, history) {
  if (forecast.method === 'cagr') return forecast.cagr;
  const n = history.length;
  const meanX = history.reduce((a, p) => a + p.year, 0) / n;
  const meanY = history.reduce((a, p) => a + Math.log(p.value), 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of history) {
    sxy += (p.year - meanX) * (Math.log(p.value) - meanY);
    sxx += (p.year - meanX) ** 2;
  }
  return Math.expm1(sxy / sxx);
}

/**
 * Segment rates consistent with the market. The pipeline scales the segments
 * every year to sum to the market total, so rates that together imply another
 * market growth would all print shifted (validation rejects that). The drawn
 * rates keep their spread and order, shifted by one amount so that the
 * share-weighted growth over `years` matches the market's `rate`; segments
 * without a rate (null) grow with the market.
 */
function ratesMatchingMarket(shareList, drawn, rate, years) {
  const target = (1 + rate) ** years;
  const grown = (shift) => shareList.reduce((sum, s, i) => sum + s * (1 + (drawn[i] === null ? rate : drawn[i] + shift)) ** years, 0);
  const total = shareList.reduce((a, b) => a + b, 0);
  let [lo, hi] = [-0.6, 0.6];
  for (let k = 0; k < 60; k++) {
    const mid = (lo + hi) / 2;
    if (grown(mid) / total < target) lo = mid;
    else hi = mid;
  }
  return drawn.map((r) => (r === null ? null : Math.round((r + lo) * 1000) / 1000));
}

function paragraph(c, market, sentences) {
  const parts = [];
  for (let i = 0; i < sentences; i++) parts.push(`The ${market.toLowerCase()} market is shaped by ${c.pick(FACTORS)}, which ${c.pick(['lifts', 'slows', 'reshapes'])} spending by ${c.pick(['buyers', 'operators', 'public agencies', 'manufacturers'])}.`);
  return parts.join(' ');
}

function titledList(c, market, what, max) {
  return Array.from({ length: c.int(0, max) }, (_, i) => ({
    title: `${what} ${['one', 'two', 'three', 'four', 'five'][i]}: ${c.pick(FACTORS)}`,
    text: paragraph(c, market, c.int(1, 3)),
  }));
}

/** Dataset `index` of the catalogue for `seed`: a plain object that passes validation. */
export function generateDataset(seed, index) {
  const c = chooser(prng((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0));
  const market = `${c.pick(ADJECTIVES)} ${c.pick(NOUNS)}`;
  const { currency, locale } = c.pick(MONEY);
  const unit = c.pick(['thousand', 'million', 'billion']);
  const baseYear = c.int(2019, 2025);
  const forecastTo = baseYear + c.int(4, 12);
  const historyYears = c.int(3, 8);

  // History backwards from the base-year value at a steady growth plus a little noise.
  const [lo, hi] = SIZE[unit];
  const growth = c.between(-0.02, 0.18);
  const values = [round(c.between(lo, hi), 4)];
  for (let i = 1; i < historyYears; i++) values.unshift(round(values[0] / (1 + growth + c.between(-0.01, 0.01)), 4));
  const history = values.map((value, i) => ({ year: baseYear - historyYears + 1 + i, value }));

  const method = c.chance(0.6) ? 'cagr' : 'trend';
  const rate = Math.round(c.between(-0.03, 0.22) * 1000) / 1000;
  const forecast = method === 'cagr' ? { method, cagr: rate } : { method };
  const published = [];
  if (c.chance(0.4)) published.push({ year: history[historyYears - 2].year, value: history[historyYears - 2].value, source: 'Trade association yearbook' });
  if (method === 'cagr' && c.chance(0.5)) {
    const k = forecastTo - baseYear;
    published.push({ year: forecastTo, value: round(values[historyYears - 1] * (1 + rate) ** k, 3), source: 'Earlier edition of this report' });
  }

  // Segment rates are drawn, then shifted to agree with the market's own rate.
  const rateOfMarket = marketRate(forecast, history);
  const segmentRates = (s, drawn) => ratesMatchingMarket(s, drawn, rateOfMarket, forecastTo - baseYear);
  const withRate = (rate) => (rate === null ? {} : { cagr: rate });
  const categories = c.some(CATEGORY_POOLS, c.int(1, 3));
  const segmentations = categories.map((pool) => {
    const names = c.some(pool.names, c.int(2, Math.min(8, pool.names.length)));
    const s = shares(c, names.length);
    const rates = segmentRates(s, names.map(() => (c.chance(0.7) ? Math.round(c.between(-0.02, 0.25) * 1000) / 1000 : null)));
    return {
      id: pool.id,
      title: pool.title,
      kind: 'category',
      segments: names.map((name, i) => ({ name, share: s[i], ...withRate(rates[i]) })),
    };
  });
  const withRegions = c.chance(0.7);
  const regions = withRegions ? c.some(REGIONS, c.int(3, 6)) : [];
  const regionShares = withRegions ? shares(c, regions.length) : [];
  if (withRegions) {
    const rates = segmentRates(regionShares, regions.map(() => (c.chance(0.6) ? Math.round(c.between(0, 0.2) * 1000) / 1000 : null)));
    segmentations.push({
      id: 'region',
      title: 'Region',
      kind: 'region',
      segments: regions.map((r, i) => ({ name: r.name, share: regionShares[i], ...withRate(rates[i]), countries: r.countries })),
    });
  }

  const firmCount = c.int(1, 25);
  const firmNames = [];
  while (firmNames.length < firmCount) {
    const name = `${c.pick(FIRM_HEADS)} ${c.pick(FIRM_TAILS)}`;
    if (!firmNames.includes(name)) firmNames.push(name);
  }
  const withShares = c.chance(0.7);
  const shareBudget = c.between(0.3, 0.85) / firmCount;
  const companies = firmNames.map((name) => ({
    name,
    ...(c.chance(0.7) ? { headquarters: c.pick(CITIES) } : {}),
    ...(c.chance(0.5) ? { founded: c.int(1890, 2020) } : {}),
    ...(c.chance(0.6) ? { type: c.pick(['Manufacturer', 'Service provider', 'Distributor', 'Start-up']) } : {}),
    ...(withShares ? { share: Math.max(0.001, Math.round(shareBudget * c.between(0.5, 1.1) * 1000) / 1000) } : {}),
    description: `${name} supplies ${market.toLowerCase()} products and services to ${c.pick(['industrial', 'public', 'consumer', 'institutional'])} customers.`,
    offerings: c.some(['Consulting', 'Installation', 'Spare parts', 'Remote monitoring', 'Training', 'Leasing'], c.int(0, 3)),
    ...(c.chance(0.5) ? { website: `https://${slugify(name)}.example` } : {}),
  }));

  const narrative = {
    definition: `The ${market.toLowerCase()} market covers the products and services sold to organisations that ${c.pick(['build', 'operate', 'maintain', 'finance'])} ${market.toLowerCase()} assets.\n\n${paragraph(c, market, 2)}`,
    drivers: titledList(c, market, 'Driver', 4),
    restraints: titledList(c, market, 'Restraint', 3),
    opportunities: titledList(c, market, 'Opportunity', 3),
    trends: titledList(c, market, 'Trend', 4),
    challenges: titledList(c, market, 'Challenge', 3),
    ...(c.chance(0.5)
      ? {
          porter: {
            rivalry: paragraph(c, market, 1),
            newEntrants: paragraph(c, market, 1),
            substitutes: paragraph(c, market, 1),
            buyerPower: paragraph(c, market, 1),
            supplierPower: paragraph(c, market, 1),
          },
        }
      : {}),
    ...(c.chance(0.4) ? { valueChain: ['Components', 'Assembly', 'Distribution', 'After-sales'].map((stage) => ({ stage, text: paragraph(c, market, 1) })) } : {}),
    methodology: 'Synthetic dataset for testing: market sizes, segment shares and company shares are generated and illustrative only.',
    sources: c.some(['National statistics offices', 'Company annual reports', 'Trade association yearbooks', 'Expert interviews'], c.int(1, 3)),
    ...(c.chance(0.3) ? { faq: [{ question: `Who buys ${market.toLowerCase()}?`, answer: paragraph(c, market, 1) }] } : {}),
  };

  const dataset = {
    id: `${slugify(market)}-${seed}-${index}`,
    title: `${market} Market`,
    ...(c.chance(0.5) ? { subtitle: `Size, share and forecast, ${history[0].year}–${forecastTo}` } : {}),
    publisher: { name: c.pick(PUBLISHERS), website: 'https://publisher.example', brandColor: c.pick(BRAND_COLORS) },
    published: `${baseYear + 1}-${String(c.int(1, 12)).padStart(2, '0')}-${String(c.int(1, 28)).padStart(2, '0')}`,
    currency,
    unit,
    locale,
    baseYear,
    forecastTo,
    market: {
      history,
      forecast,
      ...(c.chance(0.5) ? { scenarios: { low: -Math.round(c.between(0.005, 0.04) * 1000) / 1000, high: Math.round(c.between(0.005, 0.04) * 1000) / 1000 } } : {}),
      ...(published.length > 0 ? { published } : {}),
    },
    segmentations,
    companies,
    narrative,
  };
  if (withRegions && c.chance(0.6)) {
    const series = (scale, digits = 4) => Object.fromEntries(regions.map((r, i) => [r.name, history.map((p) => ({ year: p.year, value: round(p.value * scale(i, c.between(0.05, 0.4)), digits) }))]));
    const firstCategory = segmentations[0].segments.slice(0, 2);
    // A region's consumption is its market: the region segment's value, which in
    // history years is its base-year share of the market (the pipeline
    // reconciles shares, not rates, before the base year). The report prints
    // both, and a region worth 1,382 in one chapter must not consume 992 in the
    // next. Production is consumption times a region's lean (a steady exporter
    // or importer) with a little yearly noise, so the world produces about what
    // it consumes.
    const shareTotal = regionShares.reduce((a, b) => a + b, 0);
    dataset.regionalData = {
      production: series((i, draw) => (regionShares[i] / shareTotal) * PRODUCTION_LEAN[i % PRODUCTION_LEAN.length] * (0.97 + (draw - 0.05) * 0.17)),
      // (The draw is still taken, so the datasets' later random choices stay as they were.)
      consumption: series((i) => regionShares[i] / shareTotal, 7),
      ...(c.chance(0.5) ? { averagePrice: Object.fromEntries(firstCategory.map((s) => [s.name, history.map((p) => ({ year: p.year, value: round(c.between(5, 500), 4) }))])) } : {}),
    };
  }
  if (c.chance(0.3)) dataset.sample = { redact: c.chance(0.7) };
  return dataset;
}

/** The first `count` datasets of the catalogue for `seed`, each with its file name. */
export function generateCatalogue(count, seed) {
  return Array.from({ length: count }, (_, i) => {
    const dataset = generateDataset(seed, i);
    return { file: `${dataset.id}.json`, dataset };
  });
}

/** Writes the catalogue as pretty JSON files into `dir`; returns their paths. */
export async function writeCatalogue(dir, count, seed) {
  await mkdir(dir, { recursive: true });
  const files = [];
  for (const { file, dataset } of generateCatalogue(count, seed)) {
    const target = path.join(dir, file);
    await writeFile(target, `${JSON.stringify(dataset, null, 2)}\n`);
    files.push(target);
  }
  return files;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '200' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
  if (!values.out) {
    process.stderr.write('Usage: node scripts/generate-catalogue.mjs --out DIR [--count N] [--seed S]\n');
    process.exitCode = 2;
  } else {
    const files = await writeCatalogue(values.out, Number(values.count), Number(values.seed));
    process.stderr.write(`wrote ${files.length} datasets to ${values.out}\n`);
  }
}
