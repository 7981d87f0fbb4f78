import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Channel } from '../../../src/api/channels.js';
import type { Handlers } from '../../../src/api/contract.js';
import { MizanError } from '../../../src/core/errors.js';
import { createDispatch } from '../../../src/services/dispatch.js';

type Fn = (input: unknown) => unknown;

function setup(overrides: Partial<Record<Channel, Fn>> = {}) {
  const handlers = Object.fromEntries(CHANNELS.map((c) => [c, vi.fn<Fn>(overrides[c] ?? (() => `${c} ok`))]));
  const onInternalError = vi.fn();
  const dispatch = createDispatch(handlers as unknown as Handlers, onInternalError);
  const handler = (c: Channel) => handlers[c]!;
  return { dispatch, handler, onInternalError };
}

describe('createDispatch', () => {
  it.each(['nope.nope', '', 'segment.delete', '__proto__', 'constructor'])('refuses the unknown channel %j (bad-input)', async (channel) => {
    const { dispatch, handler } = setup();
    const result = await dispatch(channel, {});
    expect(result).toEqual({ ok: false, error: { code: 'bad-input', message: `unknown channel ${channel}` } });
    for (const c of CHANNELS) expect(handler(c)).not.toHaveBeenCalled();
  });

  it.each<[Channel, unknown, RegExp]>([
    ['segment.get', { segmentId: 0 }, /segmentId/],
    ['segment.get', { segmentId: 1.5 }, /segmentId/],
    ['segment.get', { segmentId: '7' }, /segmentId/],
    ['segment.get', undefined, /./],
    ['segment.list', { documentId: 1, offset: -1, limit: 10 }, /offset/],
    ['segment.list', { documentId: 1, offset: 0, limit: 5000 }, /limit/],
    ['segment.setStatus', { segmentId: 1, status: 'done' }, /status/],
    ['segment.updateTarget', { segmentId: 1 }, /target/],
    ['project.open', { path: '' }, /path/],
    ['project.new', { path: 'x.mizan', sample: 'yes' }, /sample/],
    ['project.close', { unexpected: true }, /./],
    ['document.importText', { title: '   ', sourceText: 'نص' }, /title/],
    ['prefs.set', { role: 'admin' }, /role/],
  ])('%s refuses %j (bad-input) without calling the handler', async (channel, input, where) => {
    const { dispatch, handler } = setup();
    const result = await dispatch(channel, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad-input');
    expect(result.error.message.startsWith(`${channel}: `)).toBe(true);
    expect(result.error.message).toMatch(where);
    expect(handler(channel)).not.toHaveBeenCalled();
  });

  it('passes the parsed input (trimmed title, defaults) and returns the value', async () => {
    const { dispatch, handler } = setup({ 'document.importText': (input) => ({ got: input }) });
    const result = await dispatch('document.importText', { title: '  Talks  ', sourceText: 'نص.' });
    expect(result).toEqual({ ok: true, value: { got: { title: 'Talks', sourceText: 'نص.' } } });
    expect(handler('document.importText')).toHaveBeenCalledOnce();
  });

  it.each([undefined, null, {}])('accepts %j for a channel without input', async (input) => {
    const { dispatch } = setup();
    expect(await dispatch('project.close', input)).toEqual({ ok: true, value: 'project.close ok' });
  });

  it('awaits async handlers', async () => {
    const { dispatch } = setup({ 'dialog.openProject': async () => '/tmp/p.mizan' });
    expect(await dispatch('dialog.openProject', undefined)).toEqual({ ok: true, value: '/tmp/p.mizan' });
  });

  it.each<[string, Fn]>([
    ['thrown', () => {
      throw new MizanError('file-exists', 'p.mizan already exists');
    }],
    ['rejected', async () => Promise.reject(new MizanError('file-exists', 'p.mizan already exists'))],
  ])('a %s MizanError becomes its code and message, not an internal error', async (_name, fn) => {
    const { dispatch, onInternalError } = setup({ 'project.new': fn });
    expect(await dispatch('project.new', { path: 'p.mizan' })).toEqual({ ok: false, error: { code: 'file-exists', message: 'p.mizan already exists' } });
    expect(onInternalError).not.toHaveBeenCalled();
  });

  it.each<[string, unknown, string]>([
    ['an Error', new TypeError('x is undefined'), 'segment.get failed unexpectedly: x is undefined'],
    ['a string', 'oops', 'segment.get failed unexpectedly: oops'],
  ])('an unexpected throw of %s → internal, reported to onInternalError', async (_name, thrown, message) => {
    const { dispatch, onInternalError } = setup({
      'segment.get': () => {
        throw thrown;
      },
    });
    expect(await dispatch('segment.get', { segmentId: 1 })).toEqual({ ok: false, error: { code: 'internal', message } });
    expect(onInternalError).toHaveBeenCalledWith(thrown);
  });

  it('a file the system refuses (EACCES, a locked database) is the user\'s to fix: a message, not "failed unexpectedly"', async () => {
    const eacces = Object.assign(new Error("EACCES: permission denied, open '/home/u/a.txt'"), { code: 'EACCES', path: '/home/u/a.txt' });
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    const { dispatch, onInternalError } = setup({
      'project.current': () => {
        throw eacces;
      },
      'stats.get': () => {
        throw busy;
      },
    });
    expect(await dispatch('project.current', undefined)).toEqual({
      ok: false, error: { code: 'io', message: expect.stringMatching(/^\/home\/u\/a\.txt cannot be opened: permission denied; choose another file/) as unknown },
    });
    expect(await dispatch('stats.get', {})).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/locked by another program/) as unknown } });
    expect(onInternalError).not.toHaveBeenCalled();
  });
});
