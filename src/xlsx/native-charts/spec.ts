// A native chart as the sheet builders describe it: what to plot (sheet
// ranges plus the values behind them, cached in the chart part so viewers
// that do not recalculate still draw it) and where to anchor it.

export type NativeChartKind = 'column' | 'stacked-column' | 'bar' | 'line';

export interface NativeSeries {
  readonly name: string;
  /**
   * Cell holding the series name, e.g. "'Type'!$B$4". Without it the name is
   * written as literal text (shorter legends than the unit-bearing headers).
   */
  readonly nameRef?: string;
  /** Column range of the values, e.g. "'Type'!$B$5:$B$17". */
  readonly valuesRef: string;
  readonly values: readonly (number | undefined)[];
  /** RRGGBB */
  readonly color: string;
  /** A line series' dash (DrawingML preset): "dash", "lgDash" (long dashes), or "sysDot" for a dotted line; solid without. */
  readonly dash?: 'dash' | 'lgDash' | 'sysDot';
  /** A line series' marker symbol; a circle without. */
  readonly marker?: 'circle' | 'square' | 'triangle' | 'diamond';
  /** Per-point colours (0-based index), e.g. lighter bars for forecast years. */
  readonly pointColors?: readonly { readonly index: number; readonly color: string }[];
}

/** Zero-based cell anchor and size in whole columns and rows. */
export interface CellAnchor {
  readonly col: number;
  readonly row: number;
  readonly cols: number;
  readonly rows: number;
}

export interface NativeChartSpec {
  /** Worksheet name the chart sits on (its ranges may point elsewhere). */
  readonly sheet: string;
  readonly kind: NativeChartKind;
  readonly title: string;
  readonly categoriesRef: string;
  readonly categories: readonly (number | string)[];
  readonly series: readonly NativeSeries[];
  /** Excel number format of the value axis (the Formatter's). */
  readonly valueFormat: string;
  readonly valueAxisTitle?: string;
  /** Text of the caption cell above the chart: also its shape name. */
  readonly caption: string;
  /**
   * Alternative text (the shape's descr), which screen readers read: what the
   * chart shows and how, e.g. "Market size, 2018–2030 (USD billion): editable
   * column chart", as a chart picture's is its caption.
   */
  readonly altText: string;
  readonly anchor: CellAnchor;
}
