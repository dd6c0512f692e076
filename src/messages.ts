// Every message a user can see about their data, in one catalogue. Each says
// what is wrong and, where it is not obvious, what to do about it. The file
// and JSON path are added by the caller.

const pct = (x: number) => `${(x * 100).toFixed(2).replace(/\.?0+$/, '')} %`;

export const messages = {
  fileNotFound: () => 'file not found',
  notAFile: () => 'is not a regular file',
  unreadable: (reason: string) => `cannot be read (${reason})`,
  tooLarge: (bytes: number, limit: number) =>
    `file is ${(bytes / 1048576).toFixed(1)} MB; a dataset may be at most ${limit / 1048576} MB`,
  jsonSyntax: (reason: string) => `invalid JSON: ${reason}`,
  notUtf8: () => 'file is not valid UTF-8 text',

  required: () => 'is required',
  unknownKey: (key: string) => `unknown key "${key}": not part of the data format (check the spelling)`,

  forecastToNotAfterBase: (forecastTo: number, baseYear: number) =>
    `forecastTo (${forecastTo}) must be later than baseYear (${baseYear})`,
  forecastTooFar: (forecastTo: number, baseYear: number) =>
    `forecastTo (${forecastTo}) may be at most 20 years after baseYear (${baseYear})`,
  historyUnsorted: (year: number, previous: number) =>
    `year ${year} comes after ${previous}: history must be in ascending year order`,
  historyDuplicateYear: (year: number) => `year ${year} appears twice in history`,
  historyGap: (missing: number[]) =>
    `history is not contiguous: ${missing.length === 1 ? 'year' : 'years'} ${missing.join(', ')} missing`,
  historyEnd: (last: number, baseYear: number) =>
    `history must end at baseYear (${baseYear}) but ends at ${last}`,
  cagrRequired: () => 'is required when forecast.method is "cagr"',
  cagrForbidden: () => 'must be left out when forecast.method is "trend" (the rate is fitted to history)',
  sharesSum: (sum: number) =>
    `segment shares sum to ${pct(sum)}; they must sum to 100 % (within 0.5 %)`,
  duplicateName: (what: string, name: string, first: string) => `${what} "${name}" is listed twice (first at ${first})`,
  countriesOutsideRegion: () => 'countries may only be listed for a segmentation of kind "region"',
  companySharesSum: (sum: number) => `company shares sum to ${pct(sum)}; listed shares may add up to at most 100 %`,
  placeholder: (found: string) =>
    `contains placeholder text "${found}": replace it with the real content before publishing`,
  unsafeLogo: () =>
    'must be a relative path inside the data file\'s folder (no "..", no absolute path, no backslashes)',
  logoMissing: (resolved: string) => `logo file not found: ${resolved}`,
  logoNotImage: (logo: string) => `logo ${logo} is not a PNG or JPEG image (its first bytes say otherwise)`,
  publishedOff: (value: number, year: number, computed: number, deviation: number, source: string) =>
    `published figure ${value} for ${year} (${source}) differs from the computed series (${round(computed)}) by ${pct(
      Math.abs(deviation),
    )}; the allowed difference is 1 %`,
  publishedOutOfRange: (year: number, first: number, last: number) =>
    `published year ${year} is outside the computed series (${first}-${last})`,
  scenarioCollapse: (rate: number) =>
    `makes the low case shrink by ${pct(-rate)} a year or more, which projects values of zero or below`,
  regionUnknown: (name: string, known: string[]) =>
    known.length === 0
      ? `regional data needs a segmentation of kind "region"; "${name}" cannot be matched`
      : `"${name}" is not a segment of the region segmentation (${known.join(', ')})`,
  regionYearsMissing: (missing: number[]) => `covers no value for history ${missing.length === 1 ? 'year' : 'years'} ${missing.join(', ')}`,
  priceSegmentUnknown: (name: string) => `"${name}" is not a segment of any category segmentation`,
  weakTrend: (r2: number) =>
    `the trend fitted to history explains little of it (R² = ${r2.toFixed(2)}); consider the "cagr" method`,
} as const;

function round(x: number): string {
  return Number.isFinite(x) ? String(Math.round(x * 1000) / 1000) : String(x);
}
