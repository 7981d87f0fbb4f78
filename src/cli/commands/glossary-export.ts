import { resolve } from 'node:path';
import { GLOSSARY_FORMATS, type GlossaryFormat } from '../../core/glossary/formats/index.js';
import type { BuiltCommand } from '../command.js';
import { readVersion } from '../version.js';

export const glossaryExportCommand: BuiltCommand = {
  kind: 'built',
  name: 'glossary export',
  summary: "Write the project's glossary as TBX-Basic, an OmegaT tab-separated glossary or CSV",
  args: [{ name: 'PROJECT', help: 'a .mizan project' }],
  options: {
    format: { type: 'string', required: true, choices: GLOSSARY_FORMATS, help: 'tbx keeps every field and status; tsv (OmegaT) has source⇥target⇥comment and leaves forbidden English out' },
    out: { type: 'string', value: 'FILE', required: true, help: 'the file to write (written whole or not at all)' },
    json: { type: 'boolean', help: 'print {"path", "format", "entries", "bytes"} as JSON' },
  },
  async run(args, { io }) {
    const project = args.arg('PROJECT');
    const format = args.required('format') as GlossaryFormat;
    const out = resolve(args.required('out'));
    const [{ exportGlossary }, { withProject }] = await Promise.all([import('../../services/glossary-service.js'), import('../project.js')]);
    const result = await withProject(project, (session) =>
      exportGlossary(session.require(), { format, outPath: out, projectPath: resolve(project), now: Date.now(), tool: `Mizan ${readVersion()}` }),
    );
    io.stdout.write(args.flag('json') ? `${JSON.stringify(result)}\n` : `exported ${result.entries} ${result.entries === 1 ? 'entry' : 'entries'} to ${result.path}\n`);
    return 0;
  },
};
