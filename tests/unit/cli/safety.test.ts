/* eslint-disable no-control-regex -- these tests look for raw control characters in output */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { makeTempDir} from './cli-harness.js';
import { expectOneErrorLine, hashFile, runCli, sampleProjectIn } from './cli-harness.js';

let tmp: ReturnType<typeof makeTempDir>;
let project: string;
beforeEach(async () => {
  ({ tmp, project } = await sampleProjectIn('P.mizan'));
});
afterEach(() => tmp.cleanup());

describe('mizan never loses the project to an export', () => {
  it.each([
    ['the project', (p: string) => p, /is the open project itself; exporting there would destroy it\. Choose another file name/],
    ['its -wal', (p: string) => `${p}-wal`, /the open project's -wal file/],
    ['its -shm', (p: string) => `${p}-shm`, /the open project's -shm file/],
    ['the project by another spelling', (p: string) => p.replace('/P.mizan', '/./P.mizan'), /is the open project itself/],
    ['a folder', (_p: string) => tmp.dir, /is a folder; give a file name to export to/],
  ])('--out %s is refused, exit 1, the project byte-identical and still a project', async (_name, out, message) => {
    const before = hashFile(project);
    const result = await runCli(['export', project, '--format', 'tmx', '--out', out(project)]);
    expect(result.code).toBe(1);
    expect(expectOneErrorLine(result.stderr)).toMatch(message);
    expect(hashFile(project)).toBe(before);
    expect((await runCli(['stats', project, '--json'])).code).toBe(0);
    expect(readdirSync(tmp.dir).filter((f) => f.includes('.mizan-tmp-'))).toEqual([]);
  });
});

describe('special files', () => {
  it('mizan segment /dev/zero is refused at once, without reading', async () => {
    const result = await runCli(['segment', '/dev/zero']);
    expect(result.code).toBe(1);
    expect(expectOneErrorLine(result.stderr)).toMatch(/\/dev\/zero is not a regular file \(a device, pipe or socket\); save its content to a file/);
  });

  it('a FIFO is refused, not waited on', async () => {
    execFileSync('mkfifo', [tmp.path('fifo.txt')]);
    const result = await runCli(['import', project, '--source', tmp.path('fifo.txt')]);
    expect(result.code).toBe(1);
    expect(expectOneErrorLine(result.stderr)).toMatch(/fifo\.txt is not a regular file/);
  });

  it('a folder as source says so', async () => {
    const result = await runCli(['segment', tmp.dir]);
    expect(expectOneErrorLine(result.stderr)).toMatch(/is a folder, not a text file; choose a file inside it/);
  });
});

describe('control characters from file content never reach the terminal raw', () => {
  it('a title with ANSI escapes is printed escaped', async () => {
    writeFileSync(tmp.path('a.txt'), 'نص.');
    const result = await runCli(['import', project, '--source', tmp.path('a.txt'), '--title', '\u001b[2J\u001b]0;owned\u0007red\u009b31m']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"\\u001b[2J\\u001b]0;owned\\u0007red\\u009b31m"');
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('in an error naming a file, and in segmented text', async () => {
    const missing = await runCli(['segment', tmp.path('\u001b[31mred.txt')]);
    expect(expectOneErrorLine(missing.stderr)).toContain('\\u001b[31mred.txt does not exist');
    // Enough ordinary text that the decoder takes it as text with one stray escape.
    writeFileSync(tmp.path('esc.txt'), `Hello \u001b[5mworld. ${'Bye now. '.repeat(40)}`);
    const segmented = await runCli(['segment', tmp.path('esc.txt'), '--lang', 'en']);
    expect(segmented.stdout.split('\n')[0]).toBe('Hello \\u001b[5mworld.');
  });

  it('stats shows a layer name with escapes escaped, and --json stays valid JSON with the same text', async () => {
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(project);
    const layer = db.prepare('SELECT layer FROM annotations LIMIT 1').get() as { layer: string } | undefined;
    if (!layer) throw new Error('the sample has annotations');
    db.prepare('UPDATE annotations SET layer = ? WHERE layer = ?').run('evil\u001b[31m\u009b2J', layer.layer);
    db.close();
    const text = await runCli(['stats', project]);
    expect(text.stdout).toContain('evil\\u001b[31m\\u009b2J');
    expect(text.stdout).not.toMatch(/[\u001b\u009b]/);
    const json = await runCli(['stats', project, '--json']);
    expect(Object.keys((JSON.parse(json.stdout) as { annotations: Record<string, number> }).annotations)).toContain('evil\u001b[31m\u009b2J');
  });
});

describe('no stray temporaries after the next start', () => {
  it('a temporary of a killed export beside the project is removed when the project is next opened', async () => {
    const dead = execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).toString();
    writeFileSync(tmp.path(`P.mizan.tmx.mizan-tmp-${dead}`), 'half');
    expect((await runCli(['stats', project])).code).toBe(0);
    expect(existsSync(tmp.path(`P.mizan.tmx.mizan-tmp-${dead}`))).toBe(false);
  });
});
