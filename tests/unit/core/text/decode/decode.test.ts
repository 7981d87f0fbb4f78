import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MizanError } from '../../../../../src/core/errors.js';
import { decodeText, type TextEncoding } from '../../../../../src/core/text/decode/index.js';
import { arNews, concat, encode, fixtureBytes } from './encode.js';

const twin = arNews();
const crlf = (s: string): string => s.replace(/\n/g, '\r\n');

function refusal(fn: () => unknown): MizanError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(MizanError);
    expect((error as MizanError).code).toBe('bad-input');
    return error as MizanError;
  }
  throw new Error('expected a refusal');
}

describe('the fixtures', () => {
  const shared = new URL('../../../../../../shared/tools/samples/', import.meta.url);
  it.skipIf(!existsSync(shared))('are byte-identical copies of shared/tools/samples', () => {
    for (const name of ['ar-news.txt', 'ar-news-cp1256.txt']) {
      expect(fixtureBytes(name)).toEqual(new Uint8Array(readFileSync(new URL(name, shared))));
    }
  });

  it('the UTF-8 twin is NFC with LF line ends', () => {
    expect(twin).toBe(twin.normalize('NFC'));
    expect(twin).not.toContain('\r');
  });
});

describe('decodeText: every encoding of the same article decodes to the UTF-8 twin', () => {
  const variants: [string, Uint8Array, TextEncoding, boolean][] = [
    ['UTF-8 (the twin itself)', fixtureBytes('ar-news.txt'), 'utf-8', false],
    ['UTF-8 with BOM', encode(twin, 'utf-8', { bom: true }), 'utf-8', true],
    ['UTF-8 with BOM and CRLF', encode(crlf(twin), 'utf-8', { bom: true }), 'utf-8', true],
    ['Windows-1256 (shared sample file)', fixtureBytes('ar-news-cp1256.txt'), 'windows-1256', false],
    ['Windows-1256 with CRLF', encode(crlf(twin), 'windows-1256'), 'windows-1256', false],
    ['ISO-8859-6', encode(twin, 'iso-8859-6'), 'iso-8859-6', false],
    ['ISO-8859-6 with lone CR line ends', encode(twin.replace(/\n/g, '\r'), 'iso-8859-6'), 'iso-8859-6', false],
    ['UTF-16LE with BOM and CRLF', encode(crlf(twin), 'utf-16le', { bom: true }), 'utf-16le', true],
    ['UTF-16BE with BOM', encode(twin, 'utf-16be', { bom: true }), 'utf-16be', true],
    ['UTF-16LE without BOM', encode(twin, 'utf-16le'), 'utf-16le', false],
    ['UTF-16BE without BOM, CRLF', encode(crlf(twin), 'utf-16be'), 'utf-16be', false],
  ];

  it('the Windows-1256 sample is the test encoder\'s output for the twin', () => {
    expect(encode(twin, 'windows-1256')).toEqual(fixtureBytes('ar-news-cp1256.txt'));
  });

  it.each(variants)('%s: detected', (_label, bytes, encoding, hasBom) => {
    const result = decodeText(bytes, { name: 'ar-news.txt' });
    expect(result.text).toBe(twin);
    expect(result.encoding).toBe(encoding);
    expect(result.detected).toBe(true);
    expect(result.hasBom).toBe(hasBom);
    expect(result.confidence).toBeGreaterThanOrEqual(0.9);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.reason).not.toBe('');
  });

  it.each(variants)('%s: passed explicitly', (_label, bytes, encoding, hasBom) => {
    const result = decodeText(bytes, { name: 'ar-news.txt', encoding });
    expect(result).toEqual({ text: twin, encoding, detected: false, confidence: 1, reason: 'passed explicitly', hasBom });
  });
});

describe('decodeText: empty and blank input', () => {
  it.each([
    ['empty', new Uint8Array(0), ''],
    ['only a UTF-8 BOM', Uint8Array.of(0xef, 0xbb, 0xbf), ''],
    ['only a UTF-16LE BOM', Uint8Array.of(0xff, 0xfe), ''],
    ['only whitespace', encode(' \t\r\n\n  \r\n', 'utf-8'), ' \t\n\n  \n'],
    ['only whitespace in UTF-16LE with BOM', encode(' \r\n\t', 'utf-16le', { bom: true }), ' \n\t'],
    ['only a no-break space in Windows-1256', Uint8Array.of(0xa0), '\u00a0'],
  ])('%s', (_label, bytes, expected) => {
    expect(decodeText(bytes, { name: 'f.txt' }).text).toBe(expected);
  });

  it('empty input is reported as such', () => {
    expect(decodeText(new Uint8Array(0), { name: 'f.txt' })).toEqual({
      text: '', encoding: 'utf-8', detected: true, confidence: 1, reason: 'empty input', hasBom: false,
    });
  });

  it('empty input with an explicit encoding', () => {
    expect(decodeText(new Uint8Array(0), { name: 'f.txt', encoding: 'windows-1256' }).text).toBe('');
  });
});

describe('decodeText: line ends and NFC', () => {
  it.each([
    ['CRLF', 'a\r\nb', 'a\nb'],
    ['lone CR', 'a\rb', 'a\nb'],
    ['CR CRLF', 'a\r\r\nb', 'a\n\nb'],
    ['LF CR', 'a\n\rb', 'a\n\nb'],
    ['trailing CR', 'سطر\r', 'سطر\n'],
    ['mixed', 'ا\r\nب\rج\nد', 'ا\nب\nج\nد'],
  ])('%s', (_label, input, expected) => {
    for (const encoding of ['utf-8', 'utf-16le', 'windows-1256'] as const) {
      expect(decodeText(encode(input, encoding, { bom: encoding === 'utf-16le' }), { name: 'f.txt' }).text).toBe(expected);
    }
  });

  it.each([
    ['e + combining acute', 'caf\u0065\u0301', 'café'],
    ['ا + madda above → آ', '\u0627\u0653خر', 'آخر'],
    ['ا + hamza above → أ', '\u0627\u0654حمد', 'أحمد'],
    ['ي + hamza above → ئ', 'ر\u064a\u0654يس', 'رئيس'],
    ['shadda before fatha is put in canonical order', 'ش\u0651\u064eد', 'ش\u064e\u0651د'],
  ])('NFC: %s', (_label, input, expected) => {
    const result = decodeText(encode(input, 'utf-8'), { name: 'f.txt' }).text;
    expect(result).toBe(expected);
    expect(result).toBe(input.normalize('NFC'));
  });

  it('a BOM in the middle is text (U+FEFF), not removed', () => {
    expect(decodeText(encode('a\uFEFFb', 'utf-8', { bom: true }), { name: 'f.txt' }).text).toBe('a\uFEFFb');
  });
});

describe('decodeText: characters survive', () => {
  const mixed = 'في عام ٢٠١٦ (2016) قالت CNN إن ٣٫٥٪ من السكان — 3.5% — «غادروا». Café, naïve, Ελλάδα.\nسطر ۱۲۳ فارسی';
  const emoji = 'مرحبا 😀 👍🏽 𝕏 ﷺ 🇸🇦 (U+1F600)';
  const vocalised = 'ذَهَبَ الطَّالِبُ إِلَى المَدْرَسَةِ صَبَاحاً. كـــتـــاب جَمِيـــل، وَقُلْتُ: «نَعَمْ».';
  const quran = 'بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ';

  it.each([
    ['mixed Arabic, Latin, Greek, Arabic-Indic and Persian digits', mixed],
    ['surrogate pairs and emoji', emoji],
    ['full diacritics and tatweel', vocalised],
    ['Quranic text with wasla and superscript alef', quran],
  ])('%s in UTF-8, UTF-16LE/BE (BOM or not)', (_label, text) => {
    const expected = text.normalize('NFC');
    for (const encoding of ['utf-8', 'utf-16le', 'utf-16be'] as const) {
      for (const bom of [true, false]) {
        const result = decodeText(encode(text, encoding, { bom }), { name: 'f.txt' });
        expect(result.text).toBe(expected);
        expect(result.encoding).toBe(encoding);
      }
    }
  });

  it.each([
    ['mixed Arabic, Latin and ASCII digits', 'في عام 2016 قالت CNN إن 3.5% من السكان، «غادروا» – café.'],
    ['full diacritics and tatweel', vocalised],
  ])('%s in Windows-1256', (_label, text) => {
    const result = decodeText(encode(text, 'windows-1256'), { name: 'f.txt' });
    expect(result.text).toBe(text.normalize('NFC'));
    expect(result.encoding).toBe('windows-1256');
  });

  it.each([
    ['mixed Arabic, Latin and ASCII digits', 'في عام 2016 قالت CNN إن 3.5% من السكان، وغادروا.'],
    ['full diacritics and tatweel', vocalised.replace(/[«»]/g, '"')],
  ])('%s in ISO-8859-6', (_label, text) => {
    const result = decodeText(encode(text, 'iso-8859-6'), { name: 'f.txt' });
    expect(result.text).toBe(text.normalize('NFC'));
    expect(result.encoding).toBe('iso-8859-6');
  });

  it('harakat and tatweel are all still there after decoding', () => {
    const result = decodeText(encode(vocalised, 'windows-1256'), { name: 'f.txt' }).text;
    const count = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;
    expect(count(result, /[\u064B-\u065F]/g)).toBe(count(vocalised, /[\u064B-\u065F]/g));
    expect(count(result, /\u0640/g)).toBe(9);
  });
});

describe('decodeText: binary input is refused', () => {
  const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0);
  const zip = concat(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0), encode('[Content_Types].xml', 'utf-8'));
  const pdf = concat(encode('%PDF-1.7\n', 'utf-8'), Uint8Array.of(0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a), encode('1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'utf-8'));

  it.each([
    ['a PNG header', png, /^img\.bin does not look like text \(it starts like a PNG image\); only plain-text files can be imported$/],
    ['a ZIP archive (.docx)', zip, /ZIP archive, which is what \.docx/],
    ['a PDF', pdf, /PDF document/],
    ['UTF-8 text with a NUL byte', concat(encode('نص عربي', 'utf-8'), Uint8Array.of(0), encode(' ثم المزيد', 'utf-8')), /\(it contains NUL bytes, the first at byte 13\); if it is text, pass the encoding explicitly$/],
    ['Windows-1256 text with a NUL byte', concat(encode('نص عربي قصير', 'windows-1256'), Uint8Array.of(0)), /it contains NUL bytes, the first at byte 12/],
    ['ASCII with 12% control characters', encode('ab\x01cdefg\x02'.repeat(20), 'utf-8'), /does not look like text \(22% of its bytes are control characters\)/],
    ['one control character in a short text', encode('مرحبا\x1b[0m', 'utf-8'), /control characters/],
    ['UTF-32LE with BOM', Uint8Array.of(0xff, 0xfe, 0, 0, 0x41, 0, 0, 0), /UTF-32LE byte order mark, and Mizan does not read UTF-32\); save it as UTF-8$/],
  ])('%s', (_label, bytes, message) => {
    expect(refusal(() => decodeText(bytes, { name: 'img.bin' })).message).toMatch(message);
  });

  it.each(Array.from({ length: 12 }, (_, i) => [i + 1]))('random bytes (seed %i)', async (seed) => {
    const { randomBytes } = await import('./encode.js');
    expect(refusal(() => decodeText(randomBytes(4096, seed), { name: 'r.bin' })).message).toMatch(/^r\.bin does not look like text \(/);
    // Only bytes 80–FF: no NULs or controls to give it away.
    expect(refusal(() => decodeText(randomBytes(1024, seed, 0x80, 0x100), { name: 'r.bin' })).message).toMatch(/does not look like text/);
  });

  it.each(['utf-8', 'windows-1256', 'iso-8859-6', 'utf-16le'] as const)('a PNG is refused with the encoding forced to %s', (encoding) => {
    expect(refusal(() => decodeText(png, { name: 'img.png', encoding })).message).toMatch(/^img\.png cannot be read as /);
  });

  it('a stray control character in a long text is kept', () => {
    const text = `${twin}\x1b${twin}`;
    expect(decodeText(encode(text, 'utf-8'), { name: 'f.txt' }).text).toBe(text);
  });

  it('a DOS end-of-file mark at the very end is not taken for binary', () => {
    expect(decodeText(encode('مرحبا\x1a', 'windows-1256'), { name: 'f.txt' }).text).toBe('مرحبا\x1a');
  });
});

describe('decodeText: an explicit encoding that does not fit is refused, never mojibake', () => {
  const utf8 = fixtureBytes('ar-news.txt');
  const cp1256 = fixtureBytes('ar-news-cp1256.txt');
  const iso = encode(twin, 'iso-8859-6');
  it.each<[string, Uint8Array, TextEncoding, RegExp]>([
    ['UTF-8 read as Windows-1256', utf8, 'windows-1256', /^f\.txt cannot be read as Windows-1256 \(\d+ of \d+ words mix Arabic with Latin letters or symbols, e\.g\. "ط£ط¹ظ„ظ†طھ"\)/],
    ['UTF-8 read as ISO-8859-6', utf8, 'iso-8859-6', /cannot be read as ISO-8859-6 \(\d+ bytes are not defined in ISO-8859-6/],
    ['ISO-8859-6 read as Windows-1256', iso, 'windows-1256', /cannot be read as Windows-1256 \(\d+ of \d+ words mix/],
    ['Windows-1256 read as ISO-8859-6', cp1256, 'iso-8859-6', /cannot be read as ISO-8859-6 \(22 bytes are not defined in ISO-8859-6, the first 0xDF at offset 29\); it is probably windows-1256/],
    ['Windows-1256 read as UTF-8', cp1256, 'utf-8', /^f\.txt cannot be read as UTF-8 \(the byte 0xC3 at offset 0 is not valid UTF-8\); pass another encoding, or let Mizan detect it$/],
    ['UTF-8 Arabic read as UTF-16LE', utf8, 'utf-16le', /cannot be read as UTF-16LE/],
    ['ASCII read as UTF-16BE', encode('Hello world, this is plain ASCII text!', 'utf-8'), 'utf-16be', /cannot be read as UTF-16BE \(\d+% of the characters it gives are CJK/],
    ['Windows-1256 read as UTF-16LE', cp1256, 'utf-16le', /cannot be read as UTF-16LE/],
    ['UTF-8 BOM read as Windows-1256', encode(twin, 'utf-8', { bom: true }), 'windows-1256', /\(it starts with a UTF-8 byte order mark\); pass utf-8, or let Mizan detect it$/],
    ['UTF-16LE BOM read as UTF-16BE', encode(twin, 'utf-16le', { bom: true }), 'utf-16be', /UTF-16LE byte order mark/],
    ['UTF-16BE BOM read as UTF-8', encode(twin, 'utf-16be', { bom: true }), 'utf-8', /UTF-16BE byte order mark/],
    ['odd-length UTF-16', encode('نص', 'utf-16le', { bom: true }).subarray(0, 5), 'utf-16le', /odd number of bytes \(5\)/],
    ['an unpaired surrogate in UTF-16', concat(Uint8Array.of(0xff, 0xfe), encode('a\uD800b', 'utf-16le')), 'utf-16le', /unpaired surrogate at offset 4/],
    ['UTF-16 Arabic read as UTF-8', encode(twin, 'utf-16le'), 'utf-8', /NUL characters when read as UTF-8/],
  ])('%s', (_label, bytes, encoding, message) => {
    expect(refusal(() => decodeText(bytes, { name: 'f.txt', encoding })).message).toMatch(message);
  });
});

describe('decodeText: detection sees past a long ASCII start, and notices mixed encodings', () => {
  const asciiMiB = (n: number): Uint8Array => encode('Plain ASCII preamble line.\n'.repeat(Math.ceil((n * 1048576) / 27)), 'utf-8');

  it('2 MB of ASCII, then Windows-1256 Arabic', () => {
    const result = decodeText(concat(asciiMiB(2), fixtureBytes('ar-news-cp1256.txt')), { name: 'f.txt' });
    expect(result.encoding).toBe('windows-1256');
    expect(result.text.endsWith(twin)).toBe(true);
  });

  it('2 MB of ASCII, then UTF-8 Arabic', () => {
    const result = decodeText(concat(asciiMiB(2), fixtureBytes('ar-news.txt')), { name: 'f.txt' });
    expect(result.encoding).toBe('utf-8');
    expect(result.text.endsWith(twin)).toBe(true);
  });

  it('UTF-8 beyond the detection sample, then Windows-1256: refused, with the offset', () => {
    const utf8 = encode(twin.repeat(Math.ceil(1.2 * 1048576 / 762)), 'utf-8');
    const error = refusal(() => decodeText(concat(utf8, fixtureBytes('ar-news-cp1256.txt')), { name: 'f.txt' }));
    expect(error.message).toMatch(new RegExp(`^f\\.txt is not in one encoding \\(its first \\d+ bytes are UTF-8, but the byte 0xC3 at offset ${utf8.length} is not\\)`));
  });

  it('a UTF-8 byte order mark followed by bytes that are not UTF-8: refused', () => {
    const bytes = concat(Uint8Array.of(0xef, 0xbb, 0xbf), fixtureBytes('ar-news-cp1256.txt'));
    expect(refusal(() => decodeText(bytes, { name: 'f.txt' })).message).toBe(
      'f.txt cannot be read as UTF-8 (it starts with a UTF-8 byte order mark, but the byte 0xC3 at offset 3 is not valid UTF-8); if it is text in another encoding, pass that encoding explicitly',
    );
  });

  it('a UTF-16 byte order mark and an odd number of bytes: refused', () => {
    const bytes = encode('نص قصير', 'utf-16le', { bom: true }).subarray(0, 9);
    expect(refusal(() => decodeText(bytes, { name: 'f.txt' })).message).toMatch(/^f\.txt cannot be read as UTF-16LE \(it has an odd number of bytes \(9\), so it is cut short or not UTF-16\); if it is text in another encoding/);
  });

  it('the sample boundary may cut a UTF-8 character', () => {
    const text = `a${'ا'.repeat(600_000)}`;
    expect(decodeText(encode(text, 'utf-8'), { name: 'f.txt' })).toMatchObject({ text, encoding: 'utf-8' });
  });

  it('the sample boundary may cut a UTF-16 surrogate pair (no BOM)', () => {
    // 4 + 9k units: the last unit of the 1 MiB sample (unit 524287) is the high half of 😀.
    const text = `abc ${'مرحبا 😀 '.repeat(120_000)}`;
    expect(text.charCodeAt(524_287)).toBe(0xd83d);
    expect(decodeText(encode(text, 'utf-16le'), { name: 'f.txt' })).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decodeText(encode(text, 'utf-16be'), { name: 'f.txt' })).toMatchObject({ text, encoding: 'utf-16be' });
  });
});
