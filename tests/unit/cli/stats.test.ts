import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sample from '../../../resources/sample/sample-project.json';
import { sampleAnnotationCounts } from '../helpers/sample.js';
import type { makeTempDir} from './cli-harness.js';
import { expectOneErrorLine, runCli, sampleProjectIn } from './cli-harness.js';

let tmp: ReturnType<typeof makeTempDir>;
let project: string;
beforeAll(async () => {
  ({ tmp, project } = await sampleProjectIn('sample.mizan'));
});
afterAll(() => tmp.cleanup());

function countSampleStatuses(): Record<string, number> {
  const counts: Record<string, number> = { new: 0, draft: 0, translated: 0, reviewed: 0, approved: 0, rejected: 0 };
  for (const s of sample.segments) counts[s.status] = (counts[s.status] ?? 0) + 1;
  return counts;
}

describe('mizan stats', () => {
  it('--json has exactly the ProjectStats keys, with the sample counts', async () => {
    const { code, stdout, stderr } = await runCli(['stats', project, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const stats = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(stats)).toEqual([
      'documents', 'segments', 'by_status', 'annotations', 'speakers', 'comments', 'comments_open',
      'words_source', 'words_target', 'words_translated',
    ]);
    const replies = sample.comments.reduce((n, c) => n + c.replies.length, 0);
    const unresolved = sample.comments.filter((c) => !('resolved' in c && c.resolved)).length;
    expect(stats).toMatchObject({
      documents: 1,
      segments: 16,
      by_status: countSampleStatuses(),
      annotations: sampleAnnotationCounts(),
      speakers: sample.speakers.length,
      comments: sample.comments.length + replies,
      comments_open: unresolved,
    });
    for (const key of ['words_source', 'words_target', 'words_translated']) expect(stats[key]).toBeGreaterThan(0);
  });

  it('prints a readable table by default', async () => {
    const { code, stdout } = await runCli(['stats', project]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(`${sample.title} (${project})`);
    for (const [status, n] of Object.entries(countSampleStatuses())) expect(stdout).toMatch(new RegExp(`^  ${status} +${n}$`, 'm'));
    expect(stdout).toMatch(/^segments +16$/m);
    expect(stdout).toMatch(/^documents +1$/m);
  });

  it.each([
    ['a missing file', () => tmp.path('missing.mizan'), /does not exist/],
    ['a text file', () => {
      const path = tmp.path('notes.txt');
      writeFileSync(path, 'hello');
      return path;
    }, /is not a Mizan project/],
    ['a folder', () => tmp.dir, /is a folder/],
  ])('refuses %s with exit 1', async (_label, target, message) => {
    const { code, stdout, stderr } = await runCli(['stats', target()]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(expectOneErrorLine(stderr)).toMatch(message);
  });
});
