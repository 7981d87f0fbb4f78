import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-harness.js';

// Every command and option of the CLI contract (docs/architecture.md), as the help must show it.
const CONTRACT: [string, string[]][] = [
  ['new', ['PROJECT.mizan', '[--sample]']],
  ['import', ['PROJECT', '--source FILE', '[--target FILE]', '[--title T]', '[--source-lang', '[--target-lang', '[--encoding auto|utf-8|utf-16le|utf-16be|windows-1256|iso-8859-6]', '[--json]']],
  ['segment', ['FILE', '[--lang ar|en]', '[--encoding']],
  ['align', ['--source-sents FILE', '--target-sents FILE']],
  ['export', ['PROJECT', '--format tmx|xliff12|xliff2|tsv|csv|jsonl|html|txt', '[--document ID]', '--out FILE']],
  ['qa', ['PROJECT', '[--document ID]', '[--checks LIST]', '[--json]', '[--fail-on error|warning]', '[--report FILE]']],
  ['stats', ['PROJECT', '[--json]']],
];

describe('mizan --help', () => {
  it.each([[['--help']], [['-h']], [['help']], [[]]])('%j lists every command with its options', async (argv) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const [name, options] of CONTRACT) {
      const line = stdout.split('\n').find((l) => l.trim().startsWith(`mizan ${name} `));
      expect(line, `usage line of ${name}`).toBeDefined();
      for (const option of options) expect(line).toContain(option);
    }
  });

  it.each(CONTRACT.map(([name]) => [name]))('mizan %s --help shows that command', async (name) => {
    for (const argv of [[name, '--help'], [name, '-h'], ['help', name], [name, 'x', '--bogus', '--help']]) {
      const { code, stdout, stderr } = await runCli(argv);
      expect(code, argv.join(' ')).toBe(0);
      expect(stderr).toBe('');
      expect(stdout.startsWith(`usage: mizan ${name}`)).toBe(true);
      expect(stdout).toContain('-h, --help');
    }
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    const { code, stdout } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });
});
