// What a revision's `session` says about how the change came about, for the history view.
// Sessions are written by the services; the prefixes are the contract between both sides.

/** A fix of the Arabic made in the "Fix Arabic…" dialog (services/revision-service.ts). */
export const SOURCE_FIX_SESSION_PREFIX = 'fix-source:';
/** A restore of an older text: `restore:<revision id>:<before|after>:<time>`. */
export const RESTORE_SESSION_PREFIX = 'restore:';
/** Undo and redo of a source fix or a restore write the text back as revisions too. */
export const UNDO_SESSION_PREFIX = 'undo:';
export const REDO_SESSION_PREFIX = 'redo:';
/** A replace-all batch and its undo (services/search-service.ts). */
export const REPLACE_SESSION_PREFIX = 'replace:';
export const UNDO_REPLACE_SESSION_PREFIX = 'undo-replace:';

export type RevisionOrigin =
  | { kind: 'single' }
  | { kind: 'editing'; session: string }
  | { kind: 'source-fix' }
  | { kind: 'restore'; revisionId: number | null; which: 'before' | 'after' | null }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'replace' }
  | { kind: 'undo-replace' };

export function revisionOrigin(session: string | null): RevisionOrigin {
  if (session === null || session === '') return { kind: 'single' };
  if (session.startsWith(SOURCE_FIX_SESSION_PREFIX)) return { kind: 'source-fix' };
  if (session.startsWith(RESTORE_SESSION_PREFIX)) {
    const [id, which] = session.slice(RESTORE_SESSION_PREFIX.length).split(':');
    const revisionId = Number(id);
    return {
      kind: 'restore',
      revisionId: Number.isInteger(revisionId) && revisionId > 0 ? revisionId : null,
      which: which === 'before' || which === 'after' ? which : null,
    };
  }
  if (session.startsWith(UNDO_REPLACE_SESSION_PREFIX)) return { kind: 'undo-replace' };
  if (session.startsWith(UNDO_SESSION_PREFIX)) return { kind: 'undo' };
  if (session.startsWith(REDO_SESSION_PREFIX)) return { kind: 'redo' };
  if (session.startsWith(REPLACE_SESSION_PREFIX)) return { kind: 'replace' };
  return { kind: 'editing', session };
}

/** A short phrase for the history list: "Editing session 3", "Restore", "Replace all"… */
export function describeOrigin(origin: RevisionOrigin): string {
  switch (origin.kind) {
    case 'single':
      return 'Single change';
    case 'editing':
      return `Editing session ${origin.session}`;
    case 'source-fix':
      return 'Fix Arabic';
    case 'restore':
      return origin.revisionId === null ? 'Restore' : `Restore of revision ${origin.revisionId} (${origin.which === 'before' ? 'text before it' : 'its text'})`;
    case 'undo':
      return 'Undo';
    case 'redo':
      return 'Redo';
    case 'replace':
      return 'Replace all';
    case 'undo-replace':
      return 'Undo of a replace all';
  }
}
