// What the batch's main thread and its workers say to each other. Every
// message carries the id of the task it belongs to, so a reply can never be
// matched to the wrong report; errors cross as plain objects because class
// instances lose their prototype (and UserError its fields) in transit.
import type { RendererOptions } from './render-adapter.js';
import type { ManifestFile, PlainError, ProblemRecord } from './types.js';

export type WorkerRequest =
  | {
      readonly type: 'validate';
      readonly id: number;
      readonly file: string;
      readonly bytes: Uint8Array;
      /** The user's outline (absolute path), when not the bundled one: sample.chapters are checked against it. */
      readonly outlineFile?: string;
    }
  | {
      readonly type: 'build';
      readonly id: number;
      readonly file: string;
      readonly bytes: Uint8Array;
      /** Output root; the worker writes to outDir/<dataset id>/. */
      readonly outDir: string;
      readonly renderOptions: RendererOptions;
    };

export interface StageTiming {
  readonly stage: string;
  readonly ms: number;
}

export type WorkerResponse =
  | {
      readonly type: 'validated';
      readonly id: number;
      readonly reportId?: string;
      readonly problems: readonly ProblemRecord[];
    }
  | {
      readonly type: 'built';
      readonly id: number;
      readonly reportId: string;
      readonly files: readonly ManifestFile[];
      readonly stages: readonly StageTiming[];
      readonly ms: number;
    }
  /** The bytes a build was given did not validate (the file changed since it was checked). */
  | { readonly type: 'invalid'; readonly id: number; readonly problems: readonly ProblemRecord[] }
  | { readonly type: 'failed'; readonly id: number; readonly error: PlainError };

export function toPlainError(e: unknown): PlainError {
  if (e instanceof Error) return { name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}) };
  return { name: 'Error', message: String(e) };
}
