import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../src/core/formats/types.js';
import type { DocumentId } from '../../../src/core/model.js';
import { exportDocument } from '../../../src/services/export-service.js';
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
  it.each(EXPORT_FORMATS)('exports a 10,000-segment document as %s, whole, with progress', (format) => {
    const out = tmp.path(`big.${format}`);
    const progress: number[] = [];
    const result = exportDocument(session.require(), {
      documentId, format, outPath: out, now: 0, tool: { name: 'Mizan', version: 'test' }, onProgress: (done) => progress.push(done),
    });
    const untranslated = SEGMENTS / 10;
    const leavesOutUntranslated = format === 'tmx' || format === 'txt';
    expect(result.units).toBe(leavesOutUntranslated ? SEGMENTS - untranslated : SEGMENTS);
    expect(result.skipped).toBe(leavesOutUntranslated ? untranslated : 0);
    expect(statSync(out).size).toBe(result.bytes);
    expect(progress.at(-1)).toBe(SEGMENTS);
    expect(progress.length).toBeGreaterThan(10);
    expect(readdirSync(tmp.dir).some((f) => f.includes('.part-'))).toBe(false);
    if (format === 'html') expect(existsSync(tmp.path('fonts/noto-naskh-arabic-arabic-400-normal.woff2'))).toBe(true);
    if (format === 'txt') expect(readFileSync(out, 'utf8').split('\n\n').length).toBe(Math.ceil(SEGMENTS / 3));
  });

  it('a failed export leaves no file and no temporary file behind', () => {
    expect(() =>
      exportDocument(session.require(), { documentId: 999 as DocumentId, format: 'tmx', outPath: tmp.path('nope.tmx'), now: 0, tool: { name: 'M', version: 't' } }),
    ).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(existsSync(tmp.path('nope.tmx'))).toBe(false);
  });
});
