// Compiled Handlebars templates, shared by every report of a process. Each
// report has its own Handlebars instance (its own helpers, bound to its own
// Formatter); what can be shared is the compiled template specification,
// which, like a precompiled template, binds helpers only when it runs.
// Compiling is about a tenth of a report's render time, and a catalogue
// compiles the same few dozen sources over and over.
import Handlebars from 'handlebars';

const MAX_ENTRIES = 512;
// The compiled specification, as Handlebars' own compile() builds it (opaque to us).
type TemplateSpec = Parameters<typeof Handlebars.template>[0];
const specs = new Map<string, TemplateSpec>();

/** A change to a template's syntax tree before it is compiled; `key` keeps its compiled templates apart in the cache. */
export interface AstRewrite {
  readonly key: string;
  apply(ast: hbs.AST.Program): void;
}

export function compileCached(hb: typeof Handlebars, text: string, options: CompileOptions, rewrite?: AstRewrite): Handlebars.TemplateDelegate {
  // Same defaults as Handlebars.compile(), so the cached template behaves identically.
  const full = { ...options, data: true };
  const key = `${rewrite?.key ?? ''}\0${JSON.stringify(full)}\0${text}`;
  let spec = specs.get(key);
  if (!spec) {
    const ast = hb.parse(text, full);
    rewrite?.apply(ast);
    const environment = new (hb as unknown as { Compiler: new () => { compile(ast: unknown, o: object): unknown } }).Compiler().compile(ast, full);
    const JavaScriptCompiler = (hb as unknown as { JavaScriptCompiler: new () => { compile(env: unknown, o: object, c: undefined, asObject: true): TemplateSpec } })
      .JavaScriptCompiler;
    spec = new JavaScriptCompiler().compile(environment, full, undefined, true);
    if (specs.size >= MAX_ENTRIES) specs.delete(specs.keys().next().value!);
    specs.set(key, spec);
  }
  return hb.template(spec);
}

type CompileOptions = NonNullable<Parameters<typeof Handlebars.compile>[1]>;
