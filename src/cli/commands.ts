// The command table. One file per command; each parses its own flags and
// calls the library.
import type { CliIO } from './io.js';
import { validateCommand } from './validate.js';
import { schemaCommand } from './schema.js';
import { modelCommand } from './model.js';
import { buildCommand } from './build.js';

export type Command = (argv: readonly string[], io: CliIO) => Promise<number>;

export const commands: Record<string, Command> = {
  validate: validateCommand,
  schema: schemaCommand,
  model: modelCommand,
  build: buildCommand,
};

export function usage(): string {
  return `Usage: market-report <command> [options]

Commands:
  validate <file...> [--json]      check datasets against the data contract; lists every problem
  schema                           print the dataset JSON Schema
  model <file>                     print the computed Model (every number the report shows) as JSON
  build <file...> [--out DIR]      build a report's deliverables into DIR/<id>/ (default: output)

Exit codes: 0 success, 1 invalid input or failed build, 2 usage error.
`;
}
