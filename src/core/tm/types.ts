import type { DocumentId, SegmentId, TmMemoryId } from '../ids.js';
import type { SegmentStatus } from '../model.js';
import type { Replacement } from './adapt.js';
import type { MatchDiff } from './match-diff.js';

/** Where a match comes from: an attached TMX memory, the user TM, or a segment of this project. */
export type TmOrigin =
  | { kind: 'memory'; memoryId: TmMemoryId; name: string; author: string | null; changedAt: number | null; note: string | null }
  | { kind: 'user'; author: string | null; changedAt: number | null }
  | { kind: 'project'; documentId: DocumentId; documentTitle: string; segmentId: SegmentId; position: number; status: SegmentStatus; author: string | null; changedAt: number };

/** One match as the panel, the CLI and pre-translate see it. */
export interface TmMatch {
  score: number;
  source: string;
  target: string;
  /** The English adapted to the current source (numbers, known names), or null when nothing was adapted. */
  adaptedTarget: string | null;
  adaptations: Replacement[];
  diff: MatchDiff;
  origin: TmOrigin;
}

export interface TmMemoryInfo {
  id: TmMemoryId;
  name: string;
  fileName: string;
  sourceLang: string;
  targetLang: string;
  importedAt: number;
  unitCount: number;
}

/** A short name for an origin, as the grid badge's tooltip and the CLI print it. */
export function originLabel(origin: TmOrigin): string {
  switch (origin.kind) {
    case 'memory':
      return `TM ${origin.name}`;
    case 'user':
      return 'user TM';
    case 'project':
      return `this project: ${origin.documentTitle}, segment ${origin.position + 1}`;
  }
}

/** The lowest score a lookup offers by default (the panel, `mizan tm match --min`). */
export const DEFAULT_MIN_SCORE = 70;
/** How many matches a lookup offers by default. */
export const DEFAULT_MAX_MATCHES = 5;
/** The lowest score pre-translation fills from by default. */
export const DEFAULT_PRETRANSLATE_MIN = 75;
