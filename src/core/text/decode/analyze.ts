// Plausibility statistics of decoded text: what tells real text from binary read as text, and
// Arabic from Arabic read in the wrong code page (mojibake). Runs over a sample of the decoded text.

const enum Cls {
  Other,
  Space,
  ArabicLetter,
  ArabicMark,
  Tatweel,
  AsciiLetter,
  LatinLetter,
  /** Latin-1/Windows symbols that turn up between Arabic letters when UTF-8 is read as Windows-1256 (ط§ظ„). */
  MojibakeSymbol,
  Control,
  Replacement,
  /** CJK, Hangul, Yi, private use, noncharacters: what 8-bit text read as UTF-16 turns into. */
  Unexpected,
}

const MOJIBAKE_SYMBOLS = new Set([...'¡¢£¤¥¦§¨©¬®¯°±²³´µ¶·¸¹¼½¾ƒˆ‰†‡™Œœ‚„']);

function classify(c: number, s: string): Cls {
  if (c < 0x80) {
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return Cls.Space;
    if (c < 0x20 || c === 0x7f) return Cls.Control;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return Cls.AsciiLetter;
    return Cls.Other;
  }
  if (c < 0xa0) return Cls.Control; // C1 controls
  if (c >= 0x0600 && c <= 0x06ff) {
    if (c === 0x0640) return Cls.Tatweel;
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed)) return Cls.ArabicMark;
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d5) || (c >= 0x06ee && c <= 0x06ff && !(c >= 0x06f0 && c <= 0x06f9))) {
      return Cls.ArabicLetter;
    }
    return Cls.Other; // digits, punctuation ، ؛ ؟ ٫
  }
  if ((c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
    return Cls.ArabicLetter;
  }
  if (c === 0x00a0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000) return Cls.Space;
  if ((c >= 0x00c0 && c <= 0x024f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return Cls.LatinLetter;
  if (MOJIBAKE_SYMBOLS.has(s)) return Cls.MojibakeSymbol;
  if (c === 0xfffd) return Cls.Replacement;
  // Surrogates are not counted: the strict UTF-16 decoder already refuses unpaired ones.
  if ((c >= 0x2e80 && c < 0xd800) || (c >= 0xe000 && c <= 0xf8ff) || c === 0xfffe || c === 0xffff) return Cls.Unexpected;
  return Cls.Other;
}

/**
 * Arabic letter frequencies in Modern Standard Arabic news, per 10,000 letters (rounded; counted on
 * the NTREX-128 Arabic news in shared/corpus, in line with published counts).
 */
const ARABIC_LETTER_FREQ: Readonly<Record<string, number>> = {
  'ا': 1450, 'ل': 1110, 'ي': 820, 'م': 625, 'ن': 560, 'و': 510, 'ت': 465, 'ر': 435, 'ب': 355, 'ع': 330,
  'د': 300, 'ة': 270, 'ف': 260, 'ه': 240, 'ك': 240, 'س': 235, 'أ': 225, 'ق': 220, 'ح': 170, 'ج': 160,
  'ش': 125, 'ص': 90, 'ذ': 85, 'ط': 85, 'إ': 85, 'ز': 80, 'خ': 80, 'ى': 80, 'ث': 65, 'ض': 60,
  'ء': 50, 'ئ': 45, 'غ': 45, 'ظ': 16, 'ؤ': 12, 'آ': 8,
};

/**
 * ln P(character) under a simple unigram model of Arabic text with some Latin: what one character
 * of the input "costs" in a given reading. Only characters that differ between the two Arabic code
 * pages matter (ASCII and the letters ء…ض are the same bytes in both).
 */
export function unigramLogProb(ch: string): number {
  const f = ARABIC_LETTER_FREQ[ch];
  if (f !== undefined) return Math.log(f / 10000);
  const c = ch.charCodeAt(0);
  switch (classify(c, ch)) {
    case Cls.ArabicLetter:
      return Math.log(0.0005); // Persian/Urdu letters in Windows-1256: پ چ ژ گ ک ...
    case Cls.ArabicMark:
      return Math.log(0.01);
    case Cls.Tatweel:
      return Math.log(0.001);
    case Cls.LatinLetter:
      return Math.log(0.001);
    case Cls.MojibakeSymbol:
      return Math.log(0.0002);
    case Cls.Control:
    case Cls.Replacement:
      return -20;
    case Cls.Space:
      return Math.log(0.005); // no-break space
    default:
      return Math.log(0.002); // punctuation ، ؛ ؟ « » – — “ ” …, marks LRM RLM ZWNJ
  }
}

export interface TextStats {
  /** UTF-16 code units looked at. */
  units: number;
  nul: number;
  /** Control characters (C0 other than TAB LF VT FF CR, DEL, C1), NUL included. */
  controls: number;
  /** C1 controls (U+0080–U+009F): what ISO-8859-6 makes of bytes 80–9F. */
  c1Controls: number;
  replacement: number;
  unexpected: number;
  arabicLetters: number;
  /** Latin letters outside ASCII (é, Ç, ñ, …). */
  latinLetters: number;
  /** Whitespace-separated words with a character outside ASCII. */
  nonAsciiWords: number;
  /** Words with Arabic letters that look fine. */
  arabicWords: number;
  /**
   * Words that look like mojibake: an Arabic letter or mark touching a Latin letter or a Latin-1
   * symbol ("çن", "ط§ظ„"), a lone Arabic letter inside a Latin word ("trوs", "cafى"; the prefixes
   * و ف ب ل ك before a Latin word are fine), harakat on a Latin letter ("niٌo"), or a bidi mark
   * between Latin letters ("ba\u200Fkent"). Typing slips like a missing space ("مثلGateway") are
   * not counted.
   */
  mixedWords: number;
  /** How many mojibake joins those words have. */
  mixedJoins: number;
  mixedExample: string | undefined;
  /** Harakat with no Arabic letter before them, dammatan/kasratan before a letter, runs of 3+ marks. */
  misplacedMarks: number;
  /** Words that start with the article ال (after an optional و ف ب ك prefix, and لل). */
  articleStarts: number;
}

const PREFIX_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

const enum Run {
  Arabic,
  Latin,
  Ascii,
  Other,
}

function runKind(c: Cls): Run {
  if (c === Cls.ArabicLetter || c === Cls.ArabicMark) return Run.Arabic;
  if (c === Cls.LatinLetter || c === Cls.MojibakeSymbol) return Run.Latin;
  if (c === Cls.AsciiLetter) return Run.Ascii;
  return Run.Other;
}

/** Mojibake joins in a word that has Arabic and Latin characters (see TextStats.mixedWords). */
function mixedJoinsIn(text: string, start: number, end: number): number {
  const runs: { kind: Run; letters: number; first: string }[] = [];
  for (let i = start; i < end; i++) {
    const cls = classify(text.charCodeAt(i), text[i]!);
    const kind = runKind(cls);
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) {
      if (cls === Cls.ArabicLetter) last.letters++;
    } else runs.push({ kind, letters: cls === Cls.ArabicLetter ? 1 : 0, first: text[i]! });
  }
  let joins = 0;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (run.kind !== Run.Arabic) continue;
    const before = runs[r - 1]?.kind;
    const after = runs[r + 1]?.kind;
    if (before === Run.Latin || after === Run.Latin) joins++;
    else if ((before === Run.Ascii || after === Run.Ascii) && run.letters <= 1) {
      const prefix = r === 0 && run.letters === 1 && PREFIX_LETTERS.has(run.first);
      if (!prefix) joins++;
    }
  }
  return joins;
}

/** One pass over text[0, limit). */
export function analyzeText(text: string, limit = text.length): TextStats {
  const end = Math.min(limit, text.length);
  const s: TextStats = {
    units: end, nul: 0, controls: 0, c1Controls: 0, replacement: 0, unexpected: 0, arabicLetters: 0, latinLetters: 0,
    nonAsciiWords: 0, arabicWords: 0, mixedWords: 0, mixedJoins: 0, mixedExample: undefined,
    misplacedMarks: 0, articleStarts: 0,
  };
  let wordStart = -1;
  let wordNonAscii = false;
  let wordArabic = false;
  let wordOther = false; // Latin letters, ASCII letters or Latin-1 symbols
  let wordMarkJoins = 0;
  let prev = Cls.Space;
  let prevCode = 0x20;
  let prev2 = Cls.Space;
  let marksInRow = 0;
  const closeWord = (at: number): void => {
    if (wordStart < 0) return;
    if (wordNonAscii) s.nonAsciiWords++;
    const joins = (wordArabic && wordOther ? mixedJoinsIn(text, wordStart, at) : 0) + wordMarkJoins;
    if (joins > 0) {
      s.mixedWords++;
      s.mixedJoins += joins;
      s.mixedExample ??= text.slice(wordStart, Math.min(at, wordStart + 24));
    } else if (wordArabic) s.arabicWords++;
    wordStart = -1;
  };
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    const cls = classify(code, text[i]!);
    if (cls === Cls.Space) {
      closeWord(i);
      prev2 = prev;
      prev = cls;
      prevCode = code;
      marksInRow = 0;
      continue;
    }
    if (wordStart < 0) {
      wordStart = i;
      wordNonAscii = wordArabic = wordOther = false;
      wordMarkJoins = 0;
      if (isArticleAt(text, i, end)) s.articleStarts++;
    }
    if (code >= 0x80) wordNonAscii = true;
    switch (cls) {
      case Cls.Control:
        s.controls++;
        if (code === 0) s.nul++;
        else if (code >= 0x80) s.c1Controls++;
        break;
      case Cls.Replacement:
        s.replacement++;
        break;
      case Cls.Unexpected:
        s.unexpected++;
        break;
      case Cls.ArabicLetter:
        s.arabicLetters++;
        wordArabic = true;
        // Dammatan and kasratan end a word; fathatan may be followed by ا or ى.
        if ((prevCode === 0x064c || prevCode === 0x064d || (prevCode === 0x064b && code !== 0x0627 && code !== 0x0649)) && prev === Cls.ArabicMark) {
          s.misplacedMarks++;
        }
        break;
      case Cls.LatinLetter:
        s.latinLetters++;
        wordOther = true;
        break;
      case Cls.AsciiLetter:
      case Cls.MojibakeSymbol:
        wordOther = true;
        break;
      default:
        break;
    }
    if (cls === Cls.ArabicMark) {
      marksInRow++;
      const afterLetter = prev === Cls.ArabicLetter || prev === Cls.ArabicMark || prev === Cls.Tatweel;
      if (!afterLetter || marksInRow === 3) s.misplacedMarks++;
      if (prev === Cls.AsciiLetter || prev === Cls.LatinLetter) wordMarkJoins++;
    } else marksInRow = 0;
    // A bidi mark between two Latin letters: Turkish ı ş (Windows-1254) read as Windows-1256.
    if ((prevCode === 0x200e || prevCode === 0x200f) && isLetter(prev2) && isLetter(cls)) wordMarkJoins++;
    prev2 = prev;
    prev = cls;
    prevCode = code;
  }
  closeWord(end);
  return s;
}

function isLetter(c: Cls): boolean {
  return c === Cls.AsciiLetter || c === Cls.LatinLetter;
}

function isArticleAt(text: string, i: number, end: number): boolean {
  let j = i;
  const first = text[j];
  if (first === 'و' || first === 'ف' || first === 'ب' || first === 'ك') j++;
  if (text[j] === 'ل' && text[j + 1] === 'ل' && j + 2 < end) return true; // لل = ل + ال
  return text[j] === 'ا' && text[j + 1] === 'ل' && j + 2 < end;
}
