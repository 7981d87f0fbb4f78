// The hand-written samples in ../shared/tools/samples (the files the third-party checkers are
// tested with): the good ones import, every bad one is refused with the problem named — or, when
// it is bad only for a validator but its text is readable, imported with the reason written here.
import { describe, expect, it } from 'vitest';
import { parseBilingual } from '../../../../../src/core/formats/import/index.js';
import { HAVE_SAMPLES, sample } from './helpers.js';

const FIRST_SOURCE = 'أعلنت الولايات المتحدة الأمريكية تعليق مشاركتها بالمحادثات الثنائية مع روسيا حول الملف السوري.';
const FIRST_TARGET =
  'The United States of America announced the suspension of its participation in the bilateral talks with Russia on the Syrian file.';
const LAST_TARGET = 'Humanitarian organisations are calling for an immediate ceasefire.';

describe.skipIf(!HAVE_SAMPLES)('shared samples (skipped: ../shared/tools/samples is not there)', () => {
  it.each([
    ['good.tmx', 'tmx', 7, ['1', '7']],
    ['good-1.2.xlf', 'xliff12', 7, ['1', '7']],
    ['good-2.0.xlf', 'xliff2', 7, ['u1', 'u7']],
    ['variant.tmx', 'tmx', 7, ['1', '7']],
    ['partial.tmx', 'tmx', 5, ['1', '5']],
    ['punct.tmx', 'tmx', 5, ['1', '5']],
    ['lines.tmx', 'tmx', 3, ['1', '3']],
  ] as const)('%s imports as %s with %i units', (file, format, count, [firstId, lastId]) => {
    const result = parseBilingual(sample(file), file);
    expect(result.format).toBe(format);
    expect(result.sourceLang).toBe('ar');
    expect(result.targetLang).toBe('en');
    expect(result.units).toHaveLength(count);
    expect(result.units[0]!.id).toBe(firstId);
    expect(result.units.at(-1)!.id).toBe(lastId);
    expect(result.warnings).toEqual([]);
    for (const u of result.units) {
      expect(u.source).toBe(u.source.normalize('NFC'));
      expect(u.source).toMatch(/[\u0600-\u06FF]/);
      expect(u.target).toMatch(/^[A-Z]/);
    }
  });

  it.each(['good.tmx', 'good-1.2.xlf', 'good-2.0.xlf'])('%s has the exact texts and statuses', (file) => {
    const { units } = parseBilingual(sample(file), file);
    expect(units[0]!.source).toBe(FIRST_SOURCE);
    expect(units[0]!.target).toBe(FIRST_TARGET);
    expect(units[6]!.target).toBe(LAST_TARGET);
    // TMX has no status here; both XLIFFs say state="translated".
    expect(units.map((u) => u.status)).toEqual(Array(7).fill(file.endsWith('.tmx') ? null : 'translated'));
    expect(units.every((u) => u.notes.length === 0)).toBe(true);
  });

  it('variant.tmx keeps its double space and undecomposed text as written (NFC only)', () => {
    const { units } = parseBilingual(sample('variant.tmx'), 'variant.tmx');
    expect(units[1]!.source).toContain('باسم  وزارة');
  });

  // Refused whole: [file, words the message must contain].
  it.each([
    ['bad-missing-srclang.tmx', /line 4: <header> has no srclang/],
    ['bad-duplicate-tuid.tmx', /line 16: duplicate tuid "2" \(first used on line 12\)/],
    ['bad-xml.tmx', /line 22, column \d+: <\/tuv> found where <\/seg> was expected/],
    ['bad-encoding.tmx', /line 9: .*encoding="UTF-8", but byte 0xC3 is not valid UTF-8; it looks like Windows-1256/],
    // "arabic" is not a language tag, so tu 5 has no Arabic side ("en_US" alone would be read as en).
    ['bad-lang.tmx', /line 24: <tu tuid="5"> has no <tuv xml:lang="ar"> \(it has "arabic", "en"\)/],
    ['bad-missing-target.tmx', /line 24: <tu tuid="5"> has no <tuv xml:lang="en"> \(it has "ar"\)/],
    ['bad-1.2-duplicate-ids.xlf', /line 16: duplicate <trans-unit> id "2" \(first used on line 12\)/],
    ['bad-1.2-empty-source.xlf', /line 21: <trans-unit id="4"> has an empty <source>/],
    ['bad-2.0-duplicate-ids.xlf', /line 16: duplicate <unit> id "u2" \(first used on line 10\)/],
    ['bad-2.0-missing-srclang.xlf', /line 2: <xliff> has no srcLang/],
    ['bad-xml.xlf', /line 25, column \d+: a bare "&"/],
    ['bad-encoding.xlf', /line 6: .*not valid UTF-8; it looks like Windows-1256/],
    ['bad-version.xlf', /line 2: <xliff version="2.0"> does not match its namespace "urn:oasis:names:tc:xliff:document:1.2"/],
  ] as const)('%s is refused: %s', (file, reason) => {
    let message = '';
    try {
      parseBilingual(sample(file), file);
    } catch (error) {
      message = (error as Error).message;
      expect((error as { code?: string }).code).toBe('bad-input');
    }
    expect(message.startsWith(`${file} line`)).toBe(true);
    expect(message).toMatch(reason);
  });

  // Bad for a validator, but every character is readable, so they import (with a warning where
  // something was ignored):
  it('bad-1.2-lang.xlf imports; target-language="english" is not a tag, so it is ignored with a warning', () => {
    const result = parseBilingual(sample('bad-1.2-lang.xlf'), 'bad-1.2-lang.xlf');
    expect(result.units).toHaveLength(7);
    expect(result.sourceLang).toBe('ar');
    expect(result.targetLang).toBeNull();
    expect(result.warnings).toEqual([expect.stringContaining('target-language="english" (line 3) is not a language tag')]);
  });

  it('bad-1.2-schema.xlf imports; a missing datatype and translate="maybe" break the schema, not the text', () => {
    const result = parseBilingual(sample('bad-1.2-schema.xlf'), 'bad-1.2-schema.xlf');
    expect(result.units).toHaveLength(7);
    expect(result.units[4]!.target).toBe('It stressed that Russia remains committed to a political solution to the crisis.');
    expect(result.warnings).toEqual([]);
  });

  it('bad-encoding-cp1256-declared.tmx imports; it is Windows-1256 and says so, so the text is exact', () => {
    const result = parseBilingual(sample('bad-encoding-cp1256-declared.tmx'), 'bad-encoding-cp1256-declared.tmx');
    const good = parseBilingual(sample('good.tmx'), 'good.tmx');
    expect(result.units).toEqual(good.units);
    expect(result.warnings).toEqual([expect.stringContaining('Windows-1256, as its XML declaration says')]);
  });
});
