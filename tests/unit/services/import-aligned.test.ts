// `mizan import --source --target` writes a new document once, as its final beads (issue 14 item 3):
// the same rows as importing the Arabic and then Import translation…, without the second write,
// the revisions, the undo snapshot or the second indexing.
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importAlignedText, importTranslation } from '../../../src/services/alignment-service.js';
import { importSourceText } from '../../../src/services/import-text.js';
import { searchSegments } from '../../../src/services/search-service.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { listSegments } from '../../../src/store/segments.js';
import { testContext } from '../helpers/store-fixtures.js';

const AR = ['قال المتحدث إن المحادثات علقت.', 'وأضاف أن الوفد سيعود غدا.', 'ولم يصدر أي تعليق من الحكومة.'];
const EN = ['The spokesman said the talks were suspended.', 'He added that the delegation would return tomorrow.', 'There was no comment from the government.'];

/** Paragraphs of numbered sentences; in one, two Arabic sentences lack the full stop between them, and one English sentence has no Arabic. */
function texts(paragraphs: number): { arabic: string; english: string } {
  const ar: string[] = [];
  const en: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const a = AR.map((s) => s.replace('.', ` ${p + 1}.`));
    const e = EN.map((s) => s.replace('.', ` ${p + 1}.`));
    if (p === 2) a[0] = `${a[0]!.replace('.', '')} و${a[1]}`;
    if (p === 2) a.splice(1, 1);
    if (p === 4) e.push('An extra sentence only the English has.');
    ar.push(a.join(' '));
    en.push(e.join(' '));
  }
  return { arabic: ar.join('\n\n'), english: en.join('\n\n') };
}

describe('importAlignedText', () => {
  let fresh: Database;
  let stepwise: Database;
  beforeEach(() => {
    fresh = createMemoryProject();
    stepwise = createMemoryProject();
  });
  afterEach(() => {
    fresh.close();
    stepwise.close();
  });

  const rowsOf = (db: Database, documentId: Parameters<typeof listSegments>[1]) =>
    listSegments(db, documentId, 0, 1000).map((s) => ({ position: s.position, paragraph: s.paragraph, source: s.source, target: s.target, status: s.status, alignScore: s.alignScore, alignConfirmed: s.alignConfirmed }));

  it('writes the same segments as importing the Arabic then its translation, with no revisions', () => {
    const { arabic, english } = texts(8);
    const req = { title: 'news', sourceText: arabic, sourceName: 'news.ar.txt' };
    const made = importAlignedText(fresh, testContext(), { ...req, targetText: english });
    const doc = importSourceText(stepwise, testContext(), req);
    const aligned = importTranslation(stepwise, testContext(), doc.id, english);
    expect(rowsOf(fresh, made.document.id)).toEqual(rowsOf(stepwise, doc.id));
    expect(made).toMatchObject({ segments: aligned.total, lowConfidence: aligned.lowConfidence, targetSentences: aligned.targetSentences, autoCuts: aligned.autoCuts });
    expect(made.document).toMatchObject({ title: 'news', sourceName: 'news.ar.txt', segmentCount: made.segments });
    expect(rowsOf(fresh, made.document.id).some((r) => r.status === 'draft')).toBe(true);
    expect(fresh.prepare('SELECT count(*) AS n FROM revisions').get()).toEqual({ n: 0 });
  });

  it('indexes both sides once: search finds the Arabic and the English', () => {
    const { arabic, english } = texts(3);
    const { document } = importAlignedText(fresh, testContext(), { title: 't', sourceText: arabic, targetText: english });
    const find = (query: string, scope: 'source' | 'target') =>
      searchSegments(fresh, { documentId: document.id, query, scope, regex: false, matchCase: false, wholeWord: false, limit: 50 }).total;
    expect(find('الحكومة', 'source')).toBe(3);
    expect(find('delegation', 'target')).toBe(3);
    expect(find('delegation', 'source')).toBe(0);
  });

  it('an empty translation is refused and leaves no document', () => {
    expect(() => importAlignedText(fresh, testContext(), { title: 't', sourceText: AR.join(' '), targetText: '  ' })).toThrow(/translation is empty/);
    expect(fresh.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
  });
});
