import { loadReport } from '../load/index.js';
import { shown, shownLines } from '../messages.js';
import type { LoadResult, Problem } from '../types.js';
import { UserError } from '../errors.js';
import { parseFlags } from './args.js';
import { EXIT, type CliIO } from './io.js';

const HELP = 'Usage: market-report validate <file...> [--json]';

export async function validateCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags('validate', argv, { json: { type: 'boolean' } }, HELP);
  if (positionals.length === 0) throw new UserError(`validate: name at least one dataset file\n\n${HELP}`, EXIT.usage);
  const results: LoadResult[] = [];
  for (const file of positionals) results.push(await loadReport(file));
  const invalid = results.filter((r) => r.errors.length > 0);
  if (values.json) {
    io.stdout.write(`${JSON.stringify(toJson(results), null, 2)}\n`);
  } else {
    for (const r of results) for (const p of [...r.errors, ...r.warnings]) io.stdout.write(`${formatProblem(p)}\n`);
    io.stderr.write(summary(results, invalid.length));
  }
  return invalid.length > 0 ? EXIT.invalid : EXIT.ok;
}

export function formatProblem(p: Problem): string {
  // A message may have lines of its own (a template's parse error); a file name may not.
  return `${shown(p.file)}: ${shown(p.path)}: ${p.severity === 'warning' ? 'warning: ' : ''}${shownLines(p.message)}`;
}

function summary(results: LoadResult[], invalid: number): string {
  const errors = results.reduce((n, r) => n + r.errors.length, 0);
  const warnings = results.reduce((n, r) => n + r.warnings.length, 0);
  const files = `${results.length} ${results.length === 1 ? 'file' : 'files'}`;
  const detail = `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
  return invalid === 0 ? `${files} valid (${detail})\n` : `${invalid} of ${files} invalid (${detail})\n`;
}

function toJson(results: LoadResult[]) {
  const strip = (p: Problem) => ({ path: p.path, message: p.message });
  return {
    valid: results.every((r) => r.errors.length === 0),
    files: results.map((r) => ({
      file: r.file,
      valid: r.errors.length === 0,
      errors: r.errors.map(strip),
      warnings: r.warnings.map(strip),
    })),
  };
}
