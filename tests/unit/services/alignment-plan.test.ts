import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentId } from '../../../src/core/model.js';
import { planRealign, planTranslationImport } from '../../../src/services/alignment-plan.js';
import { applyRealign, applyTranslationImport, realignInput, translationImportInput } from '../../../src/services/alignment-service.js';
import { mergeWithNext } from '../../../src/services/alignment-edit-service.js';
import { clearHistory, historyState } from '../../../src/services/edit-history.js';
import { updateTarget } from '../../../src/services/segment-service.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { listSegments } from '../../../src/store/segments.js';
import { seedDocument, testContext } from '../helpers/store-fixtures.js';

let db: Database;
const ctx = testContext('aligner');

afterEach(() => {
  clearHistory(db);
  db.close();
});

function seed(): { doc: DocumentId; ids: ReturnType<typeof seedDocument>['segmentIds'] } {
  db = createMemoryProject();
  const { documentId, segmentIds } = seedDocument(db, [
    { source: 'قال الوزير إن المحادثات مستمرة.', paragraph: 0 },
    { source: 'وأضاف أن الاتفاق قريب.', paragraph: 0 },
    { source: 'ولم يحدد موعدا.', paragraph: 1 },
  ]);
  return { doc: documentId, ids: segmentIds };
}

const rows = (doc: DocumentId) => listSegments(db, doc, 0, 100).map((s) => ({ source: s.source, target: s.target, status: s.status }));
const ENGLISH = 'The minister said the talks were continuing. He added that an agreement was near.\nHe did not set a date.';

describe('an alignment plan made while the session went on', () => {
  it('is written as one undoable step when the segments are as they were', () => {
    const { doc } = seed();
    const input = translationImportInput(db, doc);
    const plan = planTranslationImport(input.units, ENGLISH, input.targetRules);
    const result = applyTranslationImport(db, ctx, doc, input, plan);
    expect(result).toMatchObject({ total: 3, targetSentences: 3 });
    expect(rows(doc).map((r) => r.target)).toEqual(['The minister said the talks were continuing.', 'He added that an agreement was near.', 'He did not set a date.']);
    expect(historyState(db)).toMatchObject({ canUndo: true, undoLabel: 'Import translation' });
  });

  it('is refused, changing nothing, when a segment was merged meanwhile', () => {
    const { doc, ids } = seed();
    const input = translationImportInput(db, doc);
    const plan = planTranslationImport(input.units, ENGLISH, input.targetRules);
    mergeWithNext(db, ctx, ids[0]!);
    const before = rows(doc);
    const history = historyState(db);
    expect(() => applyTranslationImport(db, ctx, doc, input, plan)).toThrow(expect.objectContaining({ code: 'conflict', message: expect.stringContaining('changed while') }));
    expect(rows(doc)).toEqual(before);
    expect(historyState(db)).toEqual(history);
  });

  it('is refused when a translation in its range was edited meanwhile (the edit is kept)', () => {
    const { doc, ids } = seed();
    const input = realignInput(db, doc, 0, 2);
    const plan = planRealign(input.units, input.sourceRules, input.targetRules);
    updateTarget(db, ctx, ids[1]!, 'Typed while re-aligning.', null);
    expect(() => applyRealign(db, ctx, doc, input, plan)).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(rows(doc)[1]!.target).toBe('Typed while re-aligning.');
  });

  it('an empty translation is refused before anything is aligned', () => {
    const { doc } = seed();
    const input = translationImportInput(db, doc);
    expect(() => planTranslationImport(input.units, ' \n ', input.targetRules)).toThrow(expect.objectContaining({ code: 'bad-input', message: expect.stringContaining('empty') }));
  });
});
