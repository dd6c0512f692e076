// The text a person reads after a batch: every invalid dataset with its
// problems, every failed report with its error, then a table of counts.
import { shown, shownLines } from '../messages.js';
import type { BatchResult, ManifestEntry } from './types.js';

/** "data/x.json: market.history[2].year: message", one line per problem (like `validate`). */
export function formatInvalid(entries: readonly ManifestEntry[]): string {
  return entries.flatMap((e) => (e.problems ?? []).map((p) => `${shown(e.source)}: ${shown(p.path)}: ${shownLines(p.message)}\n`)).join('');
}

export function formatSummary(result: BatchResult): string {
  const { counts } = result;
  const failed = result.manifest.reports.filter((r) => r.status === 'failed');
  const invalid = result.manifest.reports.filter((r) => r.status === 'invalid');
  const seconds = result.ms / 1000;
  const rows: [string, string][] = [
    ['built', String(counts.built)],
    ['skipped (current)', String(counts.skipped)],
    ['failed', String(counts.failed)],
    ['invalid', String(counts.invalid)],
    ['total', String(counts.total)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const numWidth = Math.max(...rows.map(([, v]) => v.length));
  const lines = rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v.padStart(numWidth)}`);
  const out = [
    ...failed.map((r) => `failed  ${r.id} (${shown(r.source)}): ${shownLines(describeError(r))}`),
    ...invalid.map((r) => `invalid ${shown(r.source)}: ${plural(r.problems?.length ?? 0, 'problem')}`),
    ...result.removed.map((r) => `removed stale output of ${r.id} (${r.reason}): ${plural(r.files.length, 'file')}`),
    `batch: ${plural(counts.total, 'report')} in ${seconds.toFixed(2)} s${counts.built > 0 ? ` (${(counts.built / seconds).toFixed(1)} built/s)` : ''}`,
    ...lines,
    `manifest: ${shown(result.manifestPath)}`,
  ];
  return `${out.join('\n')}\n`;
}

/** A user's mistake (e.g. cannot write to --out) reads as its message; anything else keeps the error's name. */
function describeError(r: ManifestEntry): string {
  if (!r.error) return 'unknown error';
  return r.error.name === 'UserError' ? r.error.message : `${r.error.name}: ${r.error.message}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
