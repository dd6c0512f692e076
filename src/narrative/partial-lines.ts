// How a report template's `{{> name}}` keeps the lines around it. A report
// partial's final line break is not part of it (environment.ts strips it), so
// that a partial can sit inside a sentence: "... and {{> share-move}}." must
// not break the line there. A partial called on a line of its own, the usual
// Handlebars way ("{{#each x}}\n{{> item}}\n{{/each}}"), is "standalone":
// Handlebars drops the line break after its tag, counting on the partial to
// end with its own, which ours no longer does; the items would run together
// on one line. So for each standalone call this puts back the line break
// Handlebars dropped: a partial used inline stays inline, one used on its own
// line keeps its line, whether or not its file ends with a line break.
import Handlebars from 'handlebars';
import type { AstRewrite } from './compile-cache.js';

export const standalonePartialLines: AstRewrite = {
  key: 'standalone-partial-lines',
  apply(ast) {
    const visitor = new Handlebars.Visitor();
    visitor.Program = function (program: hbs.AST.Program) {
      program.body.forEach((node, i) => {
        if (node.type === 'PartialStatement') restoreLineBreak(node as hbs.AST.PartialStatement, program.body[i + 1]);
      });
      Handlebars.Visitor.prototype.Program.call(this, program);
    };
    visitor.accept(ast);
  },
};

/**
 * Handlebars' whitespace control (compiler/whitespace-control.js) marks the
 * text after a standalone tag `rightStripped` when it removes the rest of the
 * tag's line from it; only the tag just before a text strips its start, so
 * after a partial that is the partial being standalone. A partial closed with
 * `~}}` asks for the whitespace after it to go: left as it is.
 */
function restoreLineBreak(partial: hbs.AST.PartialStatement, next: hbs.AST.Statement | undefined): void {
  if (partial.strip?.close || next?.type !== 'ContentStatement') return;
  // (`original`, the text as written, is mistyped in the Handlebars typings.)
  const content = next as unknown as { value: string; original: string; rightStripped?: boolean };
  if (!content.rightStripped) return;
  const lineBreak = /^[ \t]*(\r?\n)/.exec(content.original)?.[1];
  if (lineBreak !== undefined) content.value = lineBreak + content.value;
}
