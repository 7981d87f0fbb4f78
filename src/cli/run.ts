import { isMizanError, MizanError } from '../core/errors.js';
import { userErrorFrom } from '../core/file-errors.js';
import { COMMANDS, findCommand } from './commands/index.js';
import type { Command } from './command.js';
import type { CliIo } from './io.js';
import { hasHelpFlag, parseCommandArgs } from './parse-args.js';
import { printableOutput } from './printable.js';
import { formatCommandHelp, formatGlobalHelp } from './usage.js';
import { UsageError } from './usage-error.js';
import { resolveUser } from './user.js';
import { readVersion } from './version.js';

/** Runs one `mizan` invocation and returns its exit status: 0 ok, 1 bad input, 2 bad usage. */
export async function run(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // Names, titles and messages can come from a file's content: never raw control characters.
  const io: CliIo = { ...rawIo, stdout: printableOutput(rawIo.stdout), stderr: printableOutput(rawIo.stderr) };
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return reportError(error, io);
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help') {
    io.stdout.write(formatGlobalHelp(COMMANDS));
    return 0;
  }
  if (first === '--version') {
    io.stdout.write(`${readVersion()}\n`);
    return 0;
  }
  if (first === 'help') return showHelp(rest, io);
  if (first.startsWith('-')) throw new UsageError(`unknown option ${first}`, null);
  // Two-word commands (`tm import`, `tm match`) are named by their first two words.
  const pair = rest[0] === undefined ? undefined : findCommand(`${first} ${rest[0]}`);
  const command = pair ?? requireCommand(first);
  if (pair) rest.shift();
  if (hasHelpFlag(rest)) {
    io.stdout.write(formatCommandHelp(command));
    return 0;
  }
  switch (command.kind) {
    case 'planned':
      throw new MizanError('not-implemented', `${command.name} is not built yet (coming with the ${command.comingWith} work)`);
    case 'built': {
      const args = parseCommandArgs(command, rest);
      return await command.run(args, { io, services: { now: io.now ?? Date.now, user: () => resolveUser(io.env) } });
    }
  }
}

function showHelp(names: readonly string[], io: CliIo): number {
  if (names.length > 2 || (names.length === 2 && !findCommand(names.join(' ')))) throw new UsageError(`help takes one command name, got ${names.join(' ')}`, null);
  const name = names.length === 0 ? undefined : names.join(' ');
  io.stdout.write(name === undefined ? formatGlobalHelp(COMMANDS) : formatCommandHelp(requireCommand(name)));
  return 0;
}

function requireCommand(name: string): Command {
  const command = findCommand(name);
  if (!command) throw new UsageError(`unknown command ${name}; the commands are ${COMMANDS.map((c) => c.name).join(', ')}`, null);
  return command;
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    writeErrorLine(io, `${error.message} (see mizan ${error.command ? `${error.command} ` : ''}--help)`);
    return 2;
  }
  // A file the system would not let us read or write is the user's to fix, not a bug: say what to do.
  const userError = isMizanError(error) ? error : userErrorFrom(error);
  if (userError) {
    writeErrorLine(io, userError.message);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (io.env.MIZAN_DEBUG === '1') {
    writeErrorLine(io, `unexpected error: ${message}`);
    io.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  } else {
    writeErrorLine(io, `unexpected error: ${message} (run with MIZAN_DEBUG=1 for details)`);
  }
  return 1;
}

/** Scripts read the first stderr line, so a message must never spill onto a second one. */
function writeErrorLine(io: CliIo, message: string): void {
  io.stderr.write(`mizan: ${message.replace(/\s*[\r\n]+\s*/g, ' ')}\n`);
}
