import type { Database } from 'better-sqlite3';
import type { AnnotationId, AnnotationSide, CommentId, DocumentId, SegmentId, SegmentStatus, SpeakerId } from '../core/model.js';
import type { SpeakerFields } from '../core/annotation/types.js';
import sample from '../../resources/sample/sample-project.json' with { type: 'json' };
import { insertAnnotation, insertAnnotationLink } from '../store/annotations.js';
import { insertComment } from '../store/comments.js';
import { insertDocument } from '../store/documents.js';
import { insertSegment } from '../store/segments.js';
import { insertSpeaker } from '../store/speakers.js';

interface SampleComment {
  segment: number;
  author: string;
  body: string;
  resolved?: boolean;
  replies: { author: string; body: string }[];
}

/** A registry entry; `key` is how the sample's annotations name it. */
interface SampleSpeaker extends SpeakerFields {
  key: string;
}

/**
 * An annotation placed by quoting its text rather than by offsets, so the JSON stays readable and
 * a changed text fails loudly instead of shifting spans: `quote` is the `occurrence`-th (0-based)
 * match in the side's text; side 'segment' has no quote.
 */
export interface SampleAnnotation {
  key: string;
  segment: number;
  side: AnnotationSide;
  layer: string;
  quote?: string;
  occurrence?: number;
  label?: string;
  speaker?: string;
  attrs?: Record<string, unknown>;
  links?: { to: string; kind: string }[];
}

const SAMPLE_AUTHOR = 'Mizan sample';

export const SAMPLE_TITLE = sample.title;

/**
 * Writes the built-in sample: the SyriaNews article, its translation, statuses, review threads, and
 * its attribution annotations (speaker registry, spans on both sides, links).
 */
export function fillSampleProject(db: Database, at: number): DocumentId {
  const documentId = insertDocument(db, {
    title: sample.title,
    sourceLang: sample.sourceLang,
    targetLang: sample.targetLang,
    sourceName: sample.sourceName,
    at,
  });
  const segmentIds = sample.segments.map((s, position) =>
    insertSegment(db, {
      documentId,
      position,
      paragraph: s.paragraph,
      source: s.source,
      target: s.target,
      status: s.status as SegmentStatus,
      doNotTranslate: s.doNotTranslate,
      at,
      by: SAMPLE_AUTHOR,
    }),
  );
  (sample.comments as SampleComment[]).forEach((c, i) => {
    const segmentId = segmentIds[c.segment];
    if (segmentId === undefined) throw new Error(`sample comment points at missing segment ${c.segment}`);
    const created = at - (sample.comments.length - i) * 3_600_000;
    const resolvedAt = c.resolved ? created + 1_800_000 : null;
    const parent: CommentId = insertComment(db, {
      segmentId, parentId: null, author: c.author, body: c.body, at: created,
      resolvedAt, resolvedBy: c.resolved ? c.author : null,
    });
    c.replies.forEach((r, j) =>
      insertComment(db, { segmentId, parentId: parent, author: r.author, body: r.body, at: created + (j + 1) * 600_000, resolvedAt: null, resolvedBy: null }),
    );
  });
  insertSampleAnnotations(db, segmentIds, at);
  return documentId;
}

/** Start and end (UTF-16 units, end exclusive) of the `occurrence`-th (0-based) match of `quote` in `text`, or null. */
export function locateQuote(text: string, quote: string, occurrence = 0): { start: number; end: number } | null {
  if (quote === '') return null;
  let start = -1;
  for (let n = 0; n <= occurrence; n += 1) {
    start = text.indexOf(quote, start + 1);
    if (start < 0) return null;
  }
  return { start, end: start + quote.length };
}

export interface PlacedSampleAnnotation extends SampleAnnotation {
  start: number | null;
  end: number | null;
}

/** Turns quotes into offsets; throws an Error naming the annotation whose segment, quote or key is wrong. */
export function placeSampleAnnotations(segments: readonly { source: string; target: string }[], annotations: readonly SampleAnnotation[]): PlacedSampleAnnotation[] {
  const keys = new Set<string>();
  return annotations.map((a) => {
    const fail = (why: string): never => {
      throw new Error(`sample annotation "${a.key}": ${why}`);
    };
    if (keys.has(a.key)) fail('the key is used twice');
    keys.add(a.key);
    const segment = segments[a.segment] ?? fail(`there is no segment ${a.segment}`);
    if (a.side === 'segment') {
      if (a.quote !== undefined) fail('a whole-segment annotation has no quote');
      return { ...a, start: null, end: null };
    }
    if (a.quote === undefined) return fail(`a ${a.side} span needs a quote`);
    const occurrence = a.occurrence ?? 0;
    const range = locateQuote(a.side === 'source' ? segment.source : segment.target, a.quote, occurrence)
      ?? fail(`quote ${JSON.stringify(a.quote)}${occurrence > 0 ? ` (occurrence ${occurrence})` : ''} is not in the ${a.side} text of segment ${a.segment}`);
    return { ...a, ...range };
  });
}

function insertSampleAnnotations(db: Database, segmentIds: readonly SegmentId[], at: number): void {
  const speakerIds = new Map<string, SpeakerId>();
  for (const { key, ...fields } of sample.speakers as SampleSpeaker[]) {
    if (speakerIds.has(key)) throw new Error(`sample speaker "${key}" is defined twice`);
    speakerIds.set(key, insertSpeaker(db, { ...fields, at }));
  }
  const placed = placeSampleAnnotations(sample.segments, sample.annotations as SampleAnnotation[]);
  const ids = new Map<string, AnnotationId>();
  const inserted: { a: (typeof placed)[number]; from: AnnotationId }[] = [];
  for (const a of placed) {
    const segmentId = segmentIds[a.segment];
    if (segmentId === undefined) throw new Error(`sample annotation "${a.key}": there is no segment ${a.segment}`);
    const speakerId = a.speaker === undefined ? null : speakerIds.get(a.speaker);
    if (speakerId === undefined) throw new Error(`sample annotation "${a.key}": there is no sample speaker "${a.speaker}"`);
    const from = insertAnnotation(db, {
      segmentId, layer: a.layer, side: a.side, start: a.start, end: a.end, speakerId,
      label: a.label ?? null, attrs: a.attrs ?? {}, author: SAMPLE_AUTHOR, at,
    });
    ids.set(a.key, from);
    inserted.push({ a, from });
  }
  // Links go in once every annotation exists: they may point forward.
  for (const { a, from } of inserted) {
    for (const link of a.links ?? []) {
      const to = ids.get(link.to);
      if (to === undefined) throw new Error(`sample annotation "${a.key}" links to "${link.to}", which does not exist`);
      insertAnnotationLink(db, from, to, link.kind);
    }
  }
}
