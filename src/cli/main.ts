// Parses the command name, dispatches, and maps errors to exit codes:
// a UserError prints its message (no stack) and exits 1 or 2; anything else
// is a bug and prints its stack.
import { isUserError, UserError } from '../errors.js';
import { shown, shownLines } from '../messages.js';
import { EXIT, type CliIO } from './io.js';
import { commands, usage } from './commands.js';

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout.write(usage());
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === '--version' || name === '-v') {
      io.stdout.write(`${(await import('../version.js')).VERSION}\n`);
      return EXIT.ok;
    }
    const command = commands[name];
    if (!command) throw new UserError(`unknown command "${shown(name)}"\n\n${usage()}`, EXIT.usage);
    return await (await command())(rest, io);
  } catch (e) {
    if (isUserError(e)) {
      io.stderr.write(`market-report: ${shownLines(e.message)}\n`);
      return e.exitCode;
    }
    io.stderr.write(`market-report: internal error (this is a bug, please report it)\n${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT.bug;
  }
}
