import { describe, expect, it } from 'vitest';
import { expectOneErrorLine, runCli } from './cli-harness.js';

// [argv, what the message must mention]: each is bad usage, so exit 2 before any file is touched.
const CASES: [string[], string][] = [
  [['frob'], 'unknown command frob'],
  [['--frob'], 'unknown option --frob'],
  [['help', 'frob'], 'unknown command frob'],
  [['help', 'new', 'stats'], 'help takes one command name'],
  [['new'], 'new needs PROJECT.mizan'],
  [['new', 'a.mizan', 'b.mizan'], 'unexpected argument: b.mizan'],
  [['new', 'a.mizan', '--sample=yes'], '--sample takes no value'],
  [['stats'], 'stats needs PROJECT'],
  [['stats', 'p.mizan', '--jsn'], 'unknown option --jsn for stats'],
  [['stats', 'p.mizan', '-j'], 'unknown option -j for stats'],
  [['stats', 'p.mizan', '--json', '--json'], '--json is given twice'],
  [['import', 'p.mizan'], 'import needs --source'],
  [['import', 'p.mizan', '--source'], '--source needs a value'],
  [['import', 'p.mizan', '--source', '--json'], '--source needs a value'],
  [['import', 'p.mizan', '--source', 'a.txt', '--encoding', 'latin1'], '--encoding must be one of auto, utf-8'],
  [['import', 'p.mizan', '--source', 'a.txt', '--source-lang', 'arabic'], '--source-lang must be a language tag'],
  [['import', 'p.mizan', '--source', 'a.txt', '--target-lang', 'en_US'], '--target-lang must be a language tag'],
  [['import', 'p.mizan', '--source', 'a.txt', '--title', '  '], '--title must not be empty'],
  [['segment'], 'segment needs FILE'],
  [['segment', 'a.txt', '--lang', 'fr'], '--lang must be one of ar, en'],
];

describe('bad usage', () => {
  it.each(CASES)('%j exits 2 with one "mizan: " line', async (argv, mention) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const line = expectOneErrorLine(stderr);
    expect(line).toContain(mention);
    expect(line).toMatch(/\(see mizan (\w+ )?--help\)$/);
  });
});
