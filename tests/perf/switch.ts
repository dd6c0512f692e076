// Renders with the pdf speed-ups off (plain pdfmake and pdfkit, fresh fonts)
// for comparison: printer.ts reads MARKET_REPORT_PDF_CACHE at the start of
// each PDF. Tests in one file run one after another, so flipping the
// environment around one render is safe.
export async function withSpeedupsOff<T>(work: () => Promise<T>): Promise<T> {
  const before = process.env.MARKET_REPORT_PDF_CACHE;
  process.env.MARKET_REPORT_PDF_CACHE = 'off';
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env.MARKET_REPORT_PDF_CACHE;
    else process.env.MARKET_REPORT_PDF_CACHE = before;
  }
}
