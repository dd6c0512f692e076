import { exportJsonSchema } from '../load/index.js';
import { UserError } from '../errors.js';
import { EXIT, type CliIO } from './io.js';

export async function schemaCommand(argv: readonly string[], io: CliIO): Promise<number> {
  if (argv.length > 0) throw new UserError('schema takes no arguments\n\nUsage: market-report schema > report.schema.json', EXIT.usage);
  io.stdout.write(`${JSON.stringify(exportJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}
