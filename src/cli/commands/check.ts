import type { BuiltCommand } from '../command.js';

export const checkCommand: BuiltCommand = {
  kind: 'built',
  name: 'check',
  summary: 'Read every page of a project and report any damage (opening reads only a few pages unless the last session ended uncleanly)',
  args: [{ name: 'PROJECT', help: 'a .mizan project' }],
  options: {
    json: { type: 'boolean', help: 'print JSON: ok, problems' },
  },
  notes: ['Exit status 0 when the project is sound, 1 when damage was found (restore it from a backup or its .bak copy).'],
  async run(args, { io }) {
    // Loaded when the command runs: `mizan --version`, the help and the other commands do not pay for it.
    const [{ checkIntegrity }, { withProject }] = await Promise.all([import('../../services/integrity-service.js'), import('../project.js')]);
    const project = args.arg('PROJECT');
    const report = await withProject(project, (session) => checkIntegrity(session.require()));
    if (args.flag('json')) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else if (report.ok) io.stdout.write(`${project}: ok\n`);
    else io.stdout.write(`${project} is damaged; restore it from a backup or its .bak copy:\n${report.problems.map((p) => `  ${p}\n`).join('')}`);
    return report.ok ? 0 : 1;
  },
};
