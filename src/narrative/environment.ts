// The Handlebars environment of one report: an isolated instance (no global
// helpers shared between reports running side by side), the Formatter's
// helpers, and the templates: the user's folder first, then the bundled
// templates/report. Templates are compiled in strict mode, so a field the
// context lacks is an error instead of an empty string. Data text only ever
// enters as a context value; it is never compiled.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { UserError } from '../errors.js';
import type { Formatter } from '../format/index.js';
import { parseNarrative, type NarrativeBlock } from './blocks.js';
import { registerFormatHelpers } from './helpers.js';

/** templates/report of this package (two levels up from src/narrative or dist/narrative). */
export const BUNDLED_TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates', 'report');

const TEMPLATE_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.hbs$/;

export interface NarrativeOptions {
  readonly formatter: Formatter;
  /** A folder of .hbs files that replace bundled templates of the same name. */
  readonly templatesDir?: string;
  /** Defaults to the bundled templates/report. */
  readonly bundledDir?: string;
}

export interface Narrative {
  /** Template names available, sorted. */
  readonly names: readonly string[];
  /** Renders a template to plain text (paragraphs separated by blank lines). */
  text(template: string, context: object): string;
  /** Renders a template and splits it into paragraphs, lists and headings. */
  blocks(template: string, context: object): NarrativeBlock[];
}

interface Source {
  readonly file: string;
  readonly text: string;
  readonly user: boolean;
}

export async function createNarrative(options: NarrativeOptions): Promise<Narrative> {
  const sources = new Map<string, Source>();
  await addFolder(sources, options.bundledDir ?? BUNDLED_TEMPLATES_DIR, false);
  if (options.templatesDir) await addFolder(sources, options.templatesDir, true);

  const hb = Handlebars.create();
  registerFormatHelpers(hb, options.formatter);
  const compiled = new Map<string, Handlebars.TemplateDelegate>();

  const text = (name: string, context: object): string => {
    const source = sources.get(name);
    if (!source) {
      const where = [options.templatesDir, options.bundledDir ?? BUNDLED_TEMPLATES_DIR].filter(Boolean).join(' or ');
      // Template names come from the outline, which may be the user's file.
      throw new UserError(`narrative template "${name}.hbs" not found in ${where}`);
    }
    let template = compiled.get(name);
    try {
      if (!template) {
        template = hb.compile(source.text, { strict: true, noEscape: true });
        compiled.set(name, template);
      }
      return template(context);
    } catch (e) {
      const message = `template ${source.file}: ${explain((e as Error).message)}`;
      throw source.user ? new UserError(message) : new Error(message, { cause: e });
    }
  };

  return {
    names: [...sources.keys()].sort(),
    text,
    blocks: (name, context) => parseNarrative(text(name, context)),
  };
}

async function addFolder(sources: Map<string, Source>, dir: string, user: boolean): Promise<void> {
  let files: string[];
  try {
    files = await readdir(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message = `templates folder ${dir} cannot be read (${code ?? String(e)})`;
    throw user ? new UserError(message) : new Error(message);
  }
  for (const file of files.sort()) {
    const match = TEMPLATE_FILE.exec(file);
    if (!match) continue;
    const full = path.join(dir, file);
    sources.set(match[1]!, { file: full, text: await readFile(full, 'utf8'), user });
  }
}

/** Handlebars' strict-mode message ("x" not defined in [object Object] - 3:14) in the reader's words. */
function explain(message: string): string {
  const missing = /^"([^"]+)" not defined in .* - (\d+):(\d+)$/.exec(message);
  if (missing) return `line ${missing[2]}, column ${Number(missing[3]) + 1}: field "${missing[1]}" is not defined in the data passed to this template`;
  return message;
}
