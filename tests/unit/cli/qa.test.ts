import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDocumentId } from '../../../src/core/ids.js';
import { ignoreQaFinding, runDocumentQa } from '../../../src/services/qa-service.js';
import { ProjectSession } from '../../../src/services/project-session.js';
import { expectOneErrorLine, makeTempDir, runCli } from './cli-harness.js';

let tmp: ReturnType<typeof makeTempDir>;
let project: string;

/** A project with two documents: the first has two untranslated segments of three, the second none. */
beforeAll(async () => {
  tmp = makeTempDir();
  project = tmp.path('p.mizan');
  expect((await runCli(['new', project])).code).toBe(0);
  const tsv = tmp.path('one.tsv');
  writeFileSync(tsv, 'قال الوزير\tThe minister said\nنفى المتحدث\t\nأضاف\t\n');
  expect((await runCli(['import', project, '--source', tsv, '--title', 'one'])).code).toBe(0);
  const other = tmp.path('two.tsv');
  writeFileSync(other, 'صباح الخير\tGood morning\n');
  expect((await runCli(['import', project, '--source', other, '--title', 'two'])).code).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('mizan qa', () => {
  it('--json prints the issues of every document with 0-based positions and exits 0', async () => {
    const { code, stdout, stderr } = await runCli(['qa', project, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      issues: [
        { document: 1, segment: 1, check: 'empty-target', severity: 'error', message: 'The English is empty.' },
        { document: 1, segment: 2, check: 'empty-target', severity: 'error', message: 'The English is empty.' },
      ],
    });
  });

  it('prints a table without --json, and "no findings" for a clean document', async () => {
    const { stdout } = await runCli(['qa', project]);
    expect(stdout).toBe([
      'document  segment  severity  check         message',
      '1         1        error     empty-target  The English is empty.',
      '1         2        error     empty-target  The English is empty.',
      '2 findings: error 2',
      '',
    ].join('\n'));
    expect((await runCli(['qa', project, '--document', '2'])).stdout).toBe('no findings\n');
  });

  it('--fail-on error exits 3 when errors exist, 0 when the document is clean', async () => {
    expect((await runCli(['qa', project, '--fail-on', 'error', '--json'])).code).toBe(3);
    expect((await runCli(['qa', project, '--fail-on', 'warning'])).code).toBe(3);
    expect((await runCli(['qa', project, '--document', '2', '--fail-on', 'error'])).code).toBe(0);
  });

  it('exits 1 for an unknown check or document, 2 for bad usage', async () => {
    const check = await runCli(['qa', project, '--checks', 'empty-target,nope']);
    expect(check.code).toBe(1);
    expect(expectOneErrorLine(check.stderr)).toContain('nope is not a QA check');
    const doc = await runCli(['qa', project, '--document', '9']);
    expect(doc.code).toBe(1);
    expect(expectOneErrorLine(doc.stderr)).toContain('document 9 does not exist; the documents are 1: one, 2: two');
    expect((await runCli(['qa', project, '--fail-on', 'info'])).code).toBe(2);
    expect((await runCli(['qa', project, '--document', 'x'])).code).toBe(2);
    expect((await runCli(['qa', project, '--report', tmp.path('r.pdf'), '--document', '1'])).code).toBe(2);
  });

  it('--report writes the standalone report (one document) and says where', async () => {
    const out = tmp.path('report.csv');
    const { code, stderr } = await runCli(['qa', project, '--document', '1', '--report', out, '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe(`mizan: QA report written to ${out}\n`);
    expect(readFileSync(out, 'utf8').split('\r\n')[1]).toBe('1,1,empty-target,error,The English is empty.,نفى المتحدث,');
    const several = await runCli(['qa', project, '--report', tmp.path('r.html')]);
    expect(several.code).toBe(1);
    expect(expectOneErrorLine(several.stderr)).toContain('choose the one to report on with --document');
  });

  it('leaves out ignored findings and says how many on stderr', async () => {
    const session = new ProjectSession();
    session.open(project);
    try {
      const db = session.require();
      const [first] = runDocumentQa(db, { documentId: toDocumentId(1), scope: 'all' }).findings;
      ignoreQaFinding(db, { now: () => 1, user: () => 'rana' }, { segmentId: first!.segmentId, check: first!.check, fingerprint: first!.fingerprint, reason: 'left blank on purpose' });
    } finally {
      session.close();
    }
    const { stdout, stderr } = await runCli(['qa', project, '--json']);
    expect(JSON.parse(stdout)).toEqual({ issues: [{ document: 1, segment: 2, check: 'empty-target', severity: 'error', message: 'The English is empty.' }] });
    expect(stderr).toBe('mizan: 1 ignored finding left out (see them in the QA panel with "Show ignored")\n');
  });
});
