// sample.chapters are checked when the dataset is validated, against the
// outline this dataset resolves to, not first discovered in the middle of a build.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/forecast/index.js';
import { validateDataset } from '../../src/load/index.js';
import { defaultOutline, resolveOutline } from '../../src/outline/index.js';
import type { Dataset } from '../../src/types.js';
import { defaultRaw, withRegionalData } from '../fixtures.js';

function problems(d: Record<string, any>, options = {}): string[] {
  return validateDataset(d, 'x.json', options).errors.map((e) => `${e.path}: ${e.message}`);
}
const withChapters = (chapters: unknown[], base: Record<string, any> = defaultRaw()) => ({ ...base, sample: { chapters } });
const chaptersOf = (d: Record<string, any>) => resolveOutline(buildModel(d as Dataset)).chapters;

describe('sample.chapters', () => {
  it('rejects a number that is not a chapter, listing the chapters there are like the renderer does', () => {
    const chapters = chaptersOf(defaultRaw());
    const list = chapters.map((c) => `${c.number} ${c.title}`).join('; ');
    expect(problems(withChapters([1, 42]))).toEqual([
      `sample.chapters[1]: 42 is not a chapter of this report; its chapters are ${list} (a chapter whose data the dataset lacks is left out of the outline and its numbering)`,
    ]);
    expect(list).toMatch(/^1 Market Overview; 2 /);
  });

  it('accepts every chapter of the resolved outline', () => {
    const all = chaptersOf(defaultRaw()).map((c) => c.number);
    expect(problems(withChapters(all))).toEqual([]);
  });

  it('counts chapters after pruning: the last chapter with regional data is not one without it', () => {
    const regional = withRegionalData() as unknown as Record<string, any>;
    const last = chaptersOf(regional).length;
    expect(last).toBeGreaterThan(chaptersOf(defaultRaw()).length);
    expect(problems(withChapters([last], regional))).toEqual([]);
    expect(problems(withChapters([last]))).toEqual([expect.stringMatching(new RegExp(`^sample\\.chapters\\[0\\]: ${last} is not a chapter of this report`))]);
  });

  it('rejects a chapter listed twice, once, at the repeat', () => {
    expect(problems(withChapters([4, 1, 4]))).toEqual(['sample.chapters[2]: chapter 4 is listed twice (first at sample.chapters[0])']);
    expect(problems(withChapters([42, 42]))).toEqual(['sample.chapters[1]: chapter 42 is listed twice (first at sample.chapters[0])']);
  });

  it('checks against the outline the report will be built with, when it is given', () => {
    const def = defaultOutline();
    const shorter = { ...def, chapters: def.chapters.slice(0, 2) };
    expect(problems(withChapters([3]))).toEqual([]);
    expect(problems(withChapters([3]), { outline: shorter })).toEqual([expect.stringMatching(/^sample\.chapters\[0\]: 3 is not a chapter of this report; its chapters are 1 Market Overview; 2 /)]);
  });

  it('says plainly what the schema rejects: non-positive and empty lists', () => {
    expect(problems(withChapters([99, 0, -1]))).toEqual(['sample.chapters[1]: must be at least 1', 'sample.chapters[2]: must be at least 1']);
    expect(problems(withChapters([]))).toEqual(['sample.chapters: needs at least 1 item']);
  });
});
