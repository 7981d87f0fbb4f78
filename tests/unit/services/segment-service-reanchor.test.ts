// updateTarget re-anchors the segment's English spans through the edit (core/annotation/reanchor.ts).
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationId, SegmentId } from '../../../src/core/model.js';
import { updateTarget } from '../../../src/services/segment-service.js';
import { getAnnotation } from '../../../src/store/annotations.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { T0, coveredText, markSpan, seedDocument, testContext } from '../helpers/store-fixtures.js';

const AR = 'قال كيربي إن المحادثات علقت.';
const EN = 'Kirby said the talks were suspended.';

let db: Database;
let segment: SegmentId;
beforeEach(() => {
  db = createMemoryProject();
  segment = seedDocument(db, [{ source: AR, target: EN, status: 'draft' }]).segmentIds[0]!;
});
afterEach(() => db.close());

const mark = (side: 'source' | 'target', text: string): AnnotationId => markSpan(db, segment, side, side === 'source' ? AR : EN, text);

/** The text an annotation covers now, and its flag. */
const covered = (id: AnnotationId): [string, boolean] => coveredText(db, id);

describe('updateTarget re-anchors English spans', () => {
  it.each<[string, string, string, [string, boolean]]>([
    ['typing before the span', 'the talks', `Yesterday ${EN}`, ['the talks', false]],
    ['typing right before it stays outside', 'Kirby', `John ${EN}`, ['Kirby', false]],
    ['typing inside it extends it', 'the talks', 'Kirby said the peace talks were suspended.', ['the peace talks', false]],
    ['deleting its text flags it, never deletes it', 'Kirby', ' said the talks were suspended.', ['', true]],
    ['replacing its text flags it', 'Kirby', 'Toner said the talks were suspended.', ['Toner', true]],
  ])('%s', (_name, marked, newTarget, expected) => {
    const id = mark('target', marked);
    updateTarget(db, testContext(), segment, newTarget, 's1');
    expect(covered(id)).toEqual(expected);
  });

  it('leaves Arabic spans alone and does not touch spans the edit did not move', () => {
    const ar = mark('source', 'كيربي');
    const en = mark('target', 'Kirby');
    updateTarget(db, testContext(), segment, `${EN} Again.`, 's1');
    expect([covered(ar), covered(en)]).toEqual([['كيربي', false], ['Kirby', false]]);
    expect([getAnnotation(db, ar)!.updatedAt, getAnnotation(db, en)!.updatedAt]).toEqual([T0, T0]);
  });

  it('a flag stays raised when the text comes back', () => {
    const id = mark('target', 'Kirby');
    updateTarget(db, testContext(), segment, 'Toner said the talks were suspended.', 's1');
    updateTarget(db, testContext(), segment, EN, 's1');
    expect(covered(id)).toEqual(['Kirby', true]);
  });
});
