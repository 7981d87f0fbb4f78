// Translation memory use cases: fuzzy matches for a segment or a text (the panel, the CLI), attaching and
// detaching TMX memories, pre-translating a document. Candidates come from the term indexes (store/tm.ts:
// the rarest terms of the query, a length window), then core/tm rescores them exactly.
import { basename } from 'node:path';
import type { Database } from 'better-sqlite3';
import { MizanError } from '../core/errors.js';
import type { SegmentId, TmMemoryId } from '../core/ids.js';
import { parseImport } from '../core/formats/import/index.js';
import { glossaryNamePairs } from './glossary-service.js';
import type { NameMap } from '../core/tm/adapt.js';
import {
  inLengthWindow, planLookup, rowsBySharedTerms, sharedTermsBound, sharedWordsBound, termCounts, termDistanceBound,
} from '../core/tm/lookup-plan.js';
import { fuzzyScore, tokenise, type TokenisedText } from '../core/tm/fuzzy-score.js';
import { rankMatches, type MatchCandidate, type MatchQuery } from '../core/tm/rank-matches.js';
import { indexTerms } from '../core/tm/tm-tokens.js';
import { type TmMatch, type TmMemoryInfo, type TmOrigin } from '../core/tm/types.js';
import { wordTokens } from '../core/text/word-tokens.js';
import { getSegment } from '../store/segments.js';
import {
  deleteMemory, getMemory, insertMemory, insertUnits, listMemories, segmentPostings, segmentsByIds, segmentTermsByIds, termUnits, unitById, unitPostings, unitTermsByIds,
} from '../store/tm.js';
import { writeTransaction } from '../store/write-transaction.js';
import type { ServiceContext } from './context.js';
import { readUserFile } from './user-file.js';

/** Ids read from one term's posting list at most (the plan picks rare terms, so this is a safety cap). */
const POSTINGS_LIMIT = 200_000;
/** A TMX file larger than this is refused before reading. */
export const MAX_TMX_BYTES = 200 * 1024 * 1024;

export { DEFAULT_MAX_MATCHES, DEFAULT_MIN_SCORE } from '../core/tm/types.js';
import { DEFAULT_MAX_MATCHES, DEFAULT_MIN_SCORE } from '../core/tm/types.js';

export interface MatchOptions {
  min?: number;
  max?: number;
  /** The names adaptation may swap (default: `registryNames(db)`); a caller looking up many segments reads them once. */
  names?: NameMap;
  /** The user TM, when one is open: searched like an attached memory. */
  userTm?: Database | null;
}

/**
 * One-word Arabic names with a known English, as folded stems, for auto-adaptation: the glossary's terms
 * (their preferred English) and the registry's speakers, which `glossaryNamePairs` lists after the entries
 * (so a speaker's English wins over an entry's for the same word).
 */
export function registryNames(db: Database): Map<string, string> {
  const names = new Map<string, string>();
  const add = (source: string, target: string) => {
    const tokens = wordTokens(source);
    if (tokens.length !== 1 || target.trim() === '') return;
    names.set(tokens[0]!.stem, target.trim());
  };
  for (const pair of glossaryNamePairs(db)) add(pair.source, pair.target);
  return names;
}

/** What a lookup scores: a row's source, and the candidate it becomes. */
interface Scorable {
  source: string;
  candidate: MatchCandidate<TmOrigin>;
}

/** Thresholds tried before the caller's minimum: a high one reads few, short posting lists and usually settles it. */
const ROUNDS = [95, 90, 85, 80];
/** Rows whose terms are read in one statement at first; each further batch doubles, up to the last. */
const FIRST_BATCH = 32;
const LAST_BATCH = 2048;

/** Where one index's rows come from: term counts, posting lists, terms in batches, a row to score. */
interface IndexReader {
  frequency: (term: string) => number;
  postings: (term: string) => number[];
  /** Index terms (space-joined) of the rows asked for that exist. */
  termsOf: (ids: readonly number[]) => Map<number, string>;
  fetch: (id: number) => Scorable | undefined;
}

/**
 * The candidates of one index that can be among the `max` best at or above `min`. Round by round, from a
 * high threshold down to `min`: the plan for threshold t finds every row scoring t or more (prefix
 * filtering), rows are taken in order of the chosen terms they hold and scored exactly while their bound
 * can still beat the max-th best (core/tm/lookup-plan.ts). Once `max` rows score t or more, no row missed
 * can beat them, so the lookup stops there, having read only the rarest terms' posting lists. Rows' terms
 * are read in growing batches (one statement each), and a row is read whole only when its term bound
 * (length window, then edit distance over terms) can still beat the best found.
 */
function searchIndex(query: TokenisedText, terms: string[], min: number, max: number, index: IndexReader): MatchCandidate<TmOrigin>[] {
  const lists = new Map<string, number[]>();
  const list = (term: string): number[] => {
    let ids = lists.get(term);
    if (!ids) lists.set(term, (ids = index.postings(term)));
    return ids;
  };
  // Rows read and bounded in one round are not read again in the next (a lower threshold re-walks them).
  const read = new Map<number, { terms: string[]; shared?: number; distance?: number; row?: Scorable | null; score: number | null } | null>();
  const counts = termCounts(terms);
  const kept = new Set<number>();
  const best: number[] = [];
  const out: MatchCandidate<TmOrigin>[] = [];
  for (const threshold of [...ROUNDS.filter((t) => t > min), min]) {
    const plan = planLookup(terms, threshold, index.frequency);
    if (!plan) return [];
    const floor = (): number => (best.length >= max ? Math.max(threshold, best[max - 1]!) : threshold);
    // Once `max` are found, a row must beat the max-th best; before, reaching the threshold is enough.
    const beaten = (bound: number): boolean => (best.length >= max ? bound <= floor() : bound < floor());
    const rows = rowsBySharedTerms(plan.terms.map(list), plan);
    let batch = FIRST_BATCH;
    for (let k = 0; k < rows.length; k++) {
      const { id, shared } = rows[k]!;
      if (beaten(sharedTermsBound(shared, plan))) break;
      if (kept.has(id)) continue;
      if (!read.has(id)) {
        const ids: number[] = [];
        for (let j = k; j < rows.length && ids.length < batch; j++) if (!read.has(rows[j]!.id)) ids.push(rows[j]!.id);
        batch = Math.min(LAST_BATCH, batch * 2);
        const found = index.termsOf(ids);
        for (const want of ids) {
          const t = found.get(want);
          read.set(want, t === undefined ? null : { terms: t === '' ? [] : t.split(' '), score: null });
        }
      }
      const hit = read.get(id);
      if (!hit || !inLengthWindow(hit.terms.length, plan)) continue;
      // The multiset bound is cheap and settles most rows; the edit distance over terms is kept across rounds.
      hit.shared ??= sharedWordsBound(counts, terms.length, hit.terms);
      if (beaten(hit.shared)) continue;
      hit.distance ??= termDistanceBound(terms, hit.terms);
      if (beaten(hit.distance)) continue;
      if (hit.row === undefined) hit.row = index.fetch(id) ?? null;
      if (hit.row === null) continue;
      hit.score ??= fuzzyScore(query, tokenise(hit.row.source)).score;
      if (beaten(hit.score)) continue;
      kept.add(id);
      out.push(hit.row.candidate);
      best.push(hit.score);
      best.sort((x, y) => y - x);
    }
    if (best.length >= max && best[max - 1]! >= threshold) break;
  }
  return out;
}

function memoryCandidates(db: Database, query: TokenisedText, terms: string[], min: number, max: number, user: boolean): MatchCandidate<TmOrigin>[] {
  return searchIndex(query, terms, min, max, {
    frequency: (t) => termUnits(db, t),
    postings: (t) => unitPostings(db, t, POSTINGS_LIMIT),
    termsOf: (ids) => unitTermsByIds(db, ids),
    fetch: (id) => {
      const u = unitById(db, id);
      if (!u || u.target.trim() === '') return undefined;
      const origin: TmOrigin = user
        ? { kind: 'user', author: u.author, changedAt: u.changedAt }
        : { kind: 'memory', memoryId: u.memoryId, name: u.memoryName, author: u.author, changedAt: u.changedAt, note: u.note };
      return { source: u.source, candidate: { source: u.source, target: u.target, changedAt: u.changedAt ?? 0, origin } };
    },
  });
}

function projectCandidates(db: Database, query: TokenisedText, terms: string[], min: number, max: number, exclude: SegmentId | null): MatchCandidate<TmOrigin>[] {
  // The project's own segments are few next to a memory; the memory's term counts still order the terms well.
  return searchIndex(query, terms, min, max, {
    frequency: (t) => termUnits(db, t),
    postings: (t) => segmentPostings(db, t, POSTINGS_LIMIT),
    termsOf: (ids) => segmentTermsByIds(db, ids),
    fetch: (id) => {
      if (id === exclude) return undefined;
      const [s] = segmentsByIds(db, [id]);
      if (!s || s.target.trim() === '') return undefined;
      return {
        source: s.source,
        candidate: {
          source: s.source, target: s.target, changedAt: s.updatedAt, prevSource: s.prevSource, nextSource: s.nextSource,
          origin: {
            kind: 'project', documentId: s.documentId, documentTitle: s.documentTitle, segmentId: s.id, position: s.position,
            status: s.status, author: s.updatedBy, changedAt: s.updatedAt,
          },
        },
      };
    },
  });
}

/** Ranked matches for a text (best first), from the project, its memories and the user TM. */
export function matchText(db: Database, query: MatchQuery, options: MatchOptions = {}, exclude: SegmentId | null = null): TmMatch[] {
  const min = options.min ?? DEFAULT_MIN_SCORE;
  const max = options.max ?? DEFAULT_MAX_MATCHES;
  const terms = indexTerms(query.source);
  const tokens = tokenise(query.source);
  const candidates = [
    ...projectCandidates(db, tokens, terms, min, max, exclude),
    ...memoryCandidates(db, tokens, terms, min, max, false),
    ...(options.userTm ? memoryCandidates(options.userTm, tokens, terms, min, max, true) : []),
  ];
  const names = options.names ?? registryNames(db);
  return rankMatches({ ...query, names }, candidates, { min, max }).map((m) => ({
    score: m.score, source: m.source, target: m.target,
    adaptedTarget: m.adapted?.target ?? null, adaptations: m.adapted?.replacements ?? [],
    diff: m.diff, origin: m.origin,
  }));
}

/** Ranked matches for a segment of the project (itself left out), with its neighbours for context matches. */
export function matchSegment(db: Database, segmentId: SegmentId, options: MatchOptions = {}): TmMatch[] {
  const segment = getSegment(db, segmentId);
  if (!segment) throw new MizanError('not-found', `segment ${segmentId} no longer exists; reload the document`);
  const [row] = segmentsByIds(db, [segmentId]);
  return matchText(db, { source: segment.source, prevSource: row?.prevSource ?? null, nextSource: row?.nextSource ?? null }, options, segmentId);
}

export interface AttachResult {
  memory: TmMemoryInfo;
  warnings: string[];
}

/** Reads a TMX file (Arabic → English) and attaches it to the project as a read-only memory, in one transaction. */
export function attachTmx(db: Database, ctx: ServiceContext, path: string, name?: string): AttachResult {
  const fileName = basename(path);
  const parsed = parseImport(readUserFile(path, MAX_TMX_BYTES, 'TMX file'), fileName, { tmx: { sourceLang: 'ar', targetLang: 'en' } });
  if (parsed.kind !== 'pairs' || parsed.importer.format !== 'tmx') {
    throw new MizanError('bad-input', `${fileName} is not a TMX file (it reads as ${parsed.importer.label}); choose a .tmx translation memory`);
  }
  const file = parsed.file;
  const memoryName = name?.trim() || fileName.replace(/\.tmx$/i, '');
  const units = file.units.filter((u) => u.target.trim() !== '');
  const skipped = file.units.length - units.length;
  const memory = writeTransaction(db, () => {
    const id = insertMemory(db, { name: memoryName, fileName, sourceLang: file.sourceLang ?? 'ar', targetLang: file.targetLang ?? 'en', importedAt: ctx.now() });
    insertUnits(db, id, units.map((u) => ({
      source: u.source, target: u.target, changedAt: u.changedAt ?? null, author: u.changedBy ?? null,
      note: u.notes.length > 0 ? u.notes.map((n) => n.body).join('\n') : null,
    })));
    return getMemory(db, id)!;
  });
  const warnings = [...file.warnings];
  if (skipped > 0) warnings.push(`${skipped} unit${skipped === 1 ? '' : 's'} without English ${skipped === 1 ? 'was' : 'were'} left out`);
  return { memory, warnings };
}

export function listTmMemories(db: Database): TmMemoryInfo[] {
  return listMemories(db);
}

export function detachTmx(db: Database, id: TmMemoryId): TmMemoryInfo[] {
  return writeTransaction(db, () => {
    if (!getMemory(db, id)) throw new MizanError('not-found', `translation memory ${id} is not attached to this project; reopen the list`);
    deleteMemory(db, id);
    return listMemories(db);
  });
}
