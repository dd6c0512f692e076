// Compiles every template of a user's --templates folder once, before any
// dataset is read. A template that does not compile fails every report alike:
// it is a problem of the folder, to be reported once with its file and line,
// not once per dataset. Each folder is compiled as its renderer compiles it:
// the report's narrative templates and partials one by one, with
// createNarrative's options, and every `{{> name}}` they use checked against
// the partials there will be (the user's report/partials/ and the bundled
// ones); the excerpt page with its partials through compileExcerptPage
// itself, which also refuses unescaped output.
// Loads Handlebars and the excerpt's templates module: imported only when a
// --templates folder is given.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';
import { isUserError } from '../errors.js';
import { compileExcerptPage } from '../excerpt/html/templates.js';
import { createFormatter } from '../format/index.js';
import { shown } from '../messages.js';
import { compileCached } from '../narrative/compile-cache.js';
import { partialCalls, type PartialCall } from '../narrative/partial-calls.js';
import { addTemplateFolder, TEMPLATE_NAME_RULE, type TemplateSource } from '../narrative/template-sources.js';
import { DEFAULT_TEMPLATES_DIR, REPORT_PARTIALS, type TemplateFolders } from '../templates-folders.js';
import type { CalledPartials } from './templates-dir.js';

/** Compile options of the renderers (narrative/environment.ts, excerpt/html/templates.ts). */
const OPTIONS = { report: { strict: true, noEscape: true }, excerpt: { strict: true, noEscape: false } } as const;

/** Helpers bind a Formatter only when a template runs; compiling needs one all the same. */
const COMPILE_ONLY_FORMATTER = createFormatter({ locale: 'en-US', currency: 'USD', unit: 'million', display: { valueDecimals: 1, percentDecimals: 1 } });

interface TemplateFolderCheck {
  /** One line (or a few, for a parse error's excerpt) per template that does not compile: "template FILE: line N...". */
  readonly broken: readonly string[];
  /** One line per `{{> name}}` of the user's report templates that no partial answers. */
  readonly missingPartials: readonly string[];
  /** The partial names the user's templates call, per subfolder (so their partial files count as used). */
  readonly calledPartials: CalledPartials;
}

export async function compileTemplateFolders(folders: TemplateFolders): Promise<TemplateFolderCheck> {
  const broken: string[] = [];
  const missing: string[] = [];
  const called: { report?: string[]; excerpt?: string[] } = {};
  for (const sub of ['report', 'excerpt'] as const) {
    const dir = folders[sub];
    if (dir === undefined) continue;
    const sources = new Map<string, TemplateSource>();
    const partials = new Map<string, TemplateSource>();
    try {
      await addTemplateFolder(sources, dir, true, sub === 'excerpt' ? 'excerpt templates' : 'templates');
      if (sub === 'report') await addTemplateFolder(partials, path.join(dir, REPORT_PARTIALS), true, 'partials', { optional: true });
    } catch (e) {
      if (!isUserError(e)) throw e;
      broken.push(e.message); // a template that is a folder, a pipe, or unreadable
      continue;
    }
    const hb = Handlebars.create();
    const before = broken.length;
    const calls: Array<[TemplateSource, PartialCall[]]> = [];
    for (const source of [...sources.values(), ...partials.values()]) {
      try {
        compileCached(hb, source.text, OPTIONS[sub]);
        calls.push([source, partialCalls(source.text)]);
      } catch (e) {
        broken.push(`template ${shown(source.file)}: ${located(e)}`);
      }
    }
    called[sub] = [...new Set(calls.flatMap(([, c]) => c.map((call) => call.name)))].sort();
    if (sub === 'report') missing.push(...(await missingPartials(calls, partials, dir)));
    // What the excerpt's own compile step refuses besides syntax; it stops at the first problem, so only once the syntax is sound.
    if (sub === 'excerpt' && broken.length === before) {
      await compileExcerptPage({ formatter: COMPILE_ONLY_FORMATTER, templatesDir: dir }).catch((e: unknown) => {
        if (!isUserError(e)) throw e;
        broken.push(e.message);
      });
    }
  }
  return { broken, missingPartials: missing, calledPartials: called };
}

/**
 * A `{{> name}}` of the user's report templates or partials that names a
 * partial neither they nor the bundled ones have (a `{{#> name}}` block has
 * its own fallback). A file of the user's partials/ by that name whose name
 * is not a template name (Bad_Name.hbs) is said to be why.
 */
async function missingPartials(
  calls: ReadonlyArray<[TemplateSource, PartialCall[]]>,
  userPartials: ReadonlyMap<string, TemplateSource>,
  dir: string,
): Promise<string[]> {
  const known = new Map(userPartials);
  await addTemplateFolder(known, path.join(DEFAULT_TEMPLATES_DIR, 'report', REPORT_PARTIALS), false, 'partials', { optional: true });
  const names = [...known.keys()].sort();
  const files = await readdir(path.join(dir, REPORT_PARTIALS)).catch(() => [] as string[]);
  const problems: string[] = [];
  for (const [source, list] of calls) {
    for (const { name, line, block } of list) {
      if (block || known.has(name)) continue;
      const misnamed = files.includes(`${name}.hbs`) ? `; ${REPORT_PARTIALS}/${name}.hbs is not one: ${TEMPLATE_NAME_RULE}` : '';
      problems.push(`template ${shown(source.file)}: line ${line}: there is no partial "${name}"${misnamed}; the partials are ${names.join(', ') || 'none'}`);
    }
  }
  return problems;
}

/**
 * Handlebars' message with its place: the parser's already starts "Parse
 * error on line N:" (with the text and a caret below); the compiler's ends
 * " - line:column", with a 0-based column.
 */
function located(e: unknown): string {
  const err = e as Error & { lineNumber?: unknown; column?: unknown };
  if (typeof err.lineNumber === 'number' && typeof err.column === 'number') {
    return `line ${err.lineNumber}, column ${err.column + 1}: ${err.message.replace(/ - \d+:\d+$/, '')}`;
  }
  return err.message;
}
