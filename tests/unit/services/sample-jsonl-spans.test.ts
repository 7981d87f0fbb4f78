import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hasLoosePunctuation } from '../../../src/core/annotation/word-span.js';
import type { DocumentId } from '../../../src/core/model.js';
import { exportDocument } from '../../../src/services/export-service.js';
import { ProjectSession } from '../../../src/services/project-session.js';
import { fillSampleProject } from '../../../src/services/sample-project.js';
import { makeTempDir, type TempDir } from '../helpers/temp-dir.js';

let tmp: TempDir;
let session: ProjectSession;

beforeAll(() => {
  tmp = makeTempDir();
  session = new ProjectSession();
});
afterAll(() => {
  session.close();
  tmp.cleanup();
});

// Spans cover whole words: none starts or ends with punctuation or a space (a quotation keeps
// both its marks), in the sample as it goes out to analysis tools.
it('exports the sample with no span that starts or ends in punctuation', async () => {
  let documentId: DocumentId | undefined;
  session.create(tmp.path('sample.mizan'), 'sample', (db) => {
    documentId = fillSampleProject(db, 0);
  });
  const out = tmp.path('sample.jsonl');
  await exportDocument(session.require(), { documentId: documentId!, format: 'jsonl', outPath: out, now: 0, tool: { name: 'Mizan', version: 'test' } });
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
