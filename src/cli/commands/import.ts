import { basename, extname } from 'node:path';
import { IMPORTERS } from '../../core/formats/importers.js';
import type { BuiltCommand } from '../command.js';
import { formatCount } from '../format.js';
import { ENCODINGS, readPlainText } from '../plain-text.js';
import { UsageError } from '../usage-error.js';

// Loose BCP 47 shape: enough to catch "arabic" or "en_US" without a subtag registry.
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const importCommand: BuiltCommand = {
  kind: 'built',
  name: 'import',
  summary: 'Split a source text into sentence segments and add it to a project as a new document',
  args: [{ name: 'PROJECT', help: 'an existing .mizan project (see mizan new)' }],
  options: {
    source: { type: 'string', value: 'FILE', required: true, help: `plain text in any supported encoding, or a bilingual file: ${IMPORTERS.map((i) => i.label).join(' / ')} (Mizan JSONL with its annotations)` },
    target: { type: 'string', value: 'FILE', help: 'a translation: segmented and aligned to the source automatically' },
    title: { type: 'string', value: 'T', help: 'the document title (default: the file name without extension)' },
    'source-lang': { type: 'string', value: 'LANG', help: 'language tag of the source (default: ar)' },
    'target-lang': { type: 'string', value: 'LANG', help: 'language tag of the translation (default: en)' },
    encoding: { type: 'string', choices: ENCODINGS, help: 'how FILE is encoded (default: auto — detected from the bytes)' },
    json: { type: 'boolean', help: 'print {"document_id", "title", "segments"} as JSON' },
  },
  notes: ['The project is changed only when the whole file imports: one transaction.'],
  async run(args, { io, services }) {
    // Loaded when the command runs: `mizan --version`, the help and the other commands do not pay for it.
    const [{ importAlignedText }, { importBilingual, importerForPath, readImportFile }, { importJsonl }, { importSourceText }, { withProject }] = await Promise.all([
      import('../../services/alignment-service.js'), import('../../services/import-bilingual.js'), import('../../services/import-jsonl.js'),
      import('../../services/import-text.js'), import('../project.js'),
    ]);
    const project = args.arg('PROJECT');
    const source = args.required('source');
    const sourceLang = readLanguage(args.string('source-lang'), '--source-lang', 'ar');
    const targetLang = readLanguage(args.string('target-lang'), '--target-lang', 'en');
    const title = (args.string('title') ?? basename(source, extname(source))).trim();
    if (title === '') throw new UsageError('--title must not be empty', 'import');

    // The importer registry routes: a bilingual format by extension or content, else plain text.
    const importer = importerForPath(source);
    if (importer && args.string('target') !== undefined) {
      throw new UsageError(`--target goes with a plain-text source; ${importer.label} already holds both languages`, 'import');
    }
    const parsed = importer ? readImportFile(source) : null;
    if (parsed?.kind === 'document') {
      const file = parsed.file;
      const given = args.string('title')?.trim();
      const imported = await withProject(project, (session) =>
        importJsonl(session.require(), services, file, { ...(given ? { title: given } : {}), sourceName: basename(source) }),
      );
      io.stdout.write(
        args.flag('json')
          ? `${JSON.stringify({ document_id: imported.document.id, title: imported.document.title, segments: imported.segments, annotations: imported.annotations, speakers: imported.speakers, links: imported.links, comments: imported.comments, warnings: imported.warnings })}\n`
          : `imported "${imported.document.title}" (${parsed.importer.format}) into ${project} as document ${imported.document.id}: ${formatCount(imported.segments, 'segment')}, ` +
              `${formatCount(imported.annotations, 'annotation')}, ${formatCount(imported.links, 'link')}, ${formatCount(imported.comments, 'comment')}, ` +
              `speakers: ${imported.speakers.matched} matched, ${imported.speakers.created} new\n`,
      );
      for (const warning of imported.warnings) io.stderr.write(`mizan: warning: ${warning}\n`);
      return 0;
    }
    if (parsed?.kind === 'pairs') {
      const file = parsed.file;
      const imported = await withProject(project, (session) => importBilingual(session.require(), services, file, title, basename(source)));
      io.stdout.write(
        args.flag('json')
          ? `${JSON.stringify({ document_id: imported.document.id, title: imported.document.title, segments: imported.units, warnings: imported.warnings })}\n`
          : `imported "${imported.document.title}" (${file.format}) into ${project} as document ${imported.document.id}: ${formatCount(imported.units, 'segment')}\n`,
      );
      for (const warning of imported.warnings) io.stderr.write(`mizan: warning: ${warning}\n`);
      return 0;
    }
    // Read before opening the project, so a file that cannot be read leaves the project untouched.
    const sourceText = readPlainText(source, args.string('encoding'));
    const targetPath = args.string('target');
    const targetText = targetPath === undefined ? null : readPlainText(targetPath, args.string('encoding'));
    const { doc, segments, lowConfidence } = await withProject(project, (session) => {
      const db = session.require();
      const req = { title, sourceText, sourceName: basename(source), sourceLang, targetLang };
      if (targetText === null) {
        const imported = importSourceText(db, services, req);
        return { doc: imported, segments: imported.segmentCount, lowConfidence: null };
      }
      // One transaction: a translation that fails to align leaves no half-imported document.
      const aligned = importAlignedText(db, services, { ...req, targetText });
      return { doc: aligned.document, segments: aligned.segments, lowConfidence: aligned.lowConfidence };
    });
    const aligned = lowConfidence === null ? '' : `, aligned with ${basename(targetPath ?? '')} (${formatCount(lowConfidence, 'doubtful pair')})`;
    io.stdout.write(
      args.flag('json')
        ? `${JSON.stringify({ document_id: doc.id, title: doc.title, segments, ...(lowConfidence === null ? {} : { low_confidence: lowConfidence }) })}\n`
        : `imported "${doc.title}" into ${project} as document ${doc.id}: ${formatCount(segments, 'segment')}${aligned}\n`,
    );
    return 0;
  },
};

function readLanguage(value: string | undefined, option: string, fallback: string): string {
  if (value === undefined) return fallback;
  if (!LANGUAGE_TAG.test(value)) throw new UsageError(`${option} must be a language tag such as ar, en or ar-SY (got ${value})`, 'import');
  return value;
}
