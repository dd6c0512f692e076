// The slice of pdfmake's document model this renderer uses. pdfmake ships no
// types; these are deliberately loose (a node is a plain object) but name the
// shapes the builders exchange.
export type Node = Record<string, unknown>;
export type Content = Node | string | readonly Content[];

export interface DocDefinition {
  readonly content: readonly Content[];
  readonly info: Record<string, unknown>;
  readonly pageSize: string;
  readonly pageMargins: readonly [number, number, number, number];
  readonly defaultStyle: Node;
  readonly styles: Record<string, Node>;
  readonly header?: unknown;
  readonly footer?: unknown;
  readonly pageBreakBefore?: unknown;
  readonly watermark?: unknown;
  readonly language?: string;
}
