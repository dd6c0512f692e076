// Reads a user-supplied outline file. Every problem is reported at once, each
// with its JSON path, in one UserError the CLI prints without a stack. The
// JSON is read as a dataset's is (the dataset reader's size limit, UTF-8 and
// BOM handling, syntax errors with line and column).
import { UserError } from '../errors.js';
import { MAX_DATASET_BYTES, parseDatasetText } from '../load/parse.js';
import { formatPath } from '../load/json-path.js';
import { codeOf, readRegularFile } from '../load/regular-file.js';
import { messages, shown } from '../messages.js';
import type { Problem } from '../types.js';
import { validateOutline, type OutlineOptions, type OutlineProblem } from './schema.js';
import type { OutlineDefinition } from './types.js';

export async function loadOutlineFile(file: string, options: OutlineOptions = {}): Promise<OutlineDefinition> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file, MAX_DATASET_BYTES);
  } catch (e) {
    // Worded as the batch's hash of the same file words it.
    throw new UserError(messages.optionUnreadable('--outline', file, file, codeOf(e)));
  }
  const parsed = parseDatasetText(bytes);
  if (!parsed.ok) throw outlineError(file, [{ path: parsed.path, message: parsed.message }]);
  // A key given twice fails the file, as in a dataset: JSON.parse kept one of the two values without a word.
  const duplicates: OutlineProblem[] = parsed.duplicates.map((d) => ({ path: formatPath(d.path), message: messages.duplicateKey(d.key, d, d.first) }));
  const result = validateOutline(parsed.json, options);
  if (result.ok && duplicates.length === 0) return result.value;
  throw outlineError(file, [...duplicates, ...(result.ok ? [] : result.problems)]);
}

function outlineError(file: string, found: readonly OutlineProblem[]): UserError {
  const problems: Problem[] = found.map((p) => ({ file, path: p.path, message: p.message, severity: 'error' }));
  const lines = problems.map((p) => `${shown(file)}: ${p.path}: ${p.message}`);
  return new UserError(`outline file has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`, 1, problems);
}
