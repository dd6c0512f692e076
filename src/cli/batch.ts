import os from 'node:os';
import { runBatch, createProgress, formatInvalid, formatSummary, type BatchResult } from '../batch/index.js';
import { batchMessages } from '../batch/messages.js';
import { UserError } from '../errors.js';
import { parseFlags } from './args.js';
import { EXIT, type CliIO } from './io.js';
import { warnUnusedTemplates } from './templates-option.js';

const HELP = `Usage: market-report batch <dir|file|glob...> [--out DIR] [--workers N] [--force] [--templates DIR] [--outline FILE] [--json]

  Builds every dataset (*.json) of the folders, files and globs named, skipping
  reports whose inputs have not changed since the last run (see DIR/manifest.json).
  --out DIR        output root (default: output)
  --workers N      worker threads (default: available parallelism; at most 4 per core)
  --force          rebuild every report, current or not
  --templates DIR  templates that replace bundled ones of the same name (their contents feed the content hash)
  --outline FILE   a report outline (JSON) instead of the bundled one
  --json           print the result as JSON instead of the summary table`;

export async function batchCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(
    'batch',
    argv,
    {
      out: { type: 'string', default: 'output' },
      workers: { type: 'string' },
      force: { type: 'boolean' },
      templates: { type: 'string' },
      outline: { type: 'string' },
      json: { type: 'boolean' },
    },
    HELP,
  );
  if (positionals.length === 0) throw new UserError(`batch: name at least one folder, dataset file or glob\n\n${HELP}`, EXIT.usage);
  const json = values.json === true;
  const templatesDir = values.templates !== undefined ? String(values.templates) : undefined;
  const outlineFile = values.outline !== undefined ? String(values.outline) : undefined;
  // runBatch checks --templates and --outline before it reads any dataset, once; the CLI only adds the warning.
  const progress = createProgress(io.stderr);
  const result = await runBatch({
    inputs: positionals,
    outDir: String(values.out),
    ...(values.workers !== undefined ? { workers: parseWorkers(String(values.workers)) } : {}),
    force: values.force === true,
    ...(templatesDir !== undefined ? { templatesDir } : {}),
    ...(outlineFile !== undefined ? { outlineFile } : {}),
    events: {
      ...progress,
      onSharedInputs: ({ unusedTemplates }) => warnUnusedTemplates(templatesDir, unusedTemplates, io),
      onValidated(validated) {
        progress.onValidated(validated);
        // Listed as soon as they are known: the builds that follow may take a while.
        if (!json) io.stdout.write(formatInvalid(validated.invalid));
      },
      onReport(entry, counts) {
        progress.onReport(entry, counts);
        // Found invalid only while rendering (a sample chapter, a user template's field): listed the same way.
        if (!json && entry.status === 'invalid') io.stdout.write(formatInvalid([entry]));
      },
    },
  });
  progress.finish();
  io.stdout.write(json ? `${JSON.stringify(toJson(result), null, 2)}\n` : formatSummary(result));
  return result.counts.failed + result.counts.invalid > 0 ? EXIT.invalid : EXIT.ok;
}

/**
 * More threads than this only take memory (a report is CPU-bound, and each
 * worker holds up to ~200 MB): "--workers 1e3" started a thousand threads.
 */
const MAX_WORKERS_PER_CORE = 4;

export function parseWorkers(value: string, cores = os.availableParallelism()): number {
  const max = MAX_WORKERS_PER_CORE * cores;
  // Digits only: Number() would also take "1e3", "0x2" and " 2".
  const n = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= max)) throw new UserError(batchMessages.badWorkers(value, max, cores), EXIT.usage);
  return n;
}

function toJson(result: BatchResult) {
  return {
    ok: result.counts.failed + result.counts.invalid === 0,
    counts: result.counts,
    ms: Math.round(result.ms),
    manifest: result.manifestPath,
    removed: result.removed,
    reports: result.manifest.reports.map((r) => ({
      id: r.id,
      source: r.source,
      status: r.status,
      files: r.files.map((f) => f.name),
      ...(r.error ? { error: `${r.error.name}: ${r.error.message}` } : {}),
      ...(r.problems ? { problems: r.problems } : {}),
    })),
  };
}
