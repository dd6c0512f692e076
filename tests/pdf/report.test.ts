// The full report of the default dataset, read back from its text layer,
// bookmarks, links and metadata.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFormatter, type Formatter } from '../../src/format/index.js';
import { resolveOutline } from '../../src/outline/index.js';
import type { Outline } from '../../src/outline/types.js';
import type { Model } from '../../src/types.js';
import { defaultDataset, ROOT } from '../fixtures.js';
import { readPdf, type PdfText } from './pdf-text.js';
import { renderWithCharts } from './render.js';
import { structureDump } from './structure.js';
import { spaced } from '../support/spaced.js';

const GOLDEN = path.join(ROOT, 'tests', 'golden', 'pdf', 'medical-second-opinion.txt');

let model: Model;
let pdf: Buffer;
let text: PdfText;
let outline: Outline;
let fmt: Formatter;

beforeAll(async () => {
  ({ model, pdf } = await renderWithCharts(defaultDataset()));
  text = await readPdf(pdf);
  outline = resolveOutline(model);
  fmt = createFormatter(model);
});

describe('full report PDF, default dataset', () => {
  it('has at least 30 pages', () => {
    expect(text.numPages).toBeGreaterThanOrEqual(30);
  });

  it('prints every chapter and section heading of the resolved outline, in order', () => {
    const headings = text.pages.flat().filter((l) => l.size >= 12.5).map((l) => l.text);
    const expected = outline.chapters.flatMap((c) => [`${c.number} ${c.title}`, ...c.sections.map((s) => `${s.number} ${s.title}`)]);
    const found = expected.map((h) => headings.indexOf(h));
    expect(found.filter((i) => i < 0), `missing: ${expected.filter((_, k) => found[k]! < 0).join(' | ')}`).toEqual([]);
    expect([...found].sort((a, b) => a - b)).toEqual(found);
  });

  it('leaves out the chapters it has no data for', () => {
    expect(outline.chapters.map((c) => c.definitionId)).not.toContain('production');
    expect(text.flat).not.toContain('Production by Region');
    expect(text.flat).not.toContain('Consumption by Region');
    expect(text.flat).not.toContain('Average Price');
  });

  it('has a table of contents whose page numbers are the pages the headings are on, each entry a link', async () => {
    const contentsPage = text.pages.findIndex((lines) => lines.some((l) => l.text === 'Contents' && l.size >= 18)) + 1;
    expect(contentsPage).toBeGreaterThan(1);
    const tocLines = text.pages.slice(contentsPage - 1, contentsPage + 2).flat().map((l) => l.text);
    for (const chapter of outline.chapters) {
      const bookmark = text.bookmarks.find((b) => b.title === `${chapter.number} ${chapter.title}`);
      expect(bookmark, chapter.title).toBeDefined();
      const onPage = text.pages[bookmark!.page - 1]!.some((l) => l.text === `${chapter.number} ${chapter.title}` && l.size >= 20);
      expect(onPage, `${chapter.title} on page ${bookmark!.page}`).toBe(true);
      expect(tocLines).toContain(`${chapter.number} ${chapter.title} ${bookmark!.page}`);
    }
    const links = await text.links(contentsPage);
    expect(links).toContain('ch-1');
    expect(links).toContain('sec-1-1');
  });

  it('has bookmarks: one per chapter, with its sections nested', () => {
    expect(text.bookmarks.map((b) => b.title)).toEqual(outline.chapters.map((c) => `${c.number} ${c.title}`));
    outline.chapters.forEach((c, i) => {
      expect(text.bookmarks[i]!.children.map((b) => b.title)).toEqual(c.sections.map((s) => `${s.number} ${s.title}`));
    });
  });

  it('numbers figures and tables per chapter and lists them with page numbers', () => {
    expect(outline.figures.length).toBeGreaterThan(5);
    expect(outline.tables.length).toBeGreaterThan(5);
    const lines = text.pages.flat().map((l) => l.text);
    for (const ref of [...outline.figures, ...outline.tables]) {
      // Once as a caption, once in the list of figures or tables (with its page number).
      const hits = lines.filter((l) => l.startsWith(`${ref.label}: `));
      expect(hits.length, ref.label).toBe(2);
      expect(hits.some((l) => / \d+$/.test(l)), `${ref.label} listed with a page`).toBe(true);
    }
  });

  it('profiles all 18 companies', () => {
    expect(model.companies.list).toHaveLength(18);
    const headings = text.pages.flat().filter((l) => l.size >= 12.5).map((l) => l.text);
    for (const company of model.companies.list) {
      expect(text.flat).toContain(company.name);
      expect(headings.some((h) => h.endsWith(` ${company.name}`)), company.name).toBe(true);
    }
  });

  it('states the headline with the Model numbers exactly as the Formatter formats them', () => {
    const { base, end } = model.market.milestones;
    const span = model.market.spans.forecast;
    const sentence =
      `The global ${model.title} was valued at ${spaced(fmt.money(base.value))} in ${base.year} and is projected to reach ` +
      `${spaced(fmt.money(end.value))} by ${end.year}, growing at a compound annual growth rate (CAGR) of ${fmt.percent(span.cagr)} ` +
      `over ${fmt.span(span.from, span.to)}.`;
    expect(text.flat).toContain(sentence);
    // And read back as numbers, they are the Model's, rounded once.
    const m = /valued at USD ([\d.,]+) billion in (\d{4}) and is projected to reach USD ([\d.,]+) billion by (\d{4}), .*? of ([\d.]+)% over/.exec(text.flat)!;
    expect(Number(m[1])).toBe(fmt.roundValue(base.value));
    expect(Number(m[2])).toBe(model.baseYear);
    expect(Number(m[3])).toBe(fmt.roundValue(end.value));
    expect(Number(m[4])).toBe(model.forecastTo);
    expect(Number(m[5]) / 100).toBeCloseTo(fmt.roundPercent(model.market.cagr), 10);
  });

  it('contains no placeholder or leaked programming values', () => {
    expect(text.flat).not.toMatch(/\bXX\b/);
    for (const bad of ['undefined', 'NaN', '[object', 'null', 'Infinity', '{{']) expect(text.flat).not.toContain(bad);
  });

  it('carries title, author, subject, keywords and the edition date as metadata', () => {
    expect(text.info.Title).toBe(model.title);
    expect(text.info.Author).toBe(model.dataset.publisher.name);
    expect(text.info.Subject).toBe(model.dataset.subtitle);
    expect(String(text.info.Keywords)).toContain(model.title);
    expect(text.info.CreationDate).toBe('D:20240315000000Z');
    expect(text.info.ModDate).toBe('D:20240315000000Z');
  });

  it('shows the running header (title, chapter) and footer (publisher, page X of Y)', () => {
    const page = text.bookmarks[1]!.page + 1; // a page inside chapter 2
    const lines = text.pages[page - 1]!.map((l) => l.text);
    expect(lines[0]).toBe(`${model.title} 2 ${outline.chapters[1]!.title}`);
    expect(lines.at(-1)).toBe(`${model.dataset.publisher.name} Page ${page} of ${text.numPages}`);
  });

  it('matches the golden structure dump', () => {
    const dump = structureDump(text);
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, dump);
    expect(dump).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('builds byte-identical PDFs from the same input', async () => {
    const again = await renderWithCharts(defaultDataset());
    expect(again.pdf.equals(pdf)).toBe(true);
  });
});
