// Every message a user can see about their data, in one catalogue. Each says
// what is wrong and, where it is not obvious, what to do about it. The file
// and JSON path are added by the caller.

const pct = (x: number) =>
  Number.isFinite(x) && Math.abs(x) < 100 ? `${(x * 100).toFixed(2).replace(/\.?0+$/, '')} %` : `${amount(x * 100)} %`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** "U+0007": how a character that cannot be shown is named. */
export const codePointName = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
/** `"中" (U+4E2D)`, or just the code point for a character that shows nothing (marks, format controls). */
const charName = (cp: number) =>
  /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(String.fromCodePoint(cp)) ? `"${String.fromCodePoint(cp)}" (${codePointName(cp)})` : codePointName(cp);
/** Up to five characters by name, then how many more. */
function charList(cps: readonly number[]): string {
  const shown = cps.slice(0, 5).map(charName);
  const more = cps.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export const messages = {
  fileNotFound: () => 'file not found',
  notAFile: () => 'is not a regular file',
  nestedTooDeep: (max: number) => `nested deeper than ${max} levels; a dataset never needs more than a few`,
  unreadable: (reason: string) => `cannot be read (${reason})`,
  tooLarge: (bytes: number, limit: number) =>
    `file is ${(bytes / 1048576).toFixed(1)} MB; a dataset may be at most ${limit / 1048576} MB`,
  jsonSyntax: (reason: string) => `invalid JSON: ${reason}`,
  notUtf8: () => 'file is not valid UTF-8 text',
  duplicateKey: (key: string, at: { line: number; column: number }, first: { line: number; column: number }) =>
    `key "${shown(key)}" is given twice in the same object (at line ${at.line}, column ${at.column}; first at line ${first.line}, column ${first.column}): only the last value would be used; remove one`,

  required: () => 'is required',
  // zod's own wording ("Too small: expected number to be >0") in plain words.
  greaterThan: (min: number) => `must be greater than ${min}`,
  atLeast: (min: number) => `must be at least ${min}`,
  lessThan: (max: number) => `must be less than ${max}`,
  atMost: (max: number) => `must be at most ${max}`,
  atLeastItems: (min: number) => `needs at least ${plural(min, 'item', 'items')}`,
  atMostItems: (max: number) => `allows at most ${plural(max, 'item', 'items')}`,
  atLeastChars: (min: number) => `must be at least ${plural(min, 'character', 'characters')} long`,
  atMostChars: (max: number) => `may be at most ${plural(max, 'character', 'characters')} long`,
  wholeNumber: () => 'must be a whole number',
  emptyText: () => 'must not be empty',
  blankText: () => 'must not be blank (it holds only spaces or line breaks)',
  notCalendarDate: (iso: string) => `"${iso}" is not a date in the calendar (${calendarHint(iso)})`,
  unknownKey: (key: string) => `unknown key "${key}": not part of the data format (check the spelling)`,

  forecastToNotAfterBase: (forecastTo: number, baseYear: number) =>
    `forecastTo (${forecastTo}) must be later than baseYear (${baseYear})`,
  forecastTooFar: (forecastTo: number, baseYear: number) =>
    `forecastTo (${forecastTo}) may be at most 20 years after baseYear (${baseYear})`,
  editionBeforeBaseYear: (published: string, baseYear: number) =>
    `the edition date ${published} is before baseYear (${baseYear}): an edition cannot report actual figures for a later year; check the date and baseYear`,
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
  controlCharacters: (cps: readonly number[]) =>
    `contains the control ${cps.length === 1 ? 'character' : 'characters'} ${cps.map(codePointName).join(', ')}, which cannot be printed and breaks the charts: remove ${cps.length === 1 ? 'it' : 'them'}`,
  formatCharacters: (cps: readonly number[]) =>
    `contains the invisible formatting ${cps.length === 1 ? 'character' : 'characters'} ${charList(cps)}: ${cps.length === 1 ? 'it changes' : 'they change'} the text without showing in it (two names that read the same pass as different): remove ${cps.length === 1 ? 'it' : 'them'}`,
  unpairedSurrogate: (cp: number) =>
    `contains half of a character (${codePointName(cp)}, an unpaired UTF-16 surrogate): the text was cut or mis-encoded; type it again`,
  wordTooLong: (length: number, start: string, max: number) =>
    `has a word of ${length} characters ("${start}…"); a word may have at most ${max}: is a space missing, or was something pasted by mistake?`,
  unprintable: (cps: readonly number[], font: string) =>
    cps.length === 1
      ? `character ${charList(cps)} cannot be printed with the report font (${font}); it would show as an empty box: replace or remove it`
      : `characters ${charList(cps)} cannot be printed with the report font (${font}); they would show as empty boxes: replace or remove them`,
  localeNotATag: (locale: string) => `"${locale}" is not a BCP 47 language tag such as "en-US", "de-DE" or "fr-FR"`,
  localeUnsupported: (locale: string) =>
    `"${locale}" is not a locale this program knows; numbers and dates would be formatted in the machine's own locale, so the output would differ between machines: use a tag such as "en-US", "de-DE" or "fr-FR"`,
  localeUnprintable: (locale: string, cps: readonly number[], font: string) =>
    `"${locale}" formats numbers, dates or lists with ${charList(cps)}, which the report font (${font}) cannot draw: they would print as empty boxes; choose a locale whose formatting the font covers`,
  brandColorContrast: (color: string, ratio: number, min: number, suggestion: string) =>
    `"${color}" has a contrast ratio of only ${ratioText(ratio)}:1 against the white page; the cover title, headings and chart bars need at least ${min}:1 to be readable: use a darker colour, such as "${suggestion}"`,
  secondRegionSegmentation: (first: string, title: string) =>
    `is a second segmentation of kind "region"; the regional chapters and regional data use only the first (${first}, "${title}"), so this one gets no regional chapters`,
  sampleChapterTwice: (n: number, first: string) => `chapter ${n} is listed twice (first at ${first})`,
  notAChapter: (n: number, chapters: readonly { readonly number: number; readonly title: string }[]) =>
    `${n} is not a chapter of this report; its chapters are ${chapters.map((c) => `${c.number} ${c.title}`).join('; ')} (a chapter whose data the dataset lacks is left out of the outline and its numbering)`,
  figureTooLarge: (value: number, unitLabel: string, max: number) =>
    `${amount(value)} ${unitLabel} is too large to print (figures must stay below ${amount(max)}): give the figure in a larger unit or check it`,
  figureTooSmall: (value: number, unitLabel: string, decimals: number) =>
    `${amount(value)} ${unitLabel} would print as ${(0).toFixed(decimals)} (the report rounds this market's figures to ${plural(decimals, 'decimal', 'decimals')}): give the market in a smaller unit or check the value`,
  cagrProjectsZero: (base: number, rate: number, zero: string, year: number, decimals: number) =>
    `shrinks the base-year value (${amount(base)}) by ${pct(-rate)} a year, so the forecast falls to ${zero} by ${year} as printed with ${plural(decimals, 'decimal', 'decimals')}: check the rate, or give the market in a smaller unit`,
  trendProjectsZero: (rate: number, zero: string, year: number, decimals: number) =>
    `the trend fitted to history shrinks ${pct(-rate)} a year, so the forecast falls to ${zero} by ${year} as printed with ${plural(decimals, 'decimal', 'decimals')}: check the history values or use the "cagr" method`,
  scenarioProjectsZero: (name: string, rate: number, zero: string, year: number, decimals: number) =>
    `the ${name} case falls to ${zero} by ${year} as printed with ${plural(decimals, 'decimal', 'decimals')}; it shrinks ${pct(-rate)} a year (the base rate plus this adjustment): check the adjustment`,
  companyShareTooSmall: (share: number, zero: string, decimals: number) =>
    `${amount(share)} would print as ${zero} (shares are printed with ${plural(decimals, 'decimal', 'decimals')}): a share is a fraction (0.05 means 5 %); check it, or leave the share out`,
  segmentShareTooSmall: (share: number, zero: string, decimals: number) =>
    `${amount(share)} would print as ${zero} (shares are printed with ${plural(decimals, 'decimal', 'decimals')}): a share is a fraction (0.05 means 5 %); check it, or merge the segment into another`,
  cagrProjectsTooLarge: (base: number, value: number, year: number, unitLabel: string, max: number) =>
    `grows the base-year value (${amount(base)}) to ${amount(value)} ${unitLabel} by ${year}, more than the report can print (figures must stay below ${amount(max)}); check the rate and the history values`,
  trendProjectsTooLarge: (rate: number, value: number, year: number, unitLabel: string, max: number) =>
    `the trend fitted to history grows ${pct(rate)} a year and projects ${amount(value)} ${unitLabel} for ${year}, more than the report can print (figures must stay below ${amount(max)}); check the history values or use the "cagr" method`,
  scenarioProjectsTooLarge: (name: string, value: number, year: number, unitLabel: string, max: number) =>
    `makes the ${name} case reach ${amount(value)} ${unitLabel} by ${year}, more than the report can print (figures must stay below ${amount(max)})`,
  logoOutsideFolder: (logo: string, real: string) =>
    `logo ${shown(logo)} leads outside the data file's folder (it is a link to ${shown(real)}): copy the image into the folder instead`,
  placeholder: (found: string) =>
    `contains placeholder text "${found}": replace it with the real content before publishing`,
  unsafeLogo: () =>
    'must be a relative path inside the data file\'s folder (no "..", no absolute path, no backslashes)',
  logoMissing: (resolved: string) => `logo file not found: ${shown(resolved)}`,
  logoNotAFile: (logo: string) => `logo ${shown(logo)} is not a regular file (a folder, a pipe or a device)`,
  logoDamaged: (logo: string) => `logo ${shown(logo)} is a damaged or incomplete image (its parts run past the end of the file, or are missing)`,
  logoNotImage: (logo: string) => `logo ${shown(logo)} is not a PNG or JPEG image (its first bytes say otherwise)`,
  publishedOff: (value: number, year: number, computed: number, deviation: number, source: string) =>
    Math.abs(deviation) < 10
      ? `published figure ${amount(value)} for ${year} (${source}) differs from the computed series (${amount(computed)}) by ${pct(
          Math.abs(deviation),
        )}; the allowed difference is 1 %`
      : `published figure ${amount(value)} for ${year} (${source}) differs from the computed series (${amount(computed)}), which is ${amount(
          computed / value,
        )} times as large; the allowed difference is 1 %`,
  publishedOutOfRange: (year: number, first: number, last: number) =>
    `published year ${year} is outside the computed series (${first}-${last})`,
  scenarioCollapse: (rate: number) =>
    `makes the low case shrink by ${pct(-rate)} a year or more, which projects values of zero or below`,
  regionUnknown: (name: string, known: string[]) =>
    known.length === 0
      ? `regional data needs a segmentation of kind "region"; "${name}" cannot be matched`
      : `"${name}" is not a segment of the region segmentation (${known.join(', ')})`,
  regionYearsMissing: (missing: number[]) => `covers no value for history ${missing.length === 1 ? 'year' : 'years'} ${missing.join(', ')}`,
  regionYearOutsideHistory: (year: number, first: number, last: number) =>
    `year ${year} is outside the history years (${first}-${last}): regional data holds actual figures for the history years only`,
  regionBlockMissing: (region: string, given: string, missing: string) =>
    `"${region}" has ${given} figures but no ${missing} figures: give both, or neither (a region's balance is production minus consumption)`,
  regionYearTwice: (year: number, first: number) => `year ${year} is given twice in this series (first at [${first}])`,
  priceYearOutside: (year: number, first: number, last: number) =>
    `year ${year} is outside the report's years (${first}-${last}): the price table would print a row no other table has`,
  priceSegmentUnknown: (name: string) => `"${name}" is not a segment of any category segmentation`,
  /** At the segmentation: why its segments' printed CAGRs move, and a change of rates that would stop it. Rates come as the report prints them. */
  segmentRatesReconciled: (p: {
    drifting: number;
    from: number;
    to: number;
    base: number;
    reached: number;
    reachedRate: string;
    target: number;
    marketRate: string;
    trend: boolean;
    unitLabel: string;
    fix?: { shift: number } | { rest: number; restRate: string } | undefined;
  }) =>
    `the report would print ${p.drifting === 1 ? "one segment's CAGR" : `${p.drifting} segments' CAGRs`} for ${p.from}-${p.to} more than a point from the rate given, or with the other sign (listed below): segment series are scaled every year to sum to the market total, so when the segments' rates do not grow the market as its forecast does, every segment's CAGR moves. ` +
    `Compounded from ${p.from} to ${p.to} and weighted by their ${p.from} shares, the segments' rates grow the market from ${amount(p.base)} to ${amount(p.reached)} ${p.unitLabel} (${p.reachedRate} a year), but ${p.trend ? 'the trend fitted to history' : "the market's forecast"} reaches ${amount(p.target)} ${p.unitLabel} (${p.marketRate} a year). ` +
    `Change the rates so that, compounded and weighted that way, they reach ${amount(p.target)} (rates whose share-weighted average is the market's rate overshoot it, since growth compounds)${
      !p.fix
        ? ''
        : 'shift' in p.fix
          ? `; for instance, ${p.fix.shift < 0 ? 'lower' : 'raise'} every segment's cagr by ${String(Math.abs(p.fix.shift))} (${amount(Math.abs(p.fix.shift) * 100)} points)`
          : `; for instance, give each segment without a cagr of its own a cagr of ${String(p.fix.rest)} (${p.fix.restRate}): then the given rates print as given`
    }`,
  /** At a drifting segment: its own figures, short; `why` is the path of the segmentation's error that explains. */
  segmentRateReconciled: (own: boolean, given: string, printed: string, from: number, to: number, trend: boolean, why: string) =>
    `${own ? `given ${given} a year` : `has no cagr of its own, so it is meant to grow with ${trend ? 'the trend fitted to history' : 'the market'} (${given} a year)`}, but the report would print a CAGR of ${printed} for ${from}-${to} (why: see ${why})`,
  /** One message for every history year whose regional consumption is above the market by more than `allowed` (a fraction). */
  consumptionAboveMarket: (years: readonly { year: number; sum: number; market: number }[], allowed: number, unitLabel: string) =>
    `the regions' consumption adds up to more than the market size, by more than the ${pct(allowed)} allowed for rounding in the sources, in ${
      years.length === 1 ? 'one history year' : `${years.length} history years`
    }: ${years
      .map((y) => `${y.year}: ${amount(y.sum)} ${unitLabel}, ${pct(y.sum / y.market - 1)} above the market's ${amount(y.market)} (at most ${amount(y.market * (1 + allowed))})`)
      .join('; ')}. The regions consume the market between them, so their consumption cannot exceed it (production may, through exports); check the figures and their unit`,
  weakTrend: (r2: number) =>
    `the trend fitted to history explains little of it (R² = ${r2.toFixed(2)}); consider the "cagr" method`,
  // Writing deliverables and reading a --templates folder (CLI and batch).
  cannotWrite: (dir: string, reason: string) => `cannot write to ${shown(dir)}: ${reason}`,
  writePathIsFile: (file: string) => `${shown(file)} is a file, not a folder`,
  writePathIsFolder: (file: string) => `${shown(file)} is a folder, not a file`,
  writeDanglingLink: (link: string, target: string) => `${shown(link)} is a link to ${shown(target)}, which does not exist`,
  writeLinkLoop: () => 'its path goes round a loop of symbolic links (ELOOP)',
  writeVanished: (code: string) => `the folder or a file being written was removed meanwhile (${code})`,
  writeNoFolders: (parent: string, code: string) => `${shown(parent)} does not let folders be made in it (${code})`,
  folderLocked: (dir: string, holder: { pid: number; host: string }, lockFile: string) =>
    `${shown(dir)} is being written by another market-report batch (process ${holder.pid} on ${holder.host}); ` +
    `wait for it to finish, or, if no such batch is running, delete ${shown(lockFile)}`,
  folderLockRace: (dir: string, lockFile: string) =>
    `${shown(dir)}: another market-report batch took ${shown(lockFile)} at the same moment; run again when it has finished`,
  writeDenied: (code: string) =>
    code === 'EROFS'
      ? 'the file system is read-only (EROFS)'
      : code === 'ENOSPC'
        ? 'no space left on the device (ENOSPC)'
        : code === 'EBUSY'
          ? 'a file there is in use by another program; close it and build again (EBUSY)'
          : `permission denied (${code})`,
  optionUnreadable: (option: string, given: string, file: string, code: string) =>
    `${option} ${shown(given)}: ${file === given ? '' : `${shown(file)} `}${code === 'ENOENT' ? 'not found' : `cannot be read (${code === 'EISDIR' ? 'it is a folder' : code})`}`,
  templatesDirMissing: (dir: string) => `--templates ${shown(dir)}: folder not found`,
  templatesDirNotFolder: (dir: string) => `--templates ${shown(dir)}: is not a folder`,
  templatesDirEmpty: (dir: string) =>
    `--templates ${shown(dir)}: expects report/ and/or excerpt/ subfolders like templates/ (report/*.hbs, excerpt/*.hbs)`,
  /** Files of a --templates folder nothing looks up: templates by what they match, report/partials/ files by what calls them. */
  templatesUnused: (dir: string, files: readonly string[]) => {
    const partials = files.filter((f) => f.startsWith('report/partials/'));
    const templates = files.filter((f) => !partials.includes(f));
    const matches = (list: readonly string[]) => `${list.join(', ')} ${list.length === 1 ? 'matches' : 'match'}`;
    const parts = [
      ...(templates.length > 0 ? [`${matches(templates)} no bundled template and would never be used`] : []),
      ...(partials.length > 0 ? [`${matches(partials)} no bundled partial, no {{> name}} of your templates calls ${partials.length === 1 ? 'it' : 'them'}, and would never be used`] : []),
    ];
    return `warning: --templates ${shown(dir)}: ${parts.join('; ')}`;
  },
} as const;

/**
 * A number as a person reads it: 9.287, 0.000014, 4.5 × 10^300. Never
 * "Infinity" or "1e+302": values that large or small are what the message is about.
 */
export function amount(x: number): string {
  if (Number.isNaN(x)) return 'an undefined value';
  if (!Number.isFinite(x)) return x > 0 ? 'an infinite value' : 'a negative infinite value';
  const abs = Math.abs(x);
  if (abs === 0 || (abs >= 0.001 && abs < 1e9)) return String(Math.round(x * 1000) / 1000);
  if (abs < 0.001 && abs >= 1e-6) return String(Number(x.toPrecision(3)));
  const [mantissa, exponent] = x.toExponential(2).split('e');
  return `${Number(mantissa)} × 10^${Number(exponent)}`;
}

/** A contrast ratio rounded down, so a colour just below the limit never reads as meeting it. */
function ratioText(ratio: number): string {
  return String(Math.floor(ratio * 100) / 100);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "February 2024 has 29 days", or what a date needs when its month is not one. */
function calendarHint(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  if (!(m >= 1 && m <= 12)) return 'the month must be 01 to 12';
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return `${MONTHS[m - 1]} ${y} has ${days} days`;
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const escapeControl = (c: string) =>
  c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/**
 * A file name or a quoted value as it may reach a terminal: control
 * characters written as escapes, so an ESC in a file name cannot recolour or
 * clear the screen and a newline in one cannot fake a second message line.
 */
export function shown(text: string): string {
  return text.replace(CONTROL, escapeControl);
}

/** `shown` for a message of several lines: its own line breaks stay. */
export function shownLines(text: string): string {
  return text.split('\n').map(shown).join('\n');
}
