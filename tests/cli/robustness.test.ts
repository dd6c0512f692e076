// The CLI in front of a user's mistakes: an --out that cannot be written to,
// a --templates folder that is not there, several datasets of which some are
// invalid. Each is a message and an exit code, never a stack (exit 70).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { writeAtomic } from '../../src/write/atomic.js';
import { writeError } from '../../src/write/errors.js';
import { DEFAULT_DATASET_FILE, defaultRaw, ROOT } from '../fixtures.js';
import { run } from './capture.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mr-robust-'));
const ID = 'medical-second-opinion';
const STACK = /\n\s+at /;

function file(name: string, text = ''): string {
  const f = path.join(dir, name);
  mkdirSync(path.dirname(f), { recursive: true });
  writeFileSync(f, text);
  return f;
}

function dataset(name: string, change: (d: Record<string, any>) => void): string {
  const d = defaultRaw();
  change(d);
  return file(name, JSON.stringify(d));
}

describe('writing where it cannot', () => {
  it('maps a file in the way of a folder, or a folder in the way of a file, to a UserError naming the blocker', async () => {
    const blocker = file('w/blocker', 'x');
    for (const target of [path.join(blocker, 'sub', 'a.pdf'), path.join(blocker, 'a.pdf')]) {
      const e = await writeAtomic(target, Buffer.from('x')).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(UserError); // ENOTDIR and EEXIST (mkdir of a path that is a file)
      expect((e as UserError).message).toBe(`cannot write to ${path.dirname(target)}: ${blocker} is a file, not a folder`);
      expect((e as UserError).exitCode).toBe(1);
    }
    const folder = path.join(dir, 'w', 'folder.pdf');
    mkdirSync(folder);
    const e = await writeAtomic(folder, Buffer.from('x')).catch((err: unknown) => err);
    expect((e as UserError).message).toBe(`cannot write to ${path.dirname(folder)}: ${folder} is a folder, not a file`);
    // The failed write leaves no temporary file behind.
    expect(readdirSync(path.join(dir, 'w')).sort()).toEqual(['blocker', 'folder.pdf']);
  });

  it('maps permission, read-only and full-disk errors; anything else stays a bug', () => {
    const errno = (code: string) => Object.assign(new Error(code), { code });
    for (const [code, reason] of [
      ['EACCES', 'permission denied (EACCES)'],
      ['EPERM', 'permission denied (EPERM)'],
      ['EROFS', 'the file system is read-only (EROFS)'],
      ['ENOSPC', 'no space left on the device (ENOSPC)'],
    ] as const) {
      const e = writeError(errno(code), '/out/x/a.pdf');
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).message).toBe(`cannot write to /out/x: ${reason}`);
    }
    // ENOENT with nothing in the way: the folder went while it was being written into.
    expect((writeError(errno('ENOENT'), path.join(dir, 'gone', 'a.pdf')) as UserError).message).toBe(
      `cannot write to ${path.join(dir, 'gone')}: the folder or a file being written was removed meanwhile (ENOENT)`,
    );
    const io = errno('EIO');
    expect(writeError(io, '/out/x/a.pdf')).toBe(io);
    const plain = new TypeError('boom');
    expect(writeError(plain, '/out/x/a.pdf')).toBe(plain);
  });

  it('names a link to a place that is not there (an unmounted drive) as what is in the way', async () => {
    const link = path.join(dir, 'w', 'dangling');
    symlinkSync(path.join(dir, 'w', 'nowhere', 'deeper'), link);
    for (const target of [path.join(link, 'a.pdf'), path.join(link, 'sub', 'a.pdf')]) {
      const e = await writeAtomic(target, Buffer.from('x')).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(UserError); // ENOENT, and ENOTDIR one level further down
      expect((e as UserError).message).toBe(`cannot write to ${path.dirname(target)}: ${link} is a link to ${path.join(dir, 'w', 'nowhere', 'deeper')}, which does not exist`);
    }
    const r = await run('batch', DEFAULT_DATASET_FILE, '--out', link, '--workers', '1');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`market-report: cannot write to ${link}: ${link} is a link to`);
    expect(r.stderr).not.toMatch(STACK);
  });

  it.runIf(existsSync('/proc/self'))('exits 1 at once for an --out where no folder can be made (/proc), no hang', async () => {
    const out = '/proc/market-report-test/out';
    const r = await run('batch', DEFAULT_DATASET_FILE, '--out', out, '--workers', '1');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`market-report: cannot write to ${out}: /proc does not let folders be made in it (ENOENT)`);
    expect(r.stderr).not.toMatch(STACK);
  }, 20_000);

  it('build --out FILE exits 1 with the message, no stack', async () => {
    const out = file('out-is-a-file', 'x');
    const r = await run('build', DEFAULT_DATASET_FILE, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`market-report: ${DEFAULT_DATASET_FILE}: cannot write to ${path.join(out, ID)}: ${out} is a file, not a folder`);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).not.toContain('internal error');
  });

  it('batch --out FILE exits 1 before building anything, no stack', async () => {
    const out = file('batch-out-is-a-file', 'x');
    const r = await run('batch', DEFAULT_DATASET_FILE, '--out', out, '--workers', '1');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`market-report: cannot write to ${out}: ${out} is a file, not a folder`);
    expect(r.stderr).not.toMatch(STACK);
    expect(readFileSync(out, 'utf8')).toBe('x');
  });
});

describe('flags', () => {
  it('refuses a flag given twice and an empty value, writing nothing (exit 2)', async () => {
    const cwd = process.cwd();
    const before = readdirSync(cwd).sort();
    for (const [argv, message] of [
      [['build', DEFAULT_DATASET_FILE, '--out', path.join(dir, 'twice-a'), '--out', path.join(dir, 'twice-b')], 'build: --out is given more than once; give it once'],
      [['batch', DEFAULT_DATASET_FILE, '--force', '--force'], 'batch: --force is given more than once; give it once'],
      [['build', DEFAULT_DATASET_FILE, '--out', ''], 'build: --out needs a value, not an empty string'],
      [['sample', DEFAULT_DATASET_FILE, '--out= '], 'sample: --out needs a value, not an empty string'],
      [['batch', DEFAULT_DATASET_FILE, '--outline', ''], 'batch: --outline needs a value, not an empty string'],
      // An unknown flag is quoted by node's parser; a newline in it is shown escaped, not as a second line.
      [['build', DEFAULT_DATASET_FILE, '--fo\nrce'], "build: Unknown option '--fo\\nrce'"],
      [['bu\nild', DEFAULT_DATASET_FILE], 'unknown command "bu\\nild"'],
      // A value that starts with a dash: one line naming the value, not node's three lines of advice (once printed with literal "\n"s).
      [['batch', DEFAULT_DATASET_FILE, '--workers', '-1'], 'batch: --workers needs a value; "-1" looks like a flag (write --workers=-1 if it is the value)'],
      [['build', DEFAULT_DATASET_FILE, '--out', path.join(dir, 'dash-a'), '--out', '-x'], 'build: --out needs a value; "-x" looks like a flag (write --out=-x if it is the value)'],
    ] as const) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toMatch(new RegExp(`^market-report: ${message.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')}\n\nUsage: `));
    }
    expect(() => readdirSync(path.join(dir, 'twice-a'))).toThrow();
    expect(() => readdirSync(path.join(dir, 'twice-b'))).toThrow();
    expect(readdirSync(cwd).sort()).toEqual(before);
  });
});

describe('file names with control characters', () => {
  it('are printed with escapes, so they cannot drive the terminal or fake a line', async () => {
    const name = 'bad\x1b[31m\nname.json';
    const f = dataset(name, (d) => (d.narrative.definition = 'TODO'));
    const shownName = path.join(dir, 'bad\\x1b[31m\\nname.json');
    for (const command of ['validate', 'build', 'batch']) {
      const r = await run(command, f, ...(command === 'validate' ? [] : ['--out', path.join(dir, 'ctl-out')]));
      expect(r.code, command).toBe(1);
      const all = r.stdout + r.stderr;
      expect(all, command).not.toContain('\x1b');
      expect(all, command).toContain(`${shownName}: narrative.definition: contains placeholder text "TODO"`);
    }
    const out = path.join(dir, 'ctl\x07out');
    const r = await run('build', DEFAULT_DATASET_FILE, '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${path.join(dir, 'ctl\\x07out')}/${ID}/${ID}.pdf (`);
    expect(r.stdout).not.toContain('\x07');
    // A name quoted inside a message: escaped too, while the message keeps its own lines.
    for (const [argv, shownName] of [
      [['batch', path.join(dir, 'no\nsuch')], `batch: ${path.join(dir, 'no\\nsuch')} does not exist`],
      [['build', DEFAULT_DATASET_FILE, '--outline', path.join(dir, 'a\x1bb.json')], `--outline ${path.join(dir, 'a\\x1bb.json')}: not found`],
    ] as const) {
      const failed = await run(...argv);
      expect(failed.stderr.split('\n')[0], argv.join(' ')).toBe(`market-report: ${shownName}${argv[0] === 'batch' ? ' (name a folder of datasets, a dataset file or a glob)' : ''}`);
    }
  }, 60_000);
});

describe('--templates DIR', () => {
  it('is a usage error (exit 2) when DIR does not exist, in build, sample and batch', async () => {
    const missing = path.join(dir, 'no-such-templates');
    for (const command of ['build', 'sample', 'batch']) {
      const r = await run(command, DEFAULT_DATASET_FILE, '--out', path.join(dir, 'unused'), '--templates', missing);
      expect(r.code, command).toBe(2);
      expect(r.stderr, command).toBe(`market-report: --templates ${missing}: folder not found\n`);
    }
    expect(() => readdirSync(path.join(dir, 'unused'))).toThrow();
  });

  it('is a usage error when DIR is a file or has neither report/ nor excerpt/', async () => {
    const empty = path.join(dir, 'templates-empty');
    mkdirSync(path.join(empty, 'Report'), { recursive: true }); // wrong case: not a subfolder the build reads
    const r = await run('sample', DEFAULT_DATASET_FILE, '--templates', empty);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expects report/ and/or excerpt/ subfolders like templates/');
    const notDir = file('templates-file', 'x');
    expect((await run('build', DEFAULT_DATASET_FILE, '--templates', notDir)).code).toBe(2);
  });

  it('warns about template files that no bundled template is named like', async () => {
    const t = path.join(dir, 'templates-typo');
    const bundled = readFileSync(path.join(ROOT, 'templates', 'report', 'definition.hbs'), 'utf8');
    file('templates-typo/report/definition.hbs', bundled);
    file('templates-typo/report/defintion.hbs', bundled);
    file('templates-typo/report/Market-Size.hbs', bundled);
    const r = await run('sample', DEFAULT_DATASET_FILE, '--out', path.join(dir, 'typo-out'), '--templates', t);
    expect(r.code, r.stderr).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.includes('warning:'));
    expect(warnings).toEqual([
      `market-report: warning: --templates ${t}: report/Market-Size.hbs, report/defintion.hbs match no bundled template and would never be used`,
    ]);
  });
});

describe('--templates and --outline mistakes: the run\'s, reported once before any dataset is read', () => {
  const other = () => dataset('shared/other.json', (d) => (d.id = 'other-report'));

  it('reports every template that does not compile once, naming its file and line, and writes nothing (exit 1)', async () => {
    const t = path.join(dir, 'templates-broken');
    file('templates-broken/report/definition.hbs', 'Defined as {{narrative.definition}.\n');
    file('templates-broken/excerpt/faq.hbs', '<p>one</p>\n{{#if x}}<p>unclosed\n');
    const datasets = [DEFAULT_DATASET_FILE, other()];
    for (const command of ['build', 'sample', 'batch']) {
      const out = path.join(dir, `templates-broken-${command}`);
      const r = await run(command, ...datasets, '--out', out, '--templates', t);
      expect(r.code, command).toBe(1);
      const lines = r.stderr.split('\n');
      // Once, as the folder's problem: not once per dataset, not counted as invalid or failed datasets.
      expect(lines[0], command).toBe(`market-report: --templates ${t}: 2 templates do not compile:`);
      expect(lines.filter((l) => l.startsWith('template ')), command).toEqual([
        `template ${path.join(t, 'report', 'definition.hbs')}: Parse error on line 1:`,
        `template ${path.join(t, 'excerpt', 'faq.hbs')}: Parse error on line 3:`,
      ]);
      for (const d of datasets) expect(r.stderr, command).not.toContain(d);
      expect(r.stdout, command).toBe('');
      expect(existsSync(out), command).toBe(false);
    }
  });

  it('names an outline\'s narrative template that exists nowhere, with its JSON path and the templates there are (exit 1)', async () => {
    const outline = file('shared/outline.json', JSON.stringify({
      version: 1,
      chapters: [{ id: 'a', title: 'A', sections: [{ id: 's', title: 'S', blocks: [{ kind: 'narrative', template: 'nosuch' }] }] }],
    }));
    const bundled = readdirSync(path.join(ROOT, 'templates', 'report')).filter((f) => f.endsWith('.hbs')).map((f) => f.replace(/\.hbs$/, '')).sort();
    const datasets = [DEFAULT_DATASET_FILE, other()];
    for (const command of ['build', 'batch']) {
      const out = path.join(dir, `outline-nosuch-${command}`);
      const r = await run(command, ...datasets, '--out', out, '--outline', outline);
      expect(r.code, command).toBe(1);
      expect(r.stderr, command).toBe(
        `market-report: outline file has 1 problem:\n${outline}: chapters[0].sections[0].blocks[0].template: ` +
          `there is no narrative template "nosuch"; the templates are ${bundled.join(', ')}\n`,
      );
      expect(existsSync(out), command).toBe(false);
    }
  });
});

describe('build with several datasets', () => {
  it('refuses the second of two datasets with one id instead of writing it over the first', async () => {
    const one = dataset('dup/one.json', (d) => (d.id = 'dup-id'));
    const two = dataset('dup/two.json', (d) => (d.id = 'dup-id'));
    const out = path.join(dir, 'dup-out');
    const r = await run('build', one, two, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${two}: id: id "dup-id" is also the id of ${one}; each report needs its own id (it names the output folder)`);
    expect(r.stderr).toContain('market-report: build: 1 of 2 datasets built; 1 invalid, 0 failed');
    expect(r.stdout.trim().split('\n')).toHaveLength(4);
  });

  it('lists every problem of every invalid file, builds the valid ones, and exits 1', async () => {
    const bad1 = dataset('multi/bad1.json', (d) => {
      d.narrative.definition = 'TODO';
      d.title = 'XX Market';
    });
    const good = dataset('multi/good.json', (d) => {
      d.id = 'good-report';
    });
    const bad2 = dataset('multi/bad2.json', (d) => {
      d.id = '../escape';
    });
    const out = path.join(dir, 'multi-out');
    const r = await run('build', bad1, good, bad2, '--out', out);
    expect(r.code).toBe(1);
    const problems = r.stderr.split('\n').filter((l) => l.startsWith(`${dir}/multi/bad`));
    // bad2 comes after an invalid file and is still validated; each problem on its own line.
    expect(problems.filter((l) => l.startsWith(`${bad1}: narrative.definition: `))).toHaveLength(1);
    expect(problems.filter((l) => l.startsWith(`${bad1}: title: `))).toHaveLength(1);
    expect(problems.filter((l) => l.startsWith(`${bad2}: id: `))).toHaveLength(1);
    expect(r.stderr).toContain('market-report: build: 1 of 3 datasets built; 2 invalid, 0 failed');
    expect(r.stderr).not.toMatch(STACK);
    // The valid file, after the first invalid one, is built; nothing for the invalid ones.
    expect(readdirSync(out)).toEqual(['good-report']);
    expect(readdirSync(path.join(out, 'good-report'))).toHaveLength(4);
    expect(r.stdout.trim().split('\n')).toHaveLength(4);
  });
});
