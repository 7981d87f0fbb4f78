import type { Database } from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/core/formats/import/bilingual.js';
import type { DocumentId, SegmentId } from '../../../src/core/ids.js';
import { exportDocument, type ExportRequest } from '../../../src/services/export-service.js';
import { pretranslateDocument } from '../../../src/services/pretranslate-service.js';
import { updateTarget } from '../../../src/services/segment-service.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { seedDocument, testContext } from '../helpers/store-fixtures.js';
import { tempDirPerTest } from '../helpers/temp-dir.js';

// A pre-translated English carries where it came from and its score into XLIFF 1.2 (alt-trans match-quality)
// and JSONL ("match"); once the translator writes the English, it is theirs and the match is gone.

const temp = tempDirPerTest();
let db: Database;
let documentId: DocumentId;
let filled: SegmentId;
beforeEach(() => {
  db = createMemoryProject();
  seedDocument(db, [{ source: 'قالت الحكومة إن الاجتماع انتهى دون نتائج.', target: 'The government said the meeting ended without results.', status: 'translated' }]);
  let ids: SegmentId[];
  ({ documentId, segmentIds: ids } = seedDocument(db, [{ source: 'قالت الوزارة إن الاجتماع انتهى دون نتائج.' }, { source: 'نص آخر تماما' }]));
  filled = ids[0]!;
  expect(pretranslateDocument(db, testContext(), documentId, 75).filled).toBe(1);
});
afterEach(() => db.close());

async function exported(format: ExportRequest['format']): Promise<string> {
  const outPath = temp.path(`out.${format}`);
  await exportDocument(db, { documentId, format, outPath, now: 0, tool: { name: 'Mizan', version: 't' } });
  return readFileSync(outPath, 'utf8');
}

describe('pre-translation matches in exports', () => {
  it('XLIFF 1.2 has an alt-trans with the match quality and origin, and imports back with the same English', async () => {
    const xliff = await exported('xliff12');
    expect(xliff).toMatch(/<alt-trans match-quality="85" origin="[^"]+">\s*<target>The government said the meeting ended without results\.<\/target>\s*<\/alt-trans>/);
    expect(xliff.match(/<alt-trans/g)).toHaveLength(1);
    const parsed = parseImport(Buffer.from(xliff), 'out.xlf');
    expect(parsed.kind === 'pairs' && parsed.file.units.map((u) => u.target)).toEqual(['The government said the meeting ended without results.', '']);
  });

  it('JSONL has "match" on the pre-translated line only', async () => {
    const lines = (await exported('jsonl')).trim().split('\n').map((l) => JSON.parse(l) as { match?: { origin: string; score: number } });
    expect(lines[0]!.match?.score).toBe(85);
    expect(typeof lines[0]!.match?.origin).toBe('string');
    expect(lines[1]).not.toHaveProperty('match');
  });

  it('an English the translator rewrote carries no match', async () => {
    updateTarget(db, testContext(), filled, 'The ministry said the meeting ended without results.', null);
    expect(await exported('xliff12')).not.toContain('<alt-trans');
    expect((await exported('jsonl')).split('\n')[0]).not.toContain('"match"');
  });
});
