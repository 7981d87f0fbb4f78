import type { Database } from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentId, SegmentId } from '../../../src/core/model.js';
import { createAnnotation, linkAnnotations, updateAnnotation } from '../../../src/services/annotation-service.js';
import { clearHistory } from '../../../src/services/edit-history.js';
import { exportDocument } from '../../../src/services/export-service.js';
import { importJsonl, readJsonlFile } from '../../../src/services/import-jsonl.js';
import { fillSampleProject } from '../../../src/services/sample-project.js';
import { createSpeaker, listSpeakers } from '../../../src/services/speaker-service.js';
import { reanchorAnnotation } from '../../../src/store/range-edits.js';
import { attachCommentToAnnotation } from '../../../src/store/annotations.js';
import { insertComment } from '../../../src/store/comments.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { T0, seedDocument, testContext } from '../helpers/store-fixtures.js';
import { makeTempDir, type TempDir } from '../helpers/temp-dir.js';

// Diacritics, shadda, tatweel, an RLM and an emoji before the spans: offsets must survive exactly.
const AR0 = 'قالَ المُتَحَدِّثُ باسمِ البنتاغونِ جون كِيرْبِي إنّ المحادثاتِ علّقـــت\u200F 🙂.';
const EN0 = 'Pentagon spokesman John Kirby said the talks were suspended 🙂.';
const AR1 = 'وحمّلَ موسكو المسؤوليةَ عن فشلِ الهدنة عام ٢٠١٦.';
const EN1 = 'He blamed Moscow for the failure of the 2016 truce.';

let tmp: TempDir;
let source: Database;
let target: Database;
let ctx: ReturnType<typeof testContext>;
let doc: DocumentId;
let ids: SegmentId[];

beforeEach(() => {
  tmp = makeTempDir();
  source = createMemoryProject();
  target = createMemoryProject();
  ctx = testContext('ana');
  ({ documentId: doc, segmentIds: ids } = seedDocument(source, [
    { source: AR0, target: EN0, status: 'translated', paragraph: 0 },
    { source: AR1, target: EN1, status: 'reviewed', paragraph: 0 },
    { source: 'شارك', target: '', status: 'new', paragraph: 1, doNotTranslate: true },
  ], 'Talks suspended'));
});
afterEach(() => {
  clearHistory(source);
  source.close();
  target.close();
  tmp.cleanup();
});

const at = (within: string, text: string) => ({ start: within.indexOf(text), end: within.indexOf(text) + text.length });

/** A document with speakers, spans on both sides, whole-segment annotations, every link kind, a flag and comment threads. */
function annotate(): void {
  const kirby = createSpeaker(source, ctx, { nameSource: 'جون كِيرْبِي', nameTarget: 'John Kirby', role: 'spokesman', organisation: 'Pentagon' }).id;
  const ar = (k: number, text: string, rest: object) => createAnnotation(source, ctx, { segmentId: ids[k]!, side: 'source', layer: 'cue', ...at(k === 0 ? AR0 : AR1, text), ...rest }).annotation!.id;
  const en = (k: number, text: string, rest: object) => createAnnotation(source, ctx, { segmentId: ids[k]!, side: 'target', layer: 'cue', ...at(k === 0 ? EN0 : EN1, text), ...rest }).annotation!.id;
  const arName = ar(0, 'جون كِيرْبِي', { layer: 'speaker', speakerId: kirby, attrs: { confidence: 0.75 } });
  const enName = en(0, 'John Kirby', { layer: 'speaker', speakerId: kirby });
  linkAnnotations(source, ctx, arName, enName, 'translation');
  const cue = ar(0, 'قالَ', { label: 'say', attrs: { commitment: 'neutral' } });
  const content = ar(0, 'المحادثاتِ علّقـــت', { layer: 'content', label: 'indirect' });
  linkAnnotations(source, ctx, cue, arName, 'attribution');
  linkAnnotations(source, ctx, cue, content, 'attribution');
  const enContent = en(0, 'the talks were suspended', { layer: 'content', label: 'indirect', attrs: { note: 'paraphrase' } });
  linkAnnotations(source, ctx, content, enContent, 'translation');
  const moscow = en(1, 'Moscow', { layer: 'claim', label: 'factual-verifiable', attrs: { check_worthy: true } });
  const stance = createAnnotation(source, ctx, { segmentId: ids[1]!, layer: 'stance', side: 'segment', start: null, end: null, label: 'AGAINST', speakerId: kirby, attrs: { target: 'Moscow' } }).annotation!.id;
  linkAnnotations(source, ctx, stance, moscow, 'target');
  const year = ar(1, '٢٠١٦', { layer: 'claim', label: 'factual-verifiable' });
  reanchorAnnotation(source, year, ids[1]!, at(AR1, '٢٠١٦').start, at(AR1, '٢٠١٦').end, true, T0);
  updateAnnotation(source, ctx, cue, { attrs: { commitment: 'distancing', confidence: 1 } });
  const thread = insertComment(source, { segmentId: ids[0]!, parentId: null, author: 'Reviewer', body: 'Is "suspended" right?', at: T0 + 1, resolvedAt: T0 + 9, resolvedBy: 'Reviewer' });
  insertComment(source, { segmentId: ids[0]!, parentId: thread, author: 'Translator', body: 'Yes — «علّقت».', at: T0 + 2, resolvedAt: null, resolvedBy: null });
  const onSpan = insertComment(source, { segmentId: ids[0]!, parentId: null, author: 'مراجع', body: 'الاسم كما في البيان', at: T0 + 3, resolvedAt: null, resolvedBy: null });
  attachCommentToAnnotation(source, onSpan, arName);
}

async function exportJsonl(db: Database, documentId: DocumentId, name: string): Promise<string> {
  const outPath = tmp.path(name);
  await exportDocument(db, { documentId, format: 'jsonl', outPath, now: T0, tool: { name: 'Mizan', version: 'test' } });
  return outPath;
}

type Row = Record<string, unknown>;
interface ExportLine extends Row {
  document: Row;
  segment: Row & { id: number };
  annotations: (Row & { id: number; links: number[]; speaker: (Row & { id: number }) | null })[];
  comments: (Row & { id: number; parent: number | null; annotation: number | null })[];
}

/** Export lines with every id replaced by its order of first appearance, so two projects compare. */
function canonical(path: string): unknown[] {
  const maps = { segment: new Map<number, number>(), annotation: new Map<number, number>(), comment: new Map<number, number>(), speaker: new Map<number, number>() };
  const as = (kind: keyof typeof maps, id: number | null) => {
    if (id === null) return null;
    const map = maps[kind];
    if (!map.has(id)) map.set(id, map.size + 1);
    return map.get(id);
  };
  const lines = readFileSync(path, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as ExportLine);
  for (const l of lines) for (const a of l.annotations) as('annotation', a.id);
  for (const l of lines) for (const c of l.comments) as('comment', c.id);
  return lines.map((l) => ({
    ...l,
    document: { ...l.document, id: 'doc' },
    segment: { ...l.segment, id: as('segment', l.segment.id) },
    annotations: l.annotations.map((a) => ({
      ...a, id: as('annotation', a.id), links: a.links.map((x) => as('annotation', x)),
      speaker: a.speaker === null ? null : { ...a.speaker, id: as('speaker', a.speaker.id) },
    })),
    comments: l.comments.map((c) => ({
      ...c, id: as('comment', c.id), parent: as('comment', c.parent), annotation: as('annotation', c.annotation),
    })),
  }));
}

/** Every link as "from layer → to layer: kind", sorted. */
const linkKinds = (db: Database): string[] => (db.prepare(`
  SELECT f.layer || '→' || t.layer || ':' || l.kind AS k FROM annotation_links l
  JOIN annotations f ON f.id = l.from_id JOIN annotations t ON t.id = l.to_id ORDER BY k`).all() as { k: string }[]).map((r) => r.k);

describe('importJsonl', () => {
  it('round trip: export → import into a fresh project → export gives the same document, offsets and all', async () => {
    annotate();
    const first = await exportJsonl(source, doc, 'first.jsonl');
    const file = readJsonlFile(first);
    const result = importJsonl(target, testContext('importer'), file);
    expect(result).toMatchObject({
      segments: 3, annotations: 8, links: 5, comments: 3, speakers: { matched: 0, created: 1 },
      document: { title: 'Talks suspended', sourceLang: 'ar', targetLang: 'en', segmentCount: 3 },
    });
    // The export names each link's kind, so nothing had to be inferred.
    expect(result.warnings).toEqual([]);
    const second = await exportJsonl(target, result.document.id, 'second.jsonl');
    expect(canonical(second)).toEqual(canonical(first));
    // The spans cover the same text with diacritics, after an emoji and an RLM.
    const spans = (path: string) => readFileSync(path, 'utf8').trimEnd().split('\n').flatMap((l) => (JSON.parse(l) as { annotations: { start: number; end: number; text: string }[] }).annotations.map((a) => [a.start, a.end, a.text]));
    expect(spans(second)).toContainEqual([at(AR0, 'جون كِيرْبِي').start, at(AR0, 'جون كِيرْبِي').end, 'جون كِيرْبِي']);
    expect(spans(second)).toContainEqual([at(AR0, 'المحادثاتِ علّقـــت').start, at(AR0, 'المحادثاتِ علّقـــت').end, 'المحادثاتِ علّقـــت']);
    expect(spans(second)).toEqual(spans(first));
    // Who annotated, and the flags, come across too.
    const rows = (db: typeof target) => db.prepare('SELECT author, flagged, created_at FROM annotations ORDER BY id').all();
    expect(rows(target)).toEqual(rows(source));
  });

  it('link kinds survive the round trip for the default scheme\'s conventions', async () => {
    annotate();
    const result = importJsonl(target, ctx, readJsonlFile(await exportJsonl(source, doc, 'k.jsonl')));
    expect(result.links).toBe(5);
    expect(linkKinds(target)).toEqual(linkKinds(source));
  });

  it('round trip of the built-in annotated sample: same lines, same link kinds', async () => {
    const sampleDoc = fillSampleProject(source, T0);
    const first = await exportJsonl(source, sampleDoc, 'sample.jsonl');
    const result = importJsonl(target, ctx, readJsonlFile(first));
    expect(canonical(await exportJsonl(target, result.document.id, 'sample-again.jsonl'))).toEqual(canonical(first));
    expect(linkKinds(target)).toEqual(linkKinds(source));
  });

  it('matches speakers already in the registry by both names, and adds the others', async () => {
    annotate();
    const path = await exportJsonl(source, doc, 'm.jsonl');
    createSpeaker(target, ctx, { nameSource: 'جون كِيرْبِي', nameTarget: 'John Kirby', role: 'admiral' });
    const result = importJsonl(target, ctx, readJsonlFile(path));
    expect(result.speakers).toEqual({ matched: 1, created: 0 });
    expect(listSpeakers(target).map((s) => [s.nameTarget, s.role, s.annotationCount])).toEqual([['John Kirby', 'admiral', 3]]);
  });

  it('imports twice as two documents with their own ids, and takes a title', async () => {
    annotate();
    const path = await exportJsonl(source, doc, 't.jsonl');
    const a = importJsonl(target, ctx, readJsonlFile(path));
    const b = importJsonl(target, ctx, readJsonlFile(path), { title: 'Copy', sourceName: 't.jsonl' });
    expect(b.document).toMatchObject({ title: 'Copy', sourceName: 't.jsonl' });
    expect(b.document.id).not.toBe(a.document.id);
    expect(target.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual({ n: 16 });
    expect(target.prepare('SELECT count(*) AS n FROM speakers').get()).toEqual({ n: 1 });
  });

  it('replies before their parent in the file still hang off it', () => {
    const line = JSON.stringify({
      document: { id: 1, title: 'T', source_lang: 'ar', target_lang: 'en' }, segment: { id: 1, position: 0, paragraph: 0, status: 'new' },
      source: 'نص', target: '', annotations: [],
      comments: [
        { id: 2, parent: 1, annotation: null, author: 'b', body: 'reply', created_at: 2, resolved_at: null },
        { id: 1, parent: null, annotation: null, author: 'a', body: 'first', created_at: 1, resolved_at: 5, resolved_by: 'a' },
      ],
    });
    const path = tmp.path('c.jsonl');
    writeFileSync(path, `${line}\n`);
    importJsonl(target, ctx, readJsonlFile(path));
    expect(target.prepare('SELECT body, parent_id IS NOT NULL AS reply, resolved_by FROM comments ORDER BY id').all()).toEqual([
      { body: 'first', reply: 0, resolved_by: 'a' },
      { body: 'reply', reply: 1, resolved_by: null },
    ]);
  });

  it('warns about layers, labels and link rules the project\'s scheme does not have', () => {
    const line = JSON.stringify({
      document: { id: 1, title: 'T', source_lang: 'ar', target_lang: 'en' }, segment: { id: 1, position: 0, paragraph: 0, status: 'new' },
      source: 'نص', target: '',
      annotations: [
        { id: 1, layer: 'emotion', side: 'segment', start: null, end: null, text: null, label: 'anger', speaker: null, attrs: {}, links: [] },
        { id: 2, layer: 'stance', side: 'segment', start: null, end: null, text: null, label: 'NEUTRAL', speaker: null, attrs: {}, links: [] },
        { id: 3, layer: 'claim', side: 'segment', start: null, end: null, text: null, label: null, speaker: null, attrs: {}, links: [{ id: 2, kind: 'target' }] },
      ],
      comments: [],
    });
    const path = tmp.path('w.jsonl');
    writeFileSync(path, `${line}\n`);
    expect(importJsonl(target, ctx, readJsonlFile(path)).warnings).toEqual([
      '1 annotation use layer "emotion", which this project\'s annotation scheme does not have; add it to the scheme to edit them',
      '1 annotation use label "NEUTRAL" of layer "stance", which this project\'s annotation scheme does not have; add it to the scheme to edit them',
      '1 link is target links from claim to stance, which this project\'s annotation scheme does not allow; they were imported, but add the link rule to the scheme to make more',
    ]);
  });

  it('a refused file writes nothing', () => {
    const path = tmp.path('bad.jsonl');
    writeFileSync(path, '{"document": {"id": 1, "title": "T", "source_lang": "ar", "target_lang": "en"}, "segment": {"id": 1, "position": 0}, "source": "نص", "target": ""}\nnot json\n');
    expect(() => readJsonlFile(path)).toThrow(/bad\.jsonl line 2: not valid JSON/);
    expect(target.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
  });
});
