import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { compilePhrase } from '../../../src/core/concordance/phrase-match';
import type { ConcordanceUnit } from '../../../src/core/concordance/types';
import type { ConcordanceSource } from '../../../src/services/concordance-sources';
import { ConcordanceSearches } from '../../../src/services/concordance-service';
import { attachTmx } from '../../../src/services/tm-service';
import { openSampleApi, type SampleApi } from '../helpers/sample-api';
import { testContext } from '../helpers/store-fixtures';

let sample: SampleApi | null = null;
afterEach(() => {
  sample?.close();
  sample = null;
});

const english = (hit: { target: string; english: { start: number; end: number } | null }) => (hit.english ? hit.target.slice(hit.english.start, hit.english.end) : null);

describe('concordance.search', () => {
  it('finds every form of a word across the project with its likely English', async () => {
    sample = await openSampleApi();
    const result = await sample.api.call('concordance.search', { query: 'واشنطن' });
    const words = result.hits.map((h) => h.source.slice(h.match.start, h.match.end));
    expect(words).toContain('وواشنطن');
    expect(result.total).toBeGreaterThanOrEqual(5);
    // Every hit highlights Washington (Washington’s in one), never the Moscow or Syria around it.
    expect(result.hits.map(english).every((e) => e === 'Washington' || e === 'Washington’s')).toBe(true);
    // A sentence with the word twice: each occurrence highlights its own Washington.
    const twice = result.hits.filter((h) => h.target.startsWith('The Russian Foreign Ministry accused'));
    const target = twice[0]!.target;
    const firstAt = target.indexOf('Washington');
    expect(twice.map((h) => h.english!.start)).toEqual([firstAt, target.indexOf('Washington', firstAt + 1)]);
    expect(result.translations[0]?.text).toBe('Washington');
    const first = result.hits[0]!;
    expect(first.origin.kind === 'segment' && first.origin.position).toBe(0);
  });

  it('finds occurrences in the attached translation memories too', async () => {
    sample = await openSampleApi();
    const tmx = sample.tmp.path('news.tmx');
    writeFileSync(tmx, '<?xml version="1.0"?><tmx version="1.4"><header srclang="ar" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>'
      + '<tu><tuv xml:lang="ar"><seg>وصل الوفد إلى واشنطن أمس.</seg></tuv><tuv xml:lang="en"><seg>The delegation arrived in Washington yesterday.</seg></tuv></tu></body></tmx>');
    attachTmx(sample.deps.session.require(), testContext(), tmx, 'News TM');
    const result = await sample.api.call('concordance.search', { query: 'واشنطن' });
    const fromTm = result.hits.filter((h) => h.origin.kind === 'tm');
    expect(fromTm.map((h) => [h.origin.kind === 'tm' && h.origin.memory, h.target])).toEqual([['News TM', 'The delegation arrived in Washington yesterday.']]);
    expect(english(fromTm[0]!)).toBe('Washington');
  });

  it('uses an alignment link where the sample has one', async () => {
    sample = await openSampleApi();
    const result = await sample.api.call('concordance.search', { query: 'تأسف' });
    expect(result.hits).toHaveLength(1);
    expect(result.hits[0]!.evidence).toBe('alignment');
    expect(english(result.hits[0]!)).toBe('regrets');
  });

  it('pages and sorts', async () => {
    sample = await openSampleApi();
    const all = await sample.api.call('concordance.search', { query: 'واشنطن', sort: 'after' });
    const page = await sample.api.call('concordance.search', { query: 'واشنطن', sort: 'after', offset: 2, limit: 2 });
    expect(page.total).toBe(all.total);
    expect(page.hits).toEqual(all.hits.slice(2, 4));
  });

  it('answers nothing for a query without words', async () => {
    sample = await openSampleApi();
    expect((await sample.api.call('concordance.search', { query: '«»' })).total).toBe(0);
  });

  it('writes the hits as CSV', async () => {
    sample = await openSampleApi();
    const out = sample.tmp.path('concordance.csv');
    const done = await sample.api.call('concordance.export', { query: 'واشنطن', format: 'csv', path: out });
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFForigin,segment,before,hit,after,english,english_highlight,evidence')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(done.rows + 1);
    expect(text).toContain('وواشنطن');
  });
});

describe('cancelling', () => {
  it('a newer search cancels the one running', async () => {
    const slices: ConcordanceUnit[][] = Array.from({ length: 5 }, (_, i) => [{ origin: { kind: 'tm', memory: 'm' }, source: `قال ${i}`, target: 'said' }]);
    const source: ConcordanceSource = { label: 'test', slices: () => slices };
    const searches = new ConcordanceSearches();
    const first = searches.search([source], { query: 'قال', sort: 'document', offset: 0, limit: 10 });
    const second = searches.search([source], { query: 'قال', sort: 'document', offset: 0, limit: 10 });
    await expect(first).rejects.toMatchObject({ code: 'cancelled' });
    expect((await second).total).toBe(5);
    expect(searches.cancel()).toBe(false);
    expect(compilePhrase('قال')).not.toBeNull();
  });
});

describe('English counts between searches', () => {
  it('reuses the counts of a complete scan while the version is unchanged, and counts again when it changes', async () => {
    const tm = (source: string, target: string): ConcordanceUnit => ({ origin: { kind: 'tm', memory: 'm' }, source, target });
    const hits = [tm('قالت الحكومة', 'The government said'), tm('رفضت الحكومة', 'The government refused')];
    const elsewhere = ['met', 'left', 'won', 'lost', 'fell', 'rose', 'spoke', 'voted', 'waited', 'agreed'].map((verb) => tm('وصل الرئيس', `The government ${verb}`));
    let units = hits;
    let version = 'v1';
    const source: ConcordanceSource = { label: 'test', slices: () => [units], version: () => version };
    const searches = new ConcordanceSearches();
    const request = { query: 'الحكومة', sort: 'document' as const, offset: 0, limit: 10 };
    // Only in the hits: Dice(government) = 1.
    expect((await searches.search([source], request)).translations).toEqual([{ text: 'government', count: 2 }]);
    // The same version: the kept counts are used, though the units changed meanwhile.
    units = [...hits, ...elsewhere];
    expect((await searches.search([source], request)).translations).toEqual([{ text: 'government', count: 2 }]);
    // A new version: counted again, "government" is everywhere (Dice 4/14), so nothing stands out.
    version = 'v2';
    expect((await searches.search([source], request)).translations).toEqual([]);
  });
});
