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
import path from 'node:path';
import Handlebars from 'handlebars';
import { isUserError } from '../errors.js';
import { compileExcerptPage } from '../excerpt/html/templates.js';
import { createFormatter } from '../format/index.js';
import { shown } from '../messages.js';
import { compileCached } from '../narrative/compile-cache.js';
import { addTemplateFolder, type TemplateSource } from '../narrative/template-sources.js';
import { REPORT_PARTIALS, type TemplateFolders } from '../templates-folders.js';
import { DEFAULT_TEMPLATES_DIR } from './fingerprint.js';

/** Compile options of the renderers (narrative/environment.ts, excerpt/html/templates.ts). */
const OPTIONS = { report: { strict: true, noEscape: true }, excerpt: { strict: true, noEscape: false } } as const;

/** Helpers bind a Formatter only when a template runs; compiling needs one all the same. */
const COMPILE_ONLY_FORMATTER = createFormatter({ locale: 'en-US', currency: 'USD', unit: 'million', display: { valueDecimals: 1, percentDecimals: 1 } });

/** One line (or a few, for a parse error's excerpt) per template that does not compile: "template FILE: line N...". */
export async function compileTemplateFolders(folders: TemplateFolders): Promise<string[]> {
  const problems: string[] = [];
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
      problems.push(e.message); // a template that is a folder, a pipe, or unreadable
      continue;
    }
    const hb = Handlebars.create();
    const before = problems.length;
    const parsed: Array<[TemplateSource, hbs.AST.Program]> = [];
    for (const source of [...sources.values(), ...partials.values()]) {
      try {
        compileCached(hb, source.text, OPTIONS[sub]);
        parsed.push([source, hb.parse(source.text)]);
      } catch (e) {
        problems.push(`template ${shown(source.file)}: ${located(e)}`);
      }
    }
    if (sub === 'report') problems.push(...(await missingPartials(parsed, partials)));
    // What the excerpt's own compile step refuses besides syntax; it stops at the first problem, so only once the syntax is sound.
    if (sub === 'excerpt' && problems.length === before) {
      await compileExcerptPage({ formatter: COMPILE_ONLY_FORMATTER, templatesDir: dir }).catch((e: unknown) => {
        if (!isUserError(e)) throw e;
        problems.push(e.message);
      });
    }
  }
  return problems;
}

/** A `{{> name}}` of the user's report templates or partials that names a partial neither they nor the bundled ones have. */
async function missingPartials(parsed: ReadonlyArray<[TemplateSource, hbs.AST.Program]>, userPartials: ReadonlyMap<string, TemplateSource>): Promise<string[]> {
  const known = new Map(userPartials);
  await addTemplateFolder(known, path.join(DEFAULT_TEMPLATES_DIR, 'report', REPORT_PARTIALS), false, 'partials', { optional: true });
  const names = [...known.keys()].sort();
  const problems: string[] = [];
  for (const [source, ast] of parsed) {
    for (const { name, line } of partialCalls(ast)) {
      if (!known.has(name)) {
        problems.push(`template ${shown(source.file)}: line ${line}: there is no partial "${name}"; the partials are ${names.join(', ') || 'none'}`);
      }
    }
  }
  return problems;
}

/** `{{> name}}` calls by a fixed name (a `{{#> name}}` block has its own fallback; a `{{> (expr)}}` name is known only when it runs). */
function partialCalls(ast: hbs.AST.Program): Array<{ name: string; line: number }> {
  const calls: Array<{ name: string; line: number }> = [];
  const visitor = new Handlebars.Visitor();
  visitor.PartialStatement = function (node: hbs.AST.PartialStatement) {
    if (node.name.type === 'PathExpression') calls.push({ name: (node.name as hbs.AST.PathExpression).original, line: node.loc.start.line });
    Handlebars.Visitor.prototype.PartialStatement.call(this, node);
  };
  visitor.accept(ast);
  return calls;
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
