import type { Database } from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEGMENT_STATUSES } from '../../../src/core/model.js';
import { SAMPLE_TITLE, fillSampleProject } from '../../../src/services/sample-project.js';
import { getDocument } from '../../../src/store/documents.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { listSegments } from '../../../src/store/segments.js';
import { sample, sampleSourceExists, sampleSourcePath } from '../helpers/sample.js';
import { T0 } from '../helpers/store-fixtures.js';

describe('sample-project.json', () => {
  it('has 16 segments in paragraph order', () => {
    expect(sample.segments).toHaveLength(16);
    const paragraphs = sample.segments.map((s) => s.paragraph);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
    expect(paragraphs[0]).toBe(0);
  });

  it.skipIf(!sampleSourceExists)(`sources joined per paragraph equal the non-empty lines of the article${sampleSourceExists ? '' : ` (skipped: ${sampleSourcePath} is absent)`}`, () => {
    const lines = readFileSync(sampleSourcePath, 'utf8').replace(/\r\n?/g, '\n').split('\n').filter((l) => l.trim() !== '');
    const paragraphs = new Map<number, string[]>();
    for (const s of sample.segments) paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s.source]);
    expect([...paragraphs.keys()]).toEqual(lines.map((_, i) => i));
    expect([...paragraphs.values()].map((sources) => sources.join(' '))).toEqual(lines);
  });

  it('gives every segment to translate a non-empty English target', () => {
    const missing = sample.segments.filter((s) => !s.doNotTranslate && s.target.trim() === '').map((s) => s.source);
    expect(missing).toEqual([]);
    for (const s of sample.segments.filter((x) => !x.doNotTranslate)) expect(s.target).toMatch(/[A-Za-z]/);
  });

  it('marks the web boilerplate at the end as do-not-translate, with no target', () => {
    expect(sample.segments.filter((s) => s.doNotTranslate).map((s) => [s.source, s.target])).toEqual([
      ['المواضيع الأكثر قراءة', ''], ['SHARE', ''], ['close', ''],
    ]);
  });

  it('covers all six statuses', () => {
    expect(new Set(sample.segments.map((s) => s.status))).toEqual(new Set(SEGMENT_STATUSES));
  });

  it('points every comment at an existing segment', () => {
    for (const c of sample.comments) expect(sample.segments[c.segment]).toBeDefined();
  });
});

describe('fillSampleProject', () => {
  let db: Database;
  beforeEach(() => {
    db = createMemoryProject();
  });
  afterEach(() => db.close());

  it('writes the document and its segments exactly as in the JSON', () => {
    const id = fillSampleProject(db, T0);
    expect(getDocument(db, id)).toMatchObject({
      title: SAMPLE_TITLE, sourceLang: sample.sourceLang, targetLang: sample.targetLang, sourceName: sample.sourceName,
      segmentCount: sample.segments.length, createdAt: T0,
    });
    expect(listSegments(db, id, 0, 100).map((s) => ({
      paragraph: s.paragraph, source: s.source, target: s.target, status: s.status, doNotTranslate: s.doNotTranslate,
    }))).toEqual(sample.segments);
  });

  it('writes the review threads with replies and resolution, before the project time', () => {
    fillSampleProject(db, T0);
    const rows = db.prepare<[], { id: number; parent_id: number | null; body: string; resolved_at: number | null; created_at: number; position: number }>(`
      SELECT c.id, c.parent_id, c.body, c.resolved_at, c.created_at, s.position
      FROM comments c JOIN segments s ON s.id = c.segment_id ORDER BY c.id`).all();
    const threads = rows.filter((r) => r.parent_id === null);
    expect(threads.map((t) => [t.position, t.body, t.resolved_at !== null])).toEqual(
      sample.comments.map((c) => [c.segment, c.body, 'resolved' in c && c.resolved === true]),
    );
    threads.forEach((t, i) => {
      const replies = rows.filter((r) => r.parent_id === t.id).map((r) => r.body);
      expect(replies).toEqual(sample.comments[i]!.replies.map((r) => r.body));
    });
    expect(rows.every((r) => r.created_at < T0)).toBe(true);
  });
});
