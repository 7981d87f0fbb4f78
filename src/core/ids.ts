// Branded ids: a SegmentId is a number the type checker will not confuse with a DocumentId or a
// position. Values get their brand in exactly one place each — the IPC contract's zod schemas,
// the store's row mapping and the CLI's argument parsing all call the constructors below — so no
// other code needs an `as SegmentId`.
import { MizanError } from './errors.js';

declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type DocumentId = Brand<number, 'DocumentId'>;
export type SegmentId = Brand<number, 'SegmentId'>;
export type SpeakerId = Brand<number, 'SpeakerId'>;
export type AnnotationId = Brand<number, 'AnnotationId'>;
export type CommentId = Brand<number, 'CommentId'>;
export type RevisionId = Brand<number, 'RevisionId'>;
export type GlossaryEntryId = Brand<number, 'GlossaryEntryId'>;
export type TmMemoryId = Brand<number, 'TmMemoryId'>;

/** SQLite rowids start at 1 and stay within a double's exact range. */
export function isIdValue(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

function idConstructor<B extends string>(what: string): (value: number | bigint) => Brand<number, B> {
  return (value) => {
    const n = typeof value === 'bigint' ? Number(value) : value;
    if (!isIdValue(n)) throw new MizanError('bad-input', `${what} must be a whole number from 1 up (got ${String(value)})`);
    // The one place a number becomes an id of this kind: it has just been checked.
    return n as Brand<number, B>;
  };
}

/** Accepts `lastInsertRowid` (number or bigint) as well as plain numbers. */
export const toDocumentId = idConstructor<'DocumentId'>('a document id');
export const toSegmentId = idConstructor<'SegmentId'>('a segment id');
export const toSpeakerId = idConstructor<'SpeakerId'>('a speaker id');
export const toAnnotationId = idConstructor<'AnnotationId'>('an annotation id');
export const toCommentId = idConstructor<'CommentId'>('a comment id');
export const toRevisionId = idConstructor<'RevisionId'>('a revision id');
export const toGlossaryEntryId = idConstructor<'GlossaryEntryId'>('a glossary entry id');
export const toTmMemoryId = idConstructor<'TmMemoryId'>('a translation memory id');

/** For nullable columns (`speaker_id`, `parent_id`…): null stays null. */
export function nullableId<I>(value: number | null, make: (value: number) => I): I | null {
  return value === null ? null : make(value);
}
