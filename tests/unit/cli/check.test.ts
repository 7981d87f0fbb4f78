import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { makeTempDir } from './cli-harness.js';
import { expectOneErrorLine, runCli, sampleProjectIn } from './cli-harness.js';

let tmp: ReturnType<typeof makeTempDir>;
let project: string;
beforeAll(async () => {
  ({ tmp, project } = await sampleProjectIn('sample.mizan'));
});
afterAll(() => tmp.cleanup());

describe('mizan check', () => {
  it('says ok and exits 0 for a sound project', async () => {
    expect(await runCli(['check', project])).toMatchObject({ code: 0, stdout: `${project}: ok\n`, stderr: '' });
    const { code, stdout } = await runCli(['check', project, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ ok: true, problems: [] });
  });

  it('finds damage an open does not read, lists it and exits 1', async () => {
    const damaged = tmp.path('damaged.mizan');
    writeFileSync(damaged, readFileSync(project));
    // Garbage over a page of the search index: no open reads it, every search might.
    const db = new Database(damaged, { readonly: true });
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const page = db.prepare("SELECT pageno FROM dbstat WHERE name = 'segment_search_data' ORDER BY pageno DESC LIMIT 1").pluck().get() as number;
    db.close();
    const bytes = readFileSync(damaged);
    bytes.fill(0xa5, (page - 1) * pageSize, page * pageSize);
    writeFileSync(damaged, bytes);
    expect(await runCli(['stats', damaged])).toMatchObject({ code: 0 });
    const { code, stdout } = await runCli(['check', damaged, '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { ok: boolean; problems: string[] };
    expect(report.ok).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
    expect((await runCli(['check', damaged])).stdout).toMatch(/is damaged; restore it/);
  });

  it('a file that is not a project is an error line, exit 1', async () => {
    const text = tmp.path('notes.mizan');
    writeFileSync(text, 'not a database');
    const { code, stderr } = await runCli(['check', text]);
    expect(code).toBe(1);
    expect(expectOneErrorLine(stderr)).toMatch(/not a Mizan project/);
  });
});
