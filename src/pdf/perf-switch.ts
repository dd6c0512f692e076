// One switch for the pdf speed-ups (perf-*.ts), so a profile can compare
// with and without them in one process. printer.ts sets it from
// MARKET_REPORT_PDF_CACHE=off before each PDF; reading the environment in
// the hot paths themselves would cost more than they save (pdfmake asks for
// styles some 300,000 times per report).
export const pdfSpeedups = { enabled: true };

export function speedupsFromEnvironment(): boolean {
  pdfSpeedups.enabled = process.env.MARKET_REPORT_PDF_CACHE !== 'off';
  return pdfSpeedups.enabled;
}
