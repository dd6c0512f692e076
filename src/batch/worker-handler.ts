// What a batch worker does with one request: validate a dataset, or build one
// report (load, then the pipeline of src/pipeline.ts: forecast, render, write)
// and describe the files it wrote.
// Kept apart from the thread wiring (worker.ts) so that tests and the bench
// can wrap it.
import { isUserError } from '../errors.js';
import { loadReportFromBytes } from '../load/index.js';
import { loadOutlineFile, type OutlineDefinition } from '../outline/index.js';
import type { Problem } from '../types.js';
import { sha256Hex } from './fingerprint.js';
import { toPlainError, type StageTiming, type WorkerRequest, type WorkerResponse } from './protocol.js';
import { createRenderer, type Renderer, type RendererOptions } from './render-adapter.js';
import type { ManifestFile, ProblemRecord } from './types.js';

type WorkerHandler = (request: WorkerRequest) => Promise<WorkerResponse>;

/** An artifact name must stay a plain file name inside the report's folder. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function createWorkerHandler(): WorkerHandler {
  // One renderer per option set, for the worker's lifetime: its context (fonts,
  // chart cache) is built once and reused by every report this worker builds.
  const renderers = new Map<string, Promise<Renderer>>();
  const rendererFor = (options: RendererOptions) => {
    const key = JSON.stringify(options);
    let renderer = renderers.get(key);
    if (!renderer) renderers.set(key, (renderer = createRenderer(options)));
    return renderer;
  };

  // The user's outline, read once per worker: validation checks sample.chapters against it.
  const outlines = new Map<string, Promise<OutlineDefinition>>();
  const outlineFor = async (file: string | undefined): Promise<{ outline?: OutlineDefinition }> => {
    if (file === undefined) return {};
    let outline = outlines.get(file);
    if (!outline) outlines.set(file, (outline = loadOutlineFile(file)));
    return { outline: await outline };
  };

  return async (request) => {
    try {
      const t0 = performance.now();
      const outlineFile = request.type === 'validate' ? request.outlineFile : request.renderOptions.outlineFile;
      const loaded = loadReportFromBytes(asBuffer(request.bytes), request.file, await outlineFor(outlineFile));
      if (request.type === 'validate') {
        return { type: 'validated', id: request.id, problems: records(loaded.errors), ...(loaded.value ? { reportId: loaded.value.id } : {}) };
      }
      if (!loaded.value) return { type: 'invalid', id: request.id, problems: records(loaded.errors) };
      const stages: StageTiming[] = [{ stage: 'load', ms: performance.now() - t0 }];

      const renderer = await rendererFor(request.renderOptions);
      let rendered = false;
      let built;
      try {
        built = await renderer.build(loaded.value, request.file, {
          outDir: request.outDir,
          onStage: (stage, ms) => stages.push({ stage, ms }),
          beforeWrite(artifacts) {
            rendered = true;
            for (const artifact of artifacts) {
              if (!SAFE_NAME.test(artifact.name)) throw new Error(`renderer produced an unsafe file name: ${JSON.stringify(artifact.name)}`);
            }
          },
        });
      } catch (e) {
        // A user's mistake the validator cannot see (a sample chapter the outline
        // lacks, a field a user template asks for): the report is invalid, not failed.
        // One found writing (an --out that cannot be written) fails the build.
        if (!rendered && isUserError(e)) return { type: 'invalid', id: request.id, problems: [problemFromMessage(e.message)] };
        throw e;
      }
      const { id, artifacts } = built;
      const files: ManifestFile[] = artifacts.map((a) => ({ name: `${id}/${a.name}`, bytes: a.bytes.byteLength, sha256: sha256Hex(a.bytes) }));
      files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return { type: 'built', id: request.id, reportId: id, files, stages, ms: performance.now() - t0 };
    } catch (e) {
      return { type: 'failed', id: request.id, error: toPlainError(e) };
    }
  };
}

/** Structured clone turns a Buffer into a plain Uint8Array; view it as a Buffer without copying. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A JSON path at the start of a message ("sample.chapters[1]: ...") becomes the problem's path. */
const LEADING_PATH = /^([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\d+\])*): ([\s\S]*)$/;

export function problemFromMessage(message: string): ProblemRecord {
  const m = LEADING_PATH.exec(message);
  return m ? { path: m[1]!, message: m[2]! } : { path: '(root)', message };
}

function records(problems: readonly Problem[]): ProblemRecord[] {
  return problems.map((p) => ({ path: p.path, message: p.message }));
}
