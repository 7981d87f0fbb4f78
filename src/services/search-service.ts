import type { Database } from 'better-sqlite3';
import { MizanError } from '../core/errors.js';
import type { DocumentId, HistoryState, ReplacePreviewItem, SearchHit, SearchResult, SearchScope, Segment, SegmentId, TextRange } from '../core/model.js';
import { REPLACE_SESSION_PREFIX } from '../core/review/revision-origin.js';
import { findFoldedRanges, searchKey } from '../core/text/search-key.js';
import { getMeta, setMeta } from '../store/meta.js';
import { findSegmentsByKey, iterateDocumentSegments, iterateDocumentTexts } from '../store/search.js';
import { getSegment } from '../store/segments.js';
import type { ServiceContext } from './context.js';
import { runUndoable } from './edit-history.js';
import { trackSegments } from './segment-undo.js';
import { stampOf, writeSegment } from './segment-writes.js';

export interface SearchRequest {
  documentId: DocumentId;
  query: string;
  scope: SearchScope;
  regex: boolean;
  matchCase: boolean;
  wholeWord?: boolean;
  limit: number;
}

/** A regex scan visits every segment: cap it so a pathological pattern cannot hang the app. */
const REGEX_SCAN_LIMIT = 1_000_000;

/** Whole word wraps the pattern in Unicode-aware edges (JavaScript's \b knows only ASCII letters). */
function compileRegex(query: string, matchCase: boolean, wholeWord = false): RegExp {
  const source = wholeWord ? `(?<![\\p{L}\\p{M}\\p{N}])(?:${query})(?![\\p{L}\\p{M}\\p{N}])` : query;
  try {
    return new RegExp(source, matchCase ? 'gu' : 'giu');
  } catch (error) {
    throw new MizanError('bad-input', `the regular expression is not valid: ${(error as Error).message}`);
  }
}

function regexRanges(text: string, pattern: RegExp): TextRange[] {
  const ranges: TextRange[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  return ranges;
}

function rangesFor(segment: Segment, req: SearchRequest, pattern: RegExp | null): { source: TextRange[]; target: TextRange[] } {
  const find = (text: string) => (pattern ? regexRanges(text, pattern) : findFoldedRanges(text, req.query, req));
  return {
    source: req.scope === 'target' ? [] : find(segment.source),
    target: req.scope === 'source' ? [] : find(segment.target),
  };
}

/**
 * Finds segments of a document. Plain queries are folded (alef forms, ta marbuta, harakat, digits,
 * case) and answered from the trigram index; regular expressions run over the stored text.
 */
export function searchSegments(db: Database, req: SearchRequest, clock: () => number = () => performance.now()): SearchResult {
  const started = clock();
  if (req.query === '') return { total: 0, hits: [], tookMs: 0 };
  const hits: SearchHit[] = [];
  let total = 0;
  if (req.regex) {
    const pattern = compileRegex(req.query, req.matchCase, req.wholeWord);
    let scanned = 0;
    const test = (text: string) => {
      pattern.lastIndex = 0;
      return pattern.test(text);
    };
    const wanted: SegmentId[] = [];
    for (const row of iterateDocumentTexts(db, req.documentId)) {
      if (++scanned > REGEX_SCAN_LIMIT) break;
      const inSource = req.scope !== 'target' && test(row.source);
      const inTarget = req.scope !== 'source' && test(row.target);
      if (!inSource && !inTarget) continue;
      total++;
      if (wanted.length < req.limit) wanted.push(row.id);
    }
    for (const id of wanted) {
      const segment = getSegment(db, id);
      if (segment) hits.push({ segment, index: segment.position, ...rangesFor(segment, req, pattern) });
    }
  } else {
    const key = searchKey(req.query, false);
    if (key === '') return { total: 0, hits: [], tookMs: clock() - started };
    // The index is case-folded substrings; with "match case" or "whole word" the hits are filtered on the exact ranges below.
    const found = findSegmentsByKey(db, req.documentId, req.scope, key, req.matchCase || req.wholeWord ? Math.max(req.limit * 4, 1000) : req.limit);
    total = found.total;
    for (const segment of found.items) {
      const ranges = rangesFor(segment, req, null);
      if (ranges.source.length === 0 && ranges.target.length === 0) {
        if (req.matchCase || req.wholeWord) total--;
        continue;
      }
      // Positions are dense (0..n-1) within a document, so a position is the grid row.
      if (hits.length < req.limit) hits.push({ segment, index: segment.position, ...ranges });
    }
  }
  return { total, hits, tookMs: clock() - started };
}

export interface ReplaceRequest extends Omit<SearchRequest, 'scope' | 'limit'> {
  replacement: string;
}

function replaceInText(text: string, req: ReplaceRequest, pattern: RegExp | null): string {
  if (pattern) {
    pattern.lastIndex = 0;
    return text.replace(pattern, req.replacement);
  }
  const ranges = findFoldedRanges(text, req.query, req);
  let out = '';
  let at = 0;
  for (const r of ranges) {
    out += text.slice(at, r.start) + req.replacement;
    at = r.end;
  }
  return out + text.slice(at);
}

/** What "Replace all" would change in the translation, segment by segment; nothing is written. */
export function previewReplace(db: Database, req: ReplaceRequest): ReplacePreviewItem[] {
  if (req.query === '') return [];
  const pattern = req.regex ? compileRegex(req.query, req.matchCase, req.wholeWord) : null;
  const items: ReplacePreviewItem[] = [];
  let index = 0;
  for (const segment of iterateDocumentSegments(db, req.documentId)) {
    const after = replaceInText(segment.target, req, pattern);
    if (after !== segment.target) items.push({ segmentId: segment.id, index, before: segment.target, after });
    index++;
  }
  return items;
}

/** What Replace all did: how many translations changed, the rows to show, and the undo state. */
export interface ReplaceAllResult {
  changed: number;
  history: HistoryState;
}

/**
 * Replaces in every translation of the document in one transaction, through the write path (each
 * segment's English spans follow their text; a span whose words were replaced is flagged, never
 * dropped; a new segment becomes a draft), as ONE step of the app-wide undo.
 */
export function replaceAll(db: Database, ctx: ServiceContext, req: ReplaceRequest): ReplaceAllResult {
  const { value: changed, history } = runUndoable<number>(db, () => {
    const items = previewReplace(db, req);
    if (items.length === 0) return { unchanged: 0 };
    return {
      label: 'Replace all',
      track: trackSegments(items.map((i) => i.segmentId), ctx),
      apply: () => {
        const stamp = stampOf(ctx);
        const seq = Number(getMeta(db, 'replace_batch_seq') ?? '0') + 1;
        setMeta(db, 'replace_batch_seq', String(seq));
        // One session for the batch, so the history view shows these revisions as one Replace all.
        const batch = `${REPLACE_SESSION_PREFIX}${seq}`;
        for (const item of items) {
          const segment = getSegment(db, item.segmentId);
          if (segment) writeSegment(db, stamp, segment, { target: item.after }, batch);
        }
        return items.length;
      },
    };
  });
  return { changed, history };
}
