import { actionById, chordLabel, type ActionId } from '../../../../api/actions';
import { useAppState } from '../../store-context';
import { ActionButton } from '../commands/action-button';
import type { CommandTarget } from '../commands/command-target';

const BUTTONS: { id: ActionId; text: string }[] = [
  { id: 'document.importTranslation', text: 'Import translation…' },
  { id: 'alignment.mergePrevious', text: 'Merge ↑' },
  { id: 'alignment.mergeNext', text: 'Merge ↓' },
  { id: 'alignment.split', text: 'Split' },
  { id: 'alignment.moveFirstTargetToPrevious', text: 'Sentence ↑' },
  { id: 'alignment.moveLastTargetToNext', text: 'Sentence ↓' },
  { id: 'alignment.insertAfter', text: 'Insert row' },
  { id: 'alignment.toggleConfirmed', text: 'Confirm alignment' },
  { id: 'alignment.nextLowConfidence', text: 'Next doubtful' },
  { id: 'alignment.realignSelection', text: 'Re-align selection' },
];

const keyOf = (id: ActionId) => {
  const { keys } = actionById(id);
  return keys ? ` (${chordLabel(keys)} outside the editor)` : '';
};

/** Alignment editing, one click each; every button has a key (see its tooltip). */
export function AlignmentToolbar({ target }: { target: CommandTarget }) {
  const history = useAppState((s) => s.history);
  return (
    <div className="alignment-toolbar" role="toolbar" aria-label="Alignment">
      {BUTTONS.map(({ id, text }) => (
        <ActionButton key={id} id={id} target={target}>
          {text}
        </ActionButton>
      ))}
      <span className="spacer" />
      <ActionButton id="edit.undo" target={target} title={history?.undoLabel ? `Undo ${history.undoLabel}${keyOf('edit.undo')}` : undefined}>
        Undo
      </ActionButton>
      <ActionButton id="edit.redo" target={target} title={history?.redoLabel ? `Redo ${history.redoLabel}${keyOf('edit.redo')}` : undefined}>
        Redo
      </ActionButton>
    </div>
  );
}
