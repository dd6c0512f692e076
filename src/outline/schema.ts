// The outline file contract as zod schemas, plus the rules that look across
// fields (a {company} token only inside a section repeated per company...).
// validateOutline reports every problem as "json.path: message", like the
// dataset loader does.
import { z } from 'zod';
import { formatPath } from '../load/json-path.js';
import { TITLE_TOKENS, tokensIn } from './bindings.js';
import { blockNeeds } from './requirements.js';
import type { OutlineDefinition } from './types.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const id = z.string().regex(ID, 'must be lower-case letters, digits and single hyphens (e.g. "market-size")');
const title = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

const requirement = z.enum([
  'regional', 'average-price', 'scenarios', 'company-shares', 'company-details', 'published-figures', 'countries',
  'drivers', 'restraints', 'opportunities', 'trends', 'challenges', 'porter', 'value-chain', 'dataset-faq', 'publisher-about',
]);
const table = z.enum([
  'market-size', 'scenarios', 'published-check', 'segment-comparison', 'segment-values', 'segment-shares',
  'segment-countries', 'segment-prices', 'company-share', 'company-tiers', 'company-directory',
  'regional-production', 'regional-consumption', 'regional-balance',
]);
/**
 * The charts the chart catalogue can draw. A segment chart names its
 * segmentation through the {segmentation} token, so one outline fits every
 * dataset; the catalogue test checks this list against what it draws.
 */
export const CHARTS = [
  'market-size', 'market-growth', 'scenarios', 'company-share',
  'segment-share-{segmentation}', 'segment-value-{segmentation}', 'segment-cagr-{segmentation}',
  'regional-production', 'regional-consumption', 'regional-balance',
] as const;
const list = z.enum(['drivers', 'restraints', 'opportunities', 'trends', 'challenges', 'porter', 'value-chain', 'sources', 'dataset-faq']);

const block = z.discriminatedUnion('kind', [
  // A template name is a file name in the templates folder: no paths, no dots.
  z.strictObject({ kind: z.literal('narrative'), template: id }),
  z.strictObject({
    kind: z.literal('chart'),
    chart: z.enum(CHARTS, `must be one of the charts the pipeline draws: ${CHARTS.map((c) => `"${c}"`).join(', ')}`),
    caption: title.optional(),
  }),
  z.strictObject({ kind: z.literal('table'), table, caption: title }),
  z.strictObject({ kind: z.literal('list'), list }),
  z.strictObject({ kind: z.literal('company-profile') }),
]);

const section = z.strictObject({
  id,
  title,
  blocks: z.array(block).min(1, 'needs at least one block'),
  requires: z.array(requirement).optional(),
  repeat: z.enum(['company', 'region', 'category-segmentation', 'segmentation']).optional(),
});

const chapter = z.strictObject({
  id,
  title,
  sections: z.array(section).min(1, 'needs at least one section'),
  requires: z.array(requirement).optional(),
  repeat: z.enum(['segmentation', 'category-segmentation', 'region-segmentation']).optional(),
});

export const outlineSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1, 'must be 1 (the outline format version)'),
  chapters: z.array(chapter).min(1, 'needs at least one chapter'),
});

export interface OutlineProblem {
  readonly path: string;
  readonly message: string;
}

export interface OutlineOptions {
  /**
   * The narrative templates there are (bundled and the user's, by name): a
   * narrative block must name one. Without it, names are checked for form only.
   */
  readonly templates?: readonly string[];
}

export type OutlineValidation =
  | { readonly ok: true; readonly value: OutlineDefinition }
  | { readonly ok: false; readonly problems: readonly OutlineProblem[] };

export function validateOutline(json: unknown, options: OutlineOptions = {}): OutlineValidation {
  const parsed = outlineSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  }
  const { $schema: _schema, ...value } = parsed.data;
  const problems = crossRules(value as OutlineDefinition, options);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: value as OutlineDefinition };
}

function crossRules(def: OutlineDefinition, { templates }: OutlineOptions): OutlineProblem[] {
  const problems: OutlineProblem[] = [];
  const add = (path: PropertyKey[], message: string) => problems.push({ path: formatPath(path), message });
  const seenChapters = new Set<string>();
  def.chapters.forEach((ch, ci) => {
    if (seenChapters.has(ch.id)) add(['chapters', ci, 'id'], `chapter id "${ch.id}" is used twice`);
    seenChapters.add(ch.id);
    const seenSections = new Set<string>();
    checkTokens(ch.title, { segmentation: ch.repeat !== undefined }, ['chapters', ci, 'title'], add);
    ch.sections.forEach((sec, si) => {
      const at = ['chapters', ci, 'sections', si];
      if (seenSections.has(sec.id)) add([...at, 'id'], `section id "${sec.id}" is used twice in chapter "${ch.id}"`);
      seenSections.add(sec.id);
      const bound = {
        segmentation: ch.repeat !== undefined || sec.repeat === 'segmentation' || sec.repeat === 'category-segmentation',
        company: sec.repeat === 'company',
        region: sec.repeat === 'region',
      };
      checkTokens(sec.title, bound, [...at, 'title'], add);
      sec.blocks.forEach((b, bi) => {
        const need = blockNeeds(b);
        if (need === 'company' && !bound.company) add([...at, 'blocks', bi], 'a company-profile block must be in a section with "repeat": "company"');
        if (need === 'segmentationId' && !bound.segmentation) {
          add([...at, 'blocks', bi], `this ${b.kind} needs a chapter or section repeated per segmentation`);
        }
        if ((b.kind === 'table' || b.kind === 'chart') && b.caption) checkTokens(b.caption, bound, [...at, 'blocks', bi, 'caption'], add);
        if (b.kind === 'narrative' && templates && !templates.includes(b.template)) {
          add([...at, 'blocks', bi, 'template'], `there is no narrative template "${b.template}"; the templates are ${[...templates].sort().join(', ')}`);
        }
      });
    });
  });
  return problems;
}

function checkTokens(
  text: string,
  bound: { segmentation?: boolean; company?: boolean; region?: boolean },
  path: PropertyKey[],
  add: (path: PropertyKey[], message: string) => void,
) {
  for (const token of tokensIn(text)) {
    if (!(TITLE_TOKENS as readonly string[]).includes(token)) {
      add(path, `unknown token "{${token}}"; use one of ${TITLE_TOKENS.map((t) => `{${t}}`).join(', ')}`);
    } else if ((token === 'segmentation' || token === 'company' || token === 'region') && !bound[token]) {
      add(path, `"{${token}}" can only be used in a chapter or section repeated per ${token}`);
    }
  }
}
