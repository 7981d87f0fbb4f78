import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/services/dispatch.js';
import { QA_IN_JOB_FROM, createHandlers } from '../../../src/services/handlers.js';
import { inlineJobRunner, type JobRunner } from '../../../src/services/jobs/job-runner.js';
import { handlerDeps } from '../helpers/handler-deps.js';
import { makeTempDir } from '../helpers/temp-dir.js';

// The qa.* channels over dispatch (validation included), and where a whole-document run happens.

function setUp() {
  const dir = makeTempDir();
  const kinds: string[] = [];
  const jobs: JobRunner = { start: (kind, ...rest) => (kinds.push(kind), inlineJobRunner.start(kind, ...rest)) };
  const deps = { ...handlerDeps(dir.path('prefs')), jobs };
  const dispatch = createDispatch(createHandlers(deps), (error) => {
    throw error;
  });
  const call = async (channel: Parameters<typeof dispatch>[0], input: unknown) => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as never;
  };
  const failure = async (channel: Parameters<typeof dispatch>[0], input: unknown) => {
    const result = await dispatch(channel, input);
    if (result.ok) throw new Error('expected a refusal');
    return result.error;
  };
  return { dir, kinds, deps, call, failure, close: () => (deps.session.close(), dir.cleanup()) };
}

async function projectWith(env: ReturnType<typeof setUp>, lines: number): Promise<number> {
  await env.call('project.new', { path: env.dir.path('p.mizan') });
  const doc: { id: number } = await env.call('document.importText', { title: 't', sourceText: Array.from({ length: lines }, (_, i) => `جملة رقم ${i}.`).join('\n') });
  return doc.id;
}

describe('qa channels', () => {
  it(`run a document of ${QA_IN_JOB_FROM}+ segments as a job, a short one and a confirm in place`, async () => {
    const env = setUp();
    try {
      const long = await projectWith(env, QA_IN_JOB_FROM);
      const result: { findings: unknown[]; segments: number } = await env.call('qa.run', { documentId: long, scope: 'all' });
      expect(result.segments).toBe(QA_IN_JOB_FROM);
      expect(result.findings).toHaveLength(QA_IN_JOB_FROM); // every segment is untranslated
      expect(env.kinds.filter((k) => k === 'qaRun')).toHaveLength(1);
      const short: { id: number } = await env.call('document.importText', { title: 's', sourceText: 'سطر.\nسطر آخر.' });
      await env.call('qa.run', { documentId: short.id, scope: 'all' });
      await env.call('qa.run', { documentId: long, scope: 'segment', segmentIds: [1] });
      expect(env.kinds.filter((k) => k === 'qaRun')).toHaveLength(1);
    } finally {
      env.close();
    }
  });

  it('ignore and unignore by fingerprint; the profile refuses what it does not know', async () => {
    const env = setUp();
    try {
      const documentId = await projectWith(env, 2);
      const { findings }: { findings: { segmentId: number; check: string; fingerprint: string }[] } = await env.call('qa.run', { documentId, scope: 'all' });
      const { segmentId, check, fingerprint } = findings[0]!;
      expect(await env.call('qa.ignore', { segmentId, check, fingerprint, reason: 'a dateline' })).toMatchObject({ author: 'test-user', reason: 'a dateline' });
      expect(await env.call('qa.run', { documentId, scope: 'all' })).toMatchObject({ ignored: 1 });
      expect(await env.call('qa.unignore', { segmentId, check, fingerprint })).toEqual({ removed: true });
      expect((await env.failure('qa.setProfile', { profile: { 'empty-target': { enabled: true, severity: 'fatal' } } })).code).toBe('bad-input');
      expect((await env.failure('qa.setProfile', { profile: { nope: { enabled: true, severity: 'info' } } })).message).toContain('nope is not a QA check');
      expect(await env.call('qa.setProfile', { profile: { 'empty-target': { enabled: false, severity: 'error' } } })).toMatchObject({ 'empty-target': { enabled: false } });
      expect(await env.call('qa.run', { documentId, scope: 'all' })).toMatchObject({ findings: [] });
      expect(await env.call('qa.setProfile', { profile: {}, reset: true })).toMatchObject({ 'empty-target': { enabled: true, severity: 'error' } });
      const checks: { id: string }[] = await env.call('qa.checks', {});
      expect(checks.map((c) => c.id)).toContain('empty-target');
    } finally {
      env.close();
    }
  });

  it('qa.exportReport writes through the export destination checks', async () => {
    const env = setUp();
    try {
      const documentId = await projectWith(env, 1);
      expect(await env.call('qa.exportReport', { documentId, path: env.dir.path('r.html'), format: 'html' })).toMatchObject({ findings: 1, ignored: 0 });
      expect(existsSync(env.dir.path('r.html'))).toBe(true);
      expect((await env.failure('qa.exportReport', { documentId, path: env.dir.path('p.mizan'), format: 'csv' })).message).toMatch(/project/);
    } finally {
      env.close();
    }
  });
});
