// The PDF's rounding notes (src/format/rounding-notes.ts), checked over the
// figures the view prints only, so the sample's note depends on its shown
// years alone and says nothing about the figures it holds back as XX.
import { sharesNote, totalsNote } from '../../format/rounding-notes.js';
import type { RenderContext } from '../context.js';

/** Figures of one year that a printed total stands for (or 100 %, for shares). */
export interface PrintedSum {
  readonly year: number;
  readonly parts: readonly number[];
}

export interface PrintedTotal extends PrintedSum {
  readonly total: number;
}

/** The note for a table whose rows (or columns) of values end in a printed total, when one does not add up. */
export function valuesRoundingNote(ctx: RenderContext, sums: readonly PrintedTotal[]): string | undefined {
  return totalsNote(ctx.fmt, sums.filter((s) => ctx.view.shows(s.year)));
}

/** The note for a table of shares meant to add up to 100 %, when the printed shares of one year do not. */
export function sharesRoundingNote(ctx: RenderContext, sums: readonly PrintedSum[]): string | undefined {
  return sharesNote(ctx.fmt, sums.filter((s) => ctx.view.shows(s.year)).map((s) => s.parts));
}

/** A table's note with the rounding note on a line of its own after it; undefined when there is neither. */
export function withRoundingNote(note: string | undefined, rounding: string | undefined): string | undefined {
  return [note, rounding].filter((n) => n !== undefined).join('\n') || undefined;
}
