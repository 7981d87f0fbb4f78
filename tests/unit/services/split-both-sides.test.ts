// Issue 13 items 10–11: one split that cuts both sides (the Split Both Sides dialog), undone in one
// step, and Import translation cutting an Arabic segment where the English shows a sure boundary.
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { suggestCut } from '../../../src/core/align/edit/index.js';
import type { DocumentId, SegmentId } from '../../../src/core/model.js';
import { splitSegment } from '../../../src/services/alignment-edit-service.js';
import { importTranslation } from '../../../src/services/alignment-service.js';
import { clearHistory, undoLast } from '../../../src/services/edit-history.js';
import { getAnnotationRow, insertAnnotation } from '../../../src/store/annotations.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { listSegments } from '../../../src/store/segments.js';
import { T0, seedDocument, testContext } from '../helpers/store-fixtures.js';

const AR = 'قال الرئيس إن الاقتصاد نما بنسبة 3 في المائة هذا العام، وأضاف أن البطالة انخفضت إلى 5 في المائة.';
const EN = 'The president said the economy grew 3 percent this year. He added that unemployment fell to 5 percent.';

let db: Database;
afterEach(() => {
  clearHistory(db);
  db.close();
});

function rows(documentId: DocumentId) {
  return listSegments(db, documentId, 0, 100).map((s) => ({ source: s.source, target: s.target, status: s.status }));
}

describe('split both sides at once', () => {
  function setUp(): { documentId: DocumentId; segmentId: SegmentId } {
    db = createMemoryProject();
    const { documentId, segmentIds } = seedDocument(db, [{ source: 'قبل', target: 'Before.' }, { source: AR, target: EN, status: 'translated' }, { source: 'بعد', target: 'After.' }]);
    return { documentId, segmentId: segmentIds[1]! };
  }

  it('cuts the Arabic and the English where the user chose, in one edit, and Undo restores the segment', () => {
    const { documentId, segmentId } = setUp();
    const ctx = testContext('editor');
    const span = insertAnnotation(db, { segmentId, layer: 'speaker', side: 'target', start: EN.indexOf('He added'), end: EN.indexOf('He added') + 8, author: 'a', at: T0 });
    const before = rows(documentId);
    const result = splitSegment(db, ctx, segmentId, 'source', AR.indexOf('وأضاف'), EN.indexOf('He added'));
    expect(rows(documentId)).toEqual([
      before[0],
      { source: 'قال الرئيس إن الاقتصاد نما بنسبة 3 في المائة هذا العام،', target: 'The president said the economy grew 3 percent this year.', status: 'translated' },
      { source: 'وأضاف أن البطالة انخفضت إلى 5 في المائة.', target: 'He added that unemployment fell to 5 percent.', status: 'translated' },
      before[2],
    ]);
    // The span over "He added" follows its text to the new segment.
    const moved = getAnnotationRow(db, span)!;
    expect(moved.segment_id).toBe(result.focusId);
    expect(moved.start).toBe(0);
    expect(result.history.undoLabel).toBe('Split segment');

    undoLast(db);
    expect(rows(documentId)).toEqual(before);
    expect(getAnnotationRow(db, span)!.segment_id).toBe(segmentId);
  });

  it('the suggested cut is the one the dialog offers first, and it splits the pair right', () => {
    const { documentId, segmentId } = setUp();
    const s = suggestCut(AR, EN)!;
    splitSegment(db, testContext(), segmentId, 'source', s.source, s.target);
    expect(rows(documentId).map((r) => [r.source.slice(0, 5), r.target.slice(0, 8)])).toEqual([
      ['قبل', 'Before.'], ['قال ا', 'The pres'], ['وأضاف', 'He added'], ['بعد', 'After.'],
    ]);
  });
});

describe('Import translation cuts the Arabic where the English shows a sure boundary', () => {
  it('one Arabic segment, two English sentences, a comma before و: two segments', () => {
    db = createMemoryProject();
    const { documentId } = seedDocument(db, [{ source: 'عنوان الخبر' }, { source: AR }]);
    const result = importTranslation(db, testContext(), documentId, `News headline\n\n${EN}`);
    expect(result.autoCuts).toBe(1);
    expect(rows(documentId).map((r) => [r.source, r.target])).toEqual([
      ['عنوان الخبر', 'News headline'],
      ['قال الرئيس إن الاقتصاد نما بنسبة 3 في المائة هذا العام،', 'The president said the economy grew 3 percent this year.'],
      ['وأضاف أن البطالة انخفضت إلى 5 في المائة.', 'He added that unemployment fell to 5 percent.'],
    ]);
    undoLast(db);
    expect(rows(documentId).map((r) => r.source)).toEqual(['عنوان الخبر', AR]);
  });

  it('no punctuation where the English has its boundary: not sure, left whole for the translator', () => {
    db = createMemoryProject();
    const ar = 'التقى ترامب بماكرون في باريس يوم الجمعة ناقش الزعيمان الملف الإيراني وقضايا التجارة مع الصين وأوروبا';
    const { documentId } = seedDocument(db, [{ source: ar }]);
    const result = importTranslation(db, testContext(), documentId, 'Trump met Macron in Paris on Friday. The two leaders discussed Iran and trade with China and Europe.');
    expect(result.autoCuts).toBe(0);
    expect(rows(documentId).map((r) => r.source)).toEqual([ar]);
  });
});
