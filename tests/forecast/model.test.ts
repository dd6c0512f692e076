import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel, modelToJson } from '../../src/forecast/index.js';
import { validateDataset } from '../../src/load/index.js';
import type { Model } from '../../src/types.js';
import { defaultDataset, defaultRaw, ROOT, withRegionalData } from '../fixtures.js';

const model = buildModel(defaultDataset());
const at = (series: readonly { year: number; value: number }[], year: number) => series.find((p) => p.year === year)!.value;

describe('the default Model', () => {
  it('runs from the first history year to forecastTo, actual up to baseYear', () => {
    expect(model.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(model.market.series.map((p) => p.year)).toEqual(model.years);
    expect(model.market.series.filter((p) => p.actual).map((p) => p.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
  });
  it('compounds the base-year value at the dataset CAGR', () => {
    expect(at(model.market.series, 2023)).toBe(4.92);
    expect(at(model.market.series, 2030)).toBeCloseTo(4.92 * 1.095 ** 7, 12);
    expect(model.market.cagr).toBeCloseTo(0.095, 12);
    expect(model.market.spans.historical).toEqual({ from: 2018, to: 2023, cagr: expect.closeTo((4.92 / 3.15) ** (1 / 5) - 1, 12) });
    expect(model.market.spans.full.cagr).toBeCloseTo((at(model.market.series, 2030) / 3.15) ** (1 / 12) - 1, 12);
    expect(model.market.absoluteGrowth).toBeCloseTo(4.92 * 1.095 ** 7 - 4.92, 12);
  });
  it('agrees with the published headline figures within 1 %', () => {
    for (const p of model.market.published) expect(Math.abs(p.deviation)).toBeLessThan(0.01);
  });
  it('reconciles every segmentation to the market total in every year', () => {
    for (const seg of model.segmentations) {
      model.market.series.forEach((point, k) => {
        const sum = seg.segments.reduce((a, s) => a + s.series[k]!.value, 0);
        expect(sum).toBeCloseTo(point.value, 10);
        const shareSum = seg.segments.reduce((a, s) => a + s.shares[k]!.value, 0);
        expect(shareSum).toBeCloseTo(1, 12);
      });
    }
  });
  it('names the largest and fastest segments', () => {
    const byId = Object.fromEntries(model.segmentations.map((s) => [s.id, s]));
    expect(byId.type!.largest).toBe('Hospitals');
    expect(byId.type!.fastest).toBe('Medical Second Opinion Providing Companies');
    expect(byId.application!.fastest).toBe('Neurological Disorders');
    expect(byId.region!.largest).toBe('North America');
    expect(byId.region!.fastest).toBe('Asia-Pacific');
  });
  it('exposes reconciled CAGRs that bracket the market rate', () => {
    for (const seg of model.segmentations) {
      const rates = seg.segments.map((s) => s.cagr);
      expect(Math.min(...rates)).toBeLessThanOrEqual(model.market.cagr + 1e-12);
      expect(Math.max(...rates)).toBeGreaterThanOrEqual(model.market.cagr - 1e-12);
    }
  });
  it('ranks companies by share and splits them into tiers', () => {
    expect(model.companies.list).toHaveLength(18);
    expect(model.companies.list[0]!.name).toBe('HCA Hospitals');
    const shares = model.companies.list.map((c) => c.share ?? 0);
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
    expect(model.companies.tiers.map((t) => t.companies.length)).toEqual([4, 5, 9]);
    expect(model.companies.listedShare + model.companies.othersShare).toBeCloseTo(1, 12);
  });
  it('derives scenarios around the base case', () => {
    const { low, high } = model.market.scenarios!;
    expect(low.rate).toBeCloseTo(0.075, 12);
    expect(high.cagr).toBeCloseTo(0.115, 12);
    expect(at(low.series, 2030)).toBeLessThan(at(model.market.series, 2030));
    expect(at(high.series, 2030)).toBeGreaterThan(at(model.market.series, 2030));
  });
  it('is JSON-serialisable for the model command, with the fields other tools rely on', () => {
    const json = JSON.parse(JSON.stringify(modelToJson(model)));
    expect(json.market.series[0]).toEqual({ year: 2018, value: 3.15, actual: true });
    expect(json.market.cagr).toBeCloseTo(0.095, 12);
    expect(json.segmentations[0].id).toBe('type');
    expect(json.segmentations[0].segments[0]).toMatchObject({ name: 'Hospitals', cagr: expect.any(Number) });
    expect(json.segmentations[0].segments[0].series[0]).toEqual({ year: 2018, value: expect.any(Number) });
    expect(json.dataset).toBeUndefined();
  });
});

describe('the trend method', () => {
  it('grows the base-year actual at the fitted rate, so actuals and forecast join without a jump', () => {
    const d = defaultRaw();
    d.market.forecast = { method: 'trend' };
    delete d.market.published;
    const r = validateDataset(d);
    expect(r.errors).toEqual([]);
    const m = buildModel(r.value!);
    expect(m.market.trend!.r2).toBeGreaterThan(0.99);
    expect(m.market.rate).toBe(m.market.trend!.rate);
    expect(at(m.market.series, 2024)).toBeCloseTo(4.92 * (1 + m.market.rate), 12);
  });
});

describe('regional data', () => {
  it('carries production, consumption and the balance per region', () => {
    const m = buildModel(withRegionalData());
    expect(m.regional).toHaveLength(5);
    const europe = m.regional!.find((r) => r.region === 'Europe')!;
    expect(europe.balance[0]!.value).toBeCloseTo(europe.production[0]!.value - europe.consumption[0]!.value, 12);
    expect(model.regional).toBeUndefined();
  });

  it('lists regions in the region segmentation\'s order, whatever the order of the keys in regionalData', () => {
    const d = withRegionalData();
    const order = d.segmentations.find((s) => s.kind === 'region')!.segments.map((s) => s.name);
    const reversed = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).reverse());
    const shuffled = { ...d, regionalData: { production: reversed(d.regionalData!.production), consumption: d.regionalData!.consumption } };
    expect(Object.keys(shuffled.regionalData.production)).not.toEqual(order);
    expect(buildModel(shuffled as typeof d).regional!.map((r) => r.region)).toEqual(order);
  });
});

/** A compact text dump of every number, for review as a diff. */
function digest(m: Model): string {
  const n = (x: number) => x.toPrecision(10);
  const series = (s: readonly { year: number; value: number }[]) => s.map((p) => `${p.year}=${n(p.value)}`).join(' ');
  const lines = [
    `# ${m.title} (${m.currency} ${m.unit}), base ${m.baseYear}, forecast to ${m.forecastTo}`,
    `market ${series(m.market.series)}`,
    `market.rate ${n(m.market.rate)} cagr ${n(m.market.cagr)} historical ${n(m.market.spans.historical.cagr)} full ${n(m.market.spans.full.cagr)}`,
    `market.yoy ${m.market.yoy.map((g) => `${g.year}=${n(g.growth)}`).join(' ')}`,
  ];
  if (m.market.scenarios) for (const s of [m.market.scenarios.low, m.market.scenarios.high]) lines.push(`scenario.${s.name} ${series(s.series)}`);
  for (const p of m.market.published) lines.push(`published ${p.year} ${n(p.value)} computed ${n(p.computed)} deviation ${n(p.deviation)}`);
  for (const seg of m.segmentations) {
    lines.push(`segmentation ${seg.id} largest="${seg.largest}" fastest="${seg.fastest}"`);
    for (const s of seg.segments) lines.push(`  ${s.name}: cagr ${n(s.cagr)} share ${n(s.baseShare)}->${n(s.endShare)} | ${series(s.series)}`);
  }
  for (const c of m.companies.list) lines.push(`company #${c.rank} tier ${c.tier} ${c.name} share ${c.share === undefined ? '-' : n(c.share)}`);
  lines.push(`display ${JSON.stringify(m.display)}`);
  return `${lines.join('\n')}\n`;
}

describe('golden Model digest', () => {
  it('matches tests/golden/model/medical-second-opinion.txt (UPDATE_GOLDEN=1 to rewrite after a deliberate change)', () => {
    const file = path.join(ROOT, 'tests', 'golden', 'model', 'medical-second-opinion.txt');
    const text = digest(model);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text);
    expect(existsSync(file), 'golden file missing: run with UPDATE_GOLDEN=1').toBe(true);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});
