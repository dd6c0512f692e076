// load: file -> { value, errors, warnings }. Parses JSON, validates it against
// the zod contract, then runs the consistency rules, collecting every problem;
// a dataset that passes both is checked last against its resolved outline.
// Never throws for bad user input.
import type { z } from 'zod';
import { messages } from '../messages.js';
import type { OutlineDefinition } from '../outline/types.js';
import type { Dataset, LoadResult, Problem } from '../types.js';
import { formatPath, type PathSegment } from './json-path.js';
import type { DuplicateKey } from './json-syntax.js';
import { readLogo } from './logo.js';
import { checkSampleChapters } from './outline-checks.js';
import { readDatasetFile, parseDatasetText } from './parse.js';
import { runRules } from './rules.js';
import { datasetSchema } from './schema.js';

export { datasetSchema, exportJsonSchema } from './schema.js';
export { MAX_DATASET_BYTES } from './parse.js';
export { findPlaceholder } from './placeholders.js';

export interface ValidateOptions {
  /**
   * The outline the report will be built with, when it is not the bundled
   * one (--outline): sample.chapters are checked against its chapters.
   */
  readonly outline?: OutlineDefinition;
}

/** Reads and validates one dataset file. */
export async function loadReport(file: string, options: ValidateOptions = {}): Promise<LoadResult> {
  const parsed = await readDatasetFile(file);
  if (!parsed.ok) return fail(file, parsed.path, parsed.message);
  const result = withDuplicateKeys(validateDataset(parsed.json, file, options), parsed.duplicates);
  if (!result.value) return result;
  const logoProblems = checkLogo(result.value, file);
  return logoProblems.length === 0 ? result : { file, errors: logoProblems, warnings: result.warnings };
}

/** Validates dataset bytes already in memory (batch workers, tests). */
export function loadReportFromBytes(bytes: Buffer, file: string, options: ValidateOptions = {}): LoadResult {
  const parsed = parseDatasetText(bytes);
  if (!parsed.ok) return fail(file, parsed.path, parsed.message);
  return withDuplicateKeys(validateDataset(parsed.json, file, options), parsed.duplicates);
}

/**
 * A key given twice fails the file: JSON.parse kept only the last value, so
 * the report would silently use one of two the author wrote. Reported first,
 * with the other problems, which the kept values may explain.
 */
function withDuplicateKeys(result: LoadResult, duplicates: readonly DuplicateKey[]): LoadResult {
  if (duplicates.length === 0) return result;
  const errors: Problem[] = duplicates.map((d) => ({
    file: result.file,
    path: formatPath(d.path),
    message: messages.duplicateKey(d.key, d, d.first),
    severity: 'error',
  }));
  return { file: result.file, errors: [...errors, ...result.errors], warnings: result.warnings };
}

/** Validates an already-parsed JSON value. `file` only labels the problems. */
export function validateDataset(json: unknown, file = '<input>', options: ValidateOptions = {}): LoadResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const add = (list: Problem[], severity: Problem['severity']) => (p: readonly PathSegment[], message: string) =>
    list.push({ file, path: formatPath(p), message, severity });
  const ctx = { error: add(errors, 'error'), warn: add(warnings, 'warning') };

  // 1. The contract, value by value. 2. The rules that compare values.
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) for (const issue of parsed.error.issues) errors.push(...schemaProblems(issue, file));
  runRules(json, ctx);
  if (errors.length > 0 || !parsed.success) return { file, errors: dedupe(errors), warnings };

  // 3. What only the computed report can tell: its chapters.
  const dataset = parsed.data as Dataset;
  checkSampleChapters(dataset, ctx, options.outline);
  if (errors.length > 0) return { file, errors, warnings };
  return { file, value: dataset, errors: [], warnings };
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
  return [{ file, path: formatPath(issue.path), message: plainMessage(issue), severity: 'error' }];
}

/**
 * zod's own wording ("Too small: expected number to be >0") in plain words;
 * messages the schema sets itself are kept as they are.
 */
function plainMessage(issue: z.core.$ZodIssue): string {
  const { message } = issue;
  if (issue.code === 'invalid_type') {
    if (/received undefined/.test(message)) return messages.required();
    if (issue.expected === 'int' && message.startsWith('Invalid input:')) return messages.wholeNumber();
  }
  if (issue.code === 'too_small' && message.startsWith('Too small:')) {
    const min = Number(issue.minimum);
    if (issue.origin === 'array' || issue.origin === 'set') return messages.atLeastItems(issue.inclusive ? min : min + 1);
    if (issue.origin === 'string') return messages.atLeastChars(issue.inclusive ? min : min + 1);
    return issue.inclusive ? messages.atLeast(min) : messages.greaterThan(min);
  }
  if (issue.code === 'too_big' && message.startsWith('Too big:')) {
    const max = Number(issue.maximum);
    if (issue.origin === 'array' || issue.origin === 'set') return messages.atMostItems(issue.inclusive ? max : max - 1);
    if (issue.origin === 'string') return messages.atMostChars(issue.inclusive ? max : max - 1);
    return issue.inclusive ? messages.atMost(max) : messages.lessThan(max);
  }
  // "Invalid input: expected number, received string" reads better without its prefix.
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

function checkLogo(dataset: Dataset, file: string): Problem[] {
  const logo = dataset.publisher.logo;
  const problem = logo ? readLogo(file, logo).problem : undefined;
  return problem ? [{ file, path: 'publisher.logo', message: problem, severity: 'error' }] : [];
}

function fail(file: string, where: string, message: string): LoadResult {
  return { file, errors: [{ file, path: where, message, severity: 'error' }], warnings: [] };
}
