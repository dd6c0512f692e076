// What a command may touch of the outside world: two output streams.
// Commands never call process.exit; they return an exit code.
export interface CliIO {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown; isTTY?: boolean };
}

export const EXIT = { ok: 0, invalid: 1, usage: 2, bug: 70 } as const;
