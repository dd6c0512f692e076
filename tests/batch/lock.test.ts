// One batch at a time per output folder: a second one is refused with a
// message naming the holder and the lock file; a lock whose owner is gone
// (killed, crashed, a restarted container reusing the pid) is taken over.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { UserError } from '../../src/errors.js';
import { currentProcess, LOCK_NAME, lockFolder } from '../../src/write/lock.js';
import { catalogue, removeScratch, scratch } from './helpers.js';

const TEST_WORKER = new URL('./fixtures/test-worker.mjs', import.meta.url);
const LOCKED = /is being written by another market-report batch \(process (\d+) on ([^)]+)\); wait for it to finish, or, if no such batch is running, delete (.+)$/;

const children: ChildProcess[] = [];
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await removeScratch();
});

/** A pid that was a node process a moment ago and is not any more. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  expect(child.status).toBe(0);
  return child.pid!;
}

/** A live process that is not this one, and its start time as the lock records it (Linux). */
async function liveProcess(): Promise<{ pid: number; started?: string }> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)'], { stdio: 'ignore' });
  children.push(child);
  await new Promise((r) => child.once('spawn', r));
  let started: string | undefined;
  try {
    const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
    started = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    started = undefined;
  }
  return { pid: child.pid!, ...(started !== undefined ? { started } : {}) };
}

async function lockedBy(dir: string, holder: object): Promise<string> {
  const file = path.join(dir, LOCK_NAME);
  await writeFile(file, `${JSON.stringify(holder)}\n`);
  return file;
}

async function expectRefused(dir: string): Promise<RegExpExecArray> {
  const error = await lockFolder(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  const m = LOCKED.exec((error as Error).message);
  expect(m, (error as Error).message).not.toBeNull();
  expect((error as Error).message.startsWith(dir)).toBe(true);
  return m!;
}

/** Takes the lock, checks that it now names this process, and releases it. */
async function expectTakenOver(dir: string): Promise<void> {
  const lock = await lockFolder(dir);
  expect(JSON.parse(await readFile(path.join(dir, LOCK_NAME), 'utf8'))).toEqual(currentProcess());
  await lock.release();
  expect(existsSync(path.join(dir, LOCK_NAME))).toBe(false);
}

describe('output folder lock', () => {
  it('refuses a second lock in the same process until the first is released', async () => {
    const dir = path.join(await scratch('lock'), 'not-yet-there');
    const lock = await lockFolder(dir); // makes the folder
    const m = await expectRefused(dir);
    expect(Number(m[1])).toBe(process.pid);
    expect(m[2]).toBe(os.hostname());
    expect(m[3]).toBe(path.join(dir, LOCK_NAME));
    await lock.release();
    await expectTakenOver(dir);
  });

  it('refuses a lock held by another live process on this host', async () => {
    const dir = await scratch('lock');
    const live = await liveProcess();
    await lockedBy(dir, { host: os.hostname(), ...live });
    expect(Number((await expectRefused(dir))[1])).toBe(live.pid);
  });

  it('refuses a lock held on another host, which it cannot check', async () => {
    const dir = await scratch('lock');
    await lockedBy(dir, { pid: deadPid(), host: `not-${os.hostname()}` });
    expect((await expectRefused(dir))[2]).toBe(`not-${os.hostname()}`);
  });

  it('takes over a lock whose process is gone', async () => {
    const dir = await scratch('lock');
    await lockedBy(dir, { pid: deadPid(), host: os.hostname() });
    await expectTakenOver(dir);
  });

  it.runIf(existsSync('/proc/self/stat'))('takes over a lock whose pid now belongs to a process started later', async () => {
    const dir = await scratch('lock');
    const live = await liveProcess();
    await lockedBy(dir, { pid: live.pid, host: os.hostname(), started: '1' });
    await expectTakenOver(dir);
    // This process's own pid, left by an earlier process with that pid (a restarted container).
    await lockedBy(dir, { ...currentProcess(), started: '1' });
    await expectTakenOver(dir);
  });

  it('takes over a lock file it cannot read as a lock', async () => {
    const dir = await scratch('lock');
    await writeFile(path.join(dir, LOCK_NAME), '');
    await expectTakenOver(dir);
    await writeFile(path.join(dir, LOCK_NAME), '{"pid":"12"}');
    await expectTakenOver(dir);
  });

  it('on release, leaves a lock that another process has taken over since', async () => {
    const dir = await scratch('lock');
    const lock = await lockFolder(dir);
    const file = await lockedBy(dir, { pid: 12345, host: `not-${os.hostname()}` });
    await lock.release();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ pid: 12345, host: `not-${os.hostname()}` });
  });
});

describe('batch: one run per output folder', () => {
  it('refuses a second batch into a folder that a running batch is writing, and leaves no lock behind', async () => {
    const root = await scratch('lock-batch');
    const data = path.join(root, 'data');
    const out = path.join(root, 'out');
    await catalogue(data, 2, 41);
    const options = { inputs: [data], outDir: out, workers: 1, workerScript: TEST_WORKER };
    const runs = await Promise.allSettled([runBatch(options), runBatch(options)]);
    const refused = runs.filter((r) => r.status === 'rejected');
    const done = runs.filter((r) => r.status === 'fulfilled');
    expect(refused).toHaveLength(1);
    expect(String((refused[0] as PromiseRejectedResult).reason.message)).toMatch(LOCKED);
    expect((done[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof runBatch>>>).value.counts).toMatchObject({ built: 2, failed: 0 });
    expect(existsSync(path.join(out, LOCK_NAME))).toBe(false);
    // Once the first has finished, the folder is free again.
    expect((await runBatch(options)).counts).toMatchObject({ skipped: 2 });
  }, 120_000);

  it('writes nothing, not even the output folder, when an input does not exist', async () => {
    const root = await scratch('lock-batch');
    const out = path.join(root, 'out');
    await expect(runBatch({ inputs: [path.join(root, 'missing')], outDir: out })).rejects.toThrow(/does not exist/);
    expect(existsSync(out)).toBe(false);
  });
});
