// Errors that cross stage boundaries. A UserError is a mistake the user can
// fix (bad flag, missing file, invalid dataset): the CLI prints its message
// without a stack. Anything else is a bug and is printed with its stack.
import type { Problem } from './types.js';

export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    /** Exit code the CLI uses: 1 for invalid input, 2 for usage errors. */
    readonly exitCode: 1 | 2 = 1,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
