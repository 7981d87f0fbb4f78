import type { Database } from 'better-sqlite3';
import { MizanError } from '../core/errors.js';
import type { DocumentInfo } from '../core/model.js';
import { segmentText } from '../core/text/segmentation/index.js';
import { getDocument, insertDocument } from '../store/documents.js';
import { insertSegment } from '../store/segments.js';
import type { ServiceContext } from './context.js';
import { projectRuleSet } from './segmentation-settings.js';
import { writeTransaction } from '../store/write-transaction.js';

export interface ImportTextRequest {
  title: string;
  sourceText: string;
  sourceName?: string | null | undefined;
  sourceLang?: string | undefined;
  targetLang?: string | undefined;
}

/** Splits a source text into sentence segments and stores it as a new document, all or nothing. */
export function importSourceText(db: Database, ctx: ServiceContext, req: ImportTextRequest): DocumentInfo {
  const sourceLang = req.sourceLang ?? 'ar';
  const sentences = segmentText(req.sourceText.normalize('NFC'), projectRuleSet(db, sourceLang).ruleSet);
  if (sentences.length === 0) {
    throw new MizanError('bad-input', `${req.sourceName ?? 'the text'} is empty (no sentences to import)`);
  }
  const at = ctx.now();
  const by = ctx.user();
  return writeTransaction(db, () => {
    const documentId = insertDocument(db, {
      title: req.title,
      sourceLang,
      targetLang: req.targetLang ?? 'en',
      sourceName: req.sourceName ?? null,
      at,
    });
    sentences.forEach((s, position) =>
      insertSegment(db, {
        documentId, position, paragraph: s.paragraph, source: s.text, target: '',
        status: 'new', doNotTranslate: false, at, by,
      }),
    );
    const doc = getDocument(db, documentId);
    if (!doc) throw new MizanError('internal', 'the imported document vanished');
    return doc;
  });
}
