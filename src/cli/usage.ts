import type { Command, OptionSpec } from './command.js';

const HELP_OPTION = '-h, --help';

/** One usage line, derived from the spec so the help cannot drift from what is parsed. */
export function formatSynopsis(command: Command): string {
  const parts = ['mizan', command.name, ...command.args.map((a) => a.name)];
  for (const [name, spec] of Object.entries(command.options)) {
    const text = formatOptionLabel(name, spec);
    parts.push(spec.required ? text : `[${text}]`);
  }
  return parts.join(' ');
}

export function formatCommandHelp(command: Command): string {
  const rows: [string, string][] = [
    ...command.args.map((a): [string, string] => [a.name, a.help]),
    ...Object.entries(command.options).map(([name, spec]): [string, string] => [formatOptionLabel(name, spec), spec.help]),
    [HELP_OPTION, 'show this help'],
  ];
  const lines = [`usage: ${formatSynopsis(command)}`, '', `${command.summary}.`];
  if (command.kind === 'planned') lines.push(`Not built yet: coming with the ${command.comingWith} work.`);
  lines.push('', ...formatRows(rows));
  if (command.notes?.length) lines.push('', ...command.notes);
  return `${lines.join('\n')}\n`;
}

export function formatGlobalHelp(commands: readonly Command[]): string {
  const lines = [
    'usage: mizan COMMAND [ARGS] [OPTIONS]',
    '',
    'Mizan: Arabic→English translation, alignment and attribution workbench.',
    '',
    'commands:',
  ];
  for (const command of commands) {
    const planned = command.kind === 'planned' ? ` (not built yet: coming with the ${command.comingWith} work)` : '';
    lines.push(`  ${formatSynopsis(command)}`, `      ${command.summary}${planned}`);
  }
  lines.push(
    '',
    ...formatRows([
      [HELP_OPTION, 'show this help; `mizan COMMAND --help` or `mizan help COMMAND` for one command'],
      ['--version', 'print the version'],
    ]),
    '',
    'Errors are one line on stderr starting "mizan: "; exit status 1 for bad input, 2 for bad usage.',
    'Revisions are recorded under $MIZAN_USER, or your login name when it is unset.',
  );
  return `${lines.join('\n')}\n`;
}

function formatOptionLabel(name: string, spec: OptionSpec): string {
  return spec.type === 'boolean' ? `--${name}` : `--${name} ${spec.value ?? spec.choices?.join('|') ?? 'VALUE'}`;
}

// Beyond this width a left cell gets its own line, so one long option does not push every help text right.
const MAX_LEFT_WIDTH = 24;

function formatRows(rows: readonly [string, string][]): string[] {
  const width = Math.max(0, ...rows.map(([left]) => left.length).filter((n) => n <= MAX_LEFT_WIDTH));
  return rows.flatMap(([left, right]) =>
    left.length > width ? [`  ${left}`, `  ${' '.repeat(width)}  ${right}`] : [`  ${left.padEnd(width)}  ${right}`],
  );
}
