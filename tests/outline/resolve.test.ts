// Outline resolution: repetition, pruning of sections whose data is absent,
// numbering that closes up.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/forecast/index.js';
import { defaultOutline, resolveOutline, validateOutline } from '../../src/outline/index.js';
import type { OutlineDefinition } from '../../src/outline/types.js';
import type { Dataset } from '../../src/types.js';
import { defaultDataset, withRegionalData } from '../fixtures.js';

const model = buildModel(defaultDataset());

function withoutScenarios(): Dataset {
  const d = defaultDataset();
  const { scenarios: _s, ...market } = d.market;
  return { ...d, market };
}

describe('defaultOutline', () => {
  it('passes the same validation as a user outline file', () => {
    expect(validateOutline(JSON.parse(JSON.stringify(defaultOutline())))).toMatchObject({ ok: true });
  });

  it('resolves, for the default dataset, to the seed chapters it has data for, segment chapters repeated per segmentation', () => {
    const outline = resolveOutline(model);
    expect(outline.chapters.map((c) => `${c.number} ${c.title}`)).toEqual([
      '1 Market Overview',
      '2 Market Competition by Company',
      '3 Market Outlook',
      ...model.segmentations.map((s, i) => `${4 + i} Segment by ${s.title}`),
      `${4 + model.segmentations.length} Key Companies Profiled`,
      `${5 + model.segmentations.length} Research Findings and Conclusion`,
      `${6 + model.segmentations.length} Methodology and Data Source`,
    ]);
  });

  it('adds both regional chapters when the dataset has regional data', () => {
    const ids = resolveOutline(buildModel(withRegionalData())).chapters.map((c) => c.definitionId);
    expect(ids.slice(0, 4)).toEqual(['overview', 'competition', 'production', 'consumption']);
  });

  it('profiles every company, in rank order', () => {
    const companies = resolveOutline(model).chapters.find((c) => c.definitionId === 'companies')!;
    expect(companies.sections.map((s) => s.title)).toEqual(model.companies.list.map((c) => c.name));
  });

  it('drops sections without data (countries only where a segmentation lists them, no prices without price data)', () => {
    const outline = resolveOutline(model);
    const countries = outline.chapters.filter((c) => c.sections.some((s) => s.title === 'Countries Covered')).map((c) => c.binding.segmentationId);
    expect(countries).toEqual(model.segmentations.filter((s) => s.segments.some((x) => x.countries.length > 0)).map((s) => s.id));
    expect(outline.chapters.flatMap((c) => c.sections).some((s) => s.title.startsWith('Average Price'))).toBe(false);
  });

  it('adds price sections for the segmentations that have average prices', () => {
    const d = defaultDataset();
    const years = d.market.history.map((p) => p.year);
    const withPrices = { ...d, regionalData: { production: {}, consumption: {}, averagePrice: { Hospitals: years.map((year) => ({ year, value: 120 })) } } };
    const outline = resolveOutline(buildModel(withPrices as Dataset));
    const priced = outline.chapters.filter((c) => c.sections.some((s) => s.title.startsWith('Average Price')));
    expect(priced.map((c) => c.binding.segmentationId)).toEqual(['type']);
    // No production or consumption series, so no regional chapters.
    expect(outline.chapters.map((c) => c.definitionId)).not.toContain('production');
  });
});

describe('numbering', () => {
  it('numbers chapters, sections, figures and tables consecutively, with unique anchors', () => {
    for (const dataset of [defaultDataset(), withRegionalData(), withoutScenarios()]) {
      const outline = resolveOutline(buildModel(dataset));
      outline.chapters.forEach((c, i) => {
        expect(c.number).toBe(i + 1);
        expect(c.sections.map((s) => s.number)).toEqual(c.sections.map((_, k) => `${c.number}.${k + 1}`));
        const figures = outline.figures.filter((f) => f.chapter === c.number);
        expect(figures.map((f) => f.label)).toEqual(figures.map((_, k) => `Figure ${c.number}.${k + 1}`));
        const tables = outline.tables.filter((t) => t.chapter === c.number);
        expect(tables.map((t) => t.label)).toEqual(tables.map((_, k) => `Table ${c.number}.${k + 1}`));
      });
      const anchors = [
        ...outline.chapters.map((c) => c.anchor),
        ...outline.chapters.flatMap((c) => c.sections.map((s) => s.anchor)),
        ...outline.figures.map((f) => f.anchor),
        ...outline.tables.map((t) => t.anchor),
      ];
      expect(new Set(anchors).size).toBe(anchors.length);
      const ids = outline.chapters.flatMap((c) => [c.id, ...c.sections.map((s) => s.id)]);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('closes up when a section is dropped: no scenarios, so the next section and figure move up', () => {
    const withS = resolveOutline(model).chapters[0]!;
    const withoutS = resolveOutline(buildModel(withoutScenarios())).chapters[0]!;
    const titles = (c: typeof withS) => c.sections.map((s) => `${s.number} ${s.title}`);
    expect(titles(withS)).toContain('1.4 Forecast Scenarios');
    expect(titles(withoutS)).not.toContain('1.4 Forecast Scenarios');
    expect(titles(withoutS)[3]).toBe(titles(withS)[4]!.replace('1.5', '1.4'));
    const tableLabels = (o: ReturnType<typeof resolveOutline>) => o.tables.filter((t) => t.chapter === 1).map((t) => `${t.label} ${t.caption}`);
    expect(tableLabels(resolveOutline(buildModel(withoutScenarios())))[1]).toMatch(/^Table 1\.2 Type segments/);
  });

  it('drops a chapter whose sections all lack data, and renumbers the chapters after it', () => {
    const def: OutlineDefinition = {
      version: 1,
      chapters: [
        { id: 'a', title: 'First', sections: [{ id: 's', title: 'S', blocks: [{ kind: 'narrative', template: 'definition' }] }] },
        { id: 'b', title: 'Needs scenarios', sections: [{ id: 's', title: 'S', requires: ['scenarios'], blocks: [{ kind: 'narrative', template: 'scenarios' }] }] },
        { id: 'c', title: 'Only a scenarios chart', sections: [{ id: 's', title: 'S', blocks: [{ kind: 'chart', chart: 'scenarios' }] }] },
        { id: 'd', title: 'Last', sections: [{ id: 's', title: 'S', blocks: [{ kind: 'chart', chart: 'market-size' }] }] },
      ],
    };
    const full = resolveOutline(model, def);
    expect(full.chapters.map((c) => `${c.number} ${c.title}`)).toEqual(['1 First', '2 Needs scenarios', '3 Only a scenarios chart', '4 Last']);
    const pruned = resolveOutline(buildModel(withoutScenarios()), def);
    expect(pruned.chapters.map((c) => `${c.number} ${c.title}`)).toEqual(['1 First', '2 Last']);
    expect(pruned.figures.map((f) => `${f.label} ${f.chartId}`)).toEqual(['Figure 2.1 market-size']);
  });

  it('fills title tokens and chart ids from the binding', () => {
    const outline = resolveOutline(model);
    const type = outline.chapters.find((c) => c.id === 'segment-type')!;
    expect(type.sections[1]!.title).toBe(`Value by Type, ${model.firstYear}–${model.forecastTo}`);
    const charts = type.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart').map((b) => (b.kind === 'chart' ? b.chartId : ''));
    expect(charts).toEqual(['segment-share-type', 'segment-value-type', 'segment-cagr-type']);
  });

  it('is plain data that survives a trip through JSON (it crosses worker threads)', () => {
    const outline = resolveOutline(buildModel(withRegionalData()));
    expect(JSON.parse(JSON.stringify(outline))).toEqual(outline);
  });
});
