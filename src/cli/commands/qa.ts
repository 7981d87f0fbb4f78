import type { PlannedCommand } from '../command.js';

export const qaCommand: PlannedCommand = {
  kind: 'planned',
  comingWith: 'QA',
  name: 'qa',
  summary: 'Run the quality checks on every segment and list what they find',
  args: [{ name: 'PROJECT', help: 'a .mizan project' }],
  options: {
    json: { type: 'boolean', help: 'print the findings as JSON' },
  },
};
