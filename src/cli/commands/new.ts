import { existsSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { MizanError } from '../../core/errors.js';
import type { BuiltCommand } from '../command.js';
import { formatCount } from '../format.js';

export const newCommand: BuiltCommand = {
  kind: 'built',
  name: 'new',
  summary: 'Create a project file: empty, or a copy of the built-in sample (the SyriaNews article with its translation)',
  args: [{ name: 'PROJECT.mizan', help: 'the file to create; an existing file is never overwritten' }],
  options: {
    sample: { type: 'boolean', help: 'fill it with the built-in sample (a SyriaNews article, its translation and review threads)' },
  },
  async run(args, { io, services }) {
    // Loaded when the command runs: `mizan --version`, the help and the other commands do not pay for it.
    const [{ ProjectSession }, { SAMPLE_TITLE, fillSampleProject }] = await Promise.all([import('../../services/project-session.js'), import('../../services/sample-project.js')]);
    const path = args.arg('PROJECT.mizan');
    assertFolderExists(path);
    const session = new ProjectSession();
    try {
      const info = args.flag('sample')
        ? session.create(path, SAMPLE_TITLE, (db) => fillSampleProject(db, services.now()))
        : session.create(path, basename(path).replace(/\.mizan$/i, ''));
      const segments = info.documents.reduce((sum, d) => sum + d.segmentCount, 0);
      io.stdout.write(`created ${path}: "${info.title}", ${formatCount(info.documents.length, 'document')}, ${formatCount(segments, 'segment')}\n`);
    } finally {
      session.close();
    }
    return 0;
  },
};

/** SQLite's own message for a missing folder names neither the folder nor the fix. */
function assertFolderExists(path: string): void {
  const folder = dirname(path);
  if (!existsSync(folder)) throw new MizanError('not-found', `folder ${folder} does not exist; create it first`);
  if (!statSync(folder).isDirectory()) throw new MizanError('bad-input', `${folder} is not a folder`);
}
