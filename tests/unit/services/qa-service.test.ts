import type { Database } from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QaCheck, QaDocumentCheck, QaSegmentCheck } from '../../../src/core/qa/types.js';
import {
  QA_PAGE, effectiveQaProfile, qaContextFor, ignoreQaFinding, listQaChecks, readQaProfile, runDocumentQa, setQaProfile, setStatusChecked, unignoreQaFinding, writeQaReport,
} from '../../../src/services/qa-service.js';
import { getSegment } from '../../../src/store/segments.js';
import { addGlossaryEntry } from '../../../src/services/glossary-service.js';
import { updateTarget } from '../../../src/services/segment-service.js';
import { setMeta } from '../../../src/store/meta.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { emptyTarget } from '../../../src/core/qa/checks/empty-target.js';
import { toDocumentId, toSegmentId, type SegmentId } from '../../../src/core/ids.js';
import { mizanErrorOf } from '../helpers/mizan-error.js';
import { seedDocument, testContext } from '../helpers/store-fixtures.js';
import { tempDirPerTest } from '../helpers/temp-dir.js';

/** Flags every "XX" in the English, with its range, so fingerprints follow the text. */
const doubledX: QaSegmentCheck = {
  id: 'doubled-x', label: 'Doubled X', description: 'XX in the English.', category: 'form', defaultSeverity: 'warning', scope: 'segment',
  run({ segment }) {
    const hits = [];
    for (const m of segment.target.matchAll(/XX/g)) hits.push({ message: 'XX found', range: { side: 'target' as const, start: m.index, end: m.index + 2 } });
    return hits;
  },
};
/** Flags segments whose English another segment of the document has too. */
const sameTarget: QaDocumentCheck = {
  id: 'same-target', label: 'Same English', description: 'Two segments with one English.', category: 'consistency', defaultSeverity: 'info', scope: 'document',
  run(segments) {
    const seen = new Map<string, number>();
    for (const s of segments) if (s.segment.target) seen.set(s.segment.target, (seen.get(s.segment.target) ?? 0) + 1);
    return segments.filter((s) => (seen.get(s.segment.target) ?? 0) > 1).map((s) => ({ segmentId: s.segment.id, hit: { message: `"${s.segment.target}" is used twice` } }));
  },
};
/** Counts the annotations the check is given, so a test can see they arrive page by page. */
const annotationCount: QaSegmentCheck = {
  id: 'annotation-count', label: 'Annotations', description: 'Says how many annotations a segment has.', category: 'attribution', defaultSeverity: 'info', defaultOff: true, scope: 'segment',
  run: ({ annotations }) => (annotations.length ? [{ message: `${annotations.length} annotations` }] : []),
};
const REGISTRY: readonly QaCheck[] = [emptyTarget, doubledX, sameTarget, annotationCount];

let db: Database;
beforeEach(() => {
  db = createMemoryProject();
});
afterEach(() => db.close());

describe('runDocumentQa', () => {
  it('lists the findings of every check in document order, then registry order, with positions', () => {
    const { documentId } = seedDocument(db, [{ target: 'a XX' }, { target: '' }, { target: 'same' }, { target: 'same XX' }, { target: 'same' }]);
    const result = runDocumentQa(db, { documentId, scope: 'all', registry: REGISTRY });
    expect(result.findings.map((f) => [f.position, f.check, f.severity])).toEqual([
      [0, 'doubled-x', 'warning'], [1, 'empty-target', 'error'], [2, 'same-target', 'info'], [3, 'doubled-x', 'warning'], [4, 'same-target', 'info'],
    ]);
    expect(result.segments).toBe(5);
    expect(result.ignored).toBe(0);
  });

  it("scope 'segment' leaves out the document checks; segmentIds keeps only those segments", () => {
    const { documentId, segmentIds } = seedDocument(db, [{ target: 'same' }, { target: 'same XX' }, { target: 'same' }]);
    expect(runDocumentQa(db, { documentId, scope: 'segment', registry: REGISTRY }).findings.map((f) => f.check)).toEqual(['doubled-x']);
    const one = runDocumentQa(db, { documentId, scope: 'all', segmentIds: [segmentIds[2]!], registry: REGISTRY });
    expect(one.findings.map((f) => [f.position, f.check])).toEqual([[2, 'same-target']]);
    expect(one.segments).toBe(1);
  });

  it('reads a document longer than a page whole, with each segment’s annotations', () => {
    const n = QA_PAGE * 2 + 7;
    const { documentId, segmentIds } = seedDocument(db, Array.from({ length: n }, (_, i) => ({ target: i % 100 === 99 ? 'XX' : `t${i}` })));
    db.prepare("INSERT INTO annotations (segment_id, layer, side, start, \"end\", author, created_at, updated_at) VALUES (?, 'speaker', 'source', 0, 3, 'a', 0, 0)").run(segmentIds[n - 1]);
    setQaProfile(db, { 'annotation-count': { enabled: true, severity: 'info' } }, REGISTRY);
    const result = runDocumentQa(db, { documentId, scope: 'segment', registry: REGISTRY });
    expect(result.segments).toBe(n);
    expect(result.findings.filter((f) => f.check === 'doubled-x').map((f) => f.position)).toEqual([99, 199, 299, 399, 499, 599, 699, 799, 899, 999]);
    expect(result.findings.filter((f) => f.check === 'annotation-count').map((f) => [f.position, f.message])).toEqual([[n - 1, '1 annotations']]);
  });

  it('--checks runs only those and refuses an id that is not a check, naming the checks', () => {
    const { documentId } = seedDocument(db, [{ target: '' }, { target: 'XX' }]);
    expect(runDocumentQa(db, { documentId, scope: 'all', checks: ['doubled-x'], registry: REGISTRY }).findings.map((f) => f.check)).toEqual(['doubled-x']);
    const error = mizanErrorOf(() => runDocumentQa(db, { documentId, scope: 'all', checks: ['nope'], registry: REGISTRY }));
    expect(error.code).toBe('bad-input');
    expect(error.message).toContain('nope is not a QA check; the checks are: empty-target, doubled-x');
  });

  it('refuses a document that does not exist', () => {
    expect(mizanErrorOf(() => runDocumentQa(db, { documentId: toDocumentId(seedDocument(db, []).documentId + 1), scope: 'all' })).code).toBe('not-found');
  });
});

describe('ignores', () => {
  it('hide a finding (counted), survive an edit elsewhere in the segment, and end when its text changes', () => {
    const ctx = testContext('rana');
    const { documentId, segmentIds } = seedDocument(db, [{ target: 'the XX here' }]);
    const segmentId = segmentIds[0]!;
    const [finding] = runDocumentQa(db, { documentId, scope: 'all', registry: REGISTRY }).findings;
    const note = ignoreQaFinding(db, ctx, { segmentId, check: finding!.check, fingerprint: finding!.fingerprint, reason: 'a product name' });
    expect(note).toMatchObject({ author: 'rana', reason: 'a product name' });
    expect(runDocumentQa(db, { documentId, scope: 'all', registry: REGISTRY })).toMatchObject({ findings: [], ignored: 1 });
    const shown = runDocumentQa(db, { documentId, scope: 'all', includeIgnored: true, registry: REGISTRY });
    expect(shown.findings[0]!.ignored).toMatchObject({ author: 'rana', reason: 'a product name' });

    updateTarget(db, ctx, segmentId, 'Look: the XX here', null); // offsets move, the finding's text does not
    expect(runDocumentQa(db, { documentId, scope: 'all', registry: REGISTRY })).toMatchObject({ findings: [], ignored: 1 });
    updateTarget(db, ctx, segmentId, 'Look: the XX and XX here', null); // a second XX: both have the same text, both stay ignored
    expect(runDocumentQa(db, { documentId, scope: 'all', registry: REGISTRY }).ignored).toBe(2);
  });

  it('a finding whose text changed shows again; unignore shows it at once', () => {
    const ctx = testContext();
    const { documentId, segmentIds } = seedDocument(db, [{ target: 'same' }, { target: 'same' }]);
    const findings = runDocumentQa(db, { documentId, scope: 'all', registry: REGISTRY }).findings;
    ignoreQaFinding(db, ctx, { segmentId: segmentIds[0]!, check: 'same-target', fingerprint: findings[0]!.fingerprint, reason: 'ok' });
    expect(runDocumentQa(db, { documentId, scope: 'all', registry: REGISTRY }).findings.map((f) => f.position)).toEqual([1]);
    updateTarget(db, ctx, segmentIds[0]!, 'other', null);
    updateTarget(db, ctx, segmentIds[1]!, 'other', null);
    expect(runDocumentQa(db, { documentId, scope: 'all', registry: REGISTRY }).findings.map((f) => f.position)).toEqual([0, 1]);
    expect(unignoreQaFinding(db, { segmentId: segmentIds[0]!, check: 'same-target', fingerprint: findings[0]!.fingerprint })).toBe(true);
    expect(unignoreQaFinding(db, { segmentId: segmentIds[0]!, check: 'same-target', fingerprint: findings[0]!.fingerprint })).toBe(false);
  });

  it('need a reason and a segment that exists', () => {
    const { segmentIds } = seedDocument(db, [{ target: 'XX' }]);
    expect(mizanErrorOf(() => ignoreQaFinding(db, testContext(), { segmentId: segmentIds[0]!, check: 'doubled-x', fingerprint: 'f', reason: '  ' })).code).toBe('bad-input');
    expect(mizanErrorOf(() => ignoreQaFinding(db, testContext(), { segmentId: toSegmentId(segmentIds[0]! + 5), check: 'doubled-x', fingerprint: 'f', reason: 'r' })).code).toBe('not-found');
  });
});

describe('the profile', () => {
  it('turns checks off and changes severities; defaults fill the rest', () => {
    const { documentId } = seedDocument(db, [{ target: '' }, { target: 'XX' }]);
    expect(effectiveQaProfile(db, REGISTRY)).toEqual({
      'empty-target': { enabled: true, severity: 'error' }, 'doubled-x': { enabled: true, severity: 'warning' },
      'same-target': { enabled: true, severity: 'info' }, 'annotation-count': { enabled: false, severity: 'info' },
    });
    setQaProfile(db, { 'empty-target': { enabled: false, severity: 'error' }, 'doubled-x': { enabled: true, severity: 'error' } }, REGISTRY);
    expect(runDocumentQa(db, { documentId, scope: 'all', registry: REGISTRY }).findings.map((f) => [f.check, f.severity])).toEqual([['doubled-x', 'error']]);
    setQaProfile(db, { 'empty-target': { enabled: true, severity: 'warning' } }, REGISTRY);
    expect(readQaProfile(db)).toEqual({ 'empty-target': { enabled: true, severity: 'warning' }, 'doubled-x': { enabled: true, severity: 'error' } });
  });

  it('refuses unknown checks and reads a damaged stored profile as defaults', () => {
    expect(mizanErrorOf(() => setQaProfile(db, { bogus: { enabled: true, severity: 'info' } }, REGISTRY)).message).toContain('bogus is not a QA check');
    setMeta(db, 'qa.profile', '{"empty-target":{"enabled":"yes"},"doubled-x":{"enabled":false,"severity":"warning"}}');
    expect(readQaProfile(db)).toEqual({ 'doubled-x': { enabled: false, severity: 'warning' } });
    setMeta(db, 'qa.profile', 'not json');
    expect(readQaProfile(db)).toEqual({});
  });

  it('lists the checks with their defaults for the editor', () => {
    expect(listQaChecks(REGISTRY).map((c) => [c.id, c.scope, c.defaultEnabled])).toEqual([
      ['empty-target', 'segment', true], ['doubled-x', 'segment', true], ['same-target', 'document', true], ['annotation-count', 'segment', false],
    ]);
  });
});

describe('writeQaReport', () => {
  const temp = tempDirPerTest();

  it('writes HTML with counts per check and the findings, Arabic right-to-left and escaped', () => {
    const { documentId } = seedDocument(db, [{ source: 'قال <b>', target: 'XX said' }, { source: 'نص', target: '' }]);
    const out = writeQaReport(db, { documentId, format: 'html', outPath: temp.path('qa.html'), now: 0, tool: { name: 'Mizan', version: 't' }, registry: REGISTRY });
    expect(out).toMatchObject({ findings: 2, ignored: 0 });
    const html = readFileSync(temp.path('qa.html'), 'utf8');
    expect(html).toContain('<td>Doubled X <code>doubled-x</code></td><td class="n">0</td><td class="n">1</td><td class="n">0</td><td class="n">1</td>');
    expect(html).toContain('<td class="ar" dir="rtl" lang="ar">قال &lt;b&gt;</td>');
    expect(html).not.toContain('<b>');
  });

  it('writes CSV one finding a row, with a BOM, formulas shown as text', () => {
    const { documentId } = seedDocument(db, [{ source: '=1+1', target: '' }]);
    writeQaReport(db, { documentId, format: 'csv', outPath: temp.path('qa.csv'), now: 0, tool: { name: 'Mizan', version: 't' }, registry: REGISTRY });
    expect(readFileSync(temp.path('qa.csv'), 'utf8')).toBe(`\uFEFFdocument,segment,check,severity,message,source,target\r\n${documentId},0,empty-target,error,The English is empty.,'=1+1,\r\n`);
  });
});

describe('setStatusChecked (confirm and approve)', () => {
  // An empty English cannot be confirmed at all (core/align/edit/status.ts), so the error here is XX made one.
  const xxIsAnError = () => setQaProfile(db, { 'doubled-x': { enabled: true, severity: 'error' } }, REGISTRY);

  it('refuses on an error and changes nothing, unless forced', () => {
    xxIsAnError();
    const { segmentIds } = seedDocument(db, [{ target: 'XX' }]);
    const id = segmentIds[0]!;
    const refused = setStatusChecked(db, testContext(), id, 'translated', false, REGISTRY);
    expect(refused.segment).toBeNull();
    expect(refused.findings.map((f) => [f.check, f.severity])).toEqual([['doubled-x', 'error']]);
    expect(getSegment(db, id)!.status).toBe('new');
    const forced = setStatusChecked(db, testContext(), id, 'translated', true, REGISTRY);
    expect(forced.segment!.status).toBe('translated');
    expect(forced.findings).toHaveLength(1);
  });

  it('lets warnings through, returning them; ignored errors do not block', () => {
    const ctx = testContext();
    const { segmentIds } = seedDocument(db, [{ target: 'XX' }, { target: 'the XX' }]);
    const warned = setStatusChecked(db, ctx, segmentIds[0]!, 'approved', false, REGISTRY);
    expect(warned.segment!.status).toBe('approved');
    expect(warned.findings.map((f) => f.severity)).toEqual(['warning']);
    xxIsAnError();
    const [error] = setStatusChecked(db, ctx, segmentIds[1]!, 'translated', false, REGISTRY).findings;
    ignoreQaFinding(db, ctx, { segmentId: segmentIds[1]!, check: error!.check, fingerprint: error!.fingerprint, reason: 'XX is the product name' });
    expect(setStatusChecked(db, ctx, segmentIds[1]!, 'translated', false, REGISTRY).segment!.status).toBe('translated');
  });

  it('runs only per-segment checks (consistency needs the whole document, not a keystroke)', () => {
    const { segmentIds } = seedDocument(db, [{ target: 'same' }, { target: 'same' }]);
    expect(setStatusChecked(db, testContext(), segmentIds[0]!, 'translated', false, REGISTRY).findings).toEqual([]);
  });
});

describe('what the checks know (qaContextFor)', () => {
  it('gives the checks the glossary and, outside a confirm, the spelling dictionary with the project words', () => {
    const ctx = testContext();
    addGlossaryEntry(db, ctx, {
      sources: [{ text: 'الهدنة', status: 'preferred' }],
      targets: [{ text: 'truce', status: 'preferred' }, { text: 'armistice', status: 'forbidden' }],
      partOfSpeech: '', domain: '', note: '',
    });
    const { segmentIds: [id] } = seedDocument(db, [{ source: 'وافق الطرفان على الهدنة.', target: 'Both sides accepted the armistice and the ceasfire.' }]);
    const context = qaContextFor(db);
    expect(context.terms).toEqual([{ sources: ['الهدنة'], targets: ['truce'], forbidden: ['armistice'] }]);
    expect(context.spell?.('ceasfire')).toBe(false);
    expect(context.spell?.('accepted')).toBe(true);
    const checks = (segmentIds?: SegmentId[]) =>
      runDocumentQa(db, { documentId: toDocumentId(1), scope: 'segment', ...(segmentIds ? { segmentIds } : {}) }).findings.map((f) => f.check);
    expect(checks()).toEqual(expect.arrayContaining(['term-forbidden', 'spelling']));
    // On confirm (one segment's checks) the glossary still counts; spelling is the editor's job.
    expect(checks([id!])).toContain('term-forbidden');
    expect(checks([id!])).not.toContain('spelling');
  });
});
