import type { Database } from 'better-sqlite3';
import type { ConcordanceUnit, TranslationLink } from '../core/concordance/types.js';
import { listTranslationLinks, readSegmentSlice, segmentTextVersion, type SliceCursor } from '../store/concordance.js';
import { readUnitSlice } from '../store/tm.js';

// Where the concordance looks. Each source gives its units in slices, in the order its hits list;
// the search pauses between slices (so it can be cancelled and the window stays responsive).
//
// The project's segments come first, then the units of the attached translation memories and of the
// user TM (no alignment links there).

export interface ConcordanceSource {
  /** Shown in errors and the docs: "project", a memory's name. */
  readonly label: string;
  /** The units, slice by slice. `stems`: the folded query stems every matching unit's source holds. */
  slices(stems: readonly string[]): Iterable<readonly ConcordanceUnit[]>;
  /**
   * A cheap fingerprint of the units: while it is unchanged, the English word counts of an earlier
   * complete scan are reused instead of counted again. Null or absent: counted every time.
   */
  version?(): string | null;
  /** The alignment links of some of this source's units (only the project has any). */
  links?(units: readonly ConcordanceUnit[]): Map<ConcordanceUnit, readonly TranslationLink[]>;
}

/** Segments read per slice: big enough to amortise the query, small enough to pause often. */
export const SLICE_SIZE = 2000;

/** Every segment of the project with Arabic, document by document, in order. */
export function projectConcordanceSource(db: Database): ConcordanceSource {
  return {
    label: 'project',
    version: () => segmentTextVersion(db),
    *slices() {
      let after: SliceCursor | null = null;
      for (;;) {
        const rows = readSegmentSlice(db, after, SLICE_SIZE);
        if (rows.length === 0) return;
        const last = rows[rows.length - 1]!;
        after = { documentId: last.documentId, position: last.position };
        yield rows.map((r) => ({
          origin: { kind: 'segment', segmentId: r.segmentId, documentId: r.documentId, documentTitle: r.documentTitle, position: r.position },
          source: r.source,
          target: r.target,
        }));
      }
    },
    links(units) {
      const ids = units.flatMap((u) => (u.origin.kind === 'segment' ? [u.origin.segmentId] : []));
      const bySegment = listTranslationLinks(db, ids);
      const out = new Map<ConcordanceUnit, readonly TranslationLink[]>();
      for (const unit of units) {
        if (unit.origin.kind !== 'segment') continue;
        const links = bySegment.get(unit.origin.segmentId);
        if (links) out.set(unit, links);
      }
      return out;
    },
  };
}

/** The units of every memory in a TM database (the project's attached memories, or the user TM). */
export function memoryConcordanceSource(db: Database, label: string): ConcordanceSource {
  return {
    label,
    *slices() {
      let after = 0;
      for (;;) {
        const rows = readUnitSlice(db, after, SLICE_SIZE);
        if (rows.length === 0) return;
        after = rows[rows.length - 1]!.id;
        yield rows.map((r) => ({ origin: { kind: 'tm', memory: r.memoryName }, source: r.source, target: r.target }));
      }
    },
  };
}

/** The sources a concordance search reads, in listing order: the project, its memories, the user TM. */
export function concordanceSources(db: Database, userTm: Database | null = null): ConcordanceSource[] {
  return [
    projectConcordanceSource(db),
    memoryConcordanceSource(db, 'attached memories'),
    ...(userTm ? [memoryConcordanceSource(userTm, 'user TM')] : []),
  ];
}
