import type { Database } from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toTmMemoryId } from '../../../src/core/ids.js';
import { mergeWithNext } from '../../../src/services/alignment-edit-service.js';
import { importAlignedText } from '../../../src/services/alignment-service.js';
import { addGlossaryEntry } from '../../../src/services/glossary-service.js';
import { undoLast } from '../../../src/services/edit-history.js';
import { pretranslateDocument, propagateRepetitions } from '../../../src/services/pretranslate-service.js';
import { updateSource } from '../../../src/services/revision-service.js';
import { updateTarget } from '../../../src/services/segment-service.js';
import { attachTmx, detachTmx, matchSegment, matchText } from '../../../src/services/tm-service.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { getSegment } from '../../../src/store/segments.js';
import { segmentMatches, termUnits } from '../../../src/store/tm.js';
import { seedDocument, testContext } from '../helpers/store-fixtures.js';
import { tempDirPerTest } from '../helpers/temp-dir.js';

let db: Database;
beforeEach(() => {
  db = createMemoryProject();
});
afterEach(() => db.close());
const tmp = tempDirPerTest();

const A = 'قالت الحكومة إن الاجتماع انتهى دون نتائج.';
const A2 = 'قالت الوزارة إن الاجتماع انتهى دون نتائج.';

function tmx(units: [string, string][]): string {
  const path = tmp.path('m.tmx');
  writeFileSync(path, `<?xml version="1.0"?><tmx version="1.4"><header srclang="ar" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>${
    units.map(([ar, en]) => `<tu><tuv xml:lang="ar"><seg>${ar}</seg></tuv><tuv xml:lang="en"><seg>${en}</seg></tuv></tu>`).join('')}</body></tmx>`);
  return path;
}

describe('project segments as a live memory', () => {
  it('offers another segment of the project, with the English it has now', () => {
    const ctx = testContext();
    const { segmentIds: [done, open] } = seedDocument(db, [{ source: A, target: 'The government said…', status: 'translated' }, { source: A2 }]);
    expect(matchSegment(db, open!).map((m) => [m.score, m.target, m.origin.kind])).toEqual([[85, 'The government said…', 'project']]);
    updateTarget(db, ctx, done!, 'The government said the meeting ended without results.', null);
    expect(matchSegment(db, open!)[0]?.target).toBe('The government said the meeting ended without results.');
  });

  it('follows a fixed Arabic and a merge (the index is kept by the write path and the structural edits)', () => {
    const ctx = testContext();
    const { segmentIds: [a, b] } = seedDocument(db, [{ source: 'جملة أولى عن شيء آخر تماما', target: 'One', status: 'translated' }, { source: 'بقية', target: 'rest' }]);
    expect(matchText(db, { source: A })).toEqual([]);
    updateSource(db, ctx, a!, A);
    expect(matchText(db, { source: A }).map((m) => m.score)).toEqual([100]);
    mergeWithNext(db, ctx, a!);
    expect(getSegment(db, b!)).toBeUndefined();
    expect(matchText(db, { source: `${A} بقية` }).map((m) => m.score)).toEqual([100]);
  });

  it('indexes a document imported in one pass (text with its translation)', () => {
    importAlignedText(db, testContext(), { title: 'Imported', sourceText: `${A}\n`, targetText: 'The government said the meeting ended without results.\n' });
    expect(matchText(db, { source: A2 }).map((m) => [m.score, m.target])).toEqual([[85, 'The government said the meeting ended without results.']]);
  });

  it('adapts names the glossary knows (and numbers) in the English it offers', () => {
    const ctx = testContext();
    for (const [ar, en] of [['دمشق', 'Damascus'], ['بيروت', 'Beirut']]) {
      addGlossaryEntry(db, ctx, { sources: [{ text: ar!, status: 'preferred' }], targets: [{ text: en!, status: 'preferred' }], partOfSpeech: '', domain: '', note: '' });
    }
    seedDocument(db, [{ source: 'وصل الوفد إلى دمشق أمس بعد رحلة طويلة', target: 'The delegation arrived in Damascus yesterday after a long journey', status: 'translated' }]);
    const [match] = matchText(db, { source: 'وصل الوفد إلى بيروت أمس بعد رحلة طويلة' });
    expect(match?.adaptedTarget).toBe('The delegation arrived in Beirut yesterday after a long journey');
  });

  it('gives 101 for an identical source whose neighbours are identical too', () => {
    seedDocument(db, [{ source: 'قبل' }, { source: A, target: 'It ended.', status: 'translated' }, { source: 'بعد' }]);
    const { segmentIds: [, open] } = seedDocument(db, [{ source: 'قبل' }, { source: A }, { source: 'بعد' }]);
    expect(matchSegment(db, open!)[0]?.score).toBe(101);
  });
});

describe('attached TMX memories', () => {
  it('attach, match with the memory as origin, detach removes units and their terms', () => {
    const ctx = testContext();
    const { memory } = attachTmx(db, ctx, tmx([[A, 'The government said the meeting ended without results.']]), 'News');
    expect(memory).toMatchObject({ name: 'News', unitCount: 1 });
    const [m] = matchText(db, { source: A2 });
    expect(m).toMatchObject({ score: 85, origin: { kind: 'memory', name: 'News' } });
    expect(termUnits(db, 'حكومه')).toBe(1);
    detachTmx(db, memory.id);
    expect(matchText(db, { source: A2 })).toEqual([]);
    expect(termUnits(db, 'حكومه')).toBe(0);
    expect(() => detachTmx(db, toTmMemoryId(99))).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('refuses a file that is not TMX, attaching nothing', () => {
    const path = tmp.path('x.txt');
    writeFileSync(path, 'plain text\n');
    expect(() => attachTmx(db, testContext(), path)).toThrow(expect.objectContaining({ code: 'bad-input' }));
    expect(matchText(db, { source: 'plain text' })).toEqual([]);
  });
});

describe('pre-translate and repetitions', () => {
  it('fills empty segments as Draft with origin and score, in one undoable step', () => {
    const ctx = testContext();
    attachTmx(db, ctx, tmx([[A, 'The government said the meeting ended without results.']]), 'News');
    const { documentId, segmentIds: [s1, s2] } = seedDocument(db, [{ source: A2 }, { source: 'لا شيء يشبه هذا' }]);
    const result = pretranslateDocument(db, ctx, documentId, 75);
    expect([result.filled, result.empty]).toEqual([1, 2]);
    expect(getSegment(db, s1!)).toMatchObject({ target: 'The government said the meeting ended without results.', status: 'draft' });
    expect(getSegment(db, s2!)?.target).toBe('');
    expect(segmentMatches(db, [s1!]).get(s1!)).toEqual({ origin: 'TM News', score: 85 });
    undoLast(db);
    expect(getSegment(db, s1!)).toMatchObject({ target: '', status: 'new' });
  });

  it('fills the empty repetitions of a confirmed segment (folded identical), one undo step', () => {
    const ctx = testContext();
    const { segmentIds: [a, b, c, d] } = seedDocument(db, [
      { source: A, target: 'It ended.', status: 'translated' }, { source: 'قالت الحكومة إنّ الاجتماع انتهى دون نتائج.' }, { source: A, target: 'Kept.' }, { source: A2 },
    ]);
    expect(propagateRepetitions(db, ctx, a!).filled).toBe(1);
    expect(getSegment(db, b!)).toMatchObject({ target: 'It ended.', status: 'draft' });
    expect(getSegment(db, c!)?.target).toBe('Kept.');
    expect(getSegment(db, d!)?.target).toBe('');
    undoLast(db);
    expect(getSegment(db, b!)?.target).toBe('');
  });

  it('gives nothing away from an English that is not confirmed (a confirmation the QA stopped)', () => {
    const { segmentIds: [a, b] } = seedDocument(db, [{ source: A, target: 'Unchecked draft.', status: 'draft' }, { source: A }]);
    expect(propagateRepetitions(db, testContext(), a!).filled).toBe(0);
    expect(getSegment(db, b!)?.target).toBe('');
  });
});
