// The synthetic catalogue: valid under the real validator, varied, and reproducible from its seed.
import { describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../scripts/generate-catalogue.mjs';
import { validateDataset } from '../../src/load/index.js';
import { buildModel } from '../../src/forecast/index.js';

describe('generate-catalogue', () => {
  const cat = generateCatalogue(60, 5);
  const datasets = cat.map((c) => c.dataset as Record<string, any>);

  it('writes datasets that pass validation with no errors, and whose Model builds', () => {
    for (const { dataset } of cat) {
      const result = validateDataset(JSON.parse(JSON.stringify(dataset)), dataset.id);
      expect(result.errors, dataset.id).toEqual([]);
      const model = buildModel(result.value!);
      expect(model.segmentations.length).toBe((dataset as any).segmentations.length);
    }
  });

  it('varies what a report depends on', () => {
    const distinct = (f: (d: Record<string, any>) => unknown) => new Set(datasets.map(f)).size;
    expect(distinct((d) => d.currency)).toBeGreaterThanOrEqual(4);
    expect(distinct((d) => d.unit)).toBe(3);
    expect(distinct((d) => d.locale)).toBeGreaterThanOrEqual(4);
    expect(distinct((d) => d.market.forecast.method)).toBe(2);
    expect(distinct((d) => d.segmentations.length)).toBeGreaterThanOrEqual(3);
    expect(distinct((d) => d.segmentations[0].segments.length)).toBeGreaterThanOrEqual(4);
    expect(distinct((d) => d.market.history.length)).toBeGreaterThanOrEqual(4);
    expect(distinct((d) => d.scenarios === undefined && d.market.scenarios !== undefined)).toBe(2);
    expect(distinct((d) => d.regionalData !== undefined)).toBe(2);
    expect(distinct((d) => d.market.published !== undefined)).toBe(2);
    expect(distinct((d) => d.title)).toBeGreaterThan(30);
    expect(distinct((d) => d.id)).toBe(60); // ids name output folders: never shared
  });

  it('is deterministic: same seed, same bytes; another seed, other data; a prefix of a larger catalogue', () => {
    expect(JSON.stringify(generateCatalogue(60, 5))).toBe(JSON.stringify(cat));
    expect(JSON.stringify(generateCatalogue(60, 6))).not.toBe(JSON.stringify(cat));
    expect(JSON.stringify(generateCatalogue(10, 5))).toBe(JSON.stringify(cat.slice(0, 10)));
  });
});
