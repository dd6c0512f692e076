// An error inside one template of a Handlebars environment with partials
// (the report narrative, the excerpt page), tagged with the templates it
// passed through, so the message names the partial where it happened and,
// when a template of the user's folder is among them, the user's template.
import path from 'node:path';
import type Handlebars from 'handlebars';
import { UserError } from '../errors.js';
import { partialCalls } from './partial-calls.js';
import { explainTemplateError, type TemplateSource } from './template-sources.js';

/** An error inside one template, tagged with that template's file and those of the templates that called it. */
export class TemplateFailure extends Error {
  readonly reason: Error;
  /** The template where it happened, then each template that called the one before, out to the one rendered. */
  readonly chain: TemplateSource[];
  constructor(source: TemplateSource, cause: unknown) {
    super(String(cause));
    this.reason = cause instanceof Error ? cause : new Error(String(cause));
    this.chain = [source];
  }
  /** The template where it happened (the innermost partial). */
  get source(): TemplateSource {
    return this.chain[0]!;
  }
}

/** `template`, whose errors are tagged with `source`, after the partials inside it that tagged them first. */
export function named(source: TemplateSource, template: Handlebars.TemplateDelegate): Handlebars.TemplateDelegate {
  return (context, runtimeOptions) => {
    try {
      return template(context, runtimeOptions);
    } catch (e) {
      if (!(e instanceof TemplateFailure)) throw new TemplateFailure(source, e);
      if (e.chain.at(-1) !== source) e.chain.push(source);
      throw e;
    }
  };
}

/**
 * The error to throw for a failure while rendering `rendered`. It is the
 * user's (a UserError, exit 1) when any template it passed through is from
 * the user's folder: a bundled partial that fails because the user's template
 * called it with data it was not written for is the user's to fix, and the
 * message names the user's template and the partial it called. Only a failure
 * inside bundled templates alone is a bug in the package.
 */
export function templateError(e: unknown, rendered: TemplateSource): Error {
  const failure = e instanceof TemplateFailure ? e : new TemplateFailure(rendered, e);
  const problem = explainTemplateError(failure.reason.message);
  const inner = failure.source;
  if (inner.user) return new UserError(`template ${inner.file}: ${problem}`);
  const caller = failure.chain.findIndex((s) => s.user);
  if (caller < 0) return new Error(`template ${inner.file}: ${problem}`, { cause: failure.reason });
  const user = failure.chain[caller]!;
  const called = path.basename(failure.chain[caller - 1]!.file, '.hbs');
  return new UserError(`template ${user.file}: ${callLines(user, called)}{{> ${called}}} fails in bundled ${inner.file}: ${problem}; pass the partial the data it expects (its comment says what)`);
}

/** "line 3: " or "lines 3, 7: " of the calls of partial `name` in `source`; nothing if they cannot be found. */
function callLines(source: TemplateSource, name: string): string {
  let lines: number[];
  try {
    lines = partialCalls(source.text)
      .filter((c) => c.name === name)
      .map((c) => c.line);
  } catch {
    return '';
  }
  if (lines.length === 0) return '';
  return `${lines.length === 1 ? 'line' : 'lines'} ${[...new Set(lines)].join(', ')}: `;
}
