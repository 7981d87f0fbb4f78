import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../src/core/formats/types.js';
import type { DocumentId } from '../../../src/core/model.js';
import { hasLoosePunctuation } from '../helpers/spans.js';
import { exportDocument } from '../../../src/services/export-service.js';
import { fillSampleProject } from '../../../src/services/sample-project.js';
import { ProjectSession } from '../../../src/services/project-session.js';
import { insertDocument } from '../../../src/store/documents.js';
import { insertSegment } from '../../../src/store/segments.js';
import { makeTempDir, type TempDir } from '../helpers/temp-dir.js';

const SEGMENTS = 10_000;
let tmp: TempDir;
let session: ProjectSession;
let documentId: DocumentId;

beforeAll(() => {
  tmp = makeTempDir();
  session = new ProjectSession();
  session.create(tmp.path('big.mizan'), 'big', (db) => {
    documentId = insertDocument(db, { title: 'Ten thousand', sourceLang: 'ar', targetLang: 'en', sourceName: null, at: 0 });
    for (let i = 0; i < SEGMENTS; i++) {
      insertSegment(db, {
        documentId, position: i, paragraph: Math.floor(i / 3), source: `الجملة رقم ${i} & <نص>.`, target: i % 10 === 0 ? '' : `Sentence ${i} & <text>.`,
        status: i % 10 === 0 ? 'new' : 'translated', doNotTranslate: false, at: 0, by: 'test',
      });
    }
  });
});
afterAll(() => {
  session.close();
  tmp.cleanup();
});

describe('export service', () => {
  it.each(EXPORT_FORMATS)('exports a 10,000-segment document as %s, whole, with progress', async (format) => {
    const out = tmp.path(`big.${format}`);
    const progress: number[] = [];
    const result = await exportDocument(session.require(), {
      documentId, format, outPath: out, now: 0, tool: { name: 'Mizan', version: 'test' }, onProgress: (done) => progress.push(done),
    });
    const untranslated = SEGMENTS / 10;
    const leavesOutUntranslated = format === 'tmx' || format === 'txt';
    expect(result.units).toBe(leavesOutUntranslated ? SEGMENTS - untranslated : SEGMENTS);
    expect(result.skipped).toBe(leavesOutUntranslated ? untranslated : 0);
    expect(statSync(out).size).toBe(result.bytes);
    expect(progress.at(-1)).toBe(SEGMENTS);
    expect(progress.length).toBeGreaterThan(10);
    expect(readdirSync(tmp.dir).some((f) => f.includes('.mizan-tmp-'))).toBe(false);
    if (format === 'html') expect(existsSync(tmp.path('fonts/noto-naskh-arabic-arabic-400-normal.woff2'))).toBe(true);
    if (format === 'txt') expect(readFileSync(out, 'utf8').split('\n\n').length).toBe(Math.ceil(SEGMENTS / 3));
  });

  it('a failed export leaves no file and no temporary file behind', async () => {
    await expect(
      exportDocument(session.require(), { documentId: 999 as DocumentId, format: 'tmx', outPath: tmp.path('nope.tmx'), now: 0, tool: { name: 'M', version: 't' } }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(existsSync(tmp.path('nope.tmx'))).toBe(false);
  });

  it('a cancelled export stops between segments and leaves nothing behind', async () => {
    const abort = new AbortController();
    const progress: number[] = [];
    await expect(
      exportDocument(session.require(), {
        documentId, format: 'xliff2', outPath: tmp.path('cancelled.xlf'), now: 0, tool: { name: 'M', version: 't' }, signal: abort.signal,
        onProgress: (done) => {
          progress.push(done);
          if (done >= 1000) abort.abort();
        },
      }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(progress.at(-1)).toBe(1000);
    expect(readdirSync(tmp.dir).filter((f) => f.startsWith('cancelled'))).toEqual([]);
  });

  it('pauses between batches, so other work (IPC calls, progress events) runs during a long export', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      await exportDocument(session.require(), { documentId, format: 'jsonl', outPath: tmp.path('paced.jsonl'), now: 0, tool: { name: 'M', version: 't' } });
    } finally {
      clearInterval(timer);
    }
    // Timers only fire when the export yields; a synchronous export would let at most one through.
    expect(ticks).toBeGreaterThan(5);
  });

  it('reads a snapshot: edits made while it runs are not half in the file', async () => {
    const snapshot = session.snapshot();
    try {
      const exporting = exportDocument(snapshot.db, {
        documentId, format: 'tsv', outPath: tmp.path('snap.tsv'), now: 0, tool: { name: 'M', version: 't' },
        onProgress: (done) => {
          // The user edits the last segment while the export is a quarter through.
          if (done === 2500) session.require().prepare('UPDATE segments SET target = ? WHERE document_id = ? AND position = ?').run('EDITED MEANWHILE', documentId, SEGMENTS - 1);
        },
      });
      await exporting;
    } finally {
      snapshot.close();
    }
    const text = readFileSync(tmp.path('snap.tsv'), 'utf8');
    expect(text).not.toContain('EDITED MEANWHILE');
    expect(text).toContain(`Sentence ${SEGMENTS - 1} & <text>.`);
  });

  it.each([
    [false, 0],
    [true, 2],
  ])('guardFormulas=%s: cells spreadsheets would run as formulas', async (guard, warnings) => {
    const small = new ProjectSession();
    small.create(tmp.path(`formulas-${guard}.mizan`), 'f', (db) => {
      const doc = insertDocument(db, { title: 'f', sourceLang: 'ar', targetLang: 'en', sourceName: null, at: 0 });
      const rows = [['=HYPERLINK("http://x")', '-قال'], ['نص عادي', '+1 more'], ['@sum', 'plain']];
      rows.forEach(([source, target], position) =>
        insertSegment(db, { documentId: doc, position, paragraph: 0, source: source!, target: target!, status: 'draft', doNotTranslate: false, at: 0, by: 't' }));
    });
    const result = await exportDocument(small.require(), { documentId: null, format: 'csv', outPath: tmp.path(`f-${guard}.csv`), guardFormulas: guard, now: 0, tool: { name: 'M', version: 't' } });
    small.close();
    const text = readFileSync(tmp.path(`f-${guard}.csv`), 'utf8');
    expect(text.includes(`"'=HYPERLINK(""http://x"")"`)).toBe(guard);
    expect(text.includes(`,'-قال,`)).toBe(guard);
    expect(text.includes(`,'+1 more,`)).toBe(guard);
    expect(text.includes(`,'@sum,`)).toBe(guard);
    expect(text.includes(`,نص عادي,`)).toBe(true);
    expect(result.warnings.length).toBe(warnings === 0 ? 0 : 1);
    if (guard) expect(result.warnings[0]).toContain("4 cells began with = + - @");
  });
});

describe('export filtered by status', () => {
  it('exports only segments with the chosen statuses', async () => {
    const out = tmp.path('new-only.tsv');
    const result = await exportDocument(session.require(), {
      documentId, format: 'tsv', outPath: out, now: 0, tool: { name: 'Mizan', version: 'test' }, statuses: ['new'],
    });
    expect(result.units).toBe(SEGMENTS / 10);
    expect(readFileSync(out, 'utf8')).not.toContain('Sentence 1 ');
  });

  it('a filter no segment matches says so and writes nothing', async () => {
    const out = tmp.path('approved.tmx');
    await expect(exportDocument(session.require(), {
      documentId, format: 'tmx', outPath: out, now: 0, tool: { name: 'Mizan', version: 'test' }, statuses: ['approved', 'reviewed'],
    })).rejects.toThrow(/no segment of this document is Approved or Reviewed; nothing was exported/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp.dir).some((f) => f.includes('.mizan-tmp-'))).toBe(false);
  });

  it('an empty choice of statuses is refused before anything is written', async () => {
    const out = tmp.path('none.tmx');
    await expect(exportDocument(session.require(), {
      documentId, format: 'tmx', outPath: out, now: 0, tool: { name: 'Mizan', version: 'test' }, statuses: [],
    })).rejects.toThrow(/choose at least one status/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('JSONL carries the annotation scheme', () => {
  it('on the first line only, as the project has it', async () => {
    const out = tmp.path('scheme.jsonl');
    await exportDocument(session.require(), { documentId, format: 'jsonl', outPath: out, now: 0, tool: { name: 'M', version: 't' } });
    const [first, second] = readFileSync(out, 'utf8').split('\n', 2).map((l) => JSON.parse(l) as { annotation_scheme?: { layers: { name: string }[] } });
    expect(first!.annotation_scheme!.layers.map((l) => l.name)).toEqual(['speaker', 'cue', 'content', 'stance', 'claim']);
    expect(second!.annotation_scheme).toBeUndefined();
  });
});

// Spans cover whole words: none starts or ends with punctuation or a space (a quotation keeps
// both its marks), in the sample as it goes out to analysis tools.
it('exports the sample with no span that starts or ends in punctuation', async () => {
  let documentId: DocumentId | undefined;
  const sampleSession = new ProjectSession();
  sampleSession.create(tmp.path('sample.mizan'), 'sample', (db) => {
    documentId = fillSampleProject(db, 0);
  });
  const out = tmp.path('sample.jsonl');
  await exportDocument(sampleSession.require(), { documentId: documentId!, format: 'jsonl', outPath: out, now: 0, tool: { name: 'Mizan', version: 'test' } });
  sampleSession.close();
  const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const loose: string[] = [];
  let spans = 0;
  for (const line of lines) {
    const annotations = (line.annotations ?? []) as { side: string; start: number | null; end: number | null; text: string }[];
    for (const a of annotations) {
      if (a.side === 'segment' || a.start === null || a.end === null) continue;
      spans++;
      const text = (a.side === 'source' ? line.source : line.target) as string;
      if (hasLoosePunctuation(text, { start: a.start, end: a.end })) loose.push(a.text);
    }
  }
  expect(spans).toBeGreaterThan(150);
  expect(loose).toEqual([]);
});
