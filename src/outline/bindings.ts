// Repetition and title tokens. A repeated chapter or section is expanded once
// per segmentation, company or region of the Model; its title tokens
// ({segmentation}, {company}...) are then replaced by plain text. Tokens are a
// fixed list substituted here, never a template language: titles come from a
// user's outline file and must not be able to run anything.
import type { Model } from '../types.js';
import type { Binding, ChapterRepeat, SectionRepeat } from './types.js';

export const TITLE_TOKENS = ['segmentation', 'company', 'region', 'firstYear', 'baseYear', 'forecastTo'] as const;

const TOKEN = /\{([A-Za-z]+)\}/g;

/** Tokens used in a title, in order of appearance. */
export function tokensIn(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => m[1]!);
}

export function expandChapter(model: Model, repeat: ChapterRepeat | undefined): Binding[] {
  if (!repeat) return [{}];
  return segmentationsFor(model, repeat).map((s) => ({ segmentationId: s.id }));
}

export function expandSection(model: Model, repeat: SectionRepeat | undefined, parent: Binding): Binding[] {
  switch (repeat) {
    case undefined:
      return [parent];
    case 'company':
      return model.companies.list.map((c) => ({ ...parent, company: c.name }));
    case 'region':
      return (model.regional ?? []).map((r) => ({ ...parent, region: r.region }));
    case 'segmentation':
    case 'category-segmentation':
      return segmentationsFor(model, repeat).map((s) => ({ ...parent, segmentationId: s.id }));
  }
}

function segmentationsFor(model: Model, repeat: ChapterRepeat | SectionRepeat) {
  if (repeat === 'category-segmentation') return model.segmentations.filter((s) => s.kind === 'category');
  if (repeat === 'region-segmentation') return model.segmentations.filter((s) => s.kind === 'region');
  return [...model.segmentations];
}

/** Replaces title tokens. A token the binding cannot fill is a bug in the outline (validation rejects it for user files). */
export function fillTitle(text: string, model: Model, binding: Binding): string {
  return text.replace(TOKEN, (whole, name: string) => {
    const value = tokenValue(name, model, binding);
    if (value === undefined) throw new Error(`outline: "${whole}" in "${text}" cannot be filled here (it needs a repeated chapter or section that binds it)`);
    return value;
  });
}

/** Chart ids take the segmentation's id, not its title. */
export function fillChartId(chart: string, binding: Binding): string {
  return chart.replace('{segmentation}', () => {
    if (!binding.segmentationId) throw new Error(`outline: chart "${chart}" needs a chapter or section repeated per segmentation`);
    return binding.segmentationId;
  });
}

function tokenValue(name: string, model: Model, binding: Binding): string | undefined {
  switch (name) {
    case 'segmentation':
      return model.segmentations.find((s) => s.id === binding.segmentationId)?.title;
    case 'company':
      return binding.company;
    case 'region':
      return binding.region;
    case 'firstYear':
      return String(model.firstYear);
    case 'baseYear':
      return String(model.baseYear);
    case 'forecastTo':
      return String(model.forecastTo);
    default:
      return undefined;
  }
}
