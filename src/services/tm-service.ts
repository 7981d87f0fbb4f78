// Translation memory use cases: fuzzy matches for a segment or a text (the panel, the CLI), attaching and
// detaching TMX memories, pre-translating a document. Candidates come from the term indexes (store/tm.ts:
// the rarest terms of the query, a length window), then core/tm rescores them exactly.
import { basename } from 'node:path';
import type { Database } from 'better-sqlite3';
import { MizanError } from '../core/errors.js';
import type { SegmentId, TmMemoryId } from '../core/ids.js';
import { parseImport } from '../core/formats/import/index.js';
import type { NameMap } from '../core/tm/adapt.js';
import { planLookup, preselect } from '../core/tm/lookup-plan.js';
import { rankMatches, type MatchCandidate, type MatchQuery } from '../core/tm/rank-matches.js';
import { indexTerms } from '../core/tm/tm-tokens.js';
import { type TmMatch, type TmMemoryInfo, type TmOrigin } from '../core/tm/types.js';
import { wordTokens } from '../core/text/word-tokens.js';
import { listSpeakers } from '../store/speakers.js';
import { getSegment } from '../store/segments.js';
import {
  deleteMemory, getMemory, insertMemory, insertUnits, listMemories, segmentHits, segmentsByIds, termUnits, unitHits, unitsByIds,
} from '../store/tm.js';
import { writeTransaction } from '../store/write-transaction.js';
import type { ServiceContext } from './context.js';
import { readUserFile } from './user-file.js';

/** Index rows read per lookup at most (rare terms keep it far lower). */
const HIT_LIMIT = 20_000;
/** Rows rescored exactly per memory searched. */
const RESCORE = 150;
/** A TMX file larger than this is refused before reading. */
export const MAX_TMX_BYTES = 200 * 1024 * 1024;

export const DEFAULT_MIN_SCORE = 70;
export const DEFAULT_MAX_MATCHES = 5;

export interface MatchOptions {
  min?: number;
  max?: number;
  /** Arabic → English names from the glossary, on top of the speaker registry's (wired by the caller). */
  names?: NameMap;
  /** The user TM, when one is open: searched like an attached memory. */
  userTm?: Database | null;
}

/** Arabic names of the registry (one word, as folded stems) with their English, for auto-adaptation. */
export function registryNames(db: Database): Map<string, string> {
  const names = new Map<string, string>();
  for (const s of listSpeakers(db)) {
    const tokens = wordTokens(s.nameSource);
    if (tokens.length !== 1 || s.nameTarget.trim() === '') continue;
    names.set(tokens[0]!.stem, s.nameTarget.trim());
  }
  return names;
}

function memoryCandidates(db: Database, terms: string[], min: number, user: boolean): MatchCandidate<TmOrigin>[] {
  const plan = planLookup(terms, min, (t) => termUnits(db, t));
  if (!plan) return [];
  const ids = preselect(terms, unitHits(db, plan.terms, HIT_LIMIT), plan, RESCORE);
  return unitsByIds(db, ids).map((u) => ({
    source: u.source, target: u.target, changedAt: u.changedAt ?? 0,
    origin: user
      ? { kind: 'user', author: u.author, changedAt: u.changedAt }
      : { kind: 'memory', memoryId: u.memoryId, name: u.memoryName, author: u.author, changedAt: u.changedAt, note: u.note },
  }));
}

function projectCandidates(db: Database, terms: string[], min: number, exclude: SegmentId | null): MatchCandidate<TmOrigin>[] {
  // The project's own segments are few next to a memory; the memory's term counts still order the terms well.
  const plan = planLookup(terms, min, (t) => termUnits(db, t));
  if (!plan) return [];
  const ids = preselect(terms, segmentHits(db, plan.terms, HIT_LIMIT), plan, RESCORE + 1).filter((id) => id !== exclude);
  return segmentsByIds(db, ids).map((s) => ({
    source: s.source, target: s.target, changedAt: s.updatedAt, prevSource: s.prevSource, nextSource: s.nextSource,
    origin: {
      kind: 'project', documentId: s.documentId, documentTitle: s.documentTitle, segmentId: s.id, position: s.position,
      status: s.status, author: s.updatedBy, changedAt: s.updatedAt,
    },
  }));
}

/** Ranked matches for a text (best first), from the project, its memories and the user TM. */
export function matchText(db: Database, query: MatchQuery, options: MatchOptions = {}, exclude: SegmentId | null = null): TmMatch[] {
  const min = options.min ?? DEFAULT_MIN_SCORE;
  const max = options.max ?? DEFAULT_MAX_MATCHES;
  const terms = indexTerms(query.source);
  const candidates = [
    ...projectCandidates(db, terms, min, exclude),
    ...memoryCandidates(db, terms, min, false),
    ...(options.userTm ? memoryCandidates(options.userTm, terms, min, true) : []),
  ];
  const names = new Map([...registryNames(db), ...(options.names ?? [])]);
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
