// What a QA run hands its callers (the panel, the confirm prompt, the CLI, the reports): findings
// placed in their document, each with the fingerprint an ignore is kept under.
import type { DocumentId } from '../ids.js';
import type { Segment } from '../model.js';
import type { QaCategory, QaFinding, QaSeverity } from './types.js';

export interface QaIgnoreNote {
  author: string;
  reason: string;
  at: number;
}

export interface QaListedFinding extends QaFinding {
  documentId: DocumentId;
  /** 0-based position in its document (the CLI's "segment"). */
  position: number;
  fingerprint: string;
  /** Set when the finding is ignored (listed only when ignored findings were asked for). */
  ignored?: QaIgnoreNote;
}

export interface QaRunResult {
  findings: QaListedFinding[];
  /** Findings hidden because someone ignored them (counted even when not listed). */
  ignored: number;
  /** Segments looked at. */
  segments: number;
}

/** A check as the profile editor and `mizan qa --help` show it. */
export interface QaCheckInfo {
  id: string;
  label: string;
  description: string;
  category: QaCategory;
  scope: 'segment' | 'document';
  defaultSeverity: QaSeverity;
  defaultEnabled: boolean;
}

/** Per check, what the project's profile says now (its defaults where it says nothing). */
export type QaProfileEntry = { enabled: boolean; severity: QaSeverity };

/**
 * A confirm (or approve) that ran the segment's checks first: `segment` is the updated segment, or
 * null when an error stopped it (the page asks "Confirm anyway" / "Fix"); `findings` are what the
 * checks found either way (warnings do not stop a confirm, but are shown).
 */
export interface QaCheckedStatus {
  segment: Segment | null;
  findings: QaListedFinding[];
}
