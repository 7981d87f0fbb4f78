import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MizanError } from '../../../src/core/errors.js';
import { importSourceText } from '../../../src/services/import-text.js';
import { listDocuments } from '../../../src/store/documents.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { listSegments } from '../../../src/store/segments.js';
import { testContext } from '../helpers/store-fixtures.js';

let db: Database;
beforeEach(() => {
  db = createMemoryProject();
});
afterEach(() => db.close());

const rowCount = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('importSourceText', () => {
  it('stores a document with one new, untranslated segment per sentence, keeping paragraphs', () => {
    const ctx = testContext('importer');
    const doc = importSourceText(db, ctx, {
      title: 'Talks',
      sourceName: 'talks.txt',
      sourceText: 'أعلنت واشنطن تعليق المحادثات. هل تعود؟\n\nقال كيربي إن القرار صعب.\n',
    });
    expect(doc).toMatchObject({ title: 'Talks', sourceLang: 'ar', targetLang: 'en', sourceName: 'talks.txt', segmentCount: 3 });
    expect(doc.createdAt).toBe(doc.updatedAt);
    const segments = listSegments(db, doc.id, 0, 10);
    expect(segments.map((s) => [s.position, s.paragraph, s.source])).toEqual([
      [0, 0, 'أعلنت واشنطن تعليق المحادثات.'],
      [1, 0, 'هل تعود؟'],
      [2, 1, 'قال كيربي إن القرار صعب.'],
    ]);
    for (const s of segments) {
      expect(s).toMatchObject({ target: '', status: 'new', doNotTranslate: false, alignConfirmed: false, updatedBy: 'importer', updatedAt: doc.createdAt });
    }
  });

  it('keeps the languages it is given', () => {
    const doc = importSourceText(db, testContext(), { title: 't', sourceText: 'Hello.', sourceLang: 'en', targetLang: 'ar' });
    expect([doc.sourceLang, doc.targetLang, doc.sourceName]).toEqual(['en', 'ar', null]);
  });

  it.each([
    ['alef + combining hamza above', 'ا\u0654علنت', 'أعلنت'],
    ['waw + combining hamza above', 'مسو\u0654ول', 'مسؤول'],
    ['Latin e + combining acute', 'Cafe\u0301 talks.', 'Café talks.'],
  ])('stores NFC text (%s)', (_name, input, stored) => {
    const doc = importSourceText(db, testContext(), { title: 't', sourceText: input });
    const [segment] = listSegments(db, doc.id, 0, 1);
    expect(segment?.source).toBe(stored);
    expect(segment?.source).toBe(segment?.source.normalize('NFC'));
  });

  it.each([
    ['an empty text', ''],
    ['spaces only', '   '],
    ['blank lines only', '\n\n\r\n \t \n'],
  ])('refuses %s (bad-input) and writes nothing', (_name, text) => {
    expect(() => importSourceText(db, testContext(), { title: 't', sourceText: text, sourceName: 'empty.txt' }))
      .toThrow(expect.objectContaining({ code: 'bad-input', message: expect.stringContaining('empty.txt') as unknown }));
    expect([rowCount('documents'), rowCount('segments')]).toEqual([0, 0]);
  });

  it('is all or nothing: a failure on a later segment leaves no document behind', () => {
    importSourceText(db, testContext(), { title: 'kept', sourceText: 'Earlier import.' });
    db.exec("CREATE TEMP TRIGGER fail_third BEFORE INSERT ON segments WHEN NEW.position = 2 BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
    expect(() => importSourceText(db, testContext(), { title: 'lost', sourceText: 'One. Two. Three. Four.' })).toThrow('disk trouble');
    expect(listDocuments(db).map((d) => d.title)).toEqual(['kept']);
    expect(rowCount('segments')).toBe(1);
  });

  it('throws MizanError, not a bare Error, for user mistakes', () => {
    expect(() => importSourceText(db, testContext(), { title: 't', sourceText: '' })).toThrow(MizanError);
  });
});
