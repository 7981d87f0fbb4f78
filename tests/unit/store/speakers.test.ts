import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SpeakerId } from '../../../src/core/model.js';
import { getAnnotation, insertAnnotation } from '../../../src/store/annotations.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import {
  deleteSpeaker, findSpeakerByNames, getSpeaker, insertSpeaker, listSpeakers, mergeSpeakers, updateSpeaker,
} from '../../../src/store/speakers.js';
import { T0, seedDocument } from '../helpers/store-fixtures.js';

let db: Database;
beforeEach(() => {
  db = createMemoryProject();
});
afterEach(() => db.close());

const blank = { nameSource: '', nameTarget: '', kind: 'person' as const, role: '', organisation: '', note: '', at: T0 };

describe('speakers store', () => {
  it('inserts, reads and updates a speaker', () => {
    const id = insertSpeaker(db, { ...blank, nameSource: 'جون كيربي', nameTarget: 'John Kirby', role: 'spokesman', organisation: 'Pentagon' });
    expect(getSpeaker(db, id)).toEqual({
      id, nameSource: 'جون كيربي', nameTarget: 'John Kirby', kind: 'person', role: 'spokesman', organisation: 'Pentagon', note: '', createdAt: T0, updatedAt: T0,
    });
    updateSpeaker(db, id, { role: 'State Department spokesman', organisation: '' }, T0 + 1);
    expect(getSpeaker(db, id)).toMatchObject({ nameTarget: 'John Kirby', role: 'State Department spokesman', organisation: '', updatedAt: T0 + 1 });
    expect(getSpeaker(db, 99 as SpeakerId)).toBeUndefined();
  });

  it('refuses an unknown kind (CHECK)', () => {
    expect(() => insertSpeaker(db, { ...blank, nameTarget: 'x', kind: 'alien' as never })).toThrow(/CHECK/);
  });

  it('lists by English name (else Arabic), with annotation counts', () => {
    const { segmentIds } = seedDocument(db, [{ source: 'قال كيربي', target: 'Kirby said' }]);
    const b = insertSpeaker(db, { ...blank, nameTarget: 'mark Toner' });
    const a = insertSpeaker(db, { ...blank, nameTarget: 'John Kirby' });
    const c = insertSpeaker(db, { ...blank, nameSource: 'مصدر', kind: 'unnamed-source' });
    for (let k = 0; k < 2; k++) insertAnnotation(db, { segmentId: segmentIds[0]!, layer: 'speaker', side: 'source', start: 4, end: 9, speakerId: a, author: 'x', at: T0 });
    expect(listSpeakers(db).map((s) => [s.id, s.annotationCount])).toEqual([[a, 2], [b, 0], [c, 0]]);
  });

  it('finds a speaker by both names exactly', () => {
    const id = insertSpeaker(db, { ...blank, nameSource: 'جون كيربي', nameTarget: 'John Kirby' });
    expect(findSpeakerByNames(db, 'جون كيربي', 'John Kirby')?.id).toBe(id);
    expect(findSpeakerByNames(db, 'جون كيربي', 'Kirby')).toBeUndefined();
  });

  it('merge re-points annotations, fills empty fields of the kept entry, deletes the other', () => {
    const { segmentIds } = seedDocument(db, [{ source: 'قال كيربي', target: 'Kirby said' }]);
    const keep = insertSpeaker(db, { ...blank, nameSource: 'جون كيربي', nameTarget: 'John Kirby', role: 'spokesman' });
    const drop = insertSpeaker(db, { ...blank, nameSource: 'كيربي', nameTarget: 'Kirby', role: 'admiral', organisation: 'Pentagon', kind: 'organisation' });
    const a = insertAnnotation(db, { segmentId: segmentIds[0]!, layer: 'speaker', side: 'source', start: 4, end: 9, speakerId: drop, author: 'x', at: T0 });
    expect(mergeSpeakers(db, keep, drop, T0 + 9)).toBe(1);
    expect(getAnnotation(db, a)).toMatchObject({ speakerId: keep, updatedAt: T0 + 9 });
    expect(getSpeaker(db, keep)).toMatchObject({ nameSource: 'جون كيربي', nameTarget: 'John Kirby', role: 'spokesman', organisation: 'Pentagon', kind: 'person', updatedAt: T0 + 9 });
    expect(getSpeaker(db, drop)).toBeUndefined();
    expect(mergeSpeakers(db, keep, keep, T0)).toBe(0);
  });

  it('delete leaves annotations with no speaker', () => {
    const { segmentIds } = seedDocument(db, [{ source: 'قال كيربي' }]);
    const id = insertSpeaker(db, { ...blank, nameTarget: 'Kirby' });
    const a = insertAnnotation(db, { segmentId: segmentIds[0]!, layer: 'speaker', side: 'source', start: 4, end: 9, speakerId: id, author: 'x', at: T0 });
    deleteSpeaker(db, id);
    expect(getAnnotation(db, a)?.speakerId).toBeNull();
  });
});
