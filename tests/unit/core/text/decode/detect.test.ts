import { describe, expect, it } from 'vitest';
import { MizanError } from '../../../../../src/core/errors.js';
import {
  TEXT_ENCODINGS, decodeText, detectEncoding, isTextEncoding, parseTextEncoding, type TextEncoding,
} from '../../../../../src/core/text/decode/index.js';
import { arNews, encode, encodeSingleByte, fixtureBytes } from './encode.js';

const twin = arNews();

describe('the platform decoder', () => {
  it.each(TEXT_ENCODINGS.map((e) => [e]))('knows %s (Node with full ICU)', (encoding) => {
    expect(new TextDecoder(encoding).encoding).toBe(encoding);
  });
});

describe('detectEncoding', () => {
  it.each<[string, Uint8Array, TextEncoding, RegExp, boolean]>([
    ['empty', new Uint8Array(0), 'utf-8', /^empty input$/, false],
    ['UTF-8 BOM', encode(twin, 'utf-8', { bom: true }), 'utf-8', /^UTF-8 byte order mark$/, true],
    ['UTF-16LE BOM', encode(twin, 'utf-16le', { bom: true }), 'utf-16le', /^UTF-16LE byte order mark$/, true],
    ['UTF-16BE BOM', encode(twin, 'utf-16be', { bom: true }), 'utf-16be', /^UTF-16BE byte order mark$/, true],
    ['UTF-16LE, no BOM', encode(twin, 'utf-16le'), 'utf-16le', /^UTF-16LE byte pattern \(no byte order mark\)$/, false],
    ['UTF-16BE, no BOM, English', encode('Hello, world.\nSecond line.', 'utf-16be'), 'utf-16be', /^UTF-16BE byte pattern/, false],
    ['UTF-16LE, no BOM, pure Arabic (no NUL at all)', encode('مرحبابكمفيمشروعميزان', 'utf-16le'), 'utf-16le', /^UTF-16LE byte pattern/, false],
    ['UTF-8', fixtureBytes('ar-news.txt'), 'utf-8', /^valid UTF-8$/, false],
    ['ASCII', encode('Just ASCII.\n', 'utf-8'), 'utf-8', /^only ASCII characters \(read as UTF-8\)$/, false],
    ['Windows-1256', fixtureBytes('ar-news-cp1256.txt'), 'windows-1256', /^Arabic letter statistics of Windows-1256/, false],
    ['ISO-8859-6', encode(twin, 'iso-8859-6'), 'iso-8859-6', /^Arabic letter statistics of ISO-8859-6$/, false],
    ['letters that read the same in both code pages', encode('سحر ذئب', 'windows-1256'), 'windows-1256', /read the same in Windows-1256 and ISO-8859-6/, false],
  ])('%s', (_label, bytes, encoding, reason, hasBom) => {
    const detection = detectEncoding(bytes);
    expect(detection.encoding).toBe(encoding);
    expect(detection.reason).toMatch(reason);
    expect(detection.hasBom).toBe(hasBom);
    expect(detection.confidence).toBeGreaterThanOrEqual(0);
    expect(detection.confidence).toBeLessThanOrEqual(1);
  });

  it('refuses binary input with a MizanError naming the input', () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
    expect(() => detectEncoding(png)).toThrow(MizanError);
    expect(() => detectEncoding(png)).toThrow(/^the input does not look like text \(it starts like a PNG image\)/);
    expect(() => detectEncoding(png, 'photo.png')).toThrow(/^photo\.png does not look like text/);
  });

  it('agrees with decodeText', () => {
    for (const bytes of [fixtureBytes('ar-news.txt'), fixtureBytes('ar-news-cp1256.txt'), encode(twin, 'iso-8859-6')]) {
      const { encoding, confidence, reason, hasBom } = decodeText(bytes, { name: 'f' });
      expect(detectEncoding(bytes)).toEqual({ encoding, confidence, reason, hasBom });
    }
  });
});

describe('detection of every sentence of the article on its own', () => {
  const sentences = twin.split(/(?<=\.)\s+/).filter((s) => s.trim() !== '');
  it.each(sentences.flatMap((s) => (['windows-1256', 'iso-8859-6', 'utf-8', 'utf-16le', 'utf-16be'] as const).map((e) => [e, s] as const)))(
    '%s: %s',
    (encoding, sentence) => {
      expect(decodeText(encode(sentence, encoding), { name: 's' })).toMatchObject({ text: sentence, encoding });
    },
  );
});

describe('short texts', () => {
  // Each has a letter that only one code page can read as Arabic: ف ق ك غ ـ and the harakat are
  // undefined in ISO-8859-6 at their Windows-1256 codes; ه و ى ي are Latin letters (ç è é ê) in
  // Windows-1256 at their ISO-8859-6 codes.
  it.each([
    ['windows-1256', 'في'],
    ['windows-1256', 'قال'],
    ['windows-1256', 'كتاب'],
    ['windows-1256', 'غزة'],
    ['windows-1256', 'فلسطين'],
    ['windows-1256', 'الله'],
    ['windows-1256', 'يوم'],
    ['windows-1256', 'عربي'],
    ['iso-8859-6', 'في'],
    ['iso-8859-6', 'قال'],
    ['iso-8859-6', 'هو'],
    ['iso-8859-6', 'يوم'],
    ['iso-8859-6', 'وزير'],
    ['iso-8859-6', 'ليلى'],
    ['iso-8859-6', 'الأمريكية'],
    ['iso-8859-6', 'فلسطين'],
  ] as const)('one word in %s is detected: %s', (encoding, word) => {
    expect(decodeText(encode(word, encoding), { name: 'w' })).toMatchObject({ text: word, encoding, detected: true });
  });

  // Both readings are Arabic words (ISO م is Windows-1256 ه, ك is م): detection takes the more
  // common Windows-1256 and says it is unsure; passing the encoding reads them right.
  it.each(['مرحبا', 'مصر', 'تم', 'كما', 'كتاب'])('one ambiguous ISO-8859-6 word: %s', (word) => {
    const bytes = encode(word, 'iso-8859-6');
    const detected = decodeText(bytes, { name: 'w' });
    expect(detected.encoding).toBe('windows-1256');
    expect(detected.confidence).toBeLessThan(0.9);
    expect(detected.text).not.toMatch(/[\uFFFD\u0080-\u009F]/);
    expect(decodeText(bytes, { name: 'w', encoding: 'iso-8859-6' }).text).toBe(word);
  });

  it.each(['مرحبا', 'سلام', 'كتاب', 'نعم', 'وزير', 'الأمريكية', 'شيء'])('one word passed explicitly decodes in both code pages: %s', (word) => {
    for (const encoding of ['windows-1256', 'iso-8859-6'] as const) {
      expect(decodeText(encode(word, encoding), { name: 'w', encoding }).text).toBe(word);
    }
  });
});

describe('Latin-1 text and other 8-bit encodings', () => {
  // Decision: Mizan reads no Western-European encoding. French in Latin-1/Windows-1252 whose only
  // non-ASCII characters are lower-case accented letters (à â ç è é ê ë î ï ô ù û ü) and Windows
  // punctuation has exactly the same characters at the same codes in Windows-1256, so it is read
  // as Windows-1256 (confidence 0.5, and the reason says so). Anything that would come out
  // garbled (capitals À É Ç, Spanish, German, Turkish …) is refused with advice to save as UTF-8.
  it('French with lower-case accents only: read as Windows-1256, exactly', () => {
    const french = 'Le café est très bon. Il a été élu président de la République française, où il reçoit.';
    const result = decodeText(encodeSingleByte(french, 'windows-1252'), { name: 'fr.txt' });
    expect(result).toMatchObject({ text: french, encoding: 'windows-1256', confidence: 0.5 });
    expect(result.reason).toMatch(/no Arabic letters; read as Windows-1256, which shares the French accented letters/);
  });

  it('English with Windows-1252 quotes and dashes: read as Windows-1256, exactly', () => {
    const bytes = Uint8Array.of(0x93, ...encode('Hello', 'utf-8'), 0x94, 0x20, 0x97, 0x20, ...encode('it', 'utf-8'), 0x92, ...encode('s fine', 'utf-8'), 0x85);
    expect(decodeText(bytes, { name: 'en.txt' }).text).toBe('“Hello” — it’s fine…');
  });

  it.each([
    ['French with capitals', 'windows-1252', 'Été comme hiver, À Paris, Ça va. L\'État français.'],
    ['Spanish', 'windows-1252', 'El niño está en la escuela. Mañana será otro día, señor.'],
    ['German', 'windows-1252', 'Die Größe der Straße ist schön. Über alles, München.'],
    ['Turkish (Windows-1254)', 'windows-1254', 'Türkiye\'nin başkenti Ankara\'dır. Güzel şehir.'],
    ['Russian (Windows-1251)', 'windows-1251', 'Москва — столица России. Привет, как дела?'],
    ['Greek (Windows-1253)', 'windows-1253', 'Η Αθήνα είναι η πρωτεύουσα της Ελλάδας.'],
    ['Hebrew (ISO-8859-8)', 'iso-8859-8', 'שלום עולם, מה שלומך היום?'],
  ])('%s is refused, not read as mojibake', (_label, label, text) => {
    let message = '';
    try {
      decodeText(encodeSingleByte(text, label), { name: 'x.txt' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^x\.txt does not look like text \(it is not UTF-8, and read as Windows-1256 .*save it as UTF-8/);
  });

  it('French with capitals is refused even when Windows-1256 is passed explicitly', () => {
    const bytes = encodeSingleByte('Été comme hiver, À Paris, Ça va. L\'État français.', 'windows-1252');
    expect(() => decodeText(bytes, { name: 'x.txt', encoding: 'windows-1256' })).toThrow(/^x\.txt cannot be read as Windows-1256 \(\d+ of \d+ words mix Arabic with Latin/);
  });

  it('an Arabic Windows-1256 text with a French word keeps it', () => {
    const text = 'زار الرئيس قصر الإليزيه (Elysée) في باريس، وقال إن العلاقات "très bonnes".';
    expect(decodeText(encode(text, 'windows-1256'), { name: 'x.txt' })).toMatchObject({ text, encoding: 'windows-1256' });
  });

  it('an Arabic text with a missing space before English words is still Arabic', () => {
    const text = 'فاز الملازم بالجائزة في 29 سبتمبر 1918 في أثناء الهجوم علىBellengliseوLehaucourt. وقال مثلGateway Pundit.';
    for (const encoding of ['windows-1256', 'iso-8859-6'] as const) {
      expect(decodeText(encode(text, encoding), { name: 'x.txt' })).toMatchObject({ text, encoding });
    }
  });
});

describe('parseTextEncoding', () => {
  it.each([
    ['utf-8', 'utf-8'], ['UTF8', 'utf-8'], ['utf_8', 'utf-8'],
    ['utf-16le', 'utf-16le'], ['UTF16LE', 'utf-16le'], ['utf-16be', 'utf-16be'],
    ['windows-1256', 'windows-1256'], ['cp1256', 'windows-1256'], ['Windows1256', 'windows-1256'], ['1256', 'windows-1256'],
    ['iso-8859-6', 'iso-8859-6'], ['ISO8859-6', 'iso-8859-6'], ['iso_8859-6', 'iso-8859-6'], ['arabic', 'iso-8859-6'],
    ['auto', 'auto'], [' AUTO ', 'auto'],
    ['latin1', undefined], ['utf-32', undefined], ['', undefined], ['utf-16', undefined],
  ])('%j → %s', (label, expected) => {
    expect(parseTextEncoding(label)).toBe(expected);
  });

  it('isTextEncoding', () => {
    expect(TEXT_ENCODINGS.every(isTextEncoding)).toBe(true);
    expect(isTextEncoding('cp1256')).toBe(false);
  });
});
