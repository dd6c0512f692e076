// A change or a balance in the workbook: the difference of the two figures as
// their cells display them, ROUND(to, d) - ROUND(from, d), with d the value
// decimals. It is the formula form of Formatter.printedDifference
// (src/format/rounding.ts), so the cell reads as the report prints it beside
// the same two figures, and a reader who subtracts the displayed cells gets
// the displayed result ("51.6 to 50.8" is -0.8, not the exact -0.85's -0.9).
import type ExcelJS from 'exceljs';
import type { Formatter } from '../format/index.js';

export function printedDifferenceValue(fmt: Formatter, fromRef: string, toRef: string, from: number, to: number): ExcelJS.CellFormulaValue {
  const d = fmt.display.valueDecimals;
  return { formula: `ROUND(${toRef},${d})-ROUND(${fromRef},${d})`, result: fmt.printedDifference(from, to) };
}
