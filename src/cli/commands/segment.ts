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
    encoding: { type: 'string', choices: ENCODINGS, help: 'how FILE is encoded (default: auto — detected from the bytes)' },
  },
  notes: [
    'Every line is a paragraph; sentences end at . ! ? ؟ … (not at ، or ؛), with the default rules',
    'of --lang (abbreviations, initials, decimals, quotes and list numbers do not end a sentence).',
  ],
  run(args, { io }) {
    const text = readPlainText(args.arg('FILE'), args.string('encoding'));
    // One write: a long article would otherwise cost one syscall per sentence on a pipe.
    const lang = args.string('lang') === 'en' ? 'en' : 'ar';
    io.stdout.write(splitSentences(text, lang).map((s) => `${s.text}\n`).join(''));
    return 0;
  },
};
