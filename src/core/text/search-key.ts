// PLACEHOLDER until the normalisation module lands; replaced in the same session.
export function searchKey(text: string, matchCase = false): string {
  const folded = text
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[آأإٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  return matchCase ? folded : folded.toLowerCase();
}

export interface MappedKey {
  key: string;
  /** Original UTF-16 index of each folded unit; one extra entry for the end. */
  origin: number[];
}

/** Folds character by character so a match in the key maps back to a range of the original text. */
export function searchKeyWithMap(text: string, matchCase = false): MappedKey {
  let key = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const folded = searchKey(ch, matchCase);
    for (let k = 0; k < folded.length; k++) origin.push(i);
    key += folded;
    i += ch.length;
  }
  origin.push(text.length);
  return { key, origin };
}

/** Ranges of `text` whose folded form contains the folded `query`. */
export function findFoldedRanges(text: string, query: string, matchCase = false): { start: number; end: number }[] {
  const needle = searchKey(query, matchCase);
  if (needle === '') return [];
  const { key, origin } = searchKeyWithMap(text, matchCase);
  const ranges: { start: number; end: number }[] = [];
  for (let at = key.indexOf(needle); at !== -1; at = key.indexOf(needle, at + needle.length)) {
    const start = origin[at]!;
    // The end takes in marks the fold removed after the last matched letter (harakat, tatweel).
    let end = origin[at + needle.length]!;
    while (end < text.length && searchKey(text[end]!, matchCase) === '') end++;
    ranges.push({ start, end });
  }
  return ranges;
}
