// A company profile: a fact box, the description and the offerings.
import { rankWords } from '../../format/ranking.js';
import { tierLabel } from '../../format/tier-labels.js';
import type { CompanyModel } from '../../types.js';
import type { RenderContext } from '../context.js';
import { textHeight } from '../fit.js';
import type { Node } from '../nodes.js';
import { bullets, paragraphs, subheading } from './narrative.js';

export function companyProfileNodes(ctx: RenderContext, name: string): Node[] {
  const company = ctx.model.companies.list.find((c) => c.name === name);
  if (!company) throw new Error(`no company "${name}" in the Model`);
  const facts = companyFacts(ctx, company);
  const nodes: Node[] = [
    {
      table: { widths: [130, '*'], body: facts.map(([k, v]) => [{ text: k, style: 'factLabel' }, { text: v, style: 'factValue' }]) },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: (i: number) => (i === 0 ? 2 : 0),
        vLineColor: () => ctx.theme.brand,
        paddingLeft: (i: number) => (i === 0 ? 8 : 4),
        paddingTop: () => 1.5,
        paddingBottom: () => 1.5,
      },
      margin: [0, 0, 0, 8],
    },
  ];
  if (company.description) nodes.push(...paragraphs(company.description));
  if (company.offerings.length > 0) nodes.push(subheading('Offerings'), bullets(company.offerings));
  return nodes;
}

/** Height of a profile with a few lines of narrative after it, for the keep-together decision. */
export function companyProfileHeight(ctx: RenderContext, name: string): number {
  const company = ctx.model.companies.list.find((c) => c.name === name);
  if (!company) return Infinity;
  const facts = companyFacts(ctx, company).length * 13;
  const description = textHeight(company.description ?? '', 10);
  const offerings = company.offerings.length > 0 ? 30 + textHeight(company.offerings.join('\n'), 10) : 0;
  return 40 + facts + description + offerings + textHeight('x'.repeat(300), 10);
}

function companyFacts(ctx: RenderContext, c: CompanyModel): [string, string][] {
  const { model, fmt, view } = ctx;
  const y = model.baseYear;
  const facts: [string, string][] = [];
  if (c.type) facts.push(['Type', c.type]);
  if (c.headquarters) facts.push(['Headquarters', c.headquarters]);
  if (c.founded !== undefined) facts.push(['Founded', String(c.founded)]);
  facts.push([`Market share ${y}`, c.share !== undefined ? view.percent(c.share, y) : 'Not disclosed']);
  if (c.value !== undefined) facts.push([`Market value ${y}`, view.money(c.value, y)]);
  if (c.revenue !== undefined) facts.push(['Company revenue', view.money(c.revenue, y)]);
  // A rank is a rank by share: a company without one has none (the Model
  // orders it after the others only to list it somewhere), and it ranks among
  // the companies that have one. "1 of 1" tells nothing, so a sole company
  // with a share gets no rank. Shares that print alike rank alike ("joint 10th").
  const ranked = model.companies.list.filter((x) => x.share !== undefined).length;
  if (c.rank !== undefined && ranked > 1) {
    const among = ranked === model.companies.list.length ? '' : ' with a disclosed share';
    facts.push(['Rank', `${rankWords(model.companies.list, c.rank)} of ${ranked}${among}`]);
  }
  // When no company has a share there are no tiers to speak of, only one
  // "below 2% or not disclosed" bucket holding everyone.
  const anyShare = model.companies.list.some((x) => x.share !== undefined);
  if (anyShare) facts.push(['Tier', tierLabel(fmt, c.tier)]);
  if (c.website) facts.push(['Website', c.website]);
  return facts;
}
