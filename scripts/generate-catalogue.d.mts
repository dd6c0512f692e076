// Types for generate-catalogue.mjs, so TypeScript tests can import it.
export interface GeneratedDataset {
  readonly file: string;
  readonly dataset: Record<string, unknown> & { id: string };
}
export function generateDataset(seed: number, index: number): GeneratedDataset['dataset'];
export function generateCatalogue(count: number, seed: number): GeneratedDataset[];
export function writeCatalogue(dir: string, count: number, seed: number): Promise<string[]>;
