// Import translation… over a document that already has English (issue 13 item 1): "fill empty
// rows only" keeps approvals and typed English, counts are previewed before anything is written,
// one undo reverts it, and no segment is left Translated (or beyond) with empty English.
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentId, SegmentId } from '../../../src/core/model.js';
import { importTranslation, previewTranslationImport, translationImportInput } from '../../../src/services/alignment-service.js';
import { planTranslationImport } from '../../../src/services/alignment-plan.js';
import { replaceRange } from '../../../src/services/alignment-edit-service.js';
import { undoLast } from '../../../src/services/edit-history.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { getSegment, listSegments } from '../../../src/store/segments.js';
import { seedDocument, testContext } from '../helpers/store-fixtures.js';

const AR = ['قال المتحدث إن المحادثات علقت.', 'وأضاف أن الوفد سيعود غدا.', 'ولم يصدر أي تعليق من الحكومة.'];
/** The dialog's preview, its plan made on this thread (the app makes it in a job). */
function preview(db: Database, documentId: DocumentId, english: string) {
  const input = translationImportInput(db, documentId);
  return previewTranslationImport(db, documentId, input, planTranslationImport(input.units, english, input.targetRules));
}

const EN = ['The spokesman said the talks were suspended.', 'He added that the delegation would return tomorrow.', 'There was no comment from the government.'];

describe('Import translation over existing English', () => {
  let db: Database;
  let documentId: DocumentId;
  let ids: SegmentId[];
  const ctx = testContext();

  beforeEach(() => {
    db = createMemoryProject();
    // Row 1 approved, row 2 typed by hand (translated), row 3 still empty.
    ({ documentId, segmentIds: ids } = seedDocument(db, [
      { source: AR[0], target: EN[0], status: 'approved', paragraph: 0 },
      { source: AR[1], target: 'He said the delegation comes back tomorrow.', status: 'translated', paragraph: 0 },
      { source: AR[2], target: '', status: 'new', paragraph: 0 },
    ]));
  });
  afterEach(() => db.close());

  const rows = () => listSegments(db, documentId, 0, 10).map((s) => [s.target, s.status]);

  it('previews how many segments each mode would change, writing nothing', () => {
    const before = rows();
    expect(preview(db, documentId, EN.join(' '))).toEqual({ withEnglish: 2, total: 3, targetSentences: 3, replace: 3, fillEmpty: 1 });
    expect(rows()).toEqual(before);
  });

  it('fill empty rows only keeps approvals and typed English, fills the empty row as a draft', () => {
    const result = importTranslation(db, ctx, documentId, EN.join(' '), 'fill-empty');
    expect(result.filled).toBe(1);
    expect(rows()).toEqual([
      [EN[0], 'approved'],
      ['He said the delegation comes back tomorrow.', 'translated'],
      [EN[2], 'draft'],
    ]);
    expect(listSegments(db, documentId, 0, 10).map((s) => s.id)).toEqual(ids);
    expect(result.history.undoLabel).toBe('Import translation (fill empty rows)');
  });

  it('fill empty rows only leaves a "don\'t translate" row empty', () => {
    const dnt = seedDocument(db, [
      { source: AR[0], target: '', status: 'new', paragraph: 0, doNotTranslate: true },
      { source: AR[1], target: '', status: 'new', paragraph: 0 },
      { source: AR[2], target: EN[2], status: 'approved', paragraph: 0 },
    ]);
    expect(preview(db, dnt.documentId, EN.join(' ')).fillEmpty).toBe(1);
    importTranslation(db, ctx, dnt.documentId, EN.join(' '), 'fill-empty');
    expect(listSegments(db, dnt.documentId, 0, 10).map((s) => [s.target, s.status])).toEqual([['', 'new'], [EN[1], 'draft'], [EN[2], 'approved']]);
  });

  it('one undo reverts fill empty rows only', () => {
    importTranslation(db, ctx, documentId, EN.join(' '), 'fill-empty');
    undoLast(db);
    expect(getSegment(db, ids[2]!)?.target).toBe('');
    expect(getSegment(db, ids[2]!)?.status).toBe('new');
  });

  it('replace all replaces the English, statuses back to draft', () => {
    importTranslation(db, ctx, documentId, EN.join(' '), 'replace');
    expect(rows()).toEqual(EN.map((e) => [e, 'draft']));
  });

  it('a re-import (replaceRange) never leaves a segment Translated with no English', () => {
    // What toReplacement hands over for an Arabic sentence the new translation has no English for:
    // the old segment's status. Before the rule, row 2 stayed "translated" with empty English.
    replaceRange(db, ctx, documentId, 0, 2, [
      { source: AR[0]!, target: EN[0]!, paragraph: 0, alignScore: 1, status: 'draft' },
      { source: AR[1]!, target: '', paragraph: 0, alignScore: 0.2, status: 'translated' },
      { source: AR[2]!, target: EN[2]!, paragraph: 0, alignScore: 1, status: 'draft' },
    ], { label: 'Import translation' });
    expect(rows()).toEqual([[EN[0], 'draft'], ['', 'new'], [EN[2], 'draft']]);
  });
});
