import { parseArgs } from 'node:util';
import type { Command, OptionSpec, ParsedArgs } from './command.js';
import { UsageError } from './usage-error.js';

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/** True when -h/--help appears among a command's options, whatever else is wrong with them. */
export function hasHelpFlag(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '-h' || arg === '--help') return true;
  }
  return false;
}

/**
 * Parses a command's arguments against its spec. node:util's strict mode reports mistakes in
 * long messages about its own API, so parsing is lenient and every check below is ours.
 */
export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedArgs {
  const fail = (message: string): never => {
    throw new UsageError(message, command.name);
  };
  const options = Object.fromEntries(Object.entries(command.options).map(([name, spec]) => [name, { type: spec.type }]));
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });

  const values = new Map<string, string | true>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    else if (token.kind === 'option') values.set(token.name, readOption(command, token, values, fail));
  }

  for (const [name, spec] of Object.entries(command.options)) {
    if (spec.required && !values.has(name)) fail(`${command.name} needs --${name}`);
  }
  const missing = command.args[positionals.length];
  if (missing) fail(`${command.name} needs ${missing.name}`);
  if (positionals.length > command.args.length) fail(`${command.name} got an unexpected argument: ${positionals[command.args.length]}`);

  const positionalByName = new Map(command.args.map((spec, i) => [spec.name, positionals[i]]));
  return {
    arg: (name) => {
      const value = positionalByName.get(name);
      if (value === undefined) throw new Error(`${command.name} has no argument ${name}`);
      return value;
    },
    string: (name) => {
      const value = values.get(name);
      return typeof value === 'string' ? value : undefined;
    },
    required: (name) => {
      const value = values.get(name);
      if (typeof value !== 'string') throw new Error(`${command.name} has no required option --${name}`);
      return value;
    },
    flag: (name) => values.get(name) === true,
  };
}

function readOption(
  command: Command,
  token: Extract<Token, { kind: 'option' }>,
  seen: ReadonlyMap<string, string | true>,
  fail: (message: string) => never,
): string | true {
  const spec: OptionSpec | undefined = command.options[token.name];
  if (!spec) return fail(`unknown option ${token.rawName} for ${command.name}`);
  if (seen.has(token.name)) return fail(`${token.rawName} is given twice`);
  if (spec.type === 'boolean') {
    if (token.value !== undefined) fail(`${token.rawName} takes no value`);
    return true;
  }
  const value = token.value;
  // Without "=", a value that looks like an option is almost always a forgotten value.
  if (value === undefined || (!token.inlineValue && value.startsWith('-'))) {
    return fail(`${token.rawName} needs a value${value === undefined ? '' : ` (write ${token.rawName}=${value} if you mean it)`}`);
  }
  if (spec.choices && !spec.choices.includes(value)) {
    fail(`${token.rawName} must be one of ${spec.choices.join(', ')} (got ${value})`);
  }
  return value;
}
