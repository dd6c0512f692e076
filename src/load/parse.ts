// Reads a dataset file: size limit, UTF-8, JSON syntax with line and column,
// and the keys an object gives twice (JSON.parse keeps the last of them).
// Never throws for a user's mistake; returns the problem instead.
import { messages } from '../messages.js';
import { findDuplicateKeys, locateJsonSyntaxError, type DuplicateKey } from './json-syntax.js';
import { codeOf, isNotAFile, readRegularFile, TOO_LARGE, type FileError } from './regular-file.js';

export const MAX_DATASET_BYTES = 5 * 1024 * 1024;

export type ParseResult =
  | {
      readonly ok: true;
      readonly json: unknown;
      readonly bytes: Buffer;
      /** Keys given twice in one object: JSON.parse kept the last, so `json` cannot show them. */
      readonly duplicates: readonly DuplicateKey[];
    }
  | { readonly ok: false; readonly path: string; readonly message: string };

export async function readDatasetFile(file: string): Promise<ParseResult> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file, MAX_DATASET_BYTES);
  } catch (e) {
    return { ok: false, path: '(root)', message: datasetReadProblem(e) };
  }
  return parseDatasetText(bytes);
}

/** Why a dataset file could not be read (from readRegularFile), as validate and the batch both say it. */
export function datasetReadProblem(e: unknown): string {
  const code = codeOf(e);
  if (code === 'ENOENT') return messages.fileNotFound();
  if (isNotAFile(e)) return messages.notAFile();
  if (code === TOO_LARGE) return messages.tooLarge((e as FileError).size ?? 0, MAX_DATASET_BYTES);
  return messages.unreadable(code);
}

export function parseDatasetText(bytes: Buffer): ParseResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, path: '(root)', message: messages.notUtf8() };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const where = locateJsonSyntaxError(text);
    if (where) return { ok: false, path: `line ${where.line}, column ${where.column}`, message: messages.jsonSyntax(where.message) };
    return { ok: false, path: '(root)', message: messages.jsonSyntax((e as Error).message) };
  }
  const deep = tooDeep(json);
  if (deep !== undefined) return { ok: false, path: deep, message: messages.nestedTooDeep(MAX_DEPTH) };
  return { ok: true, json, bytes, duplicates: findDuplicateKeys(text) };
}

/**
 * The deepest a dataset's JSON may nest. The data format goes about six levels
 * down; the checks that walk a dataset recurse, and a file nested thousands
 * deep (`{"a":{"a":...}}`) overflowed the stack instead of being reported.
 */
export const MAX_DEPTH = 64;

/** The JSON path of the first value nested deeper than MAX_DEPTH, if any (walked without recursion). */
function tooDeep(root: unknown): string | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) return path || '(root)';
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: `${path}[${i}]`, depth: depth + 1 }));
    else for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: path ? `${path}.${k}` : k, depth: depth + 1 });
  }
  return undefined;
}
