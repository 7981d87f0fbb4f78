// `mizan pretranslate`: fill empty segments from the translation memory as Draft (issue 15's contract).
import { toDocumentId } from '../../core/ids.js';
import { DEFAULT_PRETRANSLATE_MIN } from '../../core/tm/types.js';
import type { BuiltCommand } from '../command.js';
import { UsageError } from '../usage-error.js';
import { numberOption } from './tm.js';

export const pretranslateCommand: BuiltCommand = {
  kind: 'built',
  name: 'pretranslate',
  summary: 'Fill empty segments from translation-memory matches as Draft, with their origin and score',
  args: [{ name: 'PROJECT', help: 'a .mizan project' }],
  options: {
    document: { type: 'string', value: 'ID', help: 'only this document (default: every document)' },
    min: { type: 'string', value: 'N', help: `lowest match score to use, 1–100 (default ${DEFAULT_PRETRANSLATE_MIN})` },
    json: { type: 'boolean', help: 'print JSON: {"documents":[{"document","filled","empty","exact","adapted"}]}' },
  },
  async run(args, { io, services }) {
    const min = numberOption(args, 'min', 'pretranslate', 1, 100, DEFAULT_PRETRANSLATE_MIN);
    const docArg = args.string('document');
    let only: ReturnType<typeof toDocumentId> | null = null;
    if (docArg !== undefined) {
      if (!/^\d+$/.test(docArg)) throw new UsageError(`--document must be a document id (got ${docArg})`, 'pretranslate');
      only = toDocumentId(Number(docArg));
    }
    const [{ listDocuments }, { pretranslateDocument }, { withProject }] = await Promise.all([
      import('../../store/documents.js'), import('../../services/pretranslate-service.js'), import('../project.js'),
    ]);
    const results = await withProject(args.arg('PROJECT'), (session) => {
      const db = session.require();
      const ids = only === null ? listDocuments(db).map((d) => d.id) : [only];
      return ids.map((id) => {
        const { filled, empty, exact, adapted } = pretranslateDocument(db, services, id, min);
        return { document: id, filled, empty, exact, adapted };
      });
    });
    if (args.flag('json')) {
      io.stdout.write(`${JSON.stringify({ documents: results })}\n`);
      return 0;
    }
    for (const r of results) {
      io.stdout.write(`document ${r.document}: filled ${r.filled} of ${r.empty} empty segments (${r.exact} exact, ${r.adapted} adapted)\n`);
    }
    return 0;
  },
};
