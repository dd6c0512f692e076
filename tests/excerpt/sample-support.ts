// Helpers for the sample PDF tests: render a sample, and the figures of a Model
// as the Formatter prints them, split into those the sample must hold back
// (they refer to a year after the base year) and those it may show.
import path from 'node:path';
import type { ChartRenderer } from '../../src/charts/index.js';
import { renderSamplePdf } from '../../src/excerpt/sample/index.js';
import { buildModel } from '../../src/forecast/index.js';
import type { Formatter } from '../../src/format/index.js';
import type { Dataset, Model, YearValue } from '../../src/types.js';
import { ROOT } from '../fixtures.js';

export const DATA_DIR = path.join(ROOT, 'data');

export async function renderSample(dataset: Dataset, charts: ChartRenderer): Promise<{ model: Model; pdf: Buffer }> {
  const model = buildModel(dataset);
  return { model, pdf: await renderSamplePdf(model, { charts, assetsDir: DATA_DIR }) };
}

/** A figure as printed: the number part of what value()/money() or percent()/signedPercent() give. */
export interface Printed {
  /** Where the figure comes from in the Model, for failure messages. */
  readonly label: string;
  /** "9.29" or "9.5%" */
  readonly text: string;
  /** Finds the printed number in text, not as part of a longer number. */
  readonly pattern: RegExp;
  /** The figure itself, as the Model holds it. */
  readonly value: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function printedValue(fmt: Formatter, label: string, v: number): Printed {
  const text = fmt.value(v);
  // money() is currency + value() + unit, so the value's digits cover both.
  return { label, text, pattern: new RegExp(`(?<![\\d.,])${escape(text.replace(/^-/, ''))}(?![\\d])`), value: v };
}

function printedPercent(fmt: Formatter, label: string, r: number): Printed {
  const number = fmt.percent(r).replace(/\s?%$/, '').replace(/^-/, '');
  // Also matches signedPercent's "+9.5%" and "-0.1%".
  return { label, text: `${number}%`, pattern: new RegExp(`(?<![\\d.,])${escape(number)}\\s?%`), value: r };
}

interface Figures {
  /** Refer to a year after the base year: the sample must not print them. */
  readonly held: Printed[];
  /** Refer to the base year or earlier: the sample may print them. */
  readonly shown: Printed[];
}

/**
 * Every figure of the Model that a deliverable prints, each with the year it
 * refers to (a CAGR or growth rate: the end of its span; the rate applied
 * after the base year: the first forecast year).
 */
export function modelFigures(model: Model, fmt: Formatter): Figures {
  const held: Printed[] = [];
  const shown: Printed[] = [];
  const add = (kind: 'value' | 'percent', label: string, v: number, year: number) => {
    const printed = kind === 'value' ? printedValue(fmt, label, v) : printedPercent(fmt, label, v);
    (year > model.baseYear ? held : shown).push(printed);
  };
  const series = (kind: 'value' | 'percent', label: string, points: readonly YearValue[]) =>
    points.forEach((p) => add(kind, `${label} ${p.year}`, p.value, p.year));
  const { market, baseYear, forecastTo } = model;

  series('value', 'market', market.series);
  market.yoy.forEach((g) => add('percent', `market growth ${g.year}`, g.growth, g.year));
  add('percent', 'market rate', market.rate, baseYear + 1);
  if (market.trend) add('percent', 'trend rate', market.trend.rate, baseYear + 1);
  add('percent', 'market CAGR', market.cagr, forecastTo);
  for (const [name, span] of Object.entries(market.spans)) add('percent', `${name} span CAGR`, span.cagr, span.to);
  add('value', 'absolute growth', market.absoluteGrowth, forecastTo);
  for (const s of market.scenarios ? [market.scenarios.low, market.scenarios.high] : []) {
    series('value', `${s.name} case`, s.series);
    add('percent', `${s.name} case rate`, s.rate, baseYear + 1);
    add('percent', `${s.name} case CAGR`, s.cagr, forecastTo);
  }
  for (const p of market.published) {
    add('value', `published ${p.year}`, p.value, p.year);
    add('value', `published ${p.year} computed`, p.computed, p.year);
    add('percent', `published ${p.year} deviation`, p.deviation, p.year);
  }
  for (const seg of model.segmentations) {
    for (const s of seg.segments) {
      series('value', `${seg.id}/${s.name}`, s.series);
      series('percent', `${seg.id}/${s.name} share`, s.shares);
      add('percent', `${seg.id}/${s.name} CAGR`, s.cagr, forecastTo);
      add('value', `${seg.id}/${s.name} absolute growth`, s.absoluteGrowth, forecastTo);
    }
  }
  for (const c of model.companies.list) {
    if (c.share !== undefined) add('percent', `${c.name} share`, c.share, baseYear);
    if (c.value !== undefined) add('value', `${c.name} value`, c.value, baseYear);
  }
  model.companies.tiers.forEach((t) => add('percent', `Tier ${t.tier} share`, t.share, baseYear));
  add('percent', 'listed share', model.companies.listedShare, baseYear);
  add('percent', 'others share', model.companies.othersShare, baseYear);
  for (const r of model.regional ?? []) {
    series('value', `${r.region} production`, r.production);
    series('value', `${r.region} consumption`, r.consumption);
    series('value', `${r.region} balance`, r.balance);
  }
  return { held, shown };
}

/**
 * The held-back figures a text search can judge: one per printed form, minus
 * those whose printed form is also that of a figure the sample may show (the
 * text cannot tell "9.8%" the 2022 growth from "9.8%" a segment's CAGR).
 */
export function searchableHeldFigures(model: Model, fmt: Formatter): { needles: Printed[]; ambiguous: Printed[] } {
  const { held, shown } = modelFigures(model, fmt);
  const shownTexts = new Set(shown.map((p) => p.text));
  const unique = [...new Map(held.map((p) => [p.text, p])).values()];
  return { needles: unique.filter((p) => !shownTexts.has(p.text)), ambiguous: unique.filter((p) => shownTexts.has(p.text)) };
}

export function found(text: string, needles: readonly Printed[]): Printed[] {
  return needles.filter((n) => n.pattern.test(text));
}
