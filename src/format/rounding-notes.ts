// Each figure in a table is rounded on its own from exact values that add up,
// so the printed figures need not add up to their printed total: 2.8 + 2.7 +
// 5.6 + 5.2 + 4.5 = 20.8 against a total of 21.0. Research reports then say so
// under the table. The note is given only when the figures as printed (the
// Formatter's rounding) do fail to add up, so a table that adds up carries no
// needless note. One check for every deliverable that prints such a table
// (the PDF's, the web excerpt's, the data pack's); each passes only the groups
// it prints.
import type { Formatter } from './index.js';

type Rounding = Pick<Formatter, 'value' | 'roundValue' | 'percent' | 'roundPercent' | 'compactPercent'>;

/** Figures that a printed total stands for. */
export interface PartsOfTotal {
  readonly parts: readonly number[];
  readonly total: number;
}

/** The note for a table whose values end in a printed total, when the printed values of one group do not add up to it. */
export function totalsNote(fmt: Rounding, groups: readonly PartsOfTotal[]): string | undefined {
  const off = groups.some((g) => fmt.value(g.parts.reduce((sum, v) => sum + fmt.roundValue(v), 0)) !== fmt.value(g.total));
  return off ? 'Figures may not add up to the total because of rounding.' : undefined;
}

/** The note for a table of shares meant to add up to 100 %, when the printed shares of one group do not. */
export function sharesNote(fmt: Rounding, groups: readonly (readonly number[])[]): string | undefined {
  const whole = fmt.percent(1);
  const off = groups.some((parts) => fmt.percent(parts.reduce((sum, r) => sum + fmt.roundPercent(r), 0)) !== whole);
  return off ? `Shares may not add up to ${fmt.compactPercent(1)} because of rounding.` : undefined;
}
