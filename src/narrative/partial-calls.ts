// The `{{> name}}` calls of a template's text, found in its syntax tree: the
// one way of finding them, for the up-front check of a --templates folder
// (a call that no partial answers, a partial file nothing calls) and for
// naming the call in a template's error message.
import Handlebars from 'handlebars';

export interface PartialCall {
  /** The partial's name as Handlebars looks it up: `{{> share-move}}` and `{{> "share-move"}}` alike. */
  readonly name: string;
  readonly line: number;
  /** A `{{#> name}}...{{/name}}` block, which renders its own content when there is no such partial. */
  readonly block: boolean;
}

/**
 * The calls of `text` by a fixed name, in order (throws if it does not
 * parse); not a `{{> (expr)}}`, whose name is known only when it runs.
 */
export function partialCalls(text: string): PartialCall[] {
  const calls: PartialCall[] = [];
  const visitor = new Handlebars.Visitor();
  const add = (node: hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement, block: boolean) => {
    // As Handlebars' compiler names it: a path's or a literal's `original`.
    if (node.name.type !== 'SubExpression') calls.push({ name: String((node.name as { original: unknown }).original), line: node.loc.start.line, block });
  };
  visitor.PartialStatement = function (node: hbs.AST.PartialStatement) {
    add(node, false);
    Handlebars.Visitor.prototype.PartialStatement.call(this, node);
  };
  visitor.PartialBlockStatement = function (node: hbs.AST.PartialBlockStatement) {
    add(node, true);
    Handlebars.Visitor.prototype.PartialBlockStatement.call(this, node);
  };
  visitor.accept(Handlebars.parseWithoutProcessing(text));
  return calls;
}
