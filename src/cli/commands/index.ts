import type { Command } from '../command.js';
import { alignCommand } from './align.js';
import { checkCommand } from './check.js';
import { exportCommand } from './export.js';
import { glossaryExportCommand } from './glossary-export.js';
import { glossaryImportCommand } from './glossary-import.js';
import { importCommand } from './import.js';
import { newCommand } from './new.js';
import { qaCommand } from './qa.js';
import { segmentCommand } from './segment.js';
import { statsCommand } from './stats.js';
import { termsCommand } from './terms.js';
import { tmExportCommand, tmImportCommand, tmMatchCommand } from './tm.js';
import { pretranslateCommand } from './pretranslate.js';

/** Every command of the CLI contract (docs/architecture.md, "The command line"), in its order; the help lists them from here. */
export const COMMANDS: readonly Command[] = [
  newCommand,
  importCommand,
  segmentCommand,
  alignCommand,
  exportCommand,
  qaCommand,
  statsCommand,
  glossaryImportCommand,
  glossaryExportCommand,
  termsCommand,
  tmImportCommand,
  tmExportCommand,
  tmMatchCommand,
  pretranslateCommand,
  checkCommand,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
