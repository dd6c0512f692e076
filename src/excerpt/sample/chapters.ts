// Which chapters the free sample lays out in full. The dataset names them by
// their numbers in the full report's resolved outline (the numbers a reader
// sees in its contents), so a number is checked against that outline: a
// chapter dropped for missing data, or a number past the last chapter, is the
// user's mistake and is reported with its JSON path, never skipped.
import { UserError } from '../../errors.js';
import type { Outline, ResolvedChapter } from '../../outline/types.js';
import type { Model } from '../../types.js';

/** Chapter numbers to lay out, ascending. */
export function sampleChapterNumbers(model: Model, outline: Outline): number[] {
  const chosen = model.dataset.sample?.chapters;
  if (!chosen) return defaultSampleChapters(outline);
  const numbers = new Set(outline.chapters.map((c) => c.number));
  chosen.forEach((n, i) => {
    if (!numbers.has(n)) throw new UserError(`sample.chapters[${i}]: ${n} ${notAChapter(outline)}`);
    const first = chosen.indexOf(n);
    if (first !== i) throw new UserError(`sample.chapters[${i}]: chapter ${n} is listed twice (first at sample.chapters[${first}])`);
  });
  return [...chosen].sort((a, b) => a - b);
}

function notAChapter(outline: Outline): string {
  const list = outline.chapters.map((c) => `${c.number} ${c.title}`).join('; ');
  return `is not a chapter of this report; its chapters are ${list} (a chapter whose data the dataset lacks is left out of the outline and its numbering)`;
}

/** The overview and the first segmentation chapter: what the market is and how it divides. */
export function defaultSampleChapters(outline: Outline): number[] {
  const chapters = outline.chapters;
  const overview: ResolvedChapter | undefined = chapters.find((c) => c.definitionId === 'overview') ?? chapters[0];
  const segmentation = chapters.find((c) => c.binding.segmentationId !== undefined && c !== overview);
  return [overview, segmentation].filter((c): c is ResolvedChapter => c !== undefined).map((c) => c.number).sort((a, b) => a - b);
}
