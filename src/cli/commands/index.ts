import type { Command } from '../command.js';
import { alignCommand } from './align.js';
import { checkCommand } from './check.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { newCommand } from './new.js';
import { qaCommand } from './qa.js';
import { segmentCommand } from './segment.js';
import { statsCommand } from './stats.js';

/** Every command of the CLI contract (docs/architecture.md, "The command line"), in its order; the help lists them from here. */
export const COMMANDS: readonly Command[] = [
  newCommand,
  importCommand,
  segmentCommand,
  alignCommand,
  exportCommand,
  qaCommand,
  statsCommand,
  checkCommand,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
