import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOneErrorLine, makeTempDir, runCli } from './cli-harness.js';

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ar" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>
<body>
<tu changedate="20240101T000000Z" changeid="amal"><tuv xml:lang="ar"><seg>وقع الاتفاق في دمشق عام ٢٠١٦ بحضور الوزراء.</seg></tuv><tuv xml:lang="en"><seg>The agreement was signed in Damascus in 2016 in the presence of the ministers.</seg></tuv></tu>
<tu><tuv xml:lang="ar"><seg>قالت الحكومة إن الاجتماع انتهى دون نتائج.</seg></tuv><tuv xml:lang="en"><seg>The government said the meeting ended without results.</seg></tuv></tu>
<tu><tuv xml:lang="ar"><seg>لا علاقة لهذه الجملة بأي شيء آخر هنا.</seg></tuv><tuv xml:lang="en"><seg>This sentence has nothing to do with anything else here.</seg></tuv></tu>
</body></tmx>`;

let tmp: ReturnType<typeof makeTempDir>;
let project: string;
beforeEach(async () => {
  tmp = makeTempDir();
  project = tmp.path('p.mizan');
  writeFileSync(tmp.path('ar.txt'), 'وقع الاتفاق في دمشق عام ٢٠١٧ بحضور الوزراء.\n\nقالت الوزارة إن الاجتماع انتهى دون نتائج.\n\nهذه جملة جديدة تماما لا تشبه شيئا.\n');
  writeFileSync(tmp.path('m.tmx'), TMX);
  expect((await runCli(['new', project])).code).toBe(0);
  const imported = await runCli(['import', project, '--source', tmp.path('ar.txt'), '--title', 'Doc']);
  expect(imported.stderr).toBe('');
});
afterEach(() => tmp.cleanup());

describe('mizan tm import / match / pretranslate / export', () => {
  it('attaches a TMX, finds a fuzzy match with its number adapted, and pre-translates with origin and score kept', async () => {
    const attached = await runCli(['tm', 'import', project, tmp.path('m.tmx'), '--name', 'Agreements']);
    expect(attached.stderr).toBe('');
    expect(attached.stdout).toContain('attached "Agreements" (3 units)');

    const match = await runCli(['tm', 'match', project, '--source', 'وقع الاتفاق في دمشق عام ٢٠١٧ بحضور الوزراء.', '--json']);
    expect(match.code).toBe(0);
    const { matches } = JSON.parse(match.stdout) as { matches: { score: number; origin: string; target: string; adapted_target?: string }[] };
    expect(matches[0]).toMatchObject({ score: 87, origin: 'TM Agreements' });
    expect(matches[0]?.adapted_target).toBe('The agreement was signed in Damascus in 2017 in the presence of the ministers.');

    const pre = await runCli(['pretranslate', project, '--min', '75', '--json']);
    expect(pre.stderr).toBe('');
    expect(JSON.parse(pre.stdout)).toEqual({ documents: [{ document: 1, filled: 2, empty: 3, exact: 0, adapted: 1 }] });
    const db = new Database(project, { readonly: true });
    try {
      const rows = db.prepare('SELECT s.position, s.target, s.status, m.origin, m.score FROM segments s LEFT JOIN segment_matches m ON m.segment_id = s.id ORDER BY s.position').all();
      expect(rows).toEqual([
        { position: 0, target: 'The agreement was signed in Damascus in 2017 in the presence of the ministers.', status: 'draft', origin: 'TM Agreements', score: 87 },
        { position: 1, target: 'The government said the meeting ended without results.', status: 'draft', origin: 'TM Agreements', score: 85 },
        { position: 2, target: '', status: 'new', origin: null, score: null },
      ]);
    } finally {
      db.close();
    }

    const out = await runCli(['tm', 'export', project, '--out', tmp.path('out.tmx')]);
    expect(out.stdout).toContain('wrote 5 units');
    // What was exported reads back in as a memory.
    const back = await runCli(['tm', 'import', project, tmp.path('out.tmx')]);
    expect(back.stdout).toContain('(5 units)');
  });

  it('refuses a --min out of range as a usage error', async () => {
    const r = await runCli(['tm', 'match', project, '--source', 'نص', '--min', '300']);
    expect(r.code).toBe(2);
    expectOneErrorLine(r.stderr);
  });

  it('refuses a file that is not TMX with one clear line', async () => {
    const r = await runCli(['tm', 'import', project, tmp.path('ar.txt')]);
    expect(r.code).toBe(1);
    expectOneErrorLine(r.stderr);
  });
});
