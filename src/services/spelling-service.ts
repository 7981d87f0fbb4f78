import type { Database } from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import { MizanError } from '../core/errors.js';
import { withProjectWords, wordsOfNames, type ProjectWords } from '../core/spelling/project-words.js';
import { getMeta, setMeta } from '../store/meta.js';
import { listSpeakers } from '../store/speakers.js';
import { glossaryWords } from './glossary-service.js';
import { writeTransaction } from '../store/write-transaction.js';

// The English spell-check's project side: the word list the translator builds ("Add to dictionary"),
// stored as a sorted JSON array in project_meta, and the names it learns from the project's lists.
// Adding a word is not a step of the app's undo history (as in Word, memoQ or OmegaT, where the
// dictionary is not part of the document's undo): it is persisted at once, and the Dictionary tab of
// the aids dock lists the words with a button to remove each.

const WORDS_KEY = 'spelling.words';
const MAX_WORDS = 20_000;

/**
 * Where the spell-check learns names, each giving English names or terms: the registry and the glossary.
 */
export const LEARNED_NAME_SOURCES: readonly ((db: Database) => string[])[] = [
  (db) => listSpeakers(db).flatMap((s) => [s.nameTarget, s.organisation]),
  // The glossary's preferred and admitted English (forbidden variants stay flagged).
  glossaryWords,
];

function addedWords(db: Database): string[] {
  const stored = getMeta(db, WORDS_KEY);
  if (stored === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter((w): w is string => typeof w === 'string') : [];
  } catch {
    // A damaged list is read as empty (and replaced at the next add) rather than blocking the editor.
    return [];
  }
}

export function projectWords(db: Database): ProjectWords {
  return { added: addedWords(db), learned: wordsOfNames(LEARNED_NAME_SOURCES.flatMap((names) => names(db))) };
}

/** One word: letters, marks, inner apostrophes or hyphens, no spaces. */
const ONE_WORD = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*$/u;

export function addProjectWord(db: Database, word: string): ProjectWords {
  const clean = word.trim().replace(/’/g, "'");
  if (!ONE_WORD.test(clean)) throw new MizanError('bad-input', `"${clean}" is not one word; add words one at a time, without spaces, digits or punctuation`);
  writeTransaction(db, () => {
    const words = new Set(addedWords(db));
    if (words.has(clean)) return;
    if (words.size >= MAX_WORDS) throw new MizanError('bad-input', `the project dictionary is full (${MAX_WORDS} words); remove words you no longer need first`);
    words.add(clean);
    setMeta(db, WORDS_KEY, JSON.stringify([...words].sort()));
  });
  return projectWords(db);
}

export function removeProjectWord(db: Database, word: string): ProjectWords {
  writeTransaction(db, () => {
    const words = addedWords(db);
    if (words.includes(word)) setMeta(db, WORDS_KEY, JSON.stringify(words.filter((w) => w !== word)));
  });
  return projectWords(db);
}

let dictionary: ReturnType<typeof nspell> | null = null;

/** The shipped en-US Hunspell dictionary (dictionary-en), loaded once per process. */
export function englishDictionary(): ReturnType<typeof nspell> {
  if (!dictionary) {
    // dictionary-en exports only its index.js (top-level await over its own files); read them beside it.
    const folder = dirname(createRequire(import.meta.url).resolve('dictionary-en'));
    dictionary = nspell(readFileSync(join(folder, 'index.aff')), readFileSync(join(folder, 'index.dic')));
  }
  return dictionary;
}

/** QA's `QaContext.spell` in Node (`mizan qa`): the dictionary plus the project's words. */
export function projectSpellCheck(db: Database): (word: string) => boolean {
  const spell = englishDictionary();
  return withProjectWords((word) => spell.correct(word), projectWords(db));
}
