import { actionById, chordLabel, type ActionId } from '../../../../api/actions';
import { useAppState } from '../../store-context';
import { ActionButton } from '../commands/action-button';
import type { CommandTarget } from '../commands/command-target';

// The frequent ones only; the others (move a sentence, insert a row, import a translation…) are in the
// Alignment menu and the command palette, with the same keys.
const BUTTONS: { id: ActionId; text: string }[] = [
  { id: 'alignment.mergePrevious', text: 'Merge ↑' },
  { id: 'alignment.mergeNext', text: 'Merge ↓' },
  { id: 'alignment.split', text: 'Split' },
  { id: 'alignment.toggleConfirmed', text: 'Confirm alignment' },
  { id: 'alignment.nextLowConfidence', text: 'Next doubtful' },
];

const keyOf = (id: ActionId) => {
  const { keys } = actionById(id);
  return keys ? ` (${chordLabel(keys)} outside the editor)` : '';
};

/** Undo, redo and the frequent alignment edits, one click each; every button has a key (see its tooltip). */
export function AlignmentToolbar({ target }: { target: CommandTarget }) {
  const history = useAppState((s) => s.history);
  // Re-aligning is for a selection: offered while there is one.
  const selecting = useAppState((s) => s.selectionEnd !== null);
  return (
    <div className="alignment-toolbar" role="toolbar" aria-label="Alignment">
      <ActionButton id="edit.undo" target={target} title={history?.undoLabel ? `Undo ${history.undoLabel}${keyOf('edit.undo')}` : undefined}>
        Undo
      </ActionButton>
      <ActionButton id="edit.redo" target={target} title={history?.redoLabel ? `Redo ${history.redoLabel}${keyOf('edit.redo')}` : undefined}>
        Redo
      </ActionButton>
      <span className="ribbon-separator" aria-hidden="true" />
      {BUTTONS.map(({ id, text }) => (
        <ActionButton key={id} id={id} target={target}>
          {text}
        </ActionButton>
      ))}
      {selecting && (
        <ActionButton id="alignment.realignSelection" target={target}>
          Re-align selection
        </ActionButton>
      )}
    </div>
  );
}
