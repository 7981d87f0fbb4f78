import type { ProjectStats } from '../../core/model.js';
import type { BuiltCommand } from '../command.js';
import { formatTable } from '../format.js';

export const statsCommand: BuiltCommand = {
  kind: 'built',
  name: 'stats',
  summary: 'Count documents, segments by status, annotations, speakers, comments and words',
  args: [{ name: 'PROJECT', help: 'a .mizan project' }],
  options: {
    json: { type: 'boolean', help: 'print JSON: documents, segments, by_status, annotations, speakers, comments, comments_open, words_*' },
  },
  async run(args, { io }) {
    // Loaded when the command runs: `mizan --version`, the help and the other commands do not pay for it.
    const [{ computeStats }, { withProject }] = await Promise.all([import('../../services/stats-service.js'), import('../project.js')]);
    const project = args.arg('PROJECT');
    const { title, stats } = await withProject(project, (session) => ({
      title: session.info().title,
      stats: computeStats(session.require(), null),
    }));
    io.stdout.write(args.flag('json') ? `${JSON.stringify(stats, null, 2)}\n` : `${title} (${project})\n${formatStatsTable(stats)}`);
    return 0;
  },
};

function formatStatsTable(stats: ProjectStats): string {
  const indent = (rows: [string, number][]) => rows.map(([label, n]): [string, number] => [`  ${label}`, n]);
  const layers = Object.entries(stats.annotations).sort(([a], [b]) => a.localeCompare(b));
  return formatTable([
    ['documents', stats.documents],
    ['segments', stats.segments],
    ...indent(Object.entries(stats.by_status)),
    ['annotations', layers.reduce((sum, [, n]) => sum + n, 0)],
    ...indent(layers),
    ['speakers', stats.speakers],
    ['comments', stats.comments],
    ['  open threads', stats.comments_open],
    ['words in the source', stats.words_source],
    ['words in the translation', stats.words_target],
    ['source words in confirmed segments', stats.words_translated],
  ]);
}
