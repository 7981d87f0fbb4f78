import { foldForMatch } from '../text/normalize/index.js';
import { wordTokens } from '../text/word-tokens.js';
import type { TextRange } from '../model.js';
import { EnglishFrequencies, englishEvidence, likelyTranslations } from './english-evidence.js';
import { sortHits } from './kwic-sort.js';
import { findPhrase, mayContain, type PhraseQuery } from './phrase-match.js';
import { mayHoldRuns } from './raw-prefilter.js';
import type { ConcordanceHit, ConcordanceResult, ConcordanceSort, ConcordanceUnit, TranslationLink } from './types.js';

// One concordance search over any number of sources: units arrive in slices (so a host can yield
// between them and stop when the search is cancelled), each is filtered cheaply on its folded text,
// matched word by word, and its English counted for the co-occurrence scores.

export interface FoundOccurrence {
  unit: ConcordanceUnit;
  match: TextRange;
}

export class ConcordanceCollector {
  readonly found: FoundOccurrence[] = [];
  readonly frequencies = new EnglishFrequencies();
  capped = false;
  /** Units looked at. */
  scanned = 0;

  constructor(
    readonly phrase: PhraseQuery,
    /** Stop after this many occurrences. */
    readonly cap: number,
  ) {}

  /**
   * Adds a slice of units; false once the cap is reached (the caller stops feeding). `english`, when
   * given, counts the units' English instead of `frequencies` (the caller keeps it per source, and
   * merges in counts it kept from an earlier scan instead).
   */
  add(units: readonly ConcordanceUnit[], english: EnglishFrequencies | null = this.frequencies): boolean {
    for (const unit of units) {
      if (this.capped) return false;
      english?.add(unit.target);
      this.scanned++;
      if (!mayHoldRuns(unit.source, this.phrase.runs) || !mayContain(foldForMatch(unit.source), this.phrase)) continue;
      for (const match of findPhrase(wordTokens(unit.source), this.phrase)) {
        if (this.found.length >= this.cap) {
          this.capped = true;
          break;
        }
        this.found.push({ unit, match });
      }
    }
    return !this.capped;
  }

  /**
   * Every occurrence with its English highlight, sorted. `links` gives the alignment links of an
   * occurrence's unit (empty when its source has none).
   */
  hits(links: (unit: ConcordanceUnit) => readonly TranslationLink[], sort: ConcordanceSort): ConcordanceHit[] {
    // The English of a unit with two occurrences counts once in h(e).
    const units = [...new Set(this.found.map((f) => f.unit))];
    const inputs = this.found.map((f) => ({ source: f.unit.source, target: f.unit.target, match: f.match, links: links(f.unit) }));
    const evidence = englishEvidence(inputs, this.frequencies, this.phrase.words.length, units.map((u) => u.target));
    const hits = this.found.map((f, i): ConcordanceHit => ({
      origin: f.unit.origin, source: f.unit.source, target: f.unit.target, match: f.match, ...evidence[i]!,
    }));
    return sortHits(hits, sort);
  }

  /** The page [offset, offset + limit) of the sorted hits, with the totals. */
  result(links: (unit: ConcordanceUnit) => readonly TranslationLink[], sort: ConcordanceSort, offset: number, limit: number): ConcordanceResult {
    const hits = this.hits(links, sort);
    return {
      total: hits.length,
      capped: this.capped,
      hits: hits.slice(offset, offset + limit),
      translations: likelyTranslations(hits),
      scanned: this.scanned,
    };
  }
}
