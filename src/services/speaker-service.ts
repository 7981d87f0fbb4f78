// The speaker registry: create (also from a selection in the text), edit, merge duplicates, delete
// unused entries, and a speaker's activity across the project. Registry edits are not in the undo
// history (it holds edits of a document's rows); each is one transaction.
import type { Database } from 'better-sqlite3';
import { suggestCounterparts } from '../core/annotation/suggest.js';
import type { EnglishNameProposal, Speaker, SpeakerActivityItem, SpeakerFields, SpeakerSummary, TextSelection } from '../core/annotation/types.js';
import { MizanError } from '../core/errors.js';
import { SPEAKER_KINDS, type DocumentId, type SpeakerId } from '../core/model.js';
import { listSpeakerActivity } from '../store/annotations.js';
import { getDocument } from '../store/documents.js';
import {
  deleteSpeaker as deleteSpeakerRow, findSpeakerByNames, getSpeaker as getSpeakerRow, insertSpeaker, listLinkedEnglishNames, listSpeakers as listSpeakerRows,
  mergeSpeakers as mergeSpeakerRows, updateSpeaker as updateSpeakerRow,
} from '../store/speakers.js';
import { readScheme } from '../store/annotation-scheme.js';
import { toPlacedAnnotation } from './annotation-service.js';
import type { ServiceContext } from './context.js';
import { requireSegment } from './segment-service.js';
import { writeTransaction } from '../store/write-transaction.js';

export function requireSpeaker(db: Database, id: SpeakerId): Speaker {
  const speaker = getSpeakerRow(db, id);
  if (!speaker) throw new MizanError('not-found', `speaker ${id} is not in the registry (was it merged or deleted?)`);
  return speaker;
}

export function listSpeakers(db: Database): SpeakerSummary[] {
  return listSpeakerRows(db);
}

function summary(db: Database, id: SpeakerId): SpeakerSummary {
  const found = listSpeakerRows(db).find((s) => s.id === id);
  if (!found) throw new MizanError('internal', `speaker ${id} vanished`);
  return found;
}

/** Trimmed, NFC, checked fields; `base` fills what `input` leaves out. */
function cleanFields(input: Partial<SpeakerFields>, base: SpeakerFields): SpeakerFields {
  const text = (value: unknown, field: string, fallback: string): string => {
    if (value === undefined) return fallback;
    if (typeof value !== 'string') throw new MizanError('bad-input', `a speaker's ${field} must be text`);
    return value.normalize('NFC').trim();
  };
  const kind = input.kind ?? base.kind;
  if (!(SPEAKER_KINDS as readonly string[]).includes(kind)) {
    throw new MizanError('bad-input', `"${String(kind)}" is not a kind of speaker (${SPEAKER_KINDS.join(', ')})`);
  }
  const fields: SpeakerFields = {
    nameSource: text(input.nameSource, 'Arabic name', base.nameSource),
    nameTarget: text(input.nameTarget, 'English name', base.nameTarget),
    kind,
    role: text(input.role, 'role', base.role),
    organisation: text(input.organisation, 'organisation', base.organisation),
    note: text(input.note, 'note', base.note),
  };
  if (fields.nameSource === '' && fields.nameTarget === '') throw new MizanError('bad-input', 'a speaker needs an Arabic or an English name');
  return fields;
}

const EMPTY: SpeakerFields = { nameSource: '', nameTarget: '', kind: 'person', role: '', organisation: '', note: '' };

/**
 * The fields a "new speaker" form starts with for a selection: an Arabic selection gives the Arabic
 * name (and, when the segment's English has a likely counterpart, the English name); an English
 * selection gives the English name.
 */
export function draftSpeaker(db: Database, selection: TextSelection): SpeakerFields {
  const segment = requireSegment(db, selection.segmentId);
  const text = selection.side === 'source' ? segment.source : segment.target;
  const { start, end } = selection;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new MizanError('bad-input', `the selection ${start}..${end} is not inside the ${selection.side} text (0..${text.length})`);
  }
  const name = text.slice(start, end).normalize('NFC').trim();
  if (selection.side === 'target') return { ...EMPTY, nameTarget: name };
  const registry = listSpeakerRows(db).map((s) => ({ nameSource: s.nameSource, nameTarget: s.nameTarget }));
  const best = suggestCounterparts(name, segment.target, registry).find((s) => s.reason !== 'digits');
  return { ...EMPTY, nameSource: name, nameTarget: best ? segment.target.slice(best.start, best.end) : '' };
}

export interface NewSpeakerInput extends Partial<SpeakerFields> {
  /** Fields left out are filled from this selection (see draftSpeaker). */
  selection?: TextSelection;
}

/** Adds a registry entry. The same Arabic + English names twice is refused: use the entry there is. */
export function createSpeaker(db: Database, ctx: ServiceContext, input: NewSpeakerInput): SpeakerSummary {
  return writeTransaction(db, () => {
    const { selection, ...given } = input;
    const base = selection ? draftSpeaker(db, selection) : EMPTY;
    const fields = cleanFields(given, base);
    const twin = findSpeakerByNames(db, fields.nameSource, fields.nameTarget);
    if (twin) throw new MizanError('bad-input', `"${fields.nameTarget || fields.nameSource}" is already in the registry (speaker ${twin.id})`);
    return summary(db, insertSpeaker(db, { ...fields, at: ctx.now() }));
  });
}

export function updateSpeaker(db: Database, ctx: ServiceContext, id: SpeakerId, patch: Partial<SpeakerFields>): SpeakerSummary {
  return writeTransaction(db, () => {
    const current = requireSpeaker(db, id);
    const fields = cleanFields(patch, current);
    const twin = findSpeakerByNames(db, fields.nameSource, fields.nameTarget);
    if (twin && twin.id !== id) {
      throw new MizanError('bad-input', `speaker ${twin.id} already has these names; merge the two instead`);
    }
    updateSpeakerRow(db, id, fields, ctx.now());
    return summary(db, id);
  });
}

export interface MergeResult {
  speaker: SpeakerSummary;
  /** Annotations that named the dropped speaker and now name the kept one. */
  moved: number;
}

/** Folds a duplicate into the entry to keep: its annotations move over, `keep`'s empty fields take its values. */
export function mergeSpeakers(db: Database, ctx: ServiceContext, keep: SpeakerId, drop: SpeakerId): MergeResult {
  if (keep === drop) throw new MizanError('bad-input', 'a speaker cannot be merged into itself');
  return writeTransaction(db, () => {
    requireSpeaker(db, keep);
    requireSpeaker(db, drop);
    const moved = mergeSpeakerRows(db, keep, drop, ctx.now());
    return { speaker: summary(db, keep), moved };
  });
}

/** Deletes an entry no annotation names; a speaker in use is merged into another instead. */
export function deleteSpeaker(db: Database, id: SpeakerId): void {
  writeTransaction(db, () => {
    requireSpeaker(db, id);
    const used = summary(db, id).annotationCount;
    if (used > 0) {
      throw new MizanError('bad-input', `speaker ${id} is named by ${used} annotation${used === 1 ? '' : 's'}; merge it into another speaker or change those annotations first`);
    }
    deleteSpeakerRow(db, id);
  });
}

/**
 * Everything a speaker says or holds, in reading order: annotations naming them (speaker spans,
 * stances they hold), the cues attributed to those spans and the content those cues introduce
 * ('attribution' links), and the other-language counterparts of all these ('translation' links),
 * each with its segment, position and text. All documents, or one.
 */
export function speakerActivity(db: Database, speakerId: SpeakerId, documentId: DocumentId | null = null): SpeakerActivityItem[] {
  requireSpeaker(db, speakerId);
  if (documentId !== null && !getDocument(db, documentId)) throw new MizanError('not-found', `document ${documentId} does not exist`);
  return listSpeakerActivity(db, speakerId, documentId)
    .map((row) => ({ ...toPlacedAnnotation(row), via: row.via }))
    // A cue shared by two speakers (an agency relaying an official) links to both speaker spans:
    // the other speaker's span is not this speaker's activity.
    .filter((item) => item.speakerId === null || item.speakerId === speakerId);
}

/**
 * English names the registry can learn from linked counterparts: for each speaker with no English
 * name whose Arabic spans (of a layer that names a speaker, e.g. Speaker) are linked as translations
 * to English spans, the English those spans read (most frequent first). Nothing is written.
 */
export function proposeEnglishNames(db: Database): EnglishNameProposal[] {
  const layers = readScheme(db).layers.filter((l) => l.speaker === 'required').map((l) => l.name);
  const bySpeaker = new Map<SpeakerId, Map<string, number>>();
  for (const row of listLinkedEnglishNames(db, layers)) {
    const text = row.text.normalize('NFC').trim();
    if (text === '') continue;
    const counts = bySpeaker.get(row.speakerId) ?? new Map<string, number>();
    counts.set(text, (counts.get(text) ?? 0) + 1);
    bySpeaker.set(row.speakerId, counts);
  }
  return [...bySpeaker].map(([speakerId, counts]) => {
    // Most frequent first; a tie keeps reading order (Map keeps insertion order, sort is stable).
    const [best, ...others] = [...counts].sort((a, b) => b[1] - a[1]);
    return { speakerId, nameSource: requireSpeaker(db, speakerId).nameSource, nameTarget: best![0], spans: best![1], others: others.map(([t]) => t) };
  });
}

export interface EnglishNameFill {
  speakerId: SpeakerId;
  nameTarget: string;
}

/**
 * Fills the English names the user accepted, in one transaction. A speaker that has an English name
 * by now keeps it (it is counted as skipped); a name another entry already has with the same Arabic
 * name is refused and nothing is written.
 */
export function fillEnglishNames(db: Database, ctx: ServiceContext, fills: readonly EnglishNameFill[]): { filled: SpeakerSummary[]; skipped: number } {
  return writeTransaction(db, () => {
    const filled: SpeakerSummary[] = [];
    let skipped = 0;
    for (const fill of fills) {
      const current = requireSpeaker(db, fill.speakerId);
      if (current.nameTarget.trim() !== '') {
        skipped++;
        continue;
      }
      const fields = cleanFields({ nameTarget: fill.nameTarget }, current);
      if (fields.nameTarget === '') throw new MizanError('bad-input', `the English name for "${current.nameSource}" is empty; type one or leave that speaker out`);
      const twin = findSpeakerByNames(db, fields.nameSource, fields.nameTarget);
      if (twin && twin.id !== current.id) throw new MizanError('bad-input', `speaker ${twin.id} already has the names "${fields.nameSource}" / "${fields.nameTarget}"; merge the two instead. Nothing was filled.`);
      updateSpeakerRow(db, current.id, fields, ctx.now());
      filled.push(summary(db, current.id));
    }
    return { filled, skipped };
  });
}
