import type { ActionId } from '../../../../api/actions';
import { ACTION_HANDLERS } from './action-handlers';
import type { CommandTarget } from './command-target';

/** Why the action cannot run now, or null when it can. */
export function whyDisabled(target: CommandTarget, id: ActionId): string | null {
  return ACTION_HANDLERS[id].when?.(target) ?? null;
}

/**
 * Runs an action from anywhere (menu, key, button, palette). One that cannot run now says why,
 * instead of silently doing nothing.
 */
export function runAction(target: CommandTarget, id: ActionId, path?: string): void {
  const reason = whyDisabled(target, id);
  if (reason) {
    target.app.actions.notify(reason);
    return;
  }
  ACTION_HANDLERS[id].run(target, path);
}
