// Stage boundary types of the outline: the definition a user (or the default)
// writes, and the resolved Outline every renderer follows. Plain, readonly,
// JSON-serialisable data; no logic here.

// ---------------------------------------------------------------- definition

/**
 * Data a section or chapter needs. A closed list, so that a typo in a user
 * outline is an error and not a silently dropped chapter.
 */
export type Requirement =
  | 'regional' // regionalData production and consumption
  | 'average-price' // regionalData.averagePrice, for the bound segmentation when there is one
  | 'scenarios'
  | 'company-shares' // at least one company with a share
  | 'company-details' // at least one company with headquarters, founding year, type or offerings
  | 'published-figures' // market.published
  | 'countries' // the bound segmentation lists countries
  | 'drivers'
  | 'restraints'
  | 'opportunities'
  | 'trends'
  | 'challenges'
  | 'porter'
  | 'value-chain'
  | 'dataset-faq'
  | 'publisher-about';

/** How a chapter is repeated: once per segmentation of a kind. */
export type ChapterRepeat = 'segmentation' | 'category-segmentation' | 'region-segmentation';
/** How a section is repeated inside its chapter. */
export type SectionRepeat = 'company' | 'region' | 'category-segmentation' | 'segmentation';

export type TableId =
  | 'market-size'
  | 'scenarios'
  | 'published-check'
  | 'segment-comparison'
  | 'segment-values'
  | 'segment-shares'
  | 'segment-countries'
  | 'segment-prices'
  | 'company-share'
  | 'company-tiers'
  | 'company-directory'
  | 'regional-production'
  | 'regional-consumption'
  | 'regional-balance';

export type ListId =
  | 'drivers'
  | 'restraints'
  | 'opportunities'
  | 'trends'
  | 'challenges'
  | 'porter'
  | 'value-chain'
  | 'sources'
  | 'dataset-faq';

export type BlockDefinition =
  /** Prose from the Handlebars template `<template>.hbs`. */
  | { readonly kind: 'narrative'; readonly template: string }
  /**
   * A chart of the chart catalogue. `chart` may contain {segmentation} (the
   * bound segmentation's id). Without `caption` the catalogue's caption is used.
   */
  | { readonly kind: 'chart'; readonly chart: string; readonly caption?: string }
  | { readonly kind: 'table'; readonly table: TableId; readonly caption: string }
  /** Text the dataset holds (drivers, Porter's forces...), set as literal text. */
  | { readonly kind: 'list'; readonly list: ListId }
  /** The fact box, description and offerings of the bound company. */
  | { readonly kind: 'company-profile' };

export interface SectionDefinition {
  readonly id: string;
  /** May contain {segmentation}, {company}, {region}, {firstYear}, {baseYear}, {forecastTo}. */
  readonly title: string;
  readonly blocks: readonly BlockDefinition[];
  readonly requires?: readonly Requirement[];
  readonly repeat?: SectionRepeat;
}

export interface ChapterDefinition {
  readonly id: string;
  readonly title: string;
  readonly sections: readonly SectionDefinition[];
  readonly requires?: readonly Requirement[];
  readonly repeat?: ChapterRepeat;
}

export interface OutlineDefinition {
  readonly version: 1;
  readonly chapters: readonly ChapterDefinition[];
}

// ---------------------------------------------------------------- resolved

/** What a repeated chapter or section is about. */
export interface Binding {
  readonly segmentationId?: string;
  readonly company?: string;
  readonly region?: string;
}

/** "Figure 3.2" / "Table 3.2": numbered per chapter. */
export interface CaptionRef {
  /** "3.2" */
  readonly number: string;
  /** "Figure 3.2" or "Table 3.2" */
  readonly label: string;
  /** Caption text after the label; absent for charts that take the catalogue's caption. */
  readonly caption?: string;
  /** Anchor id for links and page references ("fig-3-2", "tab-3-2"). */
  readonly anchor: string;
}

export type ResolvedBlock =
  | { readonly kind: 'narrative'; readonly template: string; readonly binding: Binding }
  | { readonly kind: 'chart'; readonly chartId: string; readonly figure: CaptionRef; readonly binding: Binding }
  | { readonly kind: 'table'; readonly table: TableId; readonly ref: CaptionRef; readonly binding: Binding }
  | { readonly kind: 'list'; readonly list: ListId; readonly binding: Binding }
  | { readonly kind: 'company-profile'; readonly binding: Binding };

export interface ResolvedSection {
  /** Unique in the outline: "segment-type.values", "companies.profile.3". */
  readonly id: string;
  /** "3.2" */
  readonly number: string;
  readonly title: string;
  readonly binding: Binding;
  readonly blocks: readonly ResolvedBlock[];
  /** Anchor id for links, bookmarks and page references ("sec-3-2"). */
  readonly anchor: string;
}

export interface ResolvedChapter {
  /** Unique in the outline: the definition id, plus "-<segmentation id>" when repeated. */
  readonly id: string;
  /** The definition's id ("segment" for every "Segment by ..." chapter). */
  readonly definitionId: string;
  readonly number: number;
  readonly title: string;
  readonly binding: Binding;
  readonly sections: readonly ResolvedSection[];
  /** Anchor id ("ch-3"). */
  readonly anchor: string;
}

export interface FigureEntry extends CaptionRef {
  readonly chapter: number;
  readonly chartId: string;
}

export interface TableEntry extends CaptionRef {
  readonly chapter: number;
  readonly table: TableId;
}

/** The report's table of contents after pruning and numbering. */
export interface Outline {
  readonly chapters: readonly ResolvedChapter[];
  readonly figures: readonly FigureEntry[];
  readonly tables: readonly TableEntry[];
}
