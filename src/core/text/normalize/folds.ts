// Normalisation for matching only (search, glossary, TM, QA): stored text is never changed.
//
// Every fold maps one UTF-16 code unit to one code unit or removes it, so folded text is never
// longer than the original and each folded unit comes from exactly one original unit; that is
// what makes the offset map exact. The folds (docs/architecture.md, "Arabic first"):
//
//   alef            آ أ إ ٱ ٲ ٳ → ا  (U+0622 U+0623 U+0625 U+0671 U+0672 U+0673 → U+0627); for text
//                   that is not NFC, a madda/hamza mark (U+0653–U+0655) right after ا is removed too
//   taMarbuta       ة → ه
//   alefMaqsura     ى → ي
//   harakat         U+064B–U+065F removed (tanwin, fatha, damma, kasra, shadda, sukun, madda and
//                   hamza marks, …)
//   superscriptAlef U+0670 removed
//   tatweel         U+0640 removed
//   persianLetters  ی → ي, ک → ك (Farsi yeh U+06CC, keheh U+06A9)
//   hamzaSeats      ئ ؤ → ء (U+0626 U+0624 → U+0621): the seat of a medial hamza is spelt both
//                   ways (مسئولة / مسؤولة, يقرئون / يقرؤون), so the seat is not compared
//   digits          Arabic-Indic ٠–٩ (U+0660–U+0669) and Persian ۰–۹ (U+06F0–U+06F9) → 0–9; with
//                   them the Arabic decimal separator ٫ → '.', thousands separator ٬ → ',' and
//                   percent sign ٪ → '%', so ٣٫٥ matches 3.5 and ٥٠٪ matches 50%. The Arabic comma
//                   ، (U+060C) is punctuation, not part of numbers, and is left alone.
//   caseFold        lower case, one code unit at a time (String#toLowerCase of that unit; İ → i),
//                   so the fold stays one-to-one. Letters outside the BMP are not case-folded.
//
// Characters outside these lists, including surrogate pairs (emoji), pass through unchanged.

export interface FoldOptions {
  alef: boolean;
  taMarbuta: boolean;
  alefMaqsura: boolean;
  /** U+064B–U+065F */
  harakat: boolean;
  /** U+0670 */
  superscriptAlef: boolean;
  /** U+0640 */
  tatweel: boolean;
  /** ی ک → ي ك */
  persianLetters: boolean;
  /** ئ ؤ → ء */
  hamzaSeats: boolean;
  /** Arabic-Indic and Persian digits → ASCII, ٫ → '.', ٬ → ',', ٪ → '%' */
  digits: boolean;
  /** Lower case (useful for search). */
  caseFold?: boolean;
}

export const FOLD_NAMES = [
  'alef', 'taMarbuta', 'alefMaqsura', 'harakat', 'superscriptAlef', 'tatweel', 'persianLetters', 'hamzaSeats', 'digits', 'caseFold',
] as const satisfies readonly (keyof FoldOptions)[];
export type FoldName = (typeof FOLD_NAMES)[number];

/** Every fold on, case folding included. */
export const DEFAULT_FOLDS: Readonly<Required<FoldOptions>> = Object.freeze({
  alef: true,
  taMarbuta: true,
  alefMaqsura: true,
  harakat: true,
  superscriptAlef: true,
  tatweel: true,
  persianLetters: true,
  hamzaSeats: true,
  digits: true,
  caseFold: true,
});

/** Every fold off: folding is the identity. */
export const NO_FOLDS: Readonly<Required<FoldOptions>> = Object.freeze({
  alef: false,
  taMarbuta: false,
  alefMaqsura: false,
  harakat: false,
  superscriptAlef: false,
  tatweel: false,
  persianLetters: false,
  hamzaSeats: false,
  digits: false,
  caseFold: false,
});

const ALEF = 0x0627;
/** Table value: remove the unit. */
const DROP = -1;
/** Table value: remove the unit when it follows ا (decomposed آ أ إ), else keep it. */
const DROP_AFTER_ALEF = -2;

let lowerCaseTable: Uint16Array | undefined;

/** Lower case of every BMP code unit, one unit each (İ → i). Built once, on first use. */
function lowerCase(): Uint16Array {
  if (!lowerCaseTable) {
    const table = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      table[c] = c;
      if (c < 0x41 || (c >= 0xd800 && c <= 0xdfff)) continue;
      const lower = String.fromCharCode(c).toLowerCase();
      const first = lower.charCodeAt(0);
      if (lower !== String.fromCharCode(c) && !(first >= 0xd800 && first <= 0xdfff)) table[c] = first;
    }
    lowerCaseTable = table;
  }
  return lowerCaseTable;
}

const tables = new Map<number, Int32Array>();

function optionBits(folds: FoldOptions): number {
  let bits = 0;
  FOLD_NAMES.forEach((name, i) => {
    if (folds[name]) bits |= 1 << i;
  });
  return bits;
}

/** table[unit] = replacement unit, DROP, or DROP_AFTER_ALEF. One table per combination of folds, cached. */
function tableFor(folds: FoldOptions): Int32Array {
  const bits = optionBits(folds);
  const cached = tables.get(bits);
  if (cached) return cached;
  const t = new Int32Array(0x10000);
  if (folds.caseFold) t.set(lowerCase());
  else for (let c = 0; c < 0x10000; c++) t[c] = c;
  const map = (from: number, to: number): void => {
    t[from] = to;
  };
  if (folds.alef) {
    for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673]) map(c, ALEF);
    if (!folds.harakat) for (const c of [0x0653, 0x0654, 0x0655]) map(c, DROP_AFTER_ALEF);
  }
  if (folds.taMarbuta) map(0x0629, 0x0647);
  if (folds.alefMaqsura) map(0x0649, 0x064a);
  if (folds.harakat) for (let c = 0x064b; c <= 0x065f; c++) map(c, DROP);
  if (folds.superscriptAlef) map(0x0670, DROP);
  if (folds.tatweel) map(0x0640, DROP);
  if (folds.persianLetters) {
    map(0x06cc, 0x064a);
    map(0x06a9, 0x0643);
  }
  if (folds.hamzaSeats) {
    map(0x0626, 0x0621);
    map(0x0624, 0x0621);
  }
  if (folds.digits) {
    for (let d = 0; d < 10; d++) {
      map(0x0660 + d, 0x30 + d);
      map(0x06f0 + d, 0x30 + d);
    }
    map(0x066b, 0x2e); // ٫
    map(0x066c, 0x2c); // ٬
    map(0x066a, 0x25); // ٪
  }
  tables.set(bits, t);
  return t;
}

/** Folds text for comparison. Same result as foldWithMap(text, folds).text, without the map. */
export function foldForMatch(text: string, folds: FoldOptions = DEFAULT_FOLDS): string {
  const table = tableFor(folds);
  const units = new Uint16Array(text.length);
  let j = 0;
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let m = table[c]!;
    if (m === c) {
      units[j++] = c;
      continue;
    }
    if (m === DROP_AFTER_ALEF) m = i > 0 && text.charCodeAt(i - 1) === ALEF ? DROP : c;
    if (m !== DROP) units[j++] = m;
    if (m !== c) changed = true;
  }
  return changed ? unitsToString(units, j) : text;
}

/** KMP failure links of the last needle searched for: a search calls foldedIncludes once per segment with the same needle. */
let lastNeedle = '';
let lastFailure = new Int32Array(0);

function failureOf(needle: string): Int32Array {
  if (needle === lastNeedle) return lastFailure;
  const failure = new Int32Array(needle.length);
  for (let i = 1, k = 0; i < needle.length; i++) {
    while (k > 0 && needle.charCodeAt(i) !== needle.charCodeAt(k)) k = failure[k - 1]!;
    if (needle.charCodeAt(i) === needle.charCodeAt(k)) k++;
    failure[i] = k;
  }
  lastNeedle = needle;
  lastFailure = failure;
  return failure;
}

/**
 * `foldForMatch(text, folds).includes(needle)` for an already folded needle, without building the
 * folded text: the same table, streamed through a KMP matcher. Search confirms every candidate the
 * index gives (and reads whole documents for short keys) with this, so it allocates nothing per segment.
 */
export function foldedIncludes(text: string, needle: string, folds: FoldOptions = DEFAULT_FOLDS): boolean {
  const n = needle.length;
  if (n === 0) return true;
  const table = tableFor(folds);
  const failure = failureOf(needle);
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let m = table[c]!;
    if (m === DROP_AFTER_ALEF) m = i > 0 && text.charCodeAt(i - 1) === ALEF ? DROP : c;
    if (m === DROP) continue;
    while (k > 0 && needle.charCodeAt(k) !== m) k = failure[k - 1]!;
    if (needle.charCodeAt(k) === m) k++;
    if (k === n) return true;
  }
  return false;
}

export interface FoldedText {
  /** The folded text. */
  text: string;
  /**
   * Position in the original text of a position in the folded text, for both ends of a range:
   * a match [s, e) in `text` is [toOriginal(s), toOriginal(e)) in the original. Removed
   * characters (harakat, tatweel) belong to the letter before them, so a range that ends after a
   * letter takes its diacritics along, and a range never starts on a removed character.
   * `index` runs from 0 to text.length inclusive; out-of-range values are clamped.
   */
  toOriginal(index: number): number;
  /** toOriginal for both ends of a range. */
  toOriginalRange(start: number, end: number): { start: number; end: number };
  /**
   * The folded position for an original position: the first folded unit at or after it
   * (a position inside removed characters goes to the next kept one).
   */
  toFolded(originalIndex: number): number;
}

/** Folds text and keeps the way back: see FoldedText. */
export function foldWithMap(text: string, folds: FoldOptions = DEFAULT_FOLDS): FoldedText {
  const table = tableFor(folds);
  const units = new Uint16Array(text.length);
  // offsets[j] = original index of folded unit j; offsets[length] = text.length.
  const offsets = new Int32Array(text.length + 1);
  let j = 0;
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let m = table[c]!;
    if (m === DROP_AFTER_ALEF) m = i > 0 && text.charCodeAt(i - 1) === ALEF ? DROP : c;
    if (m !== c) changed = true;
    if (m === DROP) continue;
    units[j] = m;
    offsets[j] = i;
    j++;
  }
  offsets[j] = text.length;
  const length = j;
  const folded = changed ? unitsToString(units, length) : text;
  const toOriginal = (index: number): number => offsets[Math.min(Math.max(0, Math.trunc(index)), length)]!;
  return {
    text: folded,
    toOriginal,
    toOriginalRange: (start, end) => ({ start: toOriginal(start), end: toOriginal(end) }),
    toFolded: (originalIndex) => {
      const target = Math.min(Math.max(0, originalIndex), text.length);
      let lo = 0;
      let hi = length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (offsets[mid]! < target) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}

// fromCharCode.apply takes any array-like (the typed array is read unit by unit, lone surrogates
// included), in chunks small enough for the argument limit; the cast is only for the type.
const CHUNK = 0x1000;

function unitsToString(units: Uint16Array, length: number): string {
  if (length <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}
