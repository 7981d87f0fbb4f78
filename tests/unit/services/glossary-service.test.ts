import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SegmentId } from '../../../src/core/model.js';
import {
  addGlossaryEntry, glossaryNamePairs, glossaryWords, listGlossary, qaTerms, recogniseSegments, removeGlossaryEntry, updateGlossaryEntry,
} from '../../../src/services/glossary-service.js';
import { createSpeaker, updateSpeaker } from '../../../src/services/speaker-service.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { mizanErrorOf } from '../helpers/mizan-error.js';
import { seedDocument, testContext } from '../helpers/store-fixtures.js';

const AR = 'وقالت الحكومات إن مارك تونر التقى بوزارة الخارجية.';

let db: Database;
let ctx: ReturnType<typeof testContext>;
let ids: SegmentId[];

beforeEach(() => {
  db = createMemoryProject();
  ctx = testContext('ana');
  ({ segmentIds: ids } = seedDocument(db, [{ source: AR }]));
});
afterEach(() => db.close());

const entry = (ar: string, en: string[], forbidden: string[] = []) => ({
  sources: [{ text: ar, status: 'preferred' as const }],
  targets: [...en.map((text, i) => ({ text, status: i === 0 ? ('preferred' as const) : ('admitted' as const) })), ...forbidden.map((text) => ({ text, status: 'forbidden' as const }))],
  partOfSpeech: '', domain: '', note: '',
});

const terms = () => recogniseSegments(db, ids)[0]!.terms.map((t) => [t.text, t.targets]);

describe('glossary service', () => {
  it('adds an entry (trimmed, NFC, author and origin recorded) and refuses the same entry twice', () => {
    const added = addGlossaryEntry(db, ctx, entry('  الحكومة ', ['government']));
    expect(added).toMatchObject({ sources: [{ text: 'الحكومة', status: 'preferred' }], author: 'ana', origin: 'added in Mizan' });
    expect(mizanErrorOf(() => addGlossaryEntry(db, ctx, entry('الحكومة', ['government']))).message).toContain('already has الحكومة');
    expect(mizanErrorOf(() => addGlossaryEntry(db, ctx, entry(' ', ['x']))).code).toBe('bad-input');
  });

  it('recognises entries and registry speakers, and follows edits and removals at once', () => {
    const gov = addGlossaryEntry(db, ctx, entry('حكومة', ['government']));
    createSpeaker(db, ctx, { nameSource: 'مارك تونر', nameTarget: 'Mark Toner', kind: 'person', role: '', organisation: '', note: '' });
    expect(terms()).toEqual([['الحكومات', ['government']], ['مارك تونر', ['Mark Toner']]]);
    updateGlossaryEntry(db, ctx, gov.id, { targets: [{ text: 'cabinet', status: 'preferred' }] });
    expect(terms()[0]).toEqual(['الحكومات', ['cabinet']]);
    removeGlossaryEntry(db, gov.id);
    expect(terms()).toEqual([['مارك تونر', ['Mark Toner']]]);
    expect(mizanErrorOf(() => removeGlossaryEntry(db, gov.id)).code).toBe('not-found');
  });

  it('sees a registry rename (the names are read, not copied)', () => {
    const speaker = createSpeaker(db, ctx, { nameSource: 'تونر', nameTarget: 'Toner', kind: 'person', role: '', organisation: '', note: '' });
    expect(terms()).toEqual([['تونر', ['Toner']]]);
    updateSpeaker(db, ctx, speaker.id, { nameTarget: 'Mark Toner' });
    expect(terms()).toEqual([['تونر', ['Mark Toner']]]);
    expect(listGlossary(db)).toEqual([]);
  });

  it('gives QA its terms and spelling its English words, forbidden English apart', () => {
    addGlossaryEntry(db, ctx, entry('وزارة الخارجية', ['State Department', 'Foreign Ministry'], ['Exterior Ministry']));
    expect(qaTerms(db)).toEqual([{ sources: ['وزارة الخارجية'], targets: ['State Department', 'Foreign Ministry'], forbidden: ['Exterior Ministry'] }]);
    expect(glossaryWords(db)).toEqual(['Department', 'Foreign', 'Ministry', 'State']);
    createSpeaker(db, ctx, { nameSource: 'مارك تونر', nameTarget: 'Mark Toner', kind: 'person', role: '', organisation: '', note: '' });
    expect(glossaryNamePairs(db)).toEqual([{ source: 'وزارة الخارجية', target: 'State Department' }, { source: 'مارك تونر', target: 'Mark Toner' }]);
    const hit = recogniseSegments(db, ids)[0]!.terms.find((t) => t.term === 'وزارة الخارجية')!;
    expect(hit).toMatchObject({ text: 'بوزارة الخارجية', forbidden: ['Exterior Ministry'], kind: 'clitic' });
  });
});
