// A fixed-size pool of worker threads, one request in flight per worker.
// A worker that dies mid-report (uncaught error, out of memory, exit) fails
// only that report: its task resolves as 'failed' and a fresh worker takes
// the next one. Callers bound how much work they hand over (p-limit in run.ts);
// the pool only queues what it is given.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { UserError } from '../errors.js';
import type { WorkerRequest, WorkerResponse } from './protocol.js';

type Request = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

export interface WorkerPool {
  run(request: Request): Promise<WorkerResponse>;
  close(): Promise<void>;
}

interface Task {
  readonly request: WorkerRequest;
  resolve(response: WorkerResponse): void;
}

interface Slot {
  readonly worker: Worker;
  task?: Task;
  crash?: Error;
  deadline?: NodeJS.Timeout;
}

/** A heap cap per worker, so one runaway report fails alone instead of taking the process down. */
const WORKER_HEAP_MB = 1024;
/**
 * The young generation per worker: 24 MB gives V8 an 8 MB semi-space instead
 * of its default 16 MB. Measured on 60 generated reports with 2 workers: peak
 * RSS 545-548 MB instead of 571-575 MB. Scavenges double in number and cost
 * ~18 ms more main-thread time per report (85-92 -> 106-110 ms of ~1.5 s CPU,
 * from PerformanceObserver 'gc' entries). 12 MB (a 4 MB semi-space) saved
 * another ~20 MB on 20 reports for ~+50 ms per report. The old generation
 * keeps its cap: 384-512 MB saved 10-30 MB, within the noise, at the risk of
 * failing a large report.
 */
const WORKER_YOUNG_MB = 24;

/**
 * How much a function runs before V8 considers optimising it: 8x V8's
 * default budget (67,584 bytecodes). A batch worker meets new code paths with
 * every dataset shape (regions, scenarios, segment counts), and at the default
 * V8's optimising compiler kept compiling 25-80 functions a report on helper
 * threads long after warm-up, most of them barely warm. Measured on 20
 * generated reports after 5 of warm-up, two runs side by side, each pinned to
 * one core, swapped and repeated: 4x took 4-10 % less CPU per report than the
 * default (helper threads -20 %) with the worker thread's own time unchanged;
 * 8x another ~2.5 % less; 16x no less CPU but a ~9 % slower worker thread.
 * Less CPU per report is more reports per second whenever the cores are full.
 * V8 flags are per process, so this also applies to the main thread (which
 * only plans and writes). A budget given on node's command line wins.
 */
const INTERRUPT_BUDGET = 8 * 67_584;

let tiered = false;
function tuneTiering(): void {
  if (tiered) return;
  tiered = true;
  if (!budgetGiven(process.execArgv)) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}

/**
 * Whether node's own arguments set the interrupt budget (Node refuses V8
 * flags like this one in NODE_OPTIONS, so the command line is the only other
 * place to give it). V8 reads "-" and "_" alike; other flags that start
 * with the same words are not this one.
 */
export function budgetGiven(execArgv: readonly string[]): boolean {
  return execArgv.some((a) => /^--interrupt[-_]budget(?:=|$)/.test(a));
}

/**
 * The compiled worker next to this module; when running from src/ (vitest),
 * the compiled one in dist/ (tests run after `npm run build`).
 */
function defaultWorkerScript(): URL {
  const sibling = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(sibling))) return sibling;
  return new URL('../../dist/batch/worker.js', import.meta.url);
}

interface PoolOptions {
  readonly size: number;
  readonly script?: URL;
  /** A task with no answer after this long has its worker terminated and fails (a hung renderer must not stall the batch). */
  readonly taskTimeoutMs?: number;
}

export function createWorkerPool({ size, script = defaultWorkerScript(), taskTimeoutMs = 0 }: PoolOptions): WorkerPool {
  if (!existsSync(fileURLToPath(script))) {
    throw new UserError(`batch: worker script ${fileURLToPath(script)} is missing; run \`npm run build\` first`);
  }
  tuneTiering();
  const slots = new Set<Slot>();
  const queue: Task[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } }) };
    slot.worker.on('message', (response: WorkerResponse) => {
      const task = slot.task;
      if (!task || response.id !== task.request.id) return; // a stray reply must never complete another report
      clearTimeout(slot.deadline);
      slot.task = undefined;
      task.resolve(response);
      dispatch();
    });
    slot.worker.on('error', (e) => {
      slot.crash = e;
    });
    slot.worker.on('exit', (code) => {
      clearTimeout(slot.deadline);
      slots.delete(slot);
      const task = slot.task;
      slot.task = undefined;
      if (task) {
        const reason = slot.crash ? `${slot.crash.name}: ${slot.crash.message}` : `exit code ${code}`;
        task.resolve({
          type: 'failed',
          id: task.request.id,
          error: { name: 'WorkerCrash', message: `the worker building this report stopped (${reason})`, ...(slot.crash?.stack ? { stack: slot.crash.stack } : {}) },
        });
      }
      if (!closed) dispatch();
    });
    slots.add(slot);
    return slot;
  };

  const dispatch = () => {
    while (queue.length > 0) {
      let slot = [...slots].find((s) => !s.task && !s.crash);
      if (!slot && slots.size < size) slot = spawn();
      if (!slot) return;
      const task = queue.shift()!;
      slot.task = task;
      if (taskTimeoutMs > 0) {
        slot.deadline = setTimeout(() => {
          slot.crash = Object.assign(new Error(`no answer after ${taskTimeoutMs} ms`), { name: 'Timeout' });
          void slot.worker.terminate();
        }, taskTimeoutMs);
      }
      slot.worker.postMessage(task.request);
    }
  };

  return {
    run(request) {
      if (closed) return Promise.reject(new Error('worker pool is closed'));
      return new Promise<WorkerResponse>((resolve) => {
        queue.push({ request: { ...request, id: nextId++ } as WorkerRequest, resolve });
        dispatch();
      });
    },
    async close() {
      closed = true;
      await Promise.all([...slots].map((s) => s.worker.terminate()));
    },
  };
}
