// Imports a JSONL export (core/formats/import/jsonl.ts) into the open project as a new document, in
// one transaction: every row gets a new id; speakers are matched to registry entries with the same
// Arabic and English names, else added; links and comment threads are re-pointed to the new ids.
import type { Database } from 'better-sqlite3';
import { basename } from 'node:path';
import { findLayer, findLinkRule } from '../core/annotation/scheme.js';
import { MizanError } from '../core/errors.js';
import { commentsParentsFirst, parseJsonl, type ImportedJsonl } from '../core/formats/import/jsonl.js';
import type { AnnotationId, CommentId, DocumentInfo, SegmentId, SpeakerId } from '../core/model.js';
import { decodeText } from '../core/text/decode/index.js';
import { readScheme } from '../store/annotation-scheme.js';
import { attachCommentToAnnotation, insertAnnotation, insertAnnotationLink } from '../store/annotations.js';
import { insertComment } from '../store/comments.js';
import { getDocument, insertDocument } from '../store/documents.js';
import { insertSegment } from '../store/segments.js';
import { findSpeakerByNames, insertSpeaker } from '../store/speakers.js';
import type { ServiceContext } from './context.js';
import { readTextFileBytes } from './text-file.js';
import { writeTransaction } from '../store/write-transaction.js';

/** Reads and checks a JSONL file (UTF-8); a malformed line refuses the whole file, naming the line. */
export function readJsonlFile(path: string): ImportedJsonl {
  const name = basename(path);
  return parseJsonl(decodeText(readTextFileBytes(path), { encoding: 'utf-8', name }).text, name);
}

export interface JsonlImport {
  document: DocumentInfo;
  segments: number;
  annotations: number;
  links: number;
  comments: number;
  speakers: { matched: number; created: number };
  warnings: string[];
}

export interface JsonlImportOptions {
  /** Default: the title in the file. */
  title?: string;
  sourceName?: string | null;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Writes a parsed JSONL file as a new document (positions renumbered 0..n-1 in file position
 * order). Keys the export does not carry get defaults: annotation author = the importing user
 * unless the line has one, times = now unless given, comments resolved without a resolver name.
 */
export function importJsonl(db: Database, ctx: ServiceContext, file: ImportedJsonl, options: JsonlImportOptions = {}): JsonlImport {
  if (file.segments.length === 0) throw new MizanError('bad-input', 'the file has no segments to import');
  const at = ctx.now();
  const by = ctx.user();
  return writeTransaction(db, () => {
    const documentId = insertDocument(db, {
      title: options.title?.trim() || file.document.title,
      sourceLang: file.document.sourceLang,
      targetLang: file.document.targetLang,
      sourceName: options.sourceName ?? null,
      at,
    });

    const speakerIds = new Map<number, SpeakerId>();
    const speakers = { matched: 0, created: 0 };
    for (const s of file.speakers) {
      const nameSource = s.nameSource.normalize('NFC').trim();
      const nameTarget = s.nameTarget.normalize('NFC').trim();
      const existing = findSpeakerByNames(db, nameSource, nameTarget);
      if (existing) speakers.matched++;
      else speakers.created++;
      speakerIds.set(s.id, existing?.id ?? insertSpeaker(db, { nameSource, nameTarget, kind: s.kind, role: s.role, organisation: s.organisation, note: '', at }));
    }

    const segmentIds = new Map<number, SegmentId>();
    const annotationIds = new Map<number, AnnotationId>();
    let annotations = 0;
    file.segments.forEach((s, position) => {
      const segmentId = insertSegment(db, {
        documentId, position, paragraph: s.paragraph, source: s.source, target: s.target, status: s.status, doNotTranslate: s.doNotTranslate, at, by,
      });
      segmentIds.set(s.id, segmentId);
      for (const a of s.annotations) {
        annotationIds.set(a.id, insertAnnotation(db, {
          segmentId, layer: a.layer, side: a.side, start: a.start, end: a.end,
          speakerId: a.speakerId === null ? null : (speakerIds.get(a.speakerId) ?? null),
          label: a.label, attrs: a.attrs, flagged: a.flagged, author: a.author ?? by, at: a.createdAt ?? at,
        }));
        annotations++;
      }
    });

    let links = 0;
    const seen = new Set<string>();
    for (const s of file.segments) {
      for (const a of s.annotations) {
        for (const l of a.links) {
          const from = annotationIds.get(a.id);
          const to = annotationIds.get(l.to);
          const key = `${a.id}:${l.to}:${l.kind}`;
          if (from === undefined || to === undefined || seen.has(key)) continue;
          seen.add(key);
          insertAnnotationLink(db, from, to, l.kind);
          links++;
        }
      }
    }

    const comments = importComments(db, file, segmentIds, annotationIds);
    const document = getDocument(db, documentId);
    if (!document) throw new MizanError('internal', 'the imported document vanished');
    return { document, segments: file.segments.length, annotations, links, comments, speakers, warnings: [...file.warnings, ...schemeWarnings(db, file)] };
  });
}

/** Inserts comments parents first (a reply may come before its parent in the file), re-pointing parent and annotation ids. */
function importComments(db: Database, file: ImportedJsonl, segmentIds: ReadonlyMap<number, SegmentId>, annotationIds: ReadonlyMap<number, AnnotationId>): number {
  const commentIds = new Map<number, CommentId>();
  // Core orders them parents first in one pass (a reply chain written children-first was quadratic here).
  for (const { comment: c, segmentId, parent } of commentsParentsFirst(file.segments)) {
    const id = insertComment(db, {
      segmentId: segmentIds.get(segmentId)!, parentId: parent === null ? null : (commentIds.get(parent) ?? null),
      author: c.author, body: c.body, at: c.createdAt, resolvedAt: c.resolvedAt, resolvedBy: c.resolvedAt === null ? null : c.resolvedBy,
    });
    const annotationId = c.annotation === null ? undefined : annotationIds.get(c.annotation);
    if (annotationId !== undefined) attachCommentToAnnotation(db, id, annotationId);
    commentIds.set(c.id, id);
  }
  return commentIds.size;
}

/** Layers, labels and link rules the project's scheme does not have: imported as they are, but worth a word. */
function schemeWarnings(db: Database, file: ImportedJsonl): string[] {
  const scheme = readScheme(db);
  const unknown = new Map<string, number>();
  for (const s of file.segments) {
    for (const a of s.annotations) {
      const layer = findLayer(scheme, a.layer);
      const what = !layer ? `layer "${a.layer}"` : a.label !== null && !layer.labels.some((l) => l.value === a.label) ? `label "${a.label}" of layer "${a.layer}"` : null;
      if (what) unknown.set(what, (unknown.get(what) ?? 0) + 1);
    }
  }
  const layerOf = new Map(file.segments.flatMap((s) => s.annotations.map((a) => [a.id, a.layer] as const)));
  const unruled = new Map<string, number>();
  for (const s of file.segments) {
    for (const a of s.annotations) {
      for (const l of a.links) {
        const to = layerOf.get(l.to);
        if (l.kind === 'translation' || to === undefined || !findLayer(scheme, a.layer) || !findLayer(scheme, to) || findLinkRule(scheme, a.layer, to, l.kind)) continue;
        const what = `${l.kind} links from ${a.layer} to ${to}`;
        unruled.set(what, (unruled.get(what) ?? 0) + 1);
      }
    }
  }
  return [
    ...[...unknown].map(([what, n]) => `${plural(n, 'annotation')} use ${what}, which this project's annotation scheme does not have; add it to the scheme to edit them`),
    ...[...unruled].map(([what, n]) => `${plural(n, 'link')} ${n === 1 ? 'is' : 'are'} ${what}, which this project's annotation scheme does not allow; they were imported, but add the link rule to the scheme to make more`),
  ];
}
