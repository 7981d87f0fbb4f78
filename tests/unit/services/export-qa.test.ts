import type { Database } from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentId } from '../../../src/core/ids.js';
import { emptyTarget } from '../../../src/core/qa/checks/empty-target.js';
import type { QaSegmentCheck } from '../../../src/core/qa/types.js';
import { exportDocument, type ExportRequest } from '../../../src/services/export-service.js';
import { ignoreQaFinding, runDocumentQa } from '../../../src/services/qa-service.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { seedDocument, testContext } from '../helpers/store-fixtures.js';
import { tempDirPerTest } from '../helpers/temp-dir.js';

// Exports carry QA findings on request: the service runs the checks, the exporters only write them.

const shouting: QaSegmentCheck = {
  id: 'shouting', label: 'Shouting', description: 'Capitals.', category: 'form', defaultSeverity: 'warning', scope: 'segment',
  run: ({ segment }) => (/[A-Z]{4}/.test(segment.target) ? [{ message: 'Capitals «كبيرة» & <loud>' }] : []),
};
const CHECKS = [emptyTarget, shouting];

const temp = tempDirPerTest();
let db: Database;
let documentId: DocumentId;
beforeEach(() => {
  db = createMemoryProject();
  ({ documentId } = seedDocument(db, [{ source: 'نص', target: 'LOUD text' }, { source: 'نص آخر', target: '' }, { source: 'ثالث', target: 'fine' }]));
});
afterEach(() => db.close());

async function exported(format: ExportRequest['format'], qa: boolean): Promise<string> {
  const outPath = temp.path(`out.${format}`);
  await exportDocument(db, { documentId, format, outPath, now: 0, tool: { name: 'Mizan', version: 't' }, qa, qaChecks: CHECKS });
  return readFileSync(outPath, 'utf8');
}

describe('exports with QA findings', () => {
  it('CSV and TSV get a qa column, one line per finding; without the option, no column', async () => {
    const csv = (await exported('csv', true)).split('\r\n');
    expect(csv[0]).toBe('id,position,paragraph,status,source,target,do_not_translate,comments,qa');
    expect(csv[1]!.endsWith(',warning shouting: Capitals «كبيرة» & <loud>')).toBe(true);
    expect(csv[2]!.endsWith(',error empty-target: The English is empty.')).toBe(true);
    expect(csv[3]!.endsWith(',no,,')).toBe(true);
    expect((await exported('csv', false)).split('\r\n')[0]).toBe('id,position,paragraph,status,source,target,do_not_translate,comments');
    expect((await exported('tsv', true)).split('\r\n')[0]).toBe('"id"\t"position"\t"paragraph"\t"status"\t"source"\t"target"\t"do_not_translate"\t"comments"\t"qa"');
  });

  it('HTML lists them, escaped, in the status column', async () => {
    const html = await exported('html', true);
    expect(html).toContain('<ul class="qa"><li class="qa-warning"><span class="qa-severity">warning</span> Capitals «كبيرة» &amp; &lt;loud&gt; <span class="qa-check">shouting</span></li></ul>');
    expect(await exported('html', false)).not.toContain('class="qa"');
  });

  it('XLIFF 1.2 and 2.0 carry them as notes ranked by severity', async () => {
    expect(await exported('xliff12', true)).toContain('<note from="Mizan QA" priority="1">error empty-target: The English is empty.</note>');
    expect(await exported('xliff2', true)).toContain('<note category="qa" priority="2">warning shouting: Capitals «كبيرة» &amp; &lt;loud&gt;</note>');
    expect(await exported('xliff12', false)).not.toContain('Mizan QA');
  });

  it('leave out ignored findings, and formats without the option ignore it', async () => {
    const [loud] = runDocumentQa(db, { documentId, scope: 'all', registry: CHECKS }).findings;
    ignoreQaFinding(db, testContext(), { segmentId: loud!.segmentId, check: loud!.check, fingerprint: loud!.fingerprint, reason: 'a headline' });
    expect(await exported('csv', true)).not.toContain('shouting');
    expect(await exported('jsonl', true)).not.toContain('empty-target');
  });
});
