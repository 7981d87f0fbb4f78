import { copyFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/services/dispatch.js';
import { createHandlers } from '../../../src/services/handlers.js';
import { createPathGrants } from '../../../src/services/path-grants.js';
import { dispatchOnTempFolder, handlerDeps } from '../helpers/handler-deps.js';
import type { TempDir } from '../helpers/temp-dir.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const FIXTURE = resolve(import.meta.dirname, '../../fixtures/glossary/sample-terms.tbx');

describe('glossary channels on the sample project', () => {
  let env: ReturnType<typeof dispatchOnTempFolder>;
  beforeEach(() => {
    env = dispatchOnTempFolder();
  });
  afterEach(() => env.close());

  it('import (as a job), list, recognise, add, update, remove and export go through the contract', async () => {
    const { call, failure, tmp } = env;
    const project = await call('project.new', { path: tmp.path('sample.mizan'), sample: true });
    const first = (await call('segment.list', { documentId: project.documents[0]!.id, offset: 0, limit: 1 })).items[0]!;
    const tbx = tmp.path('terms.tbx');
    copyFileSync(FIXTURE, tbx);
    expect(await call('glossary.import', { path: tbx })).toEqual({ format: 'tbx', added: 3, skipped: 0, warnings: [] });
    expect((await call('glossary.list', {})).map((e) => e.sources[0]!.text)).toEqual(['محادثات', 'وزارة الخارجية', 'الملف السوري']);
    // The import ran with its own connection: the main session's compiled glossary sees it at once.
    const [hits] = await call('glossary.recognise', { segmentIds: [first.id] });
    expect(hits!.terms.map((t) => [t.text, t.targets[0]])).toEqual([['المحادثات', 'talks'], ['الملف السوري', 'Syria issue']]);

    const added = await call('glossary.add', { sources: [{ text: 'موسكو', status: 'preferred' }], targets: [{ text: 'Moscow', status: 'preferred' }], partOfSpeech: '', domain: '', note: '' });
    expect((await call('glossary.recognise', { segmentIds: [first.id] }))[0]!.terms.map((t) => t.text)).toEqual(['المحادثات', 'موسكو', 'الملف السوري']);
    const updated = await call('glossary.update', { id: added.id, patch: { note: 'the Russian government' } });
    expect(updated).toMatchObject({ note: 'the Russian government', author: 'test-user' });
    expect(await call('glossary.remove', { id: added.id })).toEqual({ removed: true });
    expect((await failure('glossary.remove', { id: added.id })).code).toBe('not-found');
    expect((await failure('glossary.add', { sources: [], targets: [], partOfSpeech: '', domain: '', note: '' })).code).toBe('bad-input');

    const out = tmp.path('out.tbx');
    expect(await call('glossary.export', { path: out, format: 'tbx' })).toMatchObject({ entries: 3 });
    expect(readFileSync(out, 'utf8')).toContain('<term>وزارة الخارجية</term>');
    expect((await failure('glossary.export', { path: tmp.path('sample.mizan'), format: 'tsv' })).code).toBe('bad-input');
  });
});

describe('glossary channels and path grants', () => {
  let tmp: TempDir;
  beforeEach(() => {
    tmp = makeTempDir();
  });
  afterEach(() => tmp.cleanup());

  it('refuse a path no dialog granted; the glossary dialog grants what it returns', async () => {
    const deps = { ...handlerDeps(tmp.path('prefs')), grants: createPathGrants() };
    const dispatch = createDispatch(createHandlers(deps), (error) => {
      throw error;
    });
    try {
      deps.host.dialogResult = tmp.path('p.mizan');
      await dispatch('dialog.newProject', {});
      expect((await dispatch('project.new', { path: tmp.path('p.mizan') })).ok).toBe(true);
      const tbx = tmp.path('terms.tbx');
      copyFileSync(FIXTURE, tbx);
      const refused = await dispatch('glossary.import', { path: tbx });
      expect(refused.ok).toBe(false);
      expect((await dispatch('glossary.export', { path: tmp.path('x.tbx'), format: 'tbx' })).ok).toBe(false);
      deps.host.dialogResult = tbx;
      expect(await dispatch('dialog.importGlossary', {})).toEqual({ ok: true, value: tbx });
      expect(deps.host.calls).toContain('importGlossary');
      expect(await dispatch('glossary.import', { path: tbx })).toMatchObject({ ok: true, value: { added: 3 } });
    } finally {
      deps.session.close();
    }
  });
});
