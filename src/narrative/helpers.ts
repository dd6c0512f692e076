// Template helpers: the only way a template turns a number into text, each a
// thin call into the Formatter so that prose shows exactly the figures that
// tables and charts show. A helper given the wrong kind of value throws: in
// strict mode Handlebars checks field lookups but not helper arguments, and a
// missing number must not print as "undefined". A figure the sample holds
// back (redaction.ts) prints as "XX" in the shape the helper would give it,
// a held-back list of names as "XX".
import type Handlebars from 'handlebars';
import type { Formatter } from '../format/index.js';
import { isRedacted, redactedTexts } from './redaction.js';

type HelperOptions = Handlebars.HelperOptions;

function args(name: string, raw: unknown[], count: number): unknown[] {
  // Handlebars passes its options object last.
  const values = raw.slice(0, -1);
  if (values.length !== count) throw new Error(`{{${name}}} takes ${count} argument${count === 1 ? '' : 's'}, got ${values.length}`);
  return values;
}

function num(name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`{{${name}}} needs a number, got ${describe(v)}`);
  return v;
}

function describe(v: unknown): string {
  if (v === null) return 'null (the value is absent for this report)';
  if (v === undefined) return 'undefined (no such field)';
  if (isRedacted(v)) return 'a value the free sample holds back';
  return Array.isArray(v) ? 'a list' : `${typeof v} ${JSON.stringify(v)}`;
}

export function registerFormatHelpers(hb: typeof Handlebars, fmt: Formatter): void {
  const held = redactedTexts(fmt);
  // A figure helper: the Formatter's text for a number, the mark for a held-back figure.
  const figure = (name: keyof typeof held) => (...raw: unknown[]) => {
    const [v] = args(name, raw, 1);
    return isRedacted(v) ? held[name] : fmt[name](num(name, v));
  };
  hb.registerHelper('money', figure('money'));
  hb.registerHelper('value', figure('value'));
  hb.registerHelper('percent', figure('percent'));
  hb.registerHelper('signedPercent', figure('signedPercent'));
  // The size of a change whose direction the template words itself ("shrinks
  // by {{absPercent cagr}}", "lose {{absMoney absoluteGrowth}}"), so that a
  // falling market never reads "grow at -3.0%". The template picks the verb
  // from a flag the context derives (context.ts: `falling`), never by
  // comparing numbers itself.
  const magnitude = (name: 'absPercent' | 'absMoney', as: 'percent' | 'money') => (...raw: unknown[]) => {
    const [v] = args(name, raw, 1);
    return isRedacted(v) ? held[as] : fmt[as](Math.abs(num(name, v)));
  };
  hb.registerHelper('absPercent', magnitude('absPercent', 'percent'));
  hb.registerHelper('absMoney', magnitude('absMoney', 'money'));
  hb.registerHelper('span', (...raw: unknown[]) => {
    const [from, to] = args('span', raw, 2);
    return fmt.span(num('span', from), num('span', to));
  });
  hb.registerHelper('list', (...raw: unknown[]) => {
    const [items] = args('list', raw, 1);
    if (isRedacted(items)) return held.value;
    if (!Array.isArray(items) || !items.every((i) => typeof i === 'string')) {
      throw new Error(`{{list}} needs a list of texts, got ${describe(items)}`);
    }
    return fmt.list(items);
  });
  // Ends a sentence after data text: {{period (list companies.names)}} adds the
  // full stop unless the text already ends with one, so "Medo Asia Sdn. Bhd."
  // closes a sentence without a second period.
  hb.registerHelper('period', (...raw: unknown[]) => {
    const [text] = args('period', raw, 1);
    if (isRedacted(text)) return `${held.value}.`;
    if (typeof text !== 'string') throw new Error(`{{period}} needs a text, got ${describe(text)}`);
    return /[.!?…]$/u.test(text.trimEnd()) ? text.trimEnd() : `${text.trimEnd()}.`;
  });
  hb.registerHelper('date', (...raw: unknown[]) => {
    const [iso] = args('date', raw, 1);
    if (typeof iso !== 'string') throw new Error(`{{date}} needs an ISO date, got ${describe(iso)}`);
    return fmt.date(iso);
  });
  // Block helper for singular/plural wording: {{#plural count}}companies{{else}}company{{/plural}}.
  // A held-back count, printed "XX", reads as many.
  hb.registerHelper('plural', function (this: unknown, ...raw: unknown[]) {
    const options = raw[raw.length - 1] as HelperOptions;
    const [v] = args('plural', raw, 1);
    return !isRedacted(v) && num('plural', v) === 1 ? options.inverse(this) : options.fn(this);
  });
}
