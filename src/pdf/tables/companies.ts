// Tables of the competitive landscape.
import { tierLabel } from '../../format/tier-labels.js';
import type { RenderContext } from '../context.js';
import { sharesRoundingNote } from './rounding.js';
import { NO_FIGURE, type TableSpec } from './spec.js';

export function companyShareTable(ctx: RenderContext): TableSpec {
  const { model, fmt, view } = ctx;
  const y = model.baseYear;
  const { list, othersShare } = model.companies;
  return {
    columns: [
      { header: 'Rank', align: 'right', width: 'auto' },
      { header: 'Company', align: 'left', width: '*' },
      { header: 'Tier', align: 'left', width: 'auto' },
      { header: `Share ${y}`, align: 'right', width: 'auto' },
      { header: `Value ${y} (${fmt.unitLabel()})`, align: 'right', width: 'auto' },
    ],
    rows: [
      // A rank is by share as printed (equal shares, equal ranks): a company
      // without one is listed last, unranked (as in its profile).
      ...list.map((c) => [
        c.rank === undefined ? NO_FIGURE : String(c.rank),
        c.name,
        `Tier ${c.tier}`,
        c.share === undefined ? NO_FIGURE : view.percent(c.share, y),
        c.value === undefined ? NO_FIGURE : view.value(c.value, y),
      ]),
      ['', 'Companies not profiled', '', view.percent(othersShare, y), NO_FIGURE],
    ],
    emphasis: [list.length],
    // The profiled companies' shares and the rest make up the market.
    note: sharesRoundingNote(ctx, [{ year: y, parts: [...list.flatMap((c) => (c.share === undefined ? [] : [c.share])), othersShare] }]),
  };
}

export function companyTiersTable(ctx: RenderContext): TableSpec {
  const { model, fmt, view } = ctx;
  return {
    columns: [
      { header: 'Tier', align: 'left', width: 110 },
      { header: 'Companies', align: 'left', width: '*' },
      // A tier's share: "combined" would misdescribe a tier of one company.
      { header: `Share ${model.baseYear}`, align: 'right', width: 'auto' },
    ],
    // A tier none of whose companies has a share (an empty one, or Tier 3 of
    // undisclosed shares only) has no share to print: "–", not "0.0%".
    rows: model.companies.tiers.map((t) => [
      tierLabel(fmt, t.tier),
      t.companies.length > 0 ? t.companies.join(', ') : NO_FIGURE,
      model.companies.list.some((c) => c.tier === t.tier && c.share !== undefined) ? view.percent(t.share, model.baseYear) : NO_FIGURE,
    ]),
  };
}

export function companyDirectoryTable(ctx: RenderContext): TableSpec {
  return {
    columns: [
      { header: 'Company', align: 'left', width: 100 },
      { header: 'Type', align: 'left', width: 80 },
      { header: 'Headquarters', align: 'left', width: 95 },
      { header: 'Founded', align: 'right', width: 'auto' },
      { header: 'Offerings', align: 'left', width: '*' },
    ],
    rows: ctx.model.companies.list.map((c) => [
      c.name,
      c.type ?? NO_FIGURE,
      c.headquarters ?? NO_FIGURE,
      c.founded === undefined ? NO_FIGURE : String(c.founded),
      c.offerings.length > 0 ? c.offerings.join('; ') : NO_FIGURE,
    ]),
  };
}
