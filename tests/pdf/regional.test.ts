// A dataset with regional production and consumption gets both regional
// chapters, with their charts and tables; numbering closes up around them.
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveOutline } from '../../src/outline/index.js';
import type { Outline } from '../../src/outline/types.js';
import type { Model } from '../../src/types.js';
import { withRegionalData } from '../fixtures.js';
import { readPdf, type PdfText } from './pdf-text.js';
import { renderWithCharts } from './render.js';

let model: Model;
let text: PdfText;
let outline: Outline;

beforeAll(async () => {
  const rendered = await renderWithCharts(withRegionalData());
  model = rendered.model;
  text = await readPdf(rendered.pdf);
  outline = resolveOutline(model);
});

describe('full report PDF with regional data', () => {
  it('has the production and the consumption chapter, right after the competition chapter', () => {
    const titles = text.bookmarks.map((b) => b.title);
    expect(titles.slice(0, 4)).toEqual([
      '1 Market Overview',
      '2 Market Competition by Company',
      '3 Production by Region',
      '4 Consumption by Region',
    ]);
  });

  it('prints their tables and charts, each caption in the list of figures and under its figure', () => {
    const lines = text.pages.flat().map((l) => l.text);
    for (const caption of ['Table 3.1: Production value by region and year', 'Table 4.1: Consumption value by region and year', 'Table 4.2: Production minus consumption by region and year']) {
      expect(lines.filter((l) => l.startsWith(caption))).toHaveLength(2);
    }
    const labels = Object.fromEntries(outline.figures.filter((f) => f.chartId.startsWith('regional')).map((f) => [f.chartId, f.label]));
    expect(labels).toEqual({ 'regional-production': 'Figure 3.1', 'regional-consumption': 'Figure 4.1', 'regional-balance': 'Figure 4.2' });
    for (const label of Object.values(labels)) expect(lines.filter((l) => l.startsWith(`${label}: `)), label).toHaveLength(2);
  });

  it.each([
    ['3 Production by Region', 'Figure 3.1: ', 'Table 3.1: ', 'production'],
    ['4 Consumption by Region', 'Figure 4.1: ', 'Table 4.1: ', 'consumption'],
  ] as const)('draws the value-by-region chart of "%s" after its text and before its table', (chapter, figure, table, measure) => {
    const page = text.pages[text.bookmarks.find((b) => b.title === chapter)!.page - 1]!.map((l) => l.text);
    const caption = page.findIndex((l) => l.startsWith(figure));
    expect(caption).toBeGreaterThan(0);
    expect(page.findIndex((l) => l.startsWith(table))).toBeGreaterThan(caption);
    // The chart's own text (year axis, source line) lies between the narrative and the caption.
    const narrative = page.findIndex((l) => l.includes(`: ${measure} of USD`));
    const chart = page.slice(narrative + 1, caption);
    const years = (model.regional ?? [])[0]![measure].map((p) => String(p.year));
    expect(chart.some((l) => l.replace(/\s+/g, ' ').includes(years.join(' '))), years.join(' ')).toBe(true);
    expect(chart).toContain(`Source: ${model.dataset.publisher.name}, ${model.publishedYear}`);
  });

  it('gives every region a section with its balance, formatted by the Formatter', () => {
    const consumption = text.bookmarks.find((b) => b.title === '4 Consumption by Region')!;
    const regionSections = consumption.children.map((c) => c.title.replace(/^4\.\d+ /, ''));
    expect(regionSections).toEqual(expect.arrayContaining((model.regional ?? []).map((r) => r.region)));
    expect((model.regional ?? []).length).toBe(5);
  });

  it('numbers the later chapters on from the regional ones', () => {
    expect(text.bookmarks.map((b) => b.title)).toContain('5 Market Outlook');
    expect(text.bookmarks.at(-1)!.title).toBe(`${outline.chapters.length} Methodology and Data Source`);
  });
});
