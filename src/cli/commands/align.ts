import type { BatchResult } from '../align-batch.js';
import type { BuiltCommand } from '../command.js';
import type { CliIo } from '../io.js';
import { ENCODINGS } from '../plain-text.js';
import { UsageError } from '../usage-error.js';

export const alignCommand: BuiltCommand = {
  kind: 'built',
  name: 'align',
  summary: 'Align two files of sentences (one per line) into beads, or many pairs with --batch',
  args: [],
  options: {
    'source-sents': { type: 'string', value: 'FILE', help: 'source sentences, one per line' },
    'target-sents': { type: 'string', value: 'FILE', help: 'target sentences, one per line' },
    batch: {
      type: 'string',
      value: 'LIST',
      help: 'align many pairs in one run: LIST has "SOURCE<TAB>TARGET<TAB>OUTPUT" lines, paths relative to its folder',
    },
    encoding: { type: 'string', choices: ENCODINGS, help: 'how the files are encoded (default: auto — detected)' },
    json: { type: 'boolean', help: 'with --batch: print the per-pair results as JSON on stdout instead of a summary on stderr' },
  },
  notes: [
    'Prints one bead per line, "SRC<TAB>TGT", each a comma-separated list of 0-based line indexes;',
    'either may be empty: "0<TAB>0", "1,2<TAB>1", "<TAB>3". Every line of both files is in exactly one bead.',
    'Give either --source-sents and --target-sents, or --batch LIST. With --batch each OUTPUT gets those',
    'lines (written whole or not at all); a bad line is reported with its line number and the others still',
    'run; the exit status is 1 if any pair failed.',
  ],
  async run(args, { io }) {
    // Loaded when the command runs: `mizan --version`, the help and the other commands do not pay for it.
    const [{ alignSentences, formatBeads }, { readSentenceLines, runBatch }] = await Promise.all([
      import('../../core/align/index.js'),
      import('../align-batch.js'),
    ]);
    const encoding = args.string('encoding');
    const batch = args.string('batch');
    const source = args.string('source-sents');
    const target = args.string('target-sents');
    if (batch !== undefined) {
      if (source !== undefined || target !== undefined) {
        throw new UsageError('give either --batch or --source-sents and --target-sents, not both', 'align');
      }
      const results = runBatch(batch, encoding);
      reportBatch(batch, results, args.flag('json'), io);
      return results.every((r) => r.ok) ? 0 : 1;
    }
    if (source === undefined || target === undefined) {
      throw new UsageError('align needs --source-sents and --target-sents, or --batch LIST', 'align');
    }
    io.stdout.write(formatBeads(alignSentences(readSentenceLines(source, encoding), readSentenceLines(target, encoding))));
    return 0;
  },
};

function reportBatch(list: string, results: readonly BatchResult[], json: boolean, io: CliIo): void {
  const failed = results.filter((r) => !r.ok);
  const aligned = results.length - failed.length;
  if (json) {
    io.stdout.write(`${JSON.stringify({ aligned, failed: failed.length, pairs: results }, null, 2)}\n`);
    return;
  }
  for (const r of failed) io.stderr.write(`mizan: ${list}:${r.line}: ${r.error ?? 'failed'}\n`);
  const beads = results.reduce((n, r) => n + (r.beads ?? 0), 0);
  const low = results.reduce((n, r) => n + (r.low_confidence ?? 0), 0);
  io.stderr.write(`aligned ${aligned} of ${results.length} pairs (${beads} beads, ${low} below the confidence threshold)${failed.length ? `; ${failed.length} failed` : ''}\n`);
}
