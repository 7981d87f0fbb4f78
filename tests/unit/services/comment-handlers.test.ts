import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchOnTempFolder } from '../helpers/handler-deps.js';
import type { TempDir } from '../helpers/temp-dir.js';

let env: ReturnType<typeof dispatchOnTempFolder>;
let tmp: TempDir;
let call: typeof env.call;
let failure: typeof env.failure;
beforeEach(() => {
  env = dispatchOnTempFolder();
  ({ tmp, call, failure } = env);
});
afterEach(() => env.close());

describe('comment channels on the sample project', () => {
  it('segment.list carries open counts; list, add, reply, resolve, filter, undo and redo go through the contract', async () => {
    const project = await call('project.new', { path: tmp.path('sample.mizan'), sample: true });
    const documentId = project.documents[0]!.id;
    const page = await call('segment.list', { documentId, offset: 0, limit: 100 });
    // The sample's threads: segments 7 and 10 open, segment 3 resolved.
    expect(page.items.filter((s) => s.openComments > 0).map((s) => [s.position, s.openComments])).toEqual([[6, 1], [9, 1]]);

    const all = await call('comment.listDocument', { documentId });
    expect(all).toMatchObject({ authors: ['Reviewer', 'Translator'], open: 2, resolved: 1 });
    expect(all.threads.map((t) => [t.position, t.replies.length, t.root.resolvedAt !== null])).toEqual([[2, 1, true], [6, 1, false], [9, 0, false]]);
    expect((await call('comment.listDocument', { documentId, filter: { state: 'resolved' } })).threads.map((t) => t.position)).toEqual([2]);
    expect((await call('comment.listDocument', { documentId, filter: { state: 'open', author: 'Translator' } })).threads.map((t) => t.position)).toEqual([6]);

    const segment = page.items[0]!;
    const added = await call('comment.add', { segmentId: segment.id, body: 'Headline: keep it short.' });
    expect(added).toMatchObject({ comment: { author: 'test-user', body: 'Headline: keep it short.' }, segment: { id: segment.id, openComments: 1 }, history: { undoLabel: 'Add comment' } });
    const replied = await call('comment.reply', { parentId: added.comment!.id, body: 'Done.' });
    expect(replied.threads[0]!.replies.map((r) => r.body)).toEqual(['Done.']);
    expect(await call('comment.list', { segmentId: segment.id })).toEqual(replied.threads);
    const resolved = await call('comment.resolve', { id: added.comment!.id });
    expect(resolved).toMatchObject({ comment: { resolvedBy: 'test-user' }, segment: { openComments: 0 } });

    const undone = await call('history.undo', {});
    expect(undone).toMatchObject({ label: 'Resolve thread', change: { from: 0, removed: 1, segments: [{ id: segment.id, openComments: 1 }] } });
    const redone = await call('history.redo', {});
    expect(redone.change.segments[0]!.openComments).toBe(0);
    expect((await call('comment.reopen', { id: added.comment!.id })).segment.openComments).toBe(1);
    expect((await call('comment.edit', { id: replied.comment!.id, body: 'Done, shortened.' })).comment!.body).toBe('Done, shortened.');
    expect((await call('comment.delete', { id: replied.comment!.id })).threads[0]!.replies).toEqual([]);
  });

  it('refuses blank bodies, someone else\'s comment and bad input with a code and a message', async () => {
    const project = await call('project.new', { path: tmp.path('sample.mizan'), sample: true });
    const documentId = project.documents[0]!.id;
    const reviewers = (await call('comment.listDocument', { documentId })).threads[1]!.root;
    expect(await failure('comment.edit', { id: reviewers.id, body: 'changed' })).toEqual({
      code: 'bad-input', message: "only the author may edit a comment: this one is Reviewer's (reply to it instead)",
    });
    expect(await failure('comment.delete', { id: reviewers.id })).toMatchObject({ code: 'bad-input' });
    expect(await failure('comment.add', { segmentId: reviewers.segmentId, body: '   ' })).toEqual({ code: 'bad-input', message: 'a comment needs some text' });
    expect((await failure('comment.add', { segmentId: reviewers.segmentId })).code).toBe('bad-input');
    expect((await failure('comment.listDocument', { documentId, filter: { state: 'closed' } })).code).toBe('bad-input');
    expect((await failure('comment.resolve', { id: 99999 })).code).toBe('not-found');
  });
});
