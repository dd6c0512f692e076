// Loads a dataset for commands that need a valid one; an invalid dataset
// becomes a UserError listing every problem.
import { loadReport } from '../load/index.js';
import type { Dataset } from '../types.js';
import { UserError } from '../errors.js';
import { formatProblem } from './validate.js';
import { EXIT, type CliIO } from './io.js';

export async function loadValid(file: string, io: CliIO): Promise<Dataset> {
  const result = await loadReport(file);
  for (const w of result.warnings) io.stderr.write(`${formatProblem(w)}\n`);
  if (!result.value) {
    const lines = result.errors.map(formatProblem).join('\n');
    throw new UserError(`${file} is not a valid dataset:\n${lines}`, EXIT.invalid, result.errors);
  }
  return result.value;
}
