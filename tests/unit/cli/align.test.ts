import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { expectOneErrorLine, makeTempDir, runCli } from './cli-harness.js';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.cleanup());

const AR = ['قال كيربي إن القرار اتخذ بصعوبة.', 'وأضاف أن واشنطن ستسحب أفرادها.', 'وردت موسكو بأنها تأسف للقرار.', 'وفي عام ٢٠١٦ انهارت الهدنة.'];
const EN = ['Kirby said the decision was taken with difficulty.', 'He added that Washington would withdraw its staff.', 'Moscow replied that it regretted the decision.', 'In 2016 the truce collapsed.'];

describe('mizan align', () => {
  it('prints one bead per line in the contract format, covering every line once', async () => {
    writeFileSync(tmp.path('ar.sents'), `${AR.join('\n')}\n`);
    writeFileSync(tmp.path('en.sents'), `${[EN[0], EN[2], EN[3]].join('\n')}\n`);
    const { code, stdout, stderr } = await runCli(['align', '--source-sents', tmp.path('ar.sents'), '--target-sents', tmp.path('en.sents')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^(\d+(,\d+)*)?\t(\d+(,\d+)*)?$/);
    const sources = lines.flatMap((l) => l.split('\t')[0]!.split(',').filter(Boolean).map(Number));
    const targets = lines.flatMap((l) => l.split('\t')[1]!.split(',').filter(Boolean).map(Number));
    expect(sources).toEqual([0, 1, 2, 3]);
    expect(targets).toEqual([0, 1, 2]);
    // The year and the names decide where the English gap is: "Moscow…" pairs with وردت موسكو.
    expect(lines).toContain('2\t1');
    expect(lines).toContain('3\t2');
  });

  it('refuses a missing file with one line', async () => {
    const { code, stderr } = await runCli(['align', '--source-sents', tmp.path('nope'), '--target-sents', tmp.path('nope2')]);
    expect(code).toBe(1);
    expect(expectOneErrorLine(stderr)).toMatch(/does not exist; check the path/);
  });
});

describe('mizan import --target', () => {
  it('segments both texts and aligns them into one document', async () => {
    const project = tmp.path('p.mizan');
    expect((await runCli(['new', project])).code).toBe(0);
    writeFileSync(tmp.path('ar.txt'), `${AR.join(' ')}\n`);
    writeFileSync(tmp.path('en.txt'), `${EN.join(' ')}\n`);
    const { code, stdout, stderr } = await runCli(['import', project, '--source', tmp.path('ar.txt'), '--target', tmp.path('en.txt'), '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ document_id: 1, segments: 4, low_confidence: 0 });
    const db = new Database(project, { readonly: true });
    try {
      const rows = db.prepare('SELECT source, target, status FROM segments ORDER BY position').all() as { source: string; target: string; status: string }[];
      expect(rows.map((r) => r.source)).toEqual(AR);
      expect(rows.map((r) => r.target)).toEqual(EN);
      expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['draft']));
    } finally {
      db.close();
    }
  });
});
