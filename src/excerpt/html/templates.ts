// The excerpt page's Handlebars environment: an isolated instance (no helpers
// or partials shared with another report in the process), the narrative's
// Formatter helpers, and the templates of templates/excerpt, of which a
// user's folder may replace any by file name. page.hbs is the page; every
// other .hbs is a partial named after its file.
//
// Unlike the narrative (plain text for the PDF, compiled with noEscape), this
// environment HTML-escapes: every {{value}} is escaped, and templates use no
// triple-stash. Compiled in strict mode, so a misspelt field is an error, not
// an empty string.
import path from 'node:path';
import Handlebars from 'handlebars';
import { UserError } from '../../errors.js';
import type { Formatter } from '../../format/index.js';
import { registerFormatHelpers } from '../../narrative/index.js';
import { compileCached } from '../../narrative/compile-cache.js';
import { named, templateError } from '../../narrative/template-failure.js';
import { addTemplateFolder, type TemplateSource } from '../../narrative/template-sources.js';
import { DEFAULT_TEMPLATES_DIR } from '../../templates-folders.js';

/** templates/excerpt of this package. */
export const BUNDLED_EXCERPT_TEMPLATES_DIR = path.join(DEFAULT_TEMPLATES_DIR, 'excerpt');

const PAGE = 'page';

export interface ExcerptTemplateOptions {
  readonly formatter: Formatter;
  /** A folder of .hbs files that replace bundled excerpt templates of the same name. */
  readonly templatesDir?: string;
  /** Defaults to the bundled templates/excerpt. */
  readonly bundledDir?: string;
}

export type PageTemplate = (context: object) => string;

export async function compileExcerptPage(options: ExcerptTemplateOptions): Promise<PageTemplate> {
  const sources = new Map<string, TemplateSource>();
  await addTemplateFolder(sources, options.bundledDir ?? BUNDLED_EXCERPT_TEMPLATES_DIR, false, 'excerpt templates');
  if (options.templatesDir) await addTemplateFolder(sources, options.templatesDir, true, 'excerpt templates');
  const page = sources.get(PAGE);
  if (!page) throw new Error(`excerpt template "${PAGE}.hbs" not found`);

  const hb = Handlebars.create();
  registerFormatHelpers(hb, options.formatter);
  // Partials are compiled here, strict like the page, rather than left to
  // Handlebars' lazy compile, which would not apply our options.
  for (const [name, source] of [...sources].sort(([a], [b]) => a.localeCompare(b))) {
    if (name !== PAGE) hb.registerPartial(name, named(source, compile(hb, source)));
  }
  const template = named(page, compile(hb, page));
  return (context) => {
    try {
      return template(context);
    } catch (e) {
      throw templateError(e, page);
    }
  };
}

function compile(hb: typeof Handlebars, source: TemplateSource): Handlebars.TemplateDelegate {
  try {
    // hb.compile is lazy; parsing now reports a syntax error with its file.
    assertEscaped(hb.parse(source.text));
    return compileCached(hb, source.text, { strict: true, noEscape: false });
  } catch (e) {
    const message = `template ${source.file}: ${(e as Error).message}`;
    throw source.user ? new UserError(message) : new Error(message, { cause: e });
  }
}

/**
 * Rejects {{{x}}} and {{&x}}, in user templates too: data reaches the page
 * only escaped. (The chart SVG is a SafeString, which {{ }} emits as is.)
 */
function assertEscaped(ast: hbs.AST.Program): void {
  const unescaped: string[] = [];
  const visitor = new Handlebars.Visitor();
  visitor.MustacheStatement = function (node: hbs.AST.MustacheStatement) {
    if (!node.escaped) unescaped.push(`line ${node.loc.start.line}`);
    Handlebars.Visitor.prototype.MustacheStatement.call(this, node);
  };
  visitor.accept(ast);
  if (unescaped.length > 0) throw new Error(`unescaped output ({{{ }}} or {{& }}) at ${unescaped.join(', ')}; the excerpt page escapes every value`);
}

