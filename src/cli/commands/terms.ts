import { isIdValue, nullableId, toDocumentId } from '../../core/ids.js';
import type { BuiltCommand } from '../command.js';
import { UsageError } from '../usage-error.js';

export const termsCommand: BuiltCommand = {
  kind: 'built',
  name: 'terms',
  summary: 'List the glossary terms and registry names recognised in each segment source (Arabic-aware: folds, clitics, suffixes)',
  args: [{ name: 'PROJECT', help: 'a .mizan project' }],
  options: {
    document: { type: 'string', value: 'ID', help: 'only this document (default: all)' },
    json: { type: 'boolean', help: 'print {"segments":[{"document","segment","segment_id","terms":[{"start","end","text","term","targets"}]}]}' },
  },
  notes: [
    'Every segment is listed, with an empty "terms" when none is found. "segment" is the 0-based position in its document.',
    'start/end are UTF-16 code units into the source, end exclusive, and cover the whole written word (والحكومة, not حكومة).',
    '"targets" is the usable English, preferred first; forbidden English is not listed.',
  ],
  async run(args, { io }) {
    const raw = args.string('document');
    const number = raw === undefined ? null : Number(raw);
    if (number !== null && !isIdValue(number)) throw new UsageError(`--document must be a document id such as 1 (got ${raw})`, 'terms');
    const documentId = nullableId(number, toDocumentId);
    const json = args.flag('json');
    const [{ recogniseDocuments }, { withProject }] = await Promise.all([import('../../services/glossary-service.js'), import('../project.js')]);
    await withProject(args.arg('PROJECT'), (session) => {
      const db = session.require();
      if (json) io.stdout.write('{"segments":[');
      let first = true;
      // Written as it goes: a book-length project need not sit in memory as one JSON value.
      for (const s of recogniseDocuments(db, documentId)) {
        if (json) {
          const terms = s.terms.map((t) => ({ start: t.start, end: t.end, text: t.text, term: t.term, targets: t.targets }));
          io.stdout.write(`${first ? '' : ','}\n${JSON.stringify({ document: s.documentId, segment: s.position, segment_id: s.segmentId, terms })}`);
        } else {
          for (const t of s.terms) io.stdout.write(`${s.documentId}:${s.position}\t${t.start}-${t.end}\t${t.text}\t${t.term}\t${t.targets.join('; ')}\n`);
        }
        first = false;
      }
      if (json) io.stdout.write(`${first ? '' : '\n'}]}\n`);
    });
    return 0;
  },
};
