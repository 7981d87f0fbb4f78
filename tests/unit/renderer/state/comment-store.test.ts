import { openSampleApi, type SampleApi } from '../../helpers/sample-api.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppStore, type ApiPort } from '../../../../src/renderer/src/state/app-store.js';
import { createCommentStore } from '../../../../src/renderer/src/state/comment-store.js';

// The comment store driven against the real handlers on a copy of the sample: the calls the panel makes.

let env: SampleApi;
let api: ApiPort;

beforeEach(async () => {
  env = await openSampleApi();
  ({ api } = env);
});

afterEach(() => env.close());

/** Lets the stores' follow-up loads (started from subscriptions) finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

async function setUp() {
  const app = createAppStore(api);
  await app.actions.init();
  const comments = createCommentStore(api, app);
  return { app, comments };
}

describe('comment store', () => {
  it('opening on a row (the badge) activates it and loads its threads and who "you" are', async () => {
    const { app, comments } = await setUp();
    await comments.actions.openAt(6);
    const s = comments.store.get();
    expect(app.store.get().activeIndex).toBe(6);
    expect(s).toMatchObject({ open: true, view: 'segment', user: 'test-user', focusRequested: true });
    expect(s.threads.map((t) => [t.root.author, t.replies.map((r) => r.author)])).toEqual([['Reviewer', ['Translator']]]);
    expect(comments.actions.isOwn('test-user')).toBe(true);
    expect(comments.actions.isOwn('Reviewer')).toBe(false);
  });

  it('follows the active segment while open, not while closed', async () => {
    const { app, comments } = await setUp();
    await comments.actions.openAt(6);
    await app.actions.activate(9);
    await settle();
    expect(comments.store.get().threads.map((t) => t.root.body)).toEqual([expect.stringMatching(/^The Arabic quote/)]);
    comments.actions.close();
    await app.actions.activate(2);
    await settle();
    expect(comments.store.get().threads.map((t) => t.root.body)).toEqual([expect.stringMatching(/^The Arabic quote/)]);
  });

  it('a comment updates the threads, the row\'s open count in the grid, and Undo; undo and redo reload the threads', async () => {
    const { app, comments } = await setUp();
    await comments.actions.openAt(0);
    expect(app.actions.segmentAt(0)?.openComments).toBe(0);
    expect(await comments.actions.add('Headline too long.')).toBe(true);
    expect(comments.store.get().threads.map((t) => t.root.body)).toEqual(['Headline too long.']);
    expect(app.actions.segmentAt(0)?.openComments).toBe(1);
    expect(app.store.get().history).toMatchObject({ canUndo: true, undoLabel: 'Add comment' });

    await app.actions.undo();
    await settle();
    expect(comments.store.get().threads).toEqual([]);
    expect(app.actions.segmentAt(0)?.openComments).toBe(0);
    await app.actions.redo();
    await settle();
    expect(comments.store.get().threads.map((t) => t.root.body)).toEqual(['Headline too long.']);
    expect(app.actions.segmentAt(0)?.openComments).toBe(1);
  });

  it('a refused change reports on the message bar and resolves false', async () => {
    const { app, comments } = await setUp();
    await comments.actions.openAt(6);
    const reviewers = comments.store.get().threads[0]!.root;
    expect(await comments.actions.edit(reviewers.id, 'mine')).toBe(false);
    expect(app.store.get().message).toEqual({ kind: 'error', text: "only the author may edit a comment: this one is Reviewer's (reply to it instead)" });
  });

  it('the document view lists threads by filter and reloads after a change', async () => {
    const { comments } = await setUp();
    await comments.actions.open('document');
    expect(comments.store.get().document?.threads.map((t) => t.position)).toEqual([6, 9]);
    await comments.actions.setFilter({ state: 'all', author: 'Translator' });
    expect(comments.store.get().document?.threads.map((t) => t.position)).toEqual([2, 6]);
    await comments.actions.setFilter({ state: 'resolved', author: null });
    expect(comments.store.get().document?.threads.map((t) => t.position)).toEqual([2]);
    await comments.actions.reopen(comments.store.get().document!.threads[0]!.root.id);
    await settle();
    expect(comments.store.get().document).toMatchObject({ threads: [], open: 3, resolved: 0 });
  });
});
