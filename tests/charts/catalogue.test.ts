import { describe, expect, it } from 'vitest';
import { chartCatalogue } from '../../src/charts/index.js';
import { buildModel } from '../../src/forecast/index.js';
import { createFormatter } from '../../src/format/index.js';
import type { Model } from '../../src/types.js';
import { CHARTS } from '../../src/outline/schema.js';
import { validateDataset } from '../../src/load/index.js';
import { defaultDatasetJson, defaultModel, regionalModel, stressModel } from './fixtures.js';

const segmentIds = (model: Model) =>
  model.segmentations.flatMap((s) => [`segment-share-${s.id}`, `segment-value-${s.id}`, `segment-cagr-${s.id}`]);

describe('chartCatalogue', () => {
  it('gives the default report its figures in reading order, with stable ids', () => {
    const model = defaultModel();
    const ids = chartCatalogue(model).map((f) => f.id);
    expect(ids).toEqual(['market-size', 'market-growth', 'scenarios', 'company-share', ...segmentIds(model)]);
    // The default dataset has no regional data, so there is no regional figure.
    expect(model.regional).toBeUndefined();
  });

  it('captions name the market, the period and the unit through the Formatter', () => {
    const model = defaultModel();
    const fmt = createFormatter(model);
    const byId = new Map(chartCatalogue(model).map((f) => [f.id, f]));
    expect(byId.get('market-size')!.caption).toBe(`Medical Second Opinion Market size, ${fmt.span(2018, 2030)} (USD billion)`);
    expect(byId.get('segment-share-type')!.caption).toBe('Medical Second Opinion Market share by Type, 2023 (%)');
    for (const f of byId.values()) {
      expect(f.caption.startsWith(model.title)).toBe(true);
      if (f.id.startsWith('segment-')) expect(f.segmentationId).toBe(f.id.split('-').slice(2).join('-'));
    }
  });

  it('leaves out figures whose data is absent and adds the regional ones when present', () => {
    const model = defaultModel();
    const noScenarios = buildModel({ ...model.dataset, market: { ...model.dataset.market, scenarios: undefined } });
    expect(chartCatalogue(noScenarios).map((f) => f.id)).not.toContain('scenarios');
    const noShares = buildModel({ ...model.dataset, companies: model.dataset.companies.map(({ share: _s, ...c }) => c) });
    expect(chartCatalogue(noShares).map((f) => f.id)).not.toContain('company-share');
    const stress = stressModel();
    const ids = chartCatalogue(stress).map((f) => f.id);
    expect(ids.slice(-3)).toEqual(['regional-production', 'regional-consumption', 'regional-balance']);
    expect(ids).not.toContain('scenarios');
    expect(ids).toContain('segment-value-service');
  });

  it('draws exactly the charts an outline may name, so a valid outline never asks for one it lacks', () => {
    // The regional model has every optional figure: scenarios, company shares, regional data.
    const model = regionalModel();
    const named = CHARTS.flatMap((c) => (c.includes('{segmentation}') ? model.segmentations.map((s) => c.replace('{segmentation}', s.id)) : [c]));
    for (const redact of [false, true]) {
      expect(chartCatalogue(model, { redact }).map((f) => f.id).sort()).toEqual([...named].sort());
    }
  });

  it('is pure: the same Model gives equal, JSON-plain specs and the Model is not touched', () => {
    const model = defaultModel();
    const before = JSON.stringify(model);
    const a = chartCatalogue(model, { redact: true });
    const b = chartCatalogue(model, { redact: true });
    expect(JSON.parse(JSON.stringify(a))).toEqual(b);
    expect(JSON.stringify(model)).toBe(before);
    expect(chartCatalogue(model)).not.toEqual(a);
  });

  it('sizes every figure for an A4 text column', () => {
    for (const f of chartCatalogue(defaultModel())) {
      const spec = f.spec as { width: number; autosize: { contains: string } };
      expect(spec.width).toBeLessThanOrEqual(500);
      expect(spec.autosize.contains).toBe('padding');
    }
  });

  it('takes its colours from the publisher brand colour', () => {
    const model = defaultModel();
    const recoloured = buildModel({ ...model.dataset, publisher: { ...model.dataset.publisher, brandColor: '#7a1f5c' } });
    const spec = JSON.stringify(chartCatalogue(recoloured)[0]!.spec);
    expect(spec).toContain('#7a1f5c');
    expect(spec).not.toContain(model.dataset.publisher.brandColor!);
  });
});

describe('segment bars of a remainder', () => {
  // The prose's rule for a remainder segment (src/format/remainder.ts): its bar goes last
  // whatever its size. The charts had a narrower copy that missed "Miscellaneous".
  it.each(['Others', 'Miscellaneous', 'Rest of the World'])('draws "%s" last though it is the largest', (rest) => {
    const json = defaultDatasetJson() as { segmentations: { segments: { name: string; share: number }[] }[] };
    const segments = json.segmentations[0]!.segments;
    const largest = segments.reduce((a, b) => (b.share > a.share ? b : a));
    const renamed = largest.name;
    largest.name = rest;
    const model = buildModel(validateDataset(json, 'x.json').value!);
    const spec = JSON.stringify(chartCatalogue(model).find((f) => f.id === `segment-share-${model.segmentations[0]!.id}`)!.spec);
    const names = segments.map((s) => s.name).filter((n) => n !== renamed);
    const at = (n: string) => spec.indexOf(JSON.stringify(n));
    expect(names.every((n) => at(n) >= 0)).toBe(true);
    for (const n of names.filter((n) => n !== rest)) expect(at(n)).toBeLessThan(at(rest));
  });
});
