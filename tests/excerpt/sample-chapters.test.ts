// Which chapters the sample lays out: the dataset's sample.chapters, checked
// against the resolved outline, or the default (overview + first segmentation).
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { defaultSampleChapters } from '../../src/excerpt/sample/index.js';
import { buildModel } from '../../src/forecast/index.js';
import { resolveOutline } from '../../src/outline/index.js';
import type { Outline } from '../../src/outline/types.js';
import type { Dataset } from '../../src/types.js';
import { defaultDataset, withRegionalData } from '../fixtures.js';
import { readPdf } from '../pdf/pdf-text.js';
import { stubCatalogue, stubRenderer } from '../pdf/stub-charts.js';
import { renderSamplePdf } from '../../src/excerpt/sample/index.js';
import { DATA_DIR } from './sample-support.js';
import { renderSample } from './sample-support.js';

const withSample = (dataset: Dataset, sample: Dataset['sample']): Dataset => ({ ...dataset, sample });

describe('sample.chapters', () => {
  it('rejects a number that is not a chapter of the resolved outline, naming the entry and the chapters there are', async () => {
    const chapters = resolveOutline(buildModel(defaultDataset())).chapters;
    const beyond = chapters.length + 1;
    const attempt = renderSample(withSample(defaultDataset(), { chapters: [1, beyond] }), stubRenderer());
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toThrow(`sample.chapters[1]: ${beyond} is not a chapter of this report`);
    await expect(attempt).rejects.toThrow(`${chapters[1]!.number} ${chapters[1]!.title}`);
  });

  it('counts chapters after pruning: a number that exists only when the regional chapters are there fails without them', async () => {
    const withRegional = resolveOutline(buildModel(withRegionalData())).chapters.length;
    const without = resolveOutline(buildModel(defaultDataset())).chapters.length;
    expect(without).toBeLessThan(withRegional);
    const attempt = renderSample(withSample(defaultDataset(), { chapters: [withRegional] }), stubRenderer());
    await expect(attempt).rejects.toThrow(`sample.chapters[0]: ${withRegional} is not a chapter of this report`);
  });

  it('rejects a chapter listed twice', async () => {
    const attempt = renderSample(withSample(defaultDataset(), { chapters: [4, 1, 4] }), stubRenderer());
    await expect(attempt).rejects.toThrow('sample.chapters[2]: chapter 4 is listed twice (first at sample.chapters[0])');
  });

  it('lays out exactly the chapters listed, in outline order, and marks chapter 1 as not included when it is not listed', async () => {
    const { model, pdf } = await renderSample(withSample(defaultDataset(), { chapters: [3, 2] }), stubRenderer());
    const text = await readPdf(pdf);
    const outline = resolveOutline(model);
    expect(text.bookmarks.map((b) => b.title)).toEqual([2, 3].map((n) => `${n} ${outline.chapters[n - 1]!.title}`));
    const lines = text.pages.flat().map((l) => l.text);
    expect(lines).toContain(`1 ${outline.chapters[0]!.title} Not included in this sample`);
    expect(lines.join(' ')).toContain('chapters 2 and 3 of 9 in full');
  });

  it('redacts by default when the dataset has no sample settings', async () => {
    const { sample: _omit, ...dataset } = defaultDataset();
    const { model, pdf } = await renderSample(dataset as Dataset, stubRenderer());
    const text = await readPdf(pdf);
    expect(text.bookmarks.map((b) => Number(b.title.split(' ')[0]))).toEqual(defaultSampleChapters(resolveOutline(model)));
    expect(text.flat).toContain(`projected to reach USD XX billion by ${model.forecastTo}`);
  });
});

describe('default sample chapters', () => {
  const outline = resolveOutline(buildModel(defaultDataset()));
  const only = (keep: (id: string) => boolean): Outline => ({ ...outline, chapters: outline.chapters.filter((c) => keep(c.definitionId)) });

  it('are the overview and the first chapter about a segmentation', () => {
    const chosen = defaultSampleChapters(outline).map((n) => outline.chapters.find((c) => c.number === n)!);
    expect(chosen.map((c) => c.definitionId)).toEqual(['overview', 'segment']);
    expect(chosen[1]).toBe(outline.chapters.find((c) => c.binding.segmentationId !== undefined));
  });

  it('fall back to the first chapter when a user outline has no overview, and to it alone when none is about a segmentation', () => {
    const noOverview = only((id) => id !== 'overview');
    expect(defaultSampleChapters(noOverview)).toEqual([noOverview.chapters[0]!.number, noOverview.chapters.find((c) => c.definitionId === 'segment')!.number]);
    const noSegments = only((id) => id === 'overview' || id === 'companies');
    expect(defaultSampleChapters(noSegments)).toEqual([noSegments.chapters[0]!.number]);
  });

  it('says "only chapter", not "all 1 chapters", for a report of one chapter', async () => {
    const model = buildModel(withSample(defaultDataset(), { chapters: [1] }));
    const full = resolveOutline(model);
    const outline: Outline = { ...full, chapters: full.chapters.slice(0, 1) };
    const pdf = await renderSamplePdf(model, { charts: stubRenderer(), figures: stubCatalogue(model), outline, assetsDir: DATA_DIR });
    const { flat } = await readPdf(pdf);
    expect(flat).toContain("This sample contains the full report's only chapter.");
    expect(flat).not.toMatch(/all 1 chapters/);
  });
});
