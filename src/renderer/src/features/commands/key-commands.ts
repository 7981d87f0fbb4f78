import { ACTION_LIST, type ActionId, type KeyChord } from '../../../../api/actions';

export type { KeyChord } from '../../../../api/actions';

export interface KeyCommand {
  command: ActionId;
  label: string;
  chord: KeyChord;
  /** Also handled while typing in the English editor (else the editor keeps the key). */
  inEditor: boolean;
}

/** The registered actions that have a key: what the English editor binds and the help lists. */
export const KEY_COMMANDS: readonly KeyCommand[] = ACTION_LIST.flatMap((a) =>
  a.keys ? [{ command: a.id, label: a.description, chord: a.keys, inEditor: a.inEditor ?? true }] : [],
);
