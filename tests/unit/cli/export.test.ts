import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import sample from '../../../resources/sample/sample-project.json' with { type: 'json' };
import type { makeTempDir} from './cli-harness.js';
import { expectOneErrorLine, runCli, sampleProjectIn } from './cli-harness.js';
import { toDocumentId } from '../../../src/core/ids.js';
import { ProjectSession } from '../../../src/services/project-session.js';
import { updateTarget } from '../../../src/services/segment-service.js';
import { listSegments } from '../../../src/store/segments.js';

let tmp: ReturnType<typeof makeTempDir>;
let project: string;
beforeEach(async () => {
  ({ tmp, project } = await sampleProjectIn('s.mizan'));
});
afterEach(() => tmp.cleanup());

const translated = sample.segments.filter((s) => s.target !== '' && !s.doNotTranslate).length;

describe('mizan export', () => {
  it.each([
    ['tmx', translated, sample.segments.length - translated],
    ['xliff12', sample.segments.length, 0],
    ['xliff2', sample.segments.length, 0],
    ['tsv', sample.segments.length, 0],
    ['csv', sample.segments.length, 0],
    ['jsonl', sample.segments.length, 0],
    ['html', sample.segments.length, 0],
    ['txt', translated, sample.segments.length - translated],
  ])('writes %s and reports units and skipped segments', async (format, units, skipped) => {
    const out = tmp.path(`out.${format}`);
    const { code, stdout, stderr } = await runCli(['export', project, '--format', format, '--out', out, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ format, units, skipped, document_id: 1 });
    expect(existsSync(out)).toBe(true);
    expect(readdirSync(tmp.dir).some((f) => f.includes('.mizan-tmp-'))).toBe(false);
  });

  it('the TXT export is the translation by paragraph, boilerplate left out', async () => {
    const out = tmp.path('en.txt');
    await runCli(['export', project, '--format', 'txt', '--out', out]);
    const paragraphs = readFileSync(out, 'utf8').trimEnd().split('\n\n');
    expect(paragraphs[0]).toBe(sample.segments[0]!.target);
    expect(paragraphs).toHaveLength(translated);
  });

  it.each([
    ['a folder that does not exist', () => ['--format', 'tmx', '--out', tmp.path('no/such/dir/x.tmx')], /does not exist/],
    ['an unknown document', () => ['--format', 'tmx', '--out', tmp.path('x.tmx'), '--document', '7'], /document 7 does not exist/],
  ])('refuses %s with one line and writes nothing', async (_label, options, message) => {
    const { code, stderr } = await runCli(['export', project, ...options()]);
    expect(code).toBe(1);
    expect(expectOneErrorLine(stderr)).toMatch(message);
    expect(existsSync(tmp.path('x.tmx'))).toBe(false);
  });

  it('refuses an option the format does not take (from its entry) as a usage error, writing nothing', async () => {
    const { code, stderr } = await runCli(['export', project, '--format', 'tmx', '--out', tmp.path('x.tmx'), '--bom']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--bom applies to tsv, csv only, not tmx/);
    expect(existsSync(tmp.path('x.tmx'))).toBe(false);
  });

  it('--qa adds the QA findings (a qa column in CSV); a format without notes or columns refuses it', async () => {
    const own = await sampleProjectIn('qa.mizan');
    try {
      // One translated segment loses its English: empty-target finds it.
      const session = new ProjectSession();
      session.open(own.project);
      const blanked = listSegments(session.require(), toDocumentId(1), 0, 100).find((s) => s.target !== '' && !s.doNotTranslate)!;
      updateTarget(session.require(), { now: () => 1, user: () => 't' }, blanked.id, '', null);
      session.close();
      const out = own.tmp.path('qa.csv');
      expect((await runCli(['export', own.project, '--format', 'csv', '--out', out, '--qa'])).code).toBe(0);
      const rows = readFileSync(out, 'utf8').split('\r\n');
      expect(rows[0]!.endsWith(',comments,qa')).toBe(true);
      expect(rows.filter((r) => r.endsWith(',error empty-target: The English is empty.')).map((r) => Number(r.split(',')[0]))).toEqual([blanked.id]);
      const refused = await runCli(['export', own.project, '--format', 'tmx', '--out', own.tmp.path('x.tmx'), '--qa']);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/--qa applies to xliff12, xliff2, tsv, csv, html only, not tmx/);
    } finally {
      own.tmp.cleanup();
    }
  });

  it('--status approved,reviewed exports only those segments (issue 13: only approved work into a TMX)', async () => {
    const out = tmp.path('signed.tmx');
    const { code, stdout } = await runCli(['export', project, '--format', 'tmx', '--out', out, '--status', 'approved,reviewed', '--json']);
    expect(code).toBe(0);
    const signed = sample.segments.filter((s) => s.status === 'approved' || s.status === 'reviewed');
    expect(JSON.parse(stdout)).toMatchObject({ units: signed.length, skipped: 0 });
    const tmx = readFileSync(out, 'utf8');
    expect((tmx.match(/<tu>|<tu /g) ?? []).length).toBe(signed.length);
    const other = sample.segments.find((s) => s.status === 'translated')!;
    expect(tmx).not.toContain(other.target.slice(0, 30));
  });

  it('refuses a --status that is not a status as a usage error naming the choices, writing nothing', async () => {
    const { code, stderr } = await runCli(['export', project, '--format', 'tmx', '--out', tmp.path('x.tmx'), '--status', 'approved,aproved']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--status: aproved is not a status; choose from new, draft, translated, reviewed, approved, rejected/);
    expect(existsSync(tmp.path('x.tmx'))).toBe(false);
  });

  it('asks for --document when the project has several', async () => {
    writeFileSync(tmp.path('a.txt'), 'نص قصير.');
    expect((await runCli(['import', project, '--source', tmp.path('a.txt')])).code).toBe(0);
    const { code, stderr } = await runCli(['export', project, '--format', 'tmx', '--out', tmp.path('x.tmx')]);
    expect(code).toBe(1);
    expect(expectOneErrorLine(stderr)).toMatch(/2 documents; choose one with --document/);
  });

  it('imports its own TMX back: the same translated pairs', async () => {
    const out = tmp.path('s.tmx');
    await runCli(['export', project, '--format', 'tmx', '--out', out]);
    const { code, stdout } = await runCli(['import', project, '--source', out, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ document_id: 2, segments: translated });
  });
});

describe('mizan import of Mizan JSONL', () => {
  it('the annotated sample comes back whole: segments, annotations by layer, speakers, links, comments', async () => {
    const out = tmp.path('sample.jsonl');
    expect((await runCli(['export', project, '--format', 'jsonl', '--out', out])).code).toBe(0);
    const fresh = tmp.path('fresh.mizan');
    expect((await runCli(['new', fresh])).code).toBe(0);
    const imported = await runCli(['import', fresh, '--source', out, '--json']);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const replies = sample.comments.reduce((n, c) => n + c.replies.length, 0);
    const links = sample.annotations.reduce((n, a) => n + (a.links?.length ?? 0), 0);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      document_id: 1, title: sample.title, segments: sample.segments.length, annotations: sample.annotations.length,
      speakers: { matched: 0, created: sample.speakers.length }, links, comments: sample.comments.length + replies, warnings: [],
    });
    const before = JSON.parse((await runCli(['stats', project, '--json'])).stdout) as Record<string, unknown>;
    const after = JSON.parse((await runCli(['stats', fresh, '--json'])).stdout) as Record<string, unknown>;
    expect(after).toEqual(before);
  });

  it('a JSONL line whose span text does not match its offsets is refused with the line, and nothing is imported', async () => {
    const out = tmp.path('sample.jsonl');
    await runCli(['export', project, '--format', 'jsonl', '--out', out]);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    const third = JSON.parse(lines[2]!) as { annotations: { text: string | null }[] };
    const span = third.annotations.find((a) => a.text !== null)!;
    span.text = `${span.text}x`;
    lines[2] = JSON.stringify(third);
    writeFileSync(out, `${lines.join('\n')}\n`);
    const result = await runCli(['import', project, '--source', out]);
    expect(result.code).toBe(1);
    expect(expectOneErrorLine(result.stderr)).toMatch(/line 3/);
    const stats = JSON.parse((await runCli(['stats', project, '--json'])).stdout) as { documents: number };
    expect(stats.documents).toBe(1);
  });
});
