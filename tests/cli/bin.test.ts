// End to end through the installed bin (compiled by `npm test`'s pretest).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET_FILE, ROOT } from '../fixtures.js';

const bin = path.join(ROOT, 'dist', 'cli', 'bin.js');

describe('the market-report bin', () => {
  it('runs as `npx market-report` and validates the default dataset', () => {
    const r = spawnSync('npx', ['--no-install', 'market-report', 'validate', DEFAULT_DATASET_FILE], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('1 file valid (0 errors, 0 warnings)\n');
    expect(r.status).toBe(0);
  });
  it('exits 1 for invalid input and 2 for a usage error', () => {
    expect(spawnSync(bin, ['validate', path.join(ROOT, 'package.json')], { encoding: 'utf8' }).status).toBe(1);
    expect(spawnSync(bin, ['validate'], { encoding: 'utf8' }).status).toBe(2);
  });
  it('prints its version', () => {
    const pkg = JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: ROOT, encoding: 'utf8' }));
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
  });
  it('starts node with one malloc arena (its #! line), also when run by `npm run report`', () => {
    // As the kernel runs a #! line: the interpreter, the rest of the line as one argument, then the script's arguments
    // (here node's own, to print the environment node was given).
    const line = readFileSync(bin, 'utf8').split('\n', 1)[0]!.slice(2);
    const space = line.indexOf(' ');
    const shown = execFileSync(line.slice(0, space), [line.slice(space + 1), '-p', 'process.env.MALLOC_ARENA_MAX'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(shown.trim()).toBe('1');
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.report!.split(' ')[0]).toBe('dist/cli/bin.js');
  });
});
