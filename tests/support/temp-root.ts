// Every test file gets its own temporary folder, removed when the file's tests end.
// Tests (and the CLI processes they start, which inherit the environment) make their
// scratch folders with os.tmpdir(), so pointing TMPDIR here means a test run leaves
// nothing behind in the machine's /tmp, whatever a test forgets to clean up.
// (A run killed midway, by Ctrl-C or a crashed fork, leaves its folder:
// market-report-test-*.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const outer = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
const root = mkdtempSync(path.join(tmpdir(), 'market-report-test-'));
process.env.TMPDIR = root;
process.env.TMP = root;
process.env.TEMP = root;

afterAll(() => {
  for (const [name, value] of Object.entries(outer)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  rmSync(root, { recursive: true, force: true });
});
