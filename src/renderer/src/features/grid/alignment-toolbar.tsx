import type { MenuCommand } from '../../../../api/contract';
import { useAppState } from '../../store-context';
import { KEY_COMMANDS, commandKeyHint } from '../commands/key-commands';
import { runMenuCommand, type CommandTarget } from '../commands/use-menu-commands';

const BUTTONS: { command: MenuCommand; text: string }[] = [
  { command: 'document.importTranslation', text: 'Import translation…' },
  { command: 'alignment.mergePrevious', text: 'Merge ↑' },
  { command: 'alignment.mergeNext', text: 'Merge ↓' },
  { command: 'alignment.split', text: 'Split' },
  { command: 'alignment.moveFirstTargetToPrevious', text: 'Sentence ↑' },
  { command: 'alignment.moveLastTargetToNext', text: 'Sentence ↓' },
  { command: 'alignment.insertAfter', text: 'Insert row' },
  { command: 'alignment.toggleConfirmed', text: 'Confirm alignment' },
  { command: 'alignment.nextLowConfidence', text: 'Next doubtful' },
  { command: 'alignment.realignSelection', text: 'Re-align selection' },
];

function title(command: MenuCommand): string | undefined {
  const key = KEY_COMMANDS.find((k) => k.command === command);
  return key ? `${key.label}${commandKeyHint(command)}` : undefined;
}

/** Alignment editing, one click each; every button has a key (see its tooltip). */
export function AlignmentToolbar({ target }: { target: CommandTarget }) {
  const history = useAppState((s) => s.history);
  // mousedown default would move focus out of the editor before a split reads its cursor.
  const keepFocus = (e: React.MouseEvent) => e.preventDefault();
  return (
    <div className="alignment-toolbar" role="toolbar" aria-label="Alignment">
      {BUTTONS.map(({ command, text }) => (
        <button key={command} type="button" title={title(command)} onMouseDown={keepFocus} onClick={() => runMenuCommand(target, command)}>
          {text}
        </button>
      ))}
      <span className="spacer" />
      <button
        type="button"
        disabled={!history?.canUndo}
        title={history?.undoLabel ? `Undo ${history.undoLabel} (Ctrl+Z outside the editor)` : 'Nothing to undo'}
        onMouseDown={keepFocus}
        onClick={() => runMenuCommand(target, 'edit.undo')}
      >
        Undo
      </button>
      <button
        type="button"
        disabled={!history?.canRedo}
        title={history?.redoLabel ? `Redo ${history.redoLabel} (Ctrl+Shift+Z outside the editor)` : 'Nothing to redo'}
        onMouseDown={keepFocus}
        onClick={() => runMenuCommand(target, 'edit.redo')}
      >
        Redo
      </button>
    </div>
  );
}
