import { resolve } from 'node:path';
import type { BuiltCommand } from '../command.js';

export const glossaryImportCommand: BuiltCommand = {
  kind: 'built',
  name: 'glossary import',
  summary: 'Add the entries of a termbase file (TBX, tab-separated or CSV, told apart by content) to the project glossary',
  args: [
    { name: 'PROJECT', help: 'a .mizan project' },
    { name: 'FILE', help: 'TBX (TBX-Basic, <martif> or <tbx> root), an OmegaT source⇥target⇥comment file, or CSV (with or without a header)' },
  ],
  options: {
    json: { type: 'boolean', help: 'print {"format", "added", "skipped", "warnings"} as JSON' },
  },
  notes: ['Entries the glossary already has (same Arabic, same English) are skipped. All entries are added, or none.'],
  async run(args, { io, services }) {
    const file = resolve(args.arg('FILE'));
    const [{ importGlossary }, { withProject }] = await Promise.all([import('../../services/glossary-service.js'), import('../project.js')]);
    const result = await withProject(args.arg('PROJECT'), (session) => importGlossary(session.require(), services, file));
    if (args.flag('json')) {
      io.stdout.write(`${JSON.stringify(result)}\n`);
    } else {
      const skipped = result.skipped > 0 ? ` (${entries(result.skipped)} already there, skipped)` : '';
      io.stdout.write(`imported ${entries(result.added)} from ${result.format.toUpperCase()}${skipped}\n`);
      for (const warning of result.warnings) io.stderr.write(`mizan: warning: ${warning}\n`);
    }
    return 0;
  },
};

const entries = (n: number): string => (n === 1 ? '1 entry' : `${n} entries`);
