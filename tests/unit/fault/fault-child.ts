// The process the fault-injection suite kills with SIGKILL at a random moment. It drives the real
// services as the CLI and the app do, and prints a line after each step has COMMITTED — a line on
// stdout is the user's confirmation; the suite then checks every confirmed step survived.
// Usage: node --import tsx fault-child.ts SCENARIO PROJECT DIR
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportFormat } from '../../../src/core/formats/types.js';
import type { SegmentId } from '../../../src/core/model.js';
import { importTranslation } from '../../../src/services/alignment-service.js';
import { exportDocument } from '../../../src/services/export-service.js';
import { importSourceText } from '../../../src/services/import-text.js';
import { ProjectSession } from '../../../src/services/project-session.js';
import { setStatus, updateTarget } from '../../../src/services/segment-service.js';
import { readTextFile } from '../../../src/services/text-file.js';

const [scenario, project, dir] = process.argv.slice(2) as [string, string, string];
// Synchronous: the line is out of the process before the next step starts.
const say = (line: string) => writeSync(1, `${line}\n`);
const ctx = { now: Date.now, user: () => 'fault' };

export const EXPORTS: readonly ExportFormat[] = ['tmx', 'jsonl', 'html', 'tsv'];

async function main(): Promise<void> {
  const session = new ProjectSession();
  if (scenario === 'migration') {
    say('ready');
    session.open(project);
    say('migrated');
    session.close();
    return;
  }
  session.open(project);
  const db = session.require();
  say('ready');
  switch (scenario) {
    case 'import':
      for (let i = 0; ; i++) {
        const doc = importSourceText(db, ctx, { title: `import ${i}`, sourceText: readTextFile(join(dir, 'source.txt')).text });
        say(`imported ${doc.id} ${doc.segmentCount}`);
      }
    case 'aligned':
      for (let i = 0; ; i++) {
        const source = readTextFile(join(dir, 'source.txt')).text;
        const target = readTextFile(join(dir, 'target.txt')).text;
        // As `mizan import --target`: both steps in one transaction.
        const id = db.transaction(() => {
          const doc = importSourceText(db, ctx, { title: `aligned ${i}`, sourceText: source });
          importTranslation(db, ctx, doc.id, target);
          return doc.id;
        })();
        say(`aligned ${id}`);
      }
    case 'export':
      for (let i = 0; ; i++) {
        const format = EXPORTS[i % EXPORTS.length]!;
        const result = await exportDocument(db, { documentId: null, format, outPath: join(dir, `out.${format}`), now: 0, tool: { name: 'Mizan', version: 'fault' } });
        say(`exported ${result.path} ${result.bytes}`);
      }
    case 'edits': {
      const ids = (db.prepare('SELECT id FROM segments ORDER BY id').all() as { id: SegmentId }[]).map((r) => r.id);
      for (let i = 0; ; i++) {
        const id = ids[i % ids.length]!;
        updateTarget(db, ctx, id, `edit ${i}`, null);
        if (i % 3 === 0) setStatus(db, ctx, id, 'translated');
        say(`confirmed ${id} ${i}`);
      }
    }
    default:
      throw new Error(`unknown scenario ${scenario}`);
  }
}

await main();
