// How the Formatter rounds a figure for print, as plain arithmetic: validation
// asks what a value will print as (a share that reads 0.0 %, a forecast that
// reads USD 0.00 billion), and building a Formatter starts ICU (~50 ms), more
// than validating a whole dataset. The Formatter rounds through these too, so
// the two cannot disagree.
import type { DisplayPolicy } from '../types.js';

/** `x` rounded half away from zero to `decimals`; never -0, so a tiny negative never prints as "-0.00". */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(x) * Math.round((Math.abs(x) + Number.EPSILON) * f)) / f || 0;
}

/** A money value as the Formatter's value() and money() print it under `display`. */
export const printedValue = (v: number, display: DisplayPolicy): number => roundTo(v, display.valueDecimals);

/** A rate or share (0.098) as the Formatter's percent() prints it under `display` (0.098 at one decimal). */
export const printedPercent = (rate: number, display: DisplayPolicy): number => roundTo(rate, display.percentDecimals + 2);

/**
 * `to - from` as a reader works it out from the two printed values: "from 46.5
 * to 37.1" is a change of -9.4, even where the exact values differ by 9.45.
 * Every deliverable that prints such a change beside (or above) the two
 * figures uses this one definition: the report's "add"/"lose" and net
 * balances, and the workbook, whose formula is the same ROUND(to)-ROUND(from).
 */
export const printedDifference = (from: number, to: number, display: DisplayPolicy): number =>
  printedValue(printedValue(to, display) - printedValue(from, display), display);

/**
 * Shares (or rates) added up as a reader adds them from their printed values:
 * "5.2%, 5.2% and 5.2%" total 15.6%, even where the exact shares sum to 15.48%
 * and print "15.5%". Every deliverable that prints a total beside the shares it
 * sums uses this one definition: the report's tier and listed-company totals,
 * and the workbook, whose formula is the same ROUND(SUMPRODUCT(ROUND(shares))).
 */
export const printedSum = (shares: readonly number[], display: DisplayPolicy): number =>
  printedPercent(
    shares.reduce((sum, s) => sum + printedPercent(s, display), 0),
    display,
  );
