import type { ServiceContext } from '../services/context.js';
import type { CliIo } from './io.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  help: string;
  /** Placeholder shown in usage lines, e.g. FILE; defaults to the choices or VALUE. */
  value?: string;
  choices?: readonly string[];
  required?: boolean;
}

/** A positional argument; every one a command declares is required. */
export interface ArgSpec {
  name: string;
  help: string;
}

export interface ParsedArgs {
  /** A positional argument, by its spec name. */
  arg(name: string): string;
  /** A string option, or undefined when it was not given. */
  string(name: string): string | undefined;
  /** A string option the spec marks required (parsing has already refused its absence). */
  required(name: string): string;
  flag(name: string): boolean;
}

export interface CommandContext {
  io: CliIo;
  services: ServiceContext;
}

interface CommandShape {
  name: string;
  summary: string;
  args: readonly ArgSpec[];
  options: Readonly<Record<string, OptionSpec>>;
  /** Extra lines for `mizan CMD --help`. */
  notes?: readonly string[];
}

export interface BuiltCommand extends CommandShape {
  kind: 'built';
  run(args: ParsedArgs, ctx: CommandContext): number | Promise<number>;
}

/** In the contract and the help, but not implemented: it says so instead of pretending. */
export interface PlannedCommand extends CommandShape {
  kind: 'planned';
  /** The piece of work that will build it, e.g. "alignment". */
  comingWith: string;
}

export type Command = BuiltCommand | PlannedCommand;
