import type { SpellingMiss } from '../../../../core/spelling/misspelled-words';
import type { ProjectWords } from '../../../../core/spelling/project-words';

// Messages between the editor and the spelling worker (nspell runs there: building the en-US
// dictionary takes long enough that it must not happen on the typing thread).

export type SpellRequest =
  | { kind: 'words'; words: ProjectWords }
  | { kind: 'check'; id: number; text: string }
  | { kind: 'suggest'; id: number; word: string };

export type SpellReply =
  | { kind: 'check'; id: number; misses: SpellingMiss[] }
  | { kind: 'suggest'; id: number; suggestions: string[] }
  | { kind: 'failed'; id: number; message: string };
