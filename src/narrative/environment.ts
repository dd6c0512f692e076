// The Handlebars environment of one report: an isolated instance (no global
// helpers shared between reports running side by side), the Formatter's
// helpers, and the templates: the user's folder first, then the bundled
// templates/report. The partials (`{{> name}}`) are the .hbs files of the
// folders' partials/, the user's replacing bundled ones by file name, like
// templates; a partial file's last line break is not part of it. Templates
// and partials are compiled in strict mode, so a field the context lacks is
// an error instead of an empty string; an error inside a partial names the
// partial's file, and the user's template that called it, if one did. Data text only ever enters as a context value; it is never
// compiled.
import path from 'node:path';
import Handlebars from 'handlebars';
import { UserError } from '../errors.js';
import type { Formatter } from '../format/index.js';
import { DEFAULT_TEMPLATES_DIR, REPORT_PARTIALS } from '../templates-folders.js';
import { compileCached } from './compile-cache.js';
import { named, templateError } from './template-failure.js';
import { standalonePartialLines } from './partial-lines.js';
import { addTemplateFolder, type TemplateSource } from './template-sources.js';
import { parseNarrative, type NarrativeBlock } from './blocks.js';
import { registerFormatHelpers } from './helpers.js';

/** templates/report of this package. */
export const BUNDLED_TEMPLATES_DIR = path.join(DEFAULT_TEMPLATES_DIR, 'report');

export interface NarrativeOptions {
  readonly formatter: Formatter;
  /** A folder of .hbs files that replace bundled templates of the same name (and its partials/, bundled partials). */
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
  const bundledDir = options.bundledDir ?? BUNDLED_TEMPLATES_DIR;
  const sources = new Map<string, TemplateSource>();
  const partials = new Map<string, TemplateSource>();
  await addTemplateFolder(sources, bundledDir, false);
  await addTemplateFolder(partials, path.join(bundledDir, REPORT_PARTIALS), false, 'partials', { optional: true });
  if (options.templatesDir) {
    await addTemplateFolder(sources, options.templatesDir, true);
    await addTemplateFolder(partials, path.join(options.templatesDir, REPORT_PARTIALS), true, 'partials', { optional: true });
  }

  const hb = Handlebars.create();
  registerFormatHelpers(hb, options.formatter);
  // Compiled here with the templates' options, rather than left to
  // Handlebars' lazy compile, which would not apply them. A partial file's
  // final line break is not part of the partial: a partial sits inside a
  // sentence or a list line, which must not break there.
  for (const [name, source] of partials) {
    hb.registerPartial(name, named(source, compile(hb, { ...source, text: source.text.replace(/\r?\n$/, '') })));
  }
  const compiled = new Map<string, Handlebars.TemplateDelegate>();

  const text = (name: string, context: object): string => {
    const source = sources.get(name);
    if (!source) {
      const where = [options.templatesDir, options.bundledDir ?? BUNDLED_TEMPLATES_DIR].filter(Boolean).join(' or ');
      // Template names come from the outline, which may be the user's file.
      throw new UserError(`narrative template "${name}.hbs" not found in ${where}`);
    }
    let template = compiled.get(name);
    if (!template) {
      template = named(source, compile(hb, source));
      compiled.set(name, template);
    }
    try {
      return template(context);
    } catch (e) {
      throw templateError(e, source);
    }
  };

  return {
    names: [...sources.keys()].sort(),
    text,
    blocks: (name, context) => parseNarrative(text(name, context)),
  };
}

function compile(hb: typeof Handlebars, source: TemplateSource): Handlebars.TemplateDelegate {
  try {
    return compileCached(hb, source.text, { strict: true, noEscape: true }, standalonePartialLines);
  } catch (e) {
    const message = `template ${source.file}: ${(e as Error).message}`;
    throw source.user ? new UserError(message) : new Error(message, { cause: e });
  }
}
