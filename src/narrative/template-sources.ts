// Reading a folder of Handlebars templates, shared by the report narrative
// and the web excerpt: bundled templates first, then a user's folder whose
// files replace bundled ones of the same name.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { codeOf, readRegularFile } from '../load/regular-file.js';
import { shown } from '../messages.js';

const TEMPLATE_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.hbs$/;
/** TEMPLATE_FILE in words: files named otherwise are not read. */
export const TEMPLATE_NAME_RULE = 'a template or partial file is named with lowercase letters, digits and hyphens, ending .hbs';

export interface TemplateSource {
  readonly file: string;
  readonly text: string;
  /** From the user's folder: its problems are the user's to fix (UserError). */
  readonly user: boolean;
}

/**
 * Adds every `<name>.hbs` of `dir` to `sources`, keyed by name; `what` names
 * the folder in errors. `optional`: a folder that is not there adds nothing
 * (a templates folder without partials/), instead of being an error.
 */
export async function addTemplateFolder(
  sources: Map<string, TemplateSource>,
  dir: string,
  user: boolean,
  what = 'templates',
  { optional = false } = {},
): Promise<void> {
  let files: string[];
  try {
    files = await readdir(dir);
  } catch (e) {
    if (optional && codeOf(e) === 'ENOENT') return;
    throw unreadable(`${what} folder ${shown(dir)}`, e, user);
  }
  for (const file of files.sort()) {
    const match = TEMPLATE_FILE.exec(file);
    if (!match) continue;
    const full = path.join(dir, file);
    let text: string;
    try {
      // Not a pipe or a device either: rendering would wait on it for ever.
      text = (await readRegularFile(full)).toString('utf8');
    } catch (e) {
      // A template that is a folder, or that this user may not read.
      throw unreadable(`${what} file ${shown(full)}`, e, user);
    }
    sources.set(match[1]!, { file: full, text, user });
  }
}

/** The user's own folder or file: a UserError; a bundled one: a bug in the package. */
function unreadable(what: string, e: unknown, user: boolean): Error {
  const code = codeOf(e);
  const message = `${what} cannot be read (${code === 'EISDIR' ? 'it is a folder' : code})`;
  return user ? new UserError(message) : new Error(message);
}

/** Handlebars' strict-mode message ("x" not defined in [object Object] - 3:14) in the reader's words. */
export function explainTemplateError(message: string): string {
  const missing = /^"([^"]+)" not defined in .* - (\d+):(\d+)$/.exec(message);
  if (missing) return `line ${missing[2]}, column ${Number(missing[3]) + 1}: field "${missing[1]}" is not defined in the data passed to this template`;
  return message;
}
