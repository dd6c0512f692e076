// Reads a user-supplied outline file. Every problem is reported at once, each
// with its JSON path, in one UserError the CLI prints without a stack.
import { UserError } from '../errors.js';
import { codeOf, readRegularFile } from '../load/regular-file.js';
import { messages, shown } from '../messages.js';
import type { Problem } from '../types.js';
import { validateOutline } from './schema.js';
import type { OutlineDefinition } from './types.js';

export async function loadOutlineFile(file: string): Promise<OutlineDefinition> {
  let text: string;
  try {
    text = (await readRegularFile(file)).toString('utf8');
  } catch (e) {
    // Worded as the batch's hash of the same file words it.
    throw new UserError(messages.optionUnreadable('--outline', file, file, codeOf(e)));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: outline is not valid JSON: ${(e as Error).message}`);
  }
  const result = validateOutline(json);
  if (result.ok) return result.value;
  const problems: Problem[] = result.problems.map((p) => ({ file, path: p.path, message: p.message, severity: 'error' }));
  const lines = problems.map((p) => `${shown(file)}: ${p.path}: ${p.message}`);
  throw new UserError(`outline file has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`, 1, problems);
}
