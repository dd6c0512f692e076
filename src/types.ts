// Stage boundary types only: what load returns, what forecast returns, what
// renderers and write exchange. No logic here. Every object crossing a stage
// boundary is plain data (JSON-serialisable), so it can cross a worker thread.
import type { z } from 'zod';
import type { datasetSchema } from './load/schema.js';

/** A validated dataset, exactly as the contract describes it. */
export type Dataset = z.output<typeof datasetSchema>;
export type Unit = Dataset['unit'];

// ---------------------------------------------------------------- load

export type Severity = 'error' | 'warning';

/** One problem found in one file, at one JSON path ("market.history[2].year"). */
export interface Problem {
  readonly file: string;
  /** JSON path in dotted/bracket form; "" for the whole file, "line 3, column 7" style for syntax errors. */
  readonly path: string;
  readonly message: string;
  readonly severity: Severity;
}

export interface LoadResult {
  readonly file: string;
  /** Present only when there are no errors. */
  readonly value?: Dataset;
  readonly errors: readonly Problem[];
  readonly warnings: readonly Problem[];
}

// ---------------------------------------------------------------- forecast

export interface YearValue {
  readonly year: number;
  readonly value: number;
}

export interface MarketPoint extends YearValue {
  /** true up to and including baseYear (reported history), false for projections. */
  readonly actual: boolean;
}

export interface GrowthPoint {
  readonly year: number;
  /** Year-over-year growth as a fraction: value(year) / value(year - 1) - 1. */
  readonly growth: number;
}

export interface Span {
  readonly from: number;
  readonly to: number;
  readonly cagr: number;
}

export interface TrendFit {
  /** Annual growth rate implied by the fitted log-linear slope: exp(slope) - 1. */
  readonly rate: number;
  /** Coefficient of determination of the fit in log space. */
  readonly r2: number;
}

export interface ScenarioSeries {
  readonly name: 'low' | 'high';
  /** Annual growth used for this case (base rate + the dataset's adjustment). */
  readonly rate: number;
  /** baseYear..forecastTo */
  readonly series: readonly YearValue[];
  readonly cagr: number;
}

export interface PublishedCheck {
  readonly year: number;
  readonly value: number;
  readonly source: string;
  readonly computed: number;
  /** computed / value - 1 */
  readonly deviation: number;
}

export interface MarketModel {
  /** firstYear..forecastTo; history up to baseYear marked actual. */
  readonly series: readonly MarketPoint[];
  readonly method: 'cagr' | 'trend';
  /** The annual growth rate applied after baseYear. */
  readonly rate: number;
  readonly trend?: TrendFit;
  /** CAGR over the forecast span baseYear..forecastTo. */
  readonly cagr: number;
  readonly spans: {
    readonly historical: Span;
    readonly forecast: Span;
    readonly full: Span;
  };
  readonly yoy: readonly GrowthPoint[];
  readonly milestones: {
    readonly first: YearValue;
    readonly base: YearValue;
    readonly end: YearValue;
  };
  /** value(forecastTo) - value(baseYear) */
  readonly absoluteGrowth: number;
  readonly scenarios?: { readonly low: ScenarioSeries; readonly high: ScenarioSeries };
  readonly published: readonly PublishedCheck[];
}

export interface SegmentModel {
  readonly name: string;
  /** The rate the dataset gave the segment, or the market's when it gave none. */
  readonly inputRate: number;
  /**
   * firstYear..forecastTo, reconciled so that the segments of one segmentation
   * sum to the market total in every year. Years before baseYear keep the
   * base-year shares of the actual totals (the dataset gives no earlier split).
   */
  readonly series: readonly YearValue[];
  /** Share of the market per year (same years as series). */
  readonly shares: readonly YearValue[];
  readonly baseShare: number;
  readonly endShare: number;
  /** CAGR of the reconciled series over baseYear..forecastTo. */
  readonly cagr: number;
  /** value(forecastTo) - value(baseYear) */
  readonly absoluteGrowth: number;
  readonly countries: readonly string[];
}

export interface SegmentationModel {
  readonly id: string;
  readonly title: string;
  readonly kind: 'category' | 'region';
  readonly segments: readonly SegmentModel[];
  /** Name of the segment with the largest baseYear value. */
  readonly largest: string;
  /** Name of the segment with the highest reconciled forecast CAGR. */
  readonly fastest: string;
}

export type Tier = 1 | 2 | 3;

export interface CompanyModel {
  readonly name: string;
  /** Share of the market in baseYear, when the dataset gives it. */
  readonly share?: number;
  /** share x market(baseYear), in currency x unit. */
  readonly value?: number;
  readonly tier: Tier;
  /**
   * 1-based rank by share and value as printed: one more than the companies
   * that print larger, so companies whose share and value both print alike
   * share a rank (src/format/ranking.ts).
   * Absent for a company without a share.
   */
  readonly rank?: number;
  readonly headquarters?: string;
  readonly founded?: number;
  readonly type?: string;
  readonly revenue?: number;
  readonly description?: string;
  readonly offerings: readonly string[];
  readonly website?: string;
}

export interface TierSummary {
  readonly tier: Tier;
  readonly companies: readonly string[];
  /** Sum of the tier's companies' shares as printed (src/format/rounding.ts printedSum); 0 when none has a share. */
  readonly share: number;
}

export interface CompaniesModel {
  /** By share, largest first; companies without a share last, in dataset order. */
  readonly list: readonly CompanyModel[];
  readonly tiers: readonly TierSummary[];
  /** Sum of the listed shares as printed (printedSum), as a reader adds them up. */
  readonly listedShare: number;
  /** 1 - listedShare (at least 0): the rest of the market, so the printed shares and the rest make 100%. */
  readonly othersShare: number;
}

export interface RegionalSeries {
  readonly region: string;
  readonly production: readonly YearValue[];
  readonly consumption: readonly YearValue[];
  /** production - consumption per year (positive: net exporter). */
  readonly balance: readonly YearValue[];
}

export interface DisplayPolicy {
  /** Decimals for every money value in text, tables and workbook number formats. */
  readonly valueDecimals: number;
  /** Decimals for every percentage (growth rates, shares). */
  readonly percentDecimals: number;
}

/** Every number any deliverable shows, computed once. Renderers only format it. */
export interface Model {
  readonly dataset: Dataset;
  readonly id: string;
  readonly title: string;
  readonly currency: string;
  readonly unit: Unit;
  readonly locale: string;
  /** Year of the `published` edition date. */
  readonly publishedYear: number;
  readonly firstYear: number;
  readonly baseYear: number;
  readonly forecastTo: number;
  /** firstYear..forecastTo */
  readonly years: readonly number[];
  readonly market: MarketModel;
  readonly segmentations: readonly SegmentationModel[];
  readonly companies: CompaniesModel;
  readonly regional?: readonly RegionalSeries[];
  readonly display: DisplayPolicy;
}
