/// <reference lib="webworker" />
import nspell from 'nspell';
// The shipped en-US Hunspell files, bundled into this worker as text (no file access, no network).
import aff from 'mizan-dictionary-en/index.aff?raw';
import dic from 'mizan-dictionary-en/index.dic?raw';
import { misspelledWords } from '../../../../core/spelling/misspelled-words';
import { withProjectWords, type ProjectWords } from '../../../../core/spelling/project-words';
import type { SpellReply, SpellRequest } from './spell-protocol';

// The spell-checker off the typing thread: the dictionary is built once, when the first message
// arrives (the editor sends one when it first shows a segment), then each check is a few ms.

const MAX_SUGGESTIONS = 6;

let spell: ReturnType<typeof nspell> | null = null;
let words: ProjectWords = { added: [], learned: [] };
let isCorrect: ((word: string) => boolean) | null = null;

function dictionary(): ReturnType<typeof nspell> {
  spell ??= nspell(aff, dic);
  return spell;
}

function checker(): (word: string) => boolean {
  if (!isCorrect) {
    const d = dictionary();
    isCorrect = withProjectWords((word) => d.correct(word), words);
  }
  return isCorrect;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<SpellRequest>) => {
  const request = event.data;
  const reply = (message: SpellReply) => scope.postMessage(message);
  try {
    if (request.kind === 'words') {
      words = request.words;
      isCorrect = null;
    } else if (request.kind === 'check') {
      reply({ kind: 'check', id: request.id, misses: misspelledWords(request.text, checker()) });
    } else {
      reply({ kind: 'suggest', id: request.id, suggestions: dictionary().suggest(request.word).slice(0, MAX_SUGGESTIONS) });
    }
  } catch (error) {
    if (request.kind !== 'words') reply({ kind: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
};
