// A valid dataset with none of the optional parts: no scenarios, no company
// shares or details, no outlook texts, no published figures. The report drops
// what it has no data for, and the chart catalogue and the outline agree.
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/load/index.js';
import { resolveOutline } from '../../src/outline/index.js';
import type { Model } from '../../src/types.js';
import { minimalDataset } from './datasets.js';
import { readPdf, type PdfText } from './pdf-text.js';
import { renderWithCharts } from './render.js';

let model: Model;
let text: PdfText;

beforeAll(async () => {
  const rendered = await renderWithCharts(minimalDataset());
  model = rendered.model;
  text = await readPdf(rendered.pdf);
});

describe('full report PDF, minimal dataset', () => {
  it('starts from a valid dataset', () => {
    expect(validateDataset(JSON.parse(JSON.stringify(minimalDataset()))).errors).toEqual([]);
  });

  it('keeps the chapters it can fill and numbers them without gaps', () => {
    const outline = resolveOutline(model);
    expect(text.bookmarks.map((b) => b.title)).toEqual(outline.chapters.map((c) => `${c.number} ${c.title}`));
    const ids = outline.chapters.map((c) => c.definitionId);
    expect(ids).toEqual(['overview', 'competition', 'outlook', 'segment', 'segment', 'segment', 'companies', 'findings', 'methodology']);
    const sections = outline.chapters.flatMap((c) => c.sections.map((s) => s.title));
    for (const gone of ['Forecast Scenarios', 'Market Share and Ranking by Company', 'Drivers', "Porter's Five Forces", 'Published Figures Cross-Check', 'About the Publisher', 'Countries Covered']) {
      expect(sections).not.toContain(gone);
    }
  });

  it('still profiles every company and prints no empty values', () => {
    for (const c of model.companies.list) expect(text.flat).toContain(c.name);
    expect(text.flat).not.toMatch(/undefined|NaN|\[object|\bnull\b|\bXX\b/);
  });
});
