// The command table. One file per command; each parses its own flags and
// calls the library. Commands are imported on demand so that a quick command
// (a no-op batch, validate) never loads the renderers.
import type { CliIO } from './io.js';

type Command = (argv: readonly string[], io: CliIO) => Promise<number>;

export const commands: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./validate.js')).validateCommand,
  schema: async () => (await import('./schema.js')).schemaCommand,
  model: async () => (await import('./model.js')).modelCommand,
  build: async () => (await import('./build.js')).buildCommand,
  sample: async () => (await import('./build.js')).sampleCommand,
  batch: async () => (await import('./batch.js')).batchCommand,
};

export function usage(): string {
  return `Usage: market-report <command> [options]

Commands:
  validate <file...> [--json]      check datasets against the data contract; lists every problem
  schema                           print the dataset JSON Schema
  model <file>                     print the computed Model (every number the report shows) as JSON
  build <file...> [--out DIR] [--templates DIR] [--outline FILE]
                                   build one report's deliverables into DIR/<id>/ (default: output)
  sample <file...> [--out DIR] [--templates DIR] [--outline FILE]
                                   build only the free sample PDF (redacted forecast, chosen chapters)
  batch <dir|file|glob...> [--out DIR] [--workers N] [--force] [--templates DIR] [--outline FILE] [--json]
                                   build many reports incrementally on all cores, with DIR/manifest.json

Exit codes: 0 success, 1 invalid input or failed build, 2 usage error, 70 internal error (a bug).
`;
}
