// The Handlebars environment of one report: an isolated instance (no global
// helpers shared between reports running side by side), the Formatter's
// helpers, and the templates: the user's folder first, then the bundled
// templates/report. Templates are compiled in strict mode, so a field the
// context lacks is an error instead of an empty string. Data text only ever
// enters as a context value; it is never compiled.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { UserError } from '../errors.js';
import type { Formatter } from '../format/index.js';
import { compileCached } from './compile-cache.js';
import { addTemplateFolder, explainTemplateError, type TemplateSource } from './template-sources.js';
import { parseNarrative, type NarrativeBlock } from './blocks.js';
import { registerFormatHelpers } from './helpers.js';

/** templates/report of this package (two levels up from src/narrative or dist/narrative). */
export const BUNDLED_TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates', 'report');

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

export async function createNarrative(options: NarrativeOptions): Promise<Narrative> {
  const sources = new Map<string, TemplateSource>();
  await addTemplateFolder(sources, options.bundledDir ?? BUNDLED_TEMPLATES_DIR, false);
  if (options.templatesDir) await addTemplateFolder(sources, options.templatesDir, true);

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
        template = compileCached(hb, source.text, { strict: true, noEscape: true });
        compiled.set(name, template);
      }
      return template(context);
    } catch (e) {
      const message = `template ${source.file}: ${explainTemplateError((e as Error).message)}`;
      throw source.user ? new UserError(message) : new Error(message, { cause: e });
    }
  };

  return {
    names: [...sources.keys()].sort(),
    text,
    blocks: (name, context) => parseNarrative(text(name, context)),
  };
}

