import type { ReactNode } from 'react';
import { actionTooltip, type ActionId } from '../../../../api/actions';
import { useAppState } from '../../store-context';
import type { CommandTarget } from './command-target';
import { runAction, whyDisabled } from './run-action';

// mousedown's default would move focus out of the editor before a split reads its cursor.
const keepFocus = (e: React.MouseEvent) => e.preventDefault();

interface ActionButtonProps {
  id: ActionId;
  target: CommandTarget;
  children: ReactNode;
  /** A tooltip other than the action's own (with its key), e.g. naming what Undo would undo. */
  title?: string;
  pressed?: boolean;
  className?: string;
}

/** A toolbar button for a registered action: its tooltip and key come from the list, greyed (with why) when it cannot run. */
export function ActionButton({ id, target, children, title, pressed, className }: ActionButtonProps) {
  // Re-evaluated on every change of the app state (preconditions read it), a string or null.
  const reason = useAppState(() => whyDisabled(target, id));
  const tooltip = title ?? actionTooltip(id);
  return (
    <button
      type="button"
      className={className}
      disabled={reason !== null}
      aria-pressed={pressed}
      title={reason ? `${tooltip} — ${reason}` : tooltip}
      onMouseDown={keepFocus}
      onClick={() => runAction(target, id)}
    >
      {children}
    </button>
  );
}
