import type { GlossaryEntryId, SpeakerId } from '../ids.js';

// The termbase: entries (one concept each) with Arabic and English terms. A term's status says how a
// translator may use it: the preferred English first, admitted variants also fine, forbidden ones
// (TBX "deprecated") never — QA flags them and the panel marks them.

export const TERM_STATUSES = ['preferred', 'admitted', 'forbidden'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

export interface GlossaryTerm {
  text: string;
  status: TermStatus;
}

export interface GlossaryEntryFields {
  /** Arabic terms, preferred first. */
  sources: GlossaryTerm[];
  /** English terms, preferred first. */
  targets: GlossaryTerm[];
  partOfSpeech: string;
  /** Subject field (TBX subjectField), e.g. "politics". */
  domain: string;
  /** Definition or usage note. */
  note: string;
  /** Where the entry came from: a file name, "added in Mizan"… */
  origin: string;
}

export interface GlossaryEntry extends GlossaryEntryFields {
  id: GlossaryEntryId;
  author: string;
  createdAt: number;
  updatedAt: number;
}

/** One concept the recogniser looks for: a glossary entry, or a registry speaker (names in both languages). */
export interface TermConcept {
  key: string;
  entryId: GlossaryEntryId | null;
  speakerId: SpeakerId | null;
  sources: readonly GlossaryTerm[];
  targets: readonly GlossaryTerm[];
  note: string;
}

/** How a term was found: the written word itself, after splitting proclitics, or after light stemming. */
export type MatchKind = 'exact' | 'clitic' | 'stem';

/** A term found in a source text. Offsets are UTF-16 code units, end exclusive, covering whole words. */
export interface TermMatch {
  start: number;
  end: number;
  /** The text as written between start and end. */
  text: string;
  /** The Arabic term that matched. */
  term: string;
  kind: MatchKind;
  concept: TermConcept;
}

/** A recognised term as the page and the CLI get it: plain data, the English ready to insert. */
export interface TermHit {
  start: number;
  end: number;
  text: string;
  term: string;
  kind: MatchKind;
  /** Usable English, preferred first. */
  targets: string[];
  forbidden: string[];
  note: string;
  entryId: GlossaryEntryId | null;
  speakerId: SpeakerId | null;
}

export interface GlossaryImportResult {
  format: 'tbx' | 'tsv' | 'csv';
  added: number;
  /** Entries the glossary already had (same Arabic, same English). */
  skipped: number;
  warnings: string[];
}

/** English a translator may use (preferred first), without forbidden variants. */
export function usableTargets(concept: Pick<TermConcept, 'targets'>): string[] {
  const ordered = [...concept.targets.filter((t) => t.status === 'preferred'), ...concept.targets.filter((t) => t.status === 'admitted')];
  return ordered.map((t) => t.text);
}

/** The English to insert for a concept: the first preferred (or admitted) term, or null when there is none. */
export function preferredTarget(concept: Pick<TermConcept, 'targets'>): string | null {
  return usableTargets(concept)[0] ?? null;
}
