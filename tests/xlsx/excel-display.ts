// What a spreadsheet shows for a number under one of the formats the
// workbook uses ("#,##0.00", "0.0%", "0"), written independently of the
// Formatter: the cell value is taken at 15 significant digits (as Excel does)
// and rounded half away from zero in decimal.
export function excelDisplay(value: number, numFmt: string, locale = 'en-US'): string {
  // "positive;negative;zero" sections, each optionally led by a literal + or -:
  // Excel picks the section by the sign of the exact value (before rounding)
  // and shows its magnitude. With conditions ("[>=0.0005]+0.0%;[<=-0.0005]-0.0%;0.0%")
  // it picks the first section whose condition holds, else the third.
  if (numFmt.includes(';')) {
    const sections = numFmt.split(';');
    const conditions = sections.map((f) => /^\[(>=|<=|>|<|=)(-?[\d.]+)\]/.exec(f));
    let section: string;
    if (conditions.some((c) => c !== null)) {
      const holds = (c: RegExpExecArray | null) => c !== null && compare(value, c[1]!, Number(c[2]));
      const i = holds(conditions[0]!) ? 0 : holds(conditions[1] ?? null) ? 1 : 2;
      section = sections[i]!.replace(/^\[[^\]]*\]/, '');
    } else {
      const [pos, neg, zero = pos] = sections as [string, string, string?];
      section = value > 0 ? pos : value < 0 ? neg : zero;
    }
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

function compare(value: number, op: string, limit: number): boolean {
  switch (op) {
    case '>=':
      return value >= limit;
    case '<=':
      return value <= limit;
    case '>':
      return value > limit;
    case '<':
      return value < limit;
    default:
      return value === limit;
  }
}
