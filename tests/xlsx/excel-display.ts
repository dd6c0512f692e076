// What a spreadsheet shows for a number under one of the formats the
// workbook uses ("#,##0.00", "0.0%", "0"), written independently of the
// Formatter: the cell value is taken at 15 significant digits (as Excel does)
// and rounded half away from zero in decimal.
export function excelDisplay(value: number, numFmt: string, locale = 'en-US'): string {
  // "positive;negative;zero" sections, each optionally led by a literal + or -:
  // Excel picks the section by the sign of the value and shows its magnitude.
  if (numFmt.includes(';')) {
    const [pos, neg, zero = pos] = numFmt.split(';') as [string, string, string?];
    const section = value > 0 ? pos : value < 0 ? neg : zero;
    const lead = /^[+-]/.exec(section)?.[0] ?? '';
    return lead + excelDisplay(Math.abs(value), section.slice(lead.length), locale);
  }
  const m = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(numFmt);
  if (!m) throw new Error(`number format not covered: ${numFmt}`);
  const decimals = m[2]?.length ?? 0;
  const nf = new Intl.NumberFormat(locale, {
    style: m[3] ? 'percent' : 'decimal',
    useGrouping: Boolean(m[1]),
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    roundingMode: 'halfExpand',
  } as Intl.NumberFormatOptions);
  // A decimal string is formatted exactly (Intl.NumberFormat v3), with no binary rounding on the way.
  return nf.format(value.toPrecision(15) as unknown as number);
}
