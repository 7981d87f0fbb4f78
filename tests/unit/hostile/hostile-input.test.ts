// The hostile-input suite: every generated case is imported the way the app imports a file (the
// preview, then the import) into a real project file, in a child process whose every case is
// bounded in wall-clock time by the harness (a hang fails the test, it cannot freeze the suite).
// A refusal must say what is wrong and leave the project byte-identical; valid-but-nasty files
// (reply chains) must import whole. Figures: npm run bench:hostile.
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir.js';
import { HOSTILE_CASES } from './cases.js';
import { runCases, type CaseResult } from './run-cases.js';

/** Far above the worst case measured (about 3 s for 60,000 replies on a shared 2-core machine); the hangs took minutes. */
const BOUND_MS = 60_000;

const tmp = makeTempDir('mizan-hostile-');
afterAll(() => tmp.cleanup());

let results: Promise<CaseResult[]> | undefined;
const all = () => (results ??= runCases(tmp.dir, HOSTILE_CASES.map((_, k) => k), BOUND_MS));

describe('hostile input files', () => {
  it.each(HOSTILE_CASES.map((c, k) => [c.kind, c.name, k] as const))('%s: %s', async (_kind, _name, index) => {
    const hostile = HOSTILE_CASES[index]!;
    const result = (await all()).find((r) => r.index === index);
    expect(result, 'the case never ran (an earlier case hung)').toBeDefined();
    expect(result!.outcome === 'hung' ? `hung: ${result!.message}` : result!.outcome).toBe(hostile.expect.outcome);
    if (hostile.expect.outcome === 'refused') {
      expect(result!.message).toMatch(hostile.expect.message);
      expect(result!.unchanged, 'the project file changed after a refusal').toBe(true);
    } else {
      expect(result!.segments).toBe(hostile.expect.segments);
      if (hostile.expect.comments !== undefined) expect(result!.comments).toBe(hostile.expect.comments);
    }
  }, BOUND_MS * HOSTILE_CASES.length);
});

describe('the hostile-input harness', () => {
  it('kills a case that never ends and reports it as hung', async () => {
    process.env.MIZAN_HOSTILE_HANG = '6';
    try {
      const [result] = await runCases(tmp.dir, [6], 8_000);
      expect(result).toMatchObject({ index: 6, outcome: 'hung' });
    } finally {
      delete process.env.MIZAN_HOSTILE_HANG;
    }
  }, 30_000);
});
