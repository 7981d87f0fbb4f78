import { ConcordanceCollector } from '../core/concordance/collect-hits.js';
import { EnglishFrequencies } from '../core/concordance/english-evidence.js';
import { concordanceTable } from '../core/concordance/concordance-table.js';
import { compilePhrase } from '../core/concordance/phrase-match.js';
import type { ConcordanceResult, ConcordanceSort, ConcordanceUnit, TranslationLink } from '../core/concordance/types.js';
import { MizanError } from '../core/errors.js';
import { writeFileAtomic } from '../store/atomic-write.js';
import type { ConcordanceSource } from './concordance-sources.js';
import { checkExportDestination } from './export-destination.js';

// Concordance search: every occurrence of an Arabic word or phrase across the sources, with the likely
// English of each (core/concordance). The scan reads slices and yields to the event loop between them,
// so a newer search (or concordance.cancel) stops an older one; results are capped, and pages are cut
// from the sorted hits.

export interface ConcordanceRequest {
  query: string;
  sort: ConcordanceSort;
  offset: number;
  limit: number;
}

/** At most this many occurrences are collected; the result says when there were more. */
export const CONCORDANCE_CAP = 5000;

const EMPTY: ConcordanceResult = { total: 0, capped: false, hits: [], translations: [], scanned: 0 };

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** One search at a time per project session: starting one cancels the one running. */
export class ConcordanceSearches {
  private running: { cancelled: boolean } | null = null;
  /** Per source label: the English counts of its last complete scan, and the version they are for. */
  private readonly english = new Map<string, { version: string; counts: EnglishFrequencies }>();

  /** Stops the running search (it fails with 'cancelled'); false when none runs. */
  cancel(): boolean {
    if (!this.running) return false;
    this.running.cancelled = true;
    this.running = null;
    return true;
  }

  async search(sources: readonly ConcordanceSource[], req: ConcordanceRequest): Promise<ConcordanceResult> {
    const collector = await this.collect(sources, req.query);
    if (!collector) return EMPTY;
    return collector.result(linksOf(sources, collector), req.sort, req.offset, req.limit);
  }

  /** Writes every hit (up to the cap), sorted, as CSV or TSV to `path` (checked, written atomically). */
  async export(sources: readonly ConcordanceSource[], req: { query: string; sort: ConcordanceSort; format: 'csv' | 'tsv' }, path: string, projectPath: string | null): Promise<{ rows: number; capped: boolean }> {
    const target = checkExportDestination(path, projectPath);
    const collector = await this.collect(sources, req.query);
    if (!collector) throw new MizanError('bad-input', 'the concordance query has no words; type or select an Arabic word or phrase');
    const hits = collector.hits(linksOf(sources, collector), req.sort);
    writeFileAtomic(target, concordanceTable(hits, req.format));
    return { rows: hits.length, capped: collector.capped };
  }

  private async collect(sources: readonly ConcordanceSource[], query: string): Promise<ConcordanceCollector | null> {
    const phrase = compilePhrase(query);
    if (!phrase) return null;
    this.cancel();
    const token = { cancelled: false };
    this.running = token;
    const collector = new ConcordanceCollector(phrase, CONCORDANCE_CAP);
    try {
      for (const source of sources) {
        const version = source.version?.() ?? null;
        const kept = this.english.get(source.label);
        const reuse = version !== null && kept?.version === version ? kept.counts : null;
        const counting = reuse ? null : new EnglishFrequencies();
        for (const slice of source.slices(phrase.stems)) {
          const more = collector.add(slice, counting);
          await nextTurn();
          if (token.cancelled) throw new MizanError('cancelled', 'the concordance search was cancelled (a newer one replaced it)');
          if (!more) break;
        }
        // Counts of a scan cut short at the cap cover part of the source: used now, not kept.
        if (counting && version !== null && !collector.capped) this.english.set(source.label, { version, counts: counting });
        collector.frequencies.merge(reuse ?? counting!);
        if (collector.capped) return collector;
      }
      return collector;
    } finally {
      if (this.running === token) this.running = null;
    }
  }
}

/** The alignment links of the collected hits' units, looked up once per source. */
function linksOf(sources: readonly ConcordanceSource[], collector: ConcordanceCollector): (unit: ConcordanceUnit) => readonly TranslationLink[] {
  const units = [...new Set(collector.found.map((f) => f.unit))];
  const all = new Map<ConcordanceUnit, readonly TranslationLink[]>();
  for (const source of sources) for (const [unit, links] of source.links?.(units) ?? []) all.set(unit, links);
  return (unit) => all.get(unit) ?? [];
}

/** Searches a database's sources once (the CLI, tests): no other search to cancel. */
export function searchConcordanceOnce(sources: readonly ConcordanceSource[], req: ConcordanceRequest): Promise<ConcordanceResult> {
  return new ConcordanceSearches().search(sources, req);
}

