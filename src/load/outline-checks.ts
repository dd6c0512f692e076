// Checks that need the report's resolved outline, so they run last, on a
// dataset that passed everything else: which chapters exist depends on the
// data (a chapter whose data is absent is dropped and the numbering closes
// up), so `sample.chapters` can only be checked against the outline this
// dataset actually gets. The sample renderer checks again, for the outline it
// is given (a user's --outline may differ from the default).
import { buildModel } from '../forecast/index.js';
import { messages } from '../messages.js';
import { resolveOutline } from '../outline/resolve.js';
import type { OutlineDefinition } from '../outline/types.js';
import type { Dataset } from '../types.js';
import type { PathSegment } from './json-path.js';

export interface OutlineCheckContext {
  error(path: readonly PathSegment[], message: string): void;
}

/** Each sample chapter must be a chapter of the resolved outline (`outline` defaults to the bundled one). */
export function checkSampleChapters(dataset: Dataset, ctx: OutlineCheckContext, outline?: OutlineDefinition): void {
  const chosen = dataset.sample?.chapters;
  if (!chosen) return; // only then is the Model worth building here
  const chapters = resolveOutline(buildModel(dataset), outline).chapters;
  const numbers = new Set(chapters.map((c) => c.number));
  chosen.forEach((n, i) => {
    // A repeated entry is reported by the sampleChapters rule; saying twice that it is not a chapter adds nothing.
    if (chosen.indexOf(n) === i && !numbers.has(n)) ctx.error(['sample', 'chapters', i], messages.notAChapter(n, chapters));
  });
}
