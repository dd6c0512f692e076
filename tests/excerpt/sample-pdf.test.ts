// The free sample PDF of the default dataset, read back from its text layer
// with pdfjs, with the real charts (redacted by the chart catalogue).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createChartRenderer } from '../../src/charts/index.js';
import { createFormatter, type Formatter } from '../../src/format/index.js';
import { resolveOutline } from '../../src/outline/index.js';
import type { Outline, ResolvedChapter } from '../../src/outline/types.js';
import type { Model } from '../../src/types.js';
import { defaultDataset, ROOT } from '../fixtures.js';
import { readPdf, type PdfText } from '../pdf/pdf-text.js';
import { structureDump } from '../pdf/structure.js';
import { found, renderSample, searchableHeldFigures } from './sample-support.js';
import { spaced } from '../support/spaced.js';

const GOLDEN = path.join(ROOT, 'tests', 'golden', 'sample', 'medical-second-opinion.txt');

let model: Model;
let pdf: Buffer;
let text: PdfText;
let outline: Outline;
let fmt: Formatter;
let sampled: ResolvedChapter[];
let contentsPages: number[];

/** A page's lines, without the watermark's run. */
const lines = (page: number) => text.pages[page - 1]!.map((l) => l.text).filter((l) => l !== 'SAMPLE');
/** The contents' lines of a page: on the page the lists of figures and tables share with them, those above the lists. */
const contentsLines = (page: number) => {
  const all = lines(page);
  const lists = all.indexOf('List of Figures');
  return lists < 0 ? all : [...all.slice(0, lists), all.at(-1)!];
};

beforeAll(async () => {
  ({ model, pdf } = await renderSample(defaultDataset(), createChartRenderer()));
  text = await readPdf(pdf);
  outline = resolveOutline(model);
  fmt = createFormatter(model);
  sampled = outline.chapters.filter((c) => c.number === 1 || c.number === 4);
  // The contents run from the page titled "Contents" to the page the lists of figures and tables begin on,
  // which they share when their last lines are on it (front.ts), or else to the page before it.
  const first = text.pages.findIndex((p) => p.some((l) => l.text === 'Contents' && l.size >= 18)) + 1;
  const lists = text.pages.findIndex((p) => p.some((l) => l.text === 'List of Figures')) + 1;
  // Below the running header, a page of their own starts with the title.
  const shared = lists > first && lines(lists).indexOf('List of Figures') > 1;
  contentsPages = Array.from({ length: lists - first + (shared ? 1 : 0) }, (_, i) => first + i);
});

describe('sample PDF, default dataset', () => {
  it('lays out the default chapters: the overview and the first segmentation chapter', () => {
    expect(model.dataset.sample?.chapters).toBeUndefined();
    expect(sampled.map((c) => c.definitionId)).toEqual(['overview', 'segment']);
    expect(sampled[1]!.binding.segmentationId).toBe(model.segmentations[0]!.id);
    expect(text.bookmarks.map((b) => b.title)).toEqual(sampled.map((c) => `${c.number} ${c.title}`));
  });

  it('marks the cover "Sample" and says what is held back', () => {
    const cover = lines(1);
    // The label under the title (the watermark's run is far larger).
    expect(text.pages[0]!.some((l) => l.text === 'SAMPLE' && l.size < 20)).toBe(true);
    expect(cover.join(' ')).toContain(`figures after ${model.baseYear} are shown as XX`);
    // The base-year headline stays; the forecast headline is held back.
    expect(cover.join(' ')).toContain(`USD ${fmt.value(model.market.milestones.base.value)} billion`);
    expect(cover.join(' ')).toMatch(/USD XX billion XX%/);
  });

  it('carries the diagonal watermark on every page', async () => {
    for (let page = 1; page <= text.numPages; page += 1) {
      // pdfjs returns the rotated watermark as one run of its own.
      expect(await watermarkAngle(page), `page ${page}`).not.toBeNull();
    }
  });

  it('lists every chapter and section of the full outline in its contents', () => {
    const toc = contentsPages.flatMap(contentsLines);
    for (const c of outline.chapters) {
      expect(toc.some((l) => l.startsWith(`${c.number} ${c.title}`)), c.title).toBe(true);
      for (const s of c.sections) expect(toc.some((l) => l.startsWith(`${s.number} ${s.title}`)), s.title).toBe(true);
    }
  });

  it('gives the included chapters their real page numbers and links, and marks the others as not included, without numbers', async () => {
    const toc = contentsPages.flatMap(contentsLines);
    const pageOf = (title: string) => text.bookmarks.find((b) => b.title === title)?.page;
    for (const c of outline.chapters) {
      const title = `${c.number} ${c.title}`;
      if (sampled.includes(c)) {
        expect(toc).toContain(`${title} ${pageOf(title)}`);
        const onPage = text.pages[pageOf(title)! - 1]!.some((l) => l.text === title && l.size >= 20);
        expect(onPage, `${title} heading on its page`).toBe(true);
        for (const s of c.sections) expect(toc.some((l) => new RegExp(`^${s.number} .* \\d+$`).test(l)), s.title).toBe(true);
      } else {
        expect(toc).toContain(`${title} Not included in this sample`);
        // Its sections are listed bare: no number after the title.
        for (const s of c.sections) expect(toc).toContain(`${s.number} ${s.title}`);
      }
    }
    const captions = new Set([...outline.figures, ...outline.tables].map((r) => r.anchor));
    const links = (await Promise.all(contentsPages.map((p) => text.links(p)))).flat().filter((anchor) => !captions.has(anchor));
    const anchors = sampled.flatMap((c) => [c.anchor, ...c.sections.map((s) => s.anchor)]);
    expect([...new Set(links)].sort()).toEqual([...anchors].sort());
  });

  it('contains the sample chapters in full layout, and none of the other chapters', () => {
    const headings = text.pages.flat().filter((l) => l.size >= 12.5).map((l) => l.text);
    for (const c of sampled) {
      expect(headings).toContain(`${c.number} ${c.title}`);
      for (const s of c.sections) expect(headings).toContain(`${s.number} ${s.title}`);
    }
    for (const c of outline.chapters.filter((c) => !sampled.includes(c))) expect(headings).not.toContain(`${c.number} ${c.title}`);
    // Prose of a sample chapter (the dataset's definition), but not that of an excluded one (the outlook's drivers).
    expect(text.flat).toContain(model.dataset.narrative.definition.split(/\n\s*\n/)[0]!.replace(/\s+/g, ' ').trim());
    const driver = model.dataset.narrative.drivers![0]!;
    expect(text.flat).not.toContain(driver.text.replace(/\s+/g, ' ').trim().slice(0, 60));
  });

  it('prints "XX" where forecast figures would be, in prose and tables, and keeps the actual figures', () => {
    const { base, end } = model.market.milestones;
    expect(text.flat).toContain(
      `was valued at ${spaced(fmt.money(base.value))} in ${base.year} and is projected to reach USD XX billion by ${end.year}, ` +
        `growing at a compound annual growth rate (CAGR) of XX% over ${fmt.span(model.baseYear, model.forecastTo)}.`,
    );
    const all = text.pages.flat().map((l) => l.text);
    // Table 1.1: actual rows keep their numbers, forecast rows are XX.
    const history = model.market.series.filter((p) => p.actual).at(-1)!;
    expect(all).toContain(`${history.year} ${fmt.value(history.value)} ${fmt.signedPercent(model.market.yoy.at(-1 - (model.forecastTo - model.baseYear))!.growth)} Actual`);
    expect(all).toContain(`${model.forecastTo} XX XX% Forecast`);
    // Table 4.1 (type values by year): every forecast year is all XX.
    const segments = model.segmentations[0]!.segments.length;
    for (let y = model.baseYear + 1; y <= model.forecastTo; y += 1) expect(all).toContain(`${y} ${Array(segments + 1).fill('XX').join(' ')}`);
  });

  it('prints none of the Model\'s figures after the base year, anywhere in the text layer', () => {
    const { needles, ambiguous } = searchableHeldFigures(model, fmt);
    // Most held-back figures print unlike any figure the sample may show; the
    // others (a 2030 share that reads like a 2019 share) are covered by the
    // forecast-change test in sample-redaction.test.ts.
    expect(needles.length).toBeGreaterThan(100);
    expect(ambiguous.length).toBeLessThan(needles.length / 3);
    const leaks = found(text.flat, needles);
    expect(leaks.map((p) => `${p.label}: ${p.text}`)).toEqual([]);
  });

  it('ends with a page on how to buy the full report, with the publisher\'s contacts', () => {
    const last = lines(text.numPages).join('\n');
    const { publisher } = model.dataset;
    expect(last).toContain('How to Buy the Full Report');
    // The chapters are the report's, not the market's.
    expect(last.replace(/\s+/g, ' ')).toContain(`This sample shows 2 of the ${outline.chapters.length} chapters of the ${model.title} report, with the figures after`);
    for (const contact of [publisher.name, publisher.website!, publisher.email!, publisher.phone!]) expect(last).toContain(contact);
    expect(last).toContain(`All ${outline.chapters.length} chapters`);
    expect(last).toContain(`${outline.figures.length} figures and ${outline.tables.length} tables`);
  });

  it('matches the golden dump: contents, headings and captions, closing page', () => {
    const dump = [
      '# contents',
      ...contentsPages.flatMap((p) => contentsLines(p).slice(1, -1)),
      '# chapters',
      structureDump(text).trimEnd(),
      '# closing',
      ...lines(text.numPages).slice(1, -1),
      '',
    ].join('\n');
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, dump);
    expect(dump).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('builds byte-identical PDFs from the same input', async () => {
    const again = await renderSample(defaultDataset(), createChartRenderer());
    expect(again.pdf.equals(pdf)).toBe(true);
  });
});

/** The rotation of the page's "SAMPLE" run, or null when the page has none. */
async function watermarkAngle(page: number): Promise<number | null> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  const content = await (await doc.getPage(page)).getTextContent();
  const runs = content.items.filter((i) => 'str' in i && i.str === 'SAMPLE') as unknown as { transform: number[] }[];
  await doc.destroy();
  // The cover's label is a "SAMPLE" run too, set straight.
  const angles = runs.map((r) => (Math.atan2(r.transform[1]!, r.transform[0]!) * 180) / Math.PI);
  return angles.find((a) => Math.abs(a) > 20 && Math.abs(a) < 70) ?? null;
}
