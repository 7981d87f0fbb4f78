// Review comments are mostly English about Arabic text, and often start by quoting an Arabic word
// ("المسلحين is neutral…"). `dir="auto"` takes the first strong letter and would set such a comment
// right to left; the script most of its letters are in decides here.

const ARABIC = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/gu;
const LETTER = /\p{L}/gu;

/** 'rtl' when most letters are in a right-to-left script, else 'ltr' (also for text without letters). */
export function textDirection(text: string): 'rtl' | 'ltr' {
  const rtl = text.match(ARABIC)?.length ?? 0;
  const letters = text.match(LETTER)?.length ?? 0;
  return rtl > letters - rtl ? 'rtl' : 'ltr';
}
