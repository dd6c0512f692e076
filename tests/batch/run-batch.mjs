// Runs `market-report batch ...` from dist/ in a process of its own, for the
// kill test (until `batch` is registered in src/cli/commands.ts, dist/cli/bin.js
// does not know the command). BATCH_WORKER_SCRIPT, when set, names a worker
// entry to use instead of dist/batch/worker.js.
import { pathToFileURL } from 'node:url';
import { batchCommand } from '../../dist/cli/batch.js';
import { runBatch, createProgress, formatSummary } from '../../dist/batch/index.js';

const io = { stdout: process.stdout, stderr: process.stderr };
const argv = process.argv.slice(2);
if (process.env.BATCH_WORKER_SCRIPT) {
  // Same flags as the CLI's core, plus the injected worker.
  const [outFlag, out, ...inputs] = argv;
  if (outFlag !== '--out') throw new Error('usage: run-batch.mjs --out DIR <inputs...>');
  const progress = createProgress(process.stderr, { plainIntervalMs: 0 });
  const result = await runBatch({
    inputs,
    outDir: out,
    workers: Number(process.env.BATCH_WORKERS ?? 2),
    workerScript: pathToFileURL(process.env.BATCH_WORKER_SCRIPT),
    manifestFlushMs: 0,
    events: progress,
  });
  process.stdout.write(formatSummary(result));
  process.exitCode = result.counts.failed + result.counts.invalid > 0 ? 1 : 0;
} else {
  process.exitCode = await batchCommand(argv, io);
}
