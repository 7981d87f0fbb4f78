import { describe, expect, it } from 'vitest';
import { describeOrigin, revisionOrigin, type RevisionOrigin } from '../../../../src/core/review/revision-origin.js';

describe('revisionOrigin', () => {
  it.each<[string | null, RevisionOrigin, string]>([
    [null, { kind: 'single' }, 'Single change'],
    ['m1x2k3-4', { kind: 'editing', session: 'm1x2k3-4' }, 'Editing session m1x2k3-4'],
    ['fix-source:1700000000000', { kind: 'source-fix' }, 'Fix Arabic'],
    ['restore:12:before:1700000000000', { kind: 'restore', revisionId: 12, which: 'before' }, 'Restore of revision 12 (text before it)'],
    ['restore:7:after:1', { kind: 'restore', revisionId: 7, which: 'after' }, 'Restore of revision 7 (its text)'],
    ['restore:oops', { kind: 'restore', revisionId: null, which: null }, 'Restore'],
    ['undo:1', { kind: 'undo' }, 'Undo'],
    ['redo:1', { kind: 'redo' }, 'Redo'],
    ['replace:3', { kind: 'replace' }, 'Replace all'],
    ['undo-replace:3', { kind: 'undo-replace' }, 'Undo of a replace all'],
  ])('%s', (session, origin, text) => {
    expect(revisionOrigin(session)).toEqual(origin);
    expect(describeOrigin(origin)).toBe(text);
  });
});
