import { useEffect } from 'react';
import { onEvent } from '../../api-client';
import type { CommandTarget } from './command-target';
import { runAction } from './run-action';

/** The native menu sends an action's id (and for Open Recent, a path); it runs like any other way in. */
export function useMenuCommands(target: CommandTarget): void {
  useEffect(() => onEvent('menu.command', ({ command, path }) => runAction(target, command, path)), [target]);
}
