import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { expectOneErrorLine, makeTempDir, runCli } from './cli-harness.js';
import { parseBatchList } from '../../../src/cli/align-batch.js';

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

function writePair(name: string, ar: readonly string[], en: readonly string[]): void {
  writeFileSync(tmp.path(`${name}.ar`), `${ar.join('\n')}\n`);
  writeFileSync(tmp.path(`${name}.en`), `${en.join('\n')}\n`);
}

async function alignOne(name: string): Promise<string> {
  const { code, stdout } = await runCli(['align', '--source-sents', tmp.path(`${name}.ar`), '--target-sents', tmp.path(`${name}.en`)]);
  expect(code).toBe(0);
  return stdout;
}

describe('mizan align --batch', () => {
  it('writes each output with what the one-pair form prints, paths taken from the list folder', async () => {
    mkdirSync(tmp.path('out'));
    writePair('a', AR, EN);
    writePair('b', AR, [EN[0]!, EN[2]!, EN[3]!]);
    writeFileSync(tmp.path('list.tsv'), '# corpus\na.ar\ta.en\tout/a.beads\n\nb.ar\tb.en\tout/b.beads\n');
    // Run from elsewhere: relative paths must not depend on the working directory.
    const { code, stdout, stderr } = await runCli(['align', '--batch', tmp.path('list.tsv')]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^aligned 2 of 2 pairs \(\d+ beads, \d+ below the confidence threshold\)\n$/);
    expect(readFileSync(tmp.path('out/a.beads'), 'utf8')).toBe(await alignOne('a'));
    expect(readFileSync(tmp.path('out/b.beads'), 'utf8')).toBe(await alignOne('b'));
    expect(readFileSync(tmp.path('out/b.beads'), 'utf8')).toContain('2\t1\n');
    // Written through a temporary and renamed: nothing but the outputs is left.
    expect(readdirSync(tmp.path('out')).sort()).toEqual(['a.beads', 'b.beads']);
  });

  it('reports a bad line with its number, runs the others, and exits 1', async () => {
    writePair('a', AR, EN);
    writePair('c', AR.slice(0, 2), EN.slice(0, 2));
    const list = ['a.ar\ta.en\ta.beads', 'missing.ar\ta.en\tm.beads', 'only two\tfields', 'c.ar\tc.en\tc.beads', 'a.ar\ta.en\ta.ar'].join('\n');
    writeFileSync(tmp.path('list.tsv'), `${list}\n`);
    const { code, stderr } = await runCli(['align', '--batch', tmp.path('list.tsv')]);
    expect(code).toBe(1);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^mizan: .*list\.tsv:2: .*missing\.ar does not exist; check the path$/);
    expect(lines[1]).toMatch(/list\.tsv:3: expected SOURCE<TAB>TARGET<TAB>OUTPUT, found 2 field\(s\)/);
    expect(lines[2]).toMatch(/list\.tsv:5: the output .*a\.ar is one of this line's inputs/);
    expect(lines[3]).toBe('aligned 2 of 5 pairs (6 beads, 0 below the confidence threshold); 3 failed');
    expect(existsSync(tmp.path('a.beads'))).toBe(true);
    expect(existsSync(tmp.path('c.beads'))).toBe(true);
    expect(existsSync(tmp.path('m.beads'))).toBe(false);
    // The input named as an output is untouched.
    expect(readFileSync(tmp.path('a.ar'), 'utf8')).toBe(`${AR.join('\n')}\n`);
  });

  it('reports an output whose folder does not exist and keeps going', async () => {
    writePair('a', AR, EN);
    writeFileSync(tmp.path('list.tsv'), 'a.ar\ta.en\tnowhere/a.beads\na.ar\ta.en\tok.beads\n');
    const { code, stderr } = await runCli(['align', '--batch', tmp.path('list.tsv')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/list\.tsv:1: .*a\.beads cannot be written: its folder does not exist/);
    expect(existsSync(tmp.path('ok.beads'))).toBe(true);
  });

  it('prints per-pair results as JSON with --json', async () => {
    writePair('a', AR, EN);
    writeFileSync(tmp.path('list.tsv'), 'a.ar\ta.en\ta.beads\nx.ar\tx.en\tx.beads\n');
    const { code, stdout, stderr } = await runCli(['align', '--batch', tmp.path('list.tsv'), '--json']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout) as { aligned: number; failed: number; pairs: { line: number; ok: boolean; beads?: number; error?: string }[] };
    expect(json).toMatchObject({ aligned: 1, failed: 1 });
    expect(json.pairs.map((p) => [p.line, p.ok])).toEqual([[1, true], [2, false]]);
    expect(json.pairs[0]!.beads).toBe(4);
    expect(json.pairs[1]!.error).toMatch(/x\.ar does not exist/);
  });

  it('refuses an empty list, and mixing --batch with the one-pair form', async () => {
    writeFileSync(tmp.path('empty.tsv'), '# nothing yet\n\n');
    const empty = await runCli(['align', '--batch', tmp.path('empty.tsv')]);
    expect(empty.code).toBe(1);
    expect(expectOneErrorLine(empty.stderr)).toMatch(/lists no pairs; write one "SOURCE<TAB>TARGET<TAB>OUTPUT" line per pair/);
    const both = await runCli(['align', '--batch', tmp.path('empty.tsv'), '--source-sents', tmp.path('a.ar')]);
    expect(both.code).toBe(2);
    expect(expectOneErrorLine(both.stderr)).toMatch(/either --batch or --source-sents and --target-sents/);
    const neither = await runCli(['align', '--source-sents', tmp.path('a.ar')]);
    expect(neither.code).toBe(2);
    expect(expectOneErrorLine(neither.stderr)).toMatch(/needs --source-sents and --target-sents, or --batch LIST/);
  });
});

describe('parseBatchList', () => {
  it.each([
    ['a\tb\tc', 1, 0],
    ['a\tb\tc\r\n# comment\n\n  \nd\te\tf', 2, 0],
    ['a\tb', 0, 1],
    ['a\tb\tc\td', 0, 1],
    ['a\t\tc', 0, 1],
    ['a\tb\tc\nd\te\tc', 1, 1],
    ['a\tb\tb', 0, 1],
  ])('%j → %i pairs, %i bad lines', (text, pairs, errors) => {
    const parsed = parseBatchList(text, '/corpus');
    expect(parsed.pairs).toHaveLength(pairs);
    expect(parsed.errors).toHaveLength(errors);
  });

  it('resolves relative paths against the list folder and keeps absolute ones', () => {
    const { pairs } = parseBatchList('x/a.ar\t/abs/b.en\tout.tsv', '/corpus');
    expect(pairs).toEqual([{ line: 1, source: '/corpus/x/a.ar', target: '/abs/b.en', output: '/corpus/out.tsv' }]);
  });
});
