// Bytes → stored text. Detects (or takes) the encoding, decodes the whole input strictly, refuses
// binary input and mojibake, then removes the byte order mark, turns CRLF and lone CR into LF and
// composes to NFC. Nothing else is changed or dropped.
import { MizanError } from '../../errors.js';
import { analyzeText } from './analyze.js';
import { checkUtf8, sniffBom, sniffUtf32Bom } from './bytes.js';
import { CONTROL_LIMIT, DETECTION_SAMPLE_BYTES, inspectBytes, notTextError, percent } from './detect.js';
import { TEXT_ENCODING_NAMES, type TextEncoding } from './encodings.js';
import { platformDecode, platformDecodeStrict } from './whatwg-text-decoder.js';

export interface DecodeOptions {
  /** 'auto' (the default) detects; a named encoding is used as given, but still checked. */
  encoding?: TextEncoding | 'auto';
  /** How the input is named in messages, usually the file name. */
  name: string;
}

export interface DecodedText {
  /** BOM removed, line ends LF, NFC. */
  text: string;
  encoding: TextEncoding;
  /** True when the encoding was detected, false when it was passed in. */
  detected: boolean;
  /** 0..1; 1 when the encoding was passed in or given by a byte order mark. */
  confidence: number;
  /** Why this encoding, in words ("UTF-8 byte order mark", "passed explicitly", …). */
  reason: string;
  hasBom: boolean;
}

/**
 * A forced code page is refused when more than this share of the words with non-ASCII characters
 * glue Arabic letters to Latin letters or Latin-1 symbols: ISO-8859-6 read as Windows-1256 ("çن")
 * or UTF-8 read as Windows-1256 ("ط§ظ„") are far above it. Looser than detection's limit, so an
 * explicit encoding can still read a text with a few odd words.
 */
export const MIXED_WORDS_LIMIT_FORCED = 0.25;
/** A forced UTF-16 reading that is more than this share CJK/Hangul/private-use is 8-bit text read as UTF-16. */
const UNEXPECTED_LIMIT = 0.25;

/** Analysis of a forced reading looks at no more than this many characters. */
const ANALYSIS_SAMPLE_UNITS = DETECTION_SAMPLE_BYTES;

/**
 * Decodes text bytes. Throws MizanError('bad-input') for binary input, for bytes that are not valid
 * in the (detected or given) encoding, and for readings that would be mojibake. Empty input gives
 * empty text; the caller decides whether that is acceptable.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions): DecodedText {
  const { name } = options;
  const requested = options.encoding ?? 'auto';
  const forced = requested !== 'auto';

  let encoding: TextEncoding;
  let bomLength: number;
  let confidence = 1;
  let reason = 'passed explicitly';
  let sampleEnd = 0;
  if (!forced) {
    const inspection = inspectBytes(bytes);
    if (!inspection.ok) throw notTextError(name, inspection.refusal);
    ({ encoding, confidence, reason } = inspection.detection);
    bomLength = inspection.bomLength;
    sampleEnd = inspection.sampleEnd;
  } else {
    encoding = requested;
    bomLength = checkBomAgrees(bytes, encoding, name);
  }

  const context: Context = { name, forced, bomLength, sampleEnd };
  let text = decodeBody(bytes.subarray(bomLength), encoding, context);
  checkDecoded(text, encoding, context);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  text = text.normalize('NFC');
  return { text, encoding, detected: !forced, confidence, reason, hasBom: bomLength > 0 };
}

interface Context {
  name: string;
  /** The encoding was passed in rather than detected. */
  forced: boolean;
  bomLength: number;
  /** Where detection's sample ended. */
  sampleEnd: number;
}

const FORCED_ADVICE = 'pass another encoding, or let Mizan detect it';
const DETECTED_ADVICE = 'if it is text in another encoding, pass that encoding explicitly';

function encodingError(name: string, encoding: TextEncoding, why: string, advice: string): MizanError {
  return new MizanError('bad-input', `${name} cannot be read as ${TEXT_ENCODING_NAMES[encoding]} (${why}); ${advice}`);
}

function fail(context: Context, encoding: TextEncoding, why: string, advice?: string): MizanError {
  return encodingError(context.name, encoding, why, advice ?? (context.forced ? FORCED_ADVICE : DETECTED_ADVICE));
}

/** Returns the length of a byte order mark to skip; refuses one that contradicts the given encoding. */
function checkBomAgrees(bytes: Uint8Array, encoding: TextEncoding, name: string): number {
  const utf32 = sniffUtf32Bom(bytes);
  if (utf32) throw encodingError(name, encoding, `it starts with a ${utf32} byte order mark, and Mizan does not read UTF-32`, 'save it as UTF-8');
  const bom = sniffBom(bytes);
  if (!bom) return 0;
  if (bom.encoding !== encoding) {
    throw encodingError(name, encoding, `it starts with a ${TEXT_ENCODING_NAMES[bom.encoding]} byte order mark`, `pass ${bom.encoding}, or let Mizan detect it`);
  }
  return bom.length;
}

function hex(b: number | undefined): string {
  return `0x${(b ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
}

function decodeBody(body: Uint8Array, encoding: TextEncoding, context: Context): string {
  const offset = context.bomLength;
  switch (encoding) {
    case 'utf-8': {
      const text = platformDecodeStrict(body, 'utf-8');
      if (text !== undefined) return text;
      const at = checkUtf8(body, 0, body.length).invalidAt;
      const where = `byte ${hex(body[at])} at offset ${at + offset}`;
      if (context.forced) throw fail(context, 'utf-8', `the ${where} is not valid UTF-8`);
      if (offset > 0) throw fail(context, 'utf-8', `it starts with a UTF-8 byte order mark, but the ${where} is not valid UTF-8`);
      throw new MizanError(
        'bad-input',
        `${context.name} is not in one encoding (its first ${context.sampleEnd} bytes are UTF-8, but the ${where} is not); convert it to UTF-8, or pass the encoding explicitly`,
      );
    }
    case 'utf-16le':
    case 'utf-16be': {
      if (body.length % 2 === 1) throw fail(context, encoding, `it has an odd number of bytes (${body.length + offset}), so it is cut short or not UTF-16`);
      const text = platformDecodeStrict(body, encoding);
      if (text !== undefined) return text;
      const at = unpairedSurrogate(body, encoding === 'utf-16le');
      throw fail(context, encoding, `it has an unpaired surrogate at offset ${at + offset}`);
    }
    case 'windows-1256':
      return platformDecode(body, encoding, false); // every byte is defined
    case 'iso-8859-6': {
      const text = platformDecodeStrict(body, encoding);
      if (text !== undefined) return text;
      const replaced = platformDecode(body, encoding, false);
      let count = 0;
      let first = -1;
      for (let i = 0; i < replaced.length; i++) {
        if (replaced.charCodeAt(i) === 0xfffd) {
          count++;
          if (first < 0) first = i; // one byte per character in a single-byte code page
        }
      }
      const advice = context.forced ? 'it is probably windows-1256; pass that, or let Mizan detect it' : undefined;
      throw fail(context, encoding, `${count} bytes are not defined in ISO-8859-6, the first ${hex(body[first])} at offset ${first + offset}`, advice);
    }
  }
}

function unpairedSurrogate(body: Uint8Array, le: boolean): number {
  const unit = (i: number): number => (le ? body[i]! | (body[i + 1]! << 8) : (body[i]! << 8) | body[i + 1]!);
  for (let i = 0; i + 1 < body.length; i += 2) {
    const u = unit(i);
    if (u >= 0xdc00 && u <= 0xdfff) return i;
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 3 < body.length ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    }
  }
  return body.length;
}

// C0 controls other than TAB LF VT FF CR, DEL, C1 controls. Finding them is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\0-\x08\x0e-\x1f\x7f-\x9f]/g;

function checkDecoded(text: string, encoding: TextEncoding, context: Context): void {
  const { name, forced } = context;
  const reading = forced ? ` when read as ${TEXT_ENCODING_NAMES[encoding]}` : '';
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const found = `it contains NUL characters${reading}, the first at character ${nul}`;
    if (forced) throw fail(context, encoding, found);
    throw notTextError(name, { found });
  }
  CONTROL.lastIndex = 0;
  if (CONTROL.test(text)) {
    // A DOS end-of-file mark (0x1A) at the very end is kept but not counted.
    const count = (text.match(CONTROL)?.length ?? 0) - (text.endsWith('\x1a') ? 1 : 0);
    if (count > text.length * CONTROL_LIMIT) {
      const found = `${percent(count / text.length)} of its characters are control characters${reading}`;
      if (forced) throw fail(context, encoding, found);
      throw notTextError(name, { found });
    }
  }
  if (!forced) return; // the detector has judged a sample of this reading already

  const stats = analyzeText(text, ANALYSIS_SAMPLE_UNITS);
  if ((encoding === 'utf-16le' || encoding === 'utf-16be') && stats.unexpected > stats.units * UNEXPECTED_LIMIT) {
    throw fail(context, encoding, `${percent(stats.unexpected / stats.units)} of the characters it gives are CJK, Hangul or private-use, so it is probably 8-bit text`);
  }
  if ((encoding === 'windows-1256' || encoding === 'iso-8859-6') && stats.mixedWords > stats.nonAsciiWords * MIXED_WORDS_LIMIT_FORCED) {
    throw fail(context, encoding, `${stats.mixedWords} of ${stats.nonAsciiWords} words mix Arabic with Latin letters or symbols, e.g. "${stats.mixedExample ?? ''}"`);
  }
}
