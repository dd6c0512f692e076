// Each figure in a table is rounded on its own from exact values that add up,
// so the printed figures need not add up to their printed total: 2.8 + 2.7 +
// 5.6 + 5.2 + 4.5 = 20.8 against a total of 21.0. Research reports then say so
// under the table. The note is given only when the figures as printed (the
// Formatter's rounding) do fail to add up, so a table that adds up carries no
// needless note; and only figures the view prints are checked, so the
// sample's note depends on its shown years alone and says nothing about the
// figures it holds back as XX.
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
  const { fmt, view } = ctx;
  const off = sums.some(
    (s) => view.shows(s.year) && fmt.value(s.parts.reduce((sum, v) => sum + fmt.roundValue(v), 0)) !== fmt.value(s.total),
  );
  return off ? 'Figures may not add up to the total because of rounding.' : undefined;
}

/** The note for a table of shares meant to add up to 100 %, when the printed shares of one year do not. */
export function sharesRoundingNote(ctx: RenderContext, sums: readonly PrintedSum[]): string | undefined {
  const { fmt, view } = ctx;
  const whole = fmt.percent(1);
  const off = sums.some((s) => view.shows(s.year) && fmt.percent(s.parts.reduce((sum, r) => sum + fmt.roundPercent(r), 0)) !== whole);
  return off ? `Shares may not add up to ${fmt.compactPercent(1)} because of rounding.` : undefined;
}

/** A table's note with the rounding note on a line of its own after it; undefined when there is neither. */
export function withRoundingNote(note: string | undefined, rounding: string | undefined): string | undefined {
  return [note, rounding].filter((n) => n !== undefined).join('\n') || undefined;
}
