import { checkableWords } from './misspelled-words.js';

// The project's own dictionary: words the translator added, and names it learned from the speaker
// registry (their English names) and the glossary (its English terms). Both are accepted by the
// spell-check on top of the shipped dictionary.

export interface ProjectWords {
  /** Added with "Add to dictionary", sorted; removable. */
  added: string[];
  /** Learned from the registry and the glossary, sorted; they follow those lists. */
  learned: string[];
}

/** The checkable words of some names or terms ("Bashar al-Assad" → Bashar, al, Assad). */
export function wordsOfNames(names: readonly string[]): string[] {
  const words = new Set<string>();
  for (const name of names) for (const w of checkableWords(name)) words.add(w.word);
  return [...words].sort();
}

/**
 * A spell-check that accepts the project's words (as written, or lower-cased: an added "blog"
 * accepts "Blog" at a sentence start) and otherwise asks the dictionary.
 */
export function withProjectWords(dictionaryAccepts: (word: string) => boolean, words: ProjectWords): (word: string) => boolean {
  const known = new Set([...words.added, ...words.learned]);
  return (word) => known.has(word) || known.has(word.toLowerCase()) || dictionaryAccepts(word);
}
