// A1 references. Sheet builders place data by (row, column) numbers and
// turn them into the references formulas, hyperlinks and chart series use.
// Rows and columns are 1-based, as in exceljs.

/** 1 -> "A", 27 -> "AA" */
export function columnLetter(col: number): string {
  let n = col;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellRef(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnLetter(col)}$${row}` : `${columnLetter(col)}${row}`;
}

/** "'Market size'" — always quoted, so any legal sheet name works in a formula. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

export function sheetCellRef(sheet: string, row: number, col: number, absolute = false): string {
  return `${quoteSheet(sheet)}!${cellRef(row, col, absolute)}`;
}

/** "'Type'!$B$5:$B$17": a column range, as chart series reference it. */
export function sheetColumnRange(sheet: string, col: number, fromRow: number, toRow: number): string {
  return `${quoteSheet(sheet)}!${cellRef(fromRow, col, true)}:${cellRef(toRow, col, true)}`;
}

/** Hyperlink target for a cell inside this workbook (rewritten to a `location` link when packaged). */
export function internalLink(sheet: string, row = 1, col = 1): string {
  return `#${quoteSheet(sheet)}!${cellRef(row, col)}`;
}

const FORBIDDEN = /[\\/?*[\]:]/g;

/**
 * A legal, unique Excel sheet name: at most 31 characters, none of \ / ? * [ ] :,
 * not starting or ending with an apostrophe, unique ignoring case.
 */
export function uniqueSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const clean = wanted.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '') || 'Sheet';
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  let candidate = clean.slice(0, 31).trim();
  for (let n = 2; lower.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = `${clean.slice(0, 31 - suffix.length).trim()}${suffix}`;
  }
  return candidate;
}
