// An error inside one template of a Handlebars environment with partials
// (the report narrative, the excerpt page), tagged with that template's file
// so the message names the partial where it happened, not the template that
// called it.
import type Handlebars from 'handlebars';
import type { TemplateSource } from './template-sources.js';

/** An error inside one template, tagged with that template's file (the innermost partial wins). */
export class TemplateFailure extends Error {
  readonly reason: Error;
  constructor(
    readonly source: TemplateSource,
    cause: unknown,
  ) {
    super(String(cause));
    this.reason = cause instanceof Error ? cause : new Error(String(cause));
  }
}

/** `template`, whose errors are tagged with `source` unless a partial inside it tagged them first. */
export function named(source: TemplateSource, template: Handlebars.TemplateDelegate): Handlebars.TemplateDelegate {
  return (context, runtimeOptions) => {
    try {
      return template(context, runtimeOptions);
    } catch (e) {
      throw e instanceof TemplateFailure ? e : new TemplateFailure(source, e);
    }
  };
}
