// The workbook's look: one place for fonts, fills and the fixed number
// formats that are not the Formatter's (years, ranks). Money and percentage
// formats always come from the Formatter so the pack rounds like the PDF.
import type ExcelJS from 'exceljs';

export const YEAR_FORMAT = '0';
export const INTEGER_FORMAT = '0';
export const TIER_FORMAT = '"Tier "0';
/** Prices are per unit, not in the market's unit, so they keep two decimals whatever the market's scale. */
export const PRICE_FORMAT = '#,##0.00';

export interface SheetStyles {
  readonly title: Partial<ExcelJS.Font>;
  readonly note: Partial<ExcelJS.Font>;
  readonly section: Partial<ExcelJS.Font>;
  readonly link: Partial<ExcelJS.Font>;
  readonly headerFont: Partial<ExcelJS.Font>;
  readonly headerFill: ExcelJS.Fill;
  /** Forecast rows are shaded so actual and projected figures are told apart at a glance. */
  readonly forecastFill: ExcelJS.Fill;
  readonly totalFont: Partial<ExcelJS.Font>;
}

export function sheetStyles(brand: string): SheetStyles {
  return {
    title: { bold: true, size: 14, color: { argb: `FF${brand}` } },
    note: { italic: true, size: 9, color: { argb: 'FF595959' } },
    section: { bold: true, size: 11, color: { argb: `FF${brand}` } },
    link: { color: { argb: 'FF0563C1' }, underline: true },
    headerFont: { bold: true, color: { argb: 'FFFFFFFF' } },
    headerFill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${brand}` } },
    forecastFill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } },
    totalFont: { bold: true },
  };
}

/** '#1f4e79' -> '1F4E79': a chart palette colour as exceljs's argb and DrawingML's srgbClr take it. */
export function excelColor(hex: string): string {
  return hex.replace('#', '').toUpperCase();
}
