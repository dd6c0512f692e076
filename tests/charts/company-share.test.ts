// The company-share chart's last bar is the rest of the market. When profiled
// companies beyond the top 10 are in it, its label says so: the prose beside
// the chart gives the share of companies NOT profiled, and a bare "Others"
// with a larger number reads as a contradiction.
import { describe, expect, it } from 'vitest';
import { chartCatalogue } from '../../src/charts/index.js';
import { TOP_COMPANIES } from '../../src/charts/specs/company-share.js';
import { buildModel } from '../../src/forecast/index.js';
import type { Model } from '../../src/types.js';
import { defaultModel } from './fixtures.js';
import { layoutText, overlaps } from './scene.js';

interface Bar {
  readonly name: string;
  readonly value: number;
}

function bars(model: Model): Bar[] {
  const figure = chartCatalogue(model).find((f) => f.id === 'company-share')!;
  const found: Bar[] = [];
  // The bars are the first inline data set whose rows carry a name and a value.
  JSON.stringify(figure.spec, (_k, v: unknown) => {
    if (found.length === 0 && Array.isArray(v) && v.length > 0 && v.every((r) => r && typeof r === 'object' && 'name' in r && 'value' in r)) found.push(...(v as Bar[]));
    return v;
  });
  return found;
}

describe('company-share chart', () => {
  it('names the rest bar as including the smaller profiled companies, and sums it from them and the unlisted share', () => {
    const model = defaultModel();
    const listed = model.companies.list.filter((c) => c.share !== undefined);
    expect(listed.length).toBeGreaterThan(TOP_COMPANIES);
    const b = bars(model);
    expect(b).toHaveLength(TOP_COMPANIES + 1);
    const rest = b[b.length - 1]!;
    expect(rest.name).toBe('Others, incl. smaller profiled companies');
    const beyond = listed.slice(TOP_COMPANIES).reduce((s, c) => s + c.share!, 0);
    expect(rest.value).toBeCloseTo(model.companies.othersShare + beyond, 9);
    expect(rest.value).toBeGreaterThan(model.companies.othersShare);
  });

  it('keeps a plain "Others" when every listed company has its own bar', () => {
    const model = defaultModel();
    const few = buildModel({ ...model.dataset, companies: model.dataset.companies.slice(0, 5) });
    const b = bars(few);
    expect(b.map((x) => x.name).slice(0, -1)).toEqual(few.companies.list.filter((c) => c.share !== undefined).map((c) => c.name));
    expect(b[b.length - 1]!.name).toBe('Others');
  });

  it.each([1, 2])('never runs its share axis past 100 percent, and keeps the labels inside the figure (%i companies)', async (count) => {
    // One company of 7.2% leaves "Others" at 92.8%, whose label once asked for an axis to 125%.
    const model = defaultModel();
    const few = buildModel({ ...model.dataset, companies: model.dataset.companies.slice(0, count) });
    const figure = chartCatalogue(few).find((f) => f.id === 'company-share')!;
    const ticks = (JSON.stringify(figure.spec).match(/"values":\[([\d.,]+)\]/) ?? [])[1]!.split(',').map(Number);
    expect(Math.max(...ticks)).toBe(1);
    expect(Math.max(...bars(few).map((b) => b.value))).toBeGreaterThan(0.85);
    const layout = await layoutText(figure.spec);
    for (const box of layout.boxes) {
      expect(box.x1, box.text).toBeGreaterThanOrEqual(0);
      expect(box.x2, box.text).toBeLessThanOrEqual(layout.width + 0.5);
    }
    expect(overlaps(layout.boxes)).toEqual([]);
  });
});
