// load: file -> { value, errors, warnings }. Parses JSON, validates it against
// the zod contract, then runs the consistency rules, collecting every problem.
// Never throws for bad user input.
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { messages } from '../messages.js';
import type { Dataset, LoadResult, Problem } from '../types.js';
import { isPngOrJpeg } from './image.js';
import { formatPath, type PathSegment } from './json-path.js';
import { readDatasetFile, parseDatasetText } from './parse.js';
import { runRules } from './rules.js';
import { datasetSchema } from './schema.js';

export { datasetSchema, exportJsonSchema } from './schema.js';
export { MAX_DATASET_BYTES } from './parse.js';
export { findPlaceholder } from './placeholders.js';

/** Reads and validates one dataset file. */
export async function loadReport(file: string): Promise<LoadResult> {
  const parsed = await readDatasetFile(file);
  if (!parsed.ok) return fail(file, parsed.path, parsed.message);
  const result = validateDataset(parsed.json, file);
  if (!result.value) return result;
  const logoProblems = await checkLogo(result.value, file);
  return logoProblems.length === 0 ? result : { file, errors: logoProblems, warnings: result.warnings };
}

/** Validates dataset bytes already in memory (batch workers, tests). */
export function loadReportFromBytes(bytes: Buffer, file: string): LoadResult {
  const parsed = parseDatasetText(bytes);
  if (!parsed.ok) return fail(file, parsed.path, parsed.message);
  return validateDataset(parsed.json, file);
}

/** Validates an already-parsed JSON value. `file` only labels the problems. */
export function validateDataset(json: unknown, file = '<input>'): LoadResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const add = (list: Problem[], severity: Problem['severity']) => (p: readonly PathSegment[], message: string) =>
    list.push({ file, path: formatPath(p), message, severity });

  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) for (const issue of parsed.error.issues) errors.push(...schemaProblems(issue, file));
  runRules(json, { error: add(errors, 'error'), warn: add(warnings, 'warning') });

  const sorted = dedupe(errors);
  if (sorted.length > 0 || !parsed.success) return { file, errors: sorted, warnings };
  return { file, value: parsed.data as Dataset, errors: [], warnings };
}

function schemaProblems(issue: z.core.$ZodIssue, file: string): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      path: formatPath([...issue.path, key]),
      message: messages.unknownKey(key),
      severity: 'error' as const,
    }));
  }
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  return [{ file, path: formatPath(issue.path), message: missing ? messages.required() : plain(issue.message), severity: 'error' }];
}

/** zod's "Invalid input: expected number, received string" reads better without its prefix. */
function plain(message: string): string {
  return message.replace(/^Invalid input: /, '').replace(/^Invalid option: /, '');
}

/** The schema and a rule may both flag the same spot with the same words; keep one. */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\0${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function checkLogo(dataset: Dataset, file: string): Promise<Problem[]> {
  const logo = dataset.publisher.logo;
  if (!logo) return [];
  const resolved = path.resolve(path.dirname(file), logo);
  let head: Buffer;
  try {
    const handle = await open(resolved, 'r');
    try {
      head = Buffer.alloc(8);
      await handle.read(head, 0, 8, 0);
    } finally {
      await handle.close();
    }
  } catch {
    return [{ file, path: 'publisher.logo', message: messages.logoMissing(logo), severity: 'error' }];
  }
  return isPngOrJpeg(head) ? [] : [{ file, path: 'publisher.logo', message: messages.logoNotImage(logo), severity: 'error' }];
}

function fail(file: string, where: string, message: string): LoadResult {
  return { file, errors: [{ file, path: where, message, severity: 'error' }], warnings: [] };
}
