import { splitSentences } from '../../core/text/split-sentences.js';
import type { BuiltCommand } from '../command.js';
import { ENCODINGS, readPlainText } from '../plain-text.js';

export const segmentCommand: BuiltCommand = {
  kind: 'built',
  name: 'segment',
  summary: 'Split a text into sentences, printed one per line (UTF-8)',
  args: [{ name: 'FILE', help: 'a plain-text file' }],
  options: {
    lang: { type: 'string', choices: ['ar', 'en'], help: 'the language of FILE (default: ar)' },
    encoding: { type: 'string', choices: ENCODINGS, help: 'how FILE is encoded (default: auto; only UTF-8 is read yet)' },
  },
  notes: [
    'Sentences end at . ! ? ؟ and at line breaks, not at ، or ؛. Both languages use the same rules',
    'for now; --lang is accepted so scripts written against the contract keep working.',
  ],
  run(args, { io }) {
    const text = readPlainText(args.arg('FILE'), args.string('encoding'));
    // One write: a long article would otherwise cost one syscall per sentence on a pipe.
    io.stdout.write(splitSentences(text).map((s) => `${s.text}\n`).join(''));
    return 0;
  },
};
