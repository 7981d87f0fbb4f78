// Consonant skeletons: a transliteration-free way to see that كيربي and "Kirby" name the same person.
//
// Arabic spells foreign names with consonants and long vowels; English spells them with consonants and
// vowels. Dropping every vowel-like letter (ا و ي ه ح ع on the Arabic side, a e i o u y w h on the English
// side) and mapping the rest to a few coarse classes leaves a key both spellings share:
//   كيربي → KRB ← Kirby        بيتر جونز → BTR KNS ← Peter Jones        حلب → LB ← Aleppo
// The classes are deliberately coarse because the mapping is many-to-many in practice: English g is
// written ج, غ or ق; j is ج; k, c, q are ك or ق (→ K). s, z, sh, ch and their Arabic letters collapse to
// S; t/th and ت ط ث to T; d and د ض ذ to D; b/p (Arabic has no p) to B; f/v/ph to F. Repeated classes
// collapse (ll → L, بب → B). A skeleton says nothing on its own when it is short, so callers weight
// matches by skeleton length and by how rare the key is in the document.

/** Class letters of Arabic consonants after foldForMatch (alef forms → ا, ة → ه, ى → ي). Others drop. */
const ARABIC_CLASS: Readonly<Record<string, string>> = {
  'ب': 'B', 'پ': 'B',
  'ت': 'T', 'ط': 'T', 'ث': 'T',
  'د': 'D', 'ض': 'D', 'ذ': 'D',
  'ج': 'K', 'خ': 'K', 'غ': 'K', 'ق': 'K', 'ك': 'K', 'گ': 'K', 'چ': 'S',
  'ر': 'R',
  'ز': 'S', 'س': 'S', 'ص': 'S', 'ش': 'S', 'ظ': 'S', 'ژ': 'S',
  'ف': 'F', 'ڤ': 'F',
  'ل': 'L', 'م': 'M', 'ن': 'N',
};

/** Arabic clitics that attach to names: "and", "so", "with/in", "to", "like", and the article. */
const ARABIC_PREFIXES = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'وب', 'ول', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];

function collapse(classes: string): string {
  let out = '';
  for (const c of classes) if (out[out.length - 1] !== c) out += c;
  return out;
}

/** The skeleton of one Arabic word (already folded with foldForMatch). */
export function arabicSkeleton(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    // تش is how Arabic writes English "ch" (تشارلز Charles); English ch maps to S as well.
    if (ch === 'ت' && word[i + 1] === 'ش') {
      out += 'S';
      i++;
      continue;
    }
    out += ARABIC_CLASS[ch] ?? '';
  }
  return collapse(out);
}

/**
 * Skeletons of an Arabic word with and without one leading clitic: "لجوينيث" (to Gwyneth) must also
 * yield the skeleton of جوينيث. Only variants of at least `minLength` classes are returned.
 */
export function arabicSkeletonVariants(word: string, minLength = 2): string[] {
  const out = new Set<string>();
  const whole = arabicSkeleton(word);
  if (whole.length >= minLength) out.add(whole);
  for (const prefix of ARABIC_PREFIXES) {
    // Keep at least three letters after the clitic: a shorter rest is a function word, not a name.
    if (word.length - prefix.length >= 3 && word.startsWith(prefix)) {
      const sk = arabicSkeleton(word.slice(prefix.length));
      if (sk.length >= minLength) out.add(sk);
    }
  }
  return [...out];
}

/** The skeleton of one Latin-script word (any case). */
export function latinSkeleton(word: string): string {
  const w = word.toLowerCase().replace(/'s$/u, '');
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    const next = w[i + 1] ?? '';
    switch (ch) {
      case 'b': case 'p':
        if (ch === 'p' && next === 'h') { out += 'F'; i++; } else out += 'B';
        break;
      case 'c':
        if (next === 'h') { out += 'S'; i++; } else if (next === 'k') { out += 'K'; i++; } else out += 'eiy'.includes(next) && next !== '' ? 'S' : 'K';
        break;
      case 'g':
        // gh is silent or f inside a word (Willoughby, Hugh), a hard g at the start (Ghana → غانا).
        if (next === 'h') { if (i === 0) out += 'K'; i++; } else out += 'K';
        break;
      case 'j': case 'k': case 'q': out += 'K'; break;
      case 'x': out += 'KS'; break;
      case 's': case 'z':
        if (next === 'h') i++;
        out += 'S';
        break;
      case 't':
        if (next === 'h') i++;
        out += 'T';
        break;
      case 'd': out += 'D'; break;
      case 'f': case 'v': out += 'F'; break;
      case 'l': out += 'L'; break;
      case 'm': out += 'M'; break;
      case 'n': out += 'N'; break;
      case 'r': out += 'R'; break;
      default: break; // vowels, h, w, y and anything else carry no consonant class
    }
  }
  return collapse(out);
}
