import type { PlannedCommand } from '../command.js';

export const alignCommand: PlannedCommand = {
  kind: 'planned',
  comingWith: 'alignment',
  name: 'align',
  summary: 'Align two files of sentences (one per line) into beads',
  args: [],
  options: {
    'source-sents': { type: 'string', value: 'FILE', required: true, help: 'source sentences, one per line' },
    'target-sents': { type: 'string', value: 'FILE', required: true, help: 'target sentences, one per line' },
  },
  notes: [
    'Prints one bead per line, "SRC<TAB>TGT", each a comma-separated list of 0-based line indexes;',
    'either may be empty: "0<TAB>0", "1,2<TAB>1", "<TAB>3".',
  ],
};
