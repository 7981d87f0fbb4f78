import type { PlannedCommand } from '../command.js';

export const exportCommand: PlannedCommand = {
  kind: 'planned',
  comingWith: 'exchange formats',
  name: 'export',
  summary: 'Write a project (or one document) in an exchange format',
  args: [{ name: 'PROJECT', help: 'a .mizan project' }],
  options: {
    format: {
      type: 'string',
      required: true,
      choices: ['tmx', 'xliff12', 'xliff2', 'tsv', 'csv', 'jsonl', 'html', 'txt'],
      help: 'the format to write',
    },
    document: { type: 'string', value: 'ID', help: 'export only this document' },
    out: { type: 'string', value: 'FILE', required: true, help: 'the file to write' },
  },
};
