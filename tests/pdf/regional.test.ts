// A dataset with regional production and consumption gets both regional
// chapters, with their chart and tables; numbering closes up around them.
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

  it('prints their tables and the production-versus-consumption chart', () => {
    const lines = text.pages.flat().map((l) => l.text);
    for (const caption of ['Table 3.1: Production value by region and year', 'Table 4.1: Consumption value by region and year', 'Table 4.2: Production minus consumption by region and year']) {
      expect(lines.filter((l) => l.startsWith(caption))).toHaveLength(2);
    }
    const chart = outline.figures.find((f) => f.chartId === 'regional-balance');
    expect(chart?.label).toBe('Figure 4.1');
    expect(lines.filter((l) => l.startsWith('Figure 4.1: '))).toHaveLength(2);
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
