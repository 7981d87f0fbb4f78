import type { BuiltCommand } from '../command.js';
import { ENCODINGS, readPlainText } from '../plain-text.js';

/** One sentence per line; a final newline does not make an extra empty sentence. */
function readSentenceLines(path: string, encoding: string | undefined): { text: string }[] {
  const text = readPlainText(path, encoding);
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => ({ text: line.trim() }));
}

export const alignCommand: BuiltCommand = {
  kind: 'built',
  name: 'align',
  summary: 'Align two files of sentences (one per line) into beads',
  args: [],
  options: {
    'source-sents': { type: 'string', value: 'FILE', required: true, help: 'source sentences, one per line' },
    'target-sents': { type: 'string', value: 'FILE', required: true, help: 'target sentences, one per line' },
    encoding: { type: 'string', choices: ENCODINGS, help: 'how both files are encoded (default: auto — detected)' },
  },
  notes: [
    'Prints one bead per line, "SRC<TAB>TGT", each a comma-separated list of 0-based line indexes;',
    'either may be empty: "0<TAB>0", "1,2<TAB>1", "<TAB>3". Every line of both files is in exactly one bead.',
  ],
  async run(args, { io }) {
    // Loaded when the command runs: `mizan --version`, the help and the other commands do not pay for it.
    const { alignSentences, formatBeads } = await import('../../core/align/index.js');
    const encoding = args.string('encoding');
    const source = readSentenceLines(args.required('source-sents'), encoding);
    const target = readSentenceLines(args.required('target-sents'), encoding);
    io.stdout.write(formatBeads(alignSentences(source, target)));
    return 0;
  },
};
