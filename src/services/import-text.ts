import type { Database } from 'better-sqlite3';
import { MizanError } from '../core/errors.js';
import type { DocumentInfo } from '../core/model.js';
import { segmentText, type SentenceSpan } from '../core/text/segmentation/index.js';
import { getDocument, insertDocument } from '../store/documents.js';
import { insertDocumentSegments } from '../store/segments.js';
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

/** The source text split into sentences by the project's rules; refuses a text with none. */
export function segmentSourceText(db: Database, req: ImportTextRequest): SentenceSpan[] {
  const sentences = segmentText(req.sourceText.normalize('NFC'), projectRuleSet(db, req.sourceLang ?? 'ar').ruleSet);
  if (sentences.length === 0) {
    throw new MizanError('bad-input', `${req.sourceName ?? 'the text'} is empty (no sentences to import)`);
  }
  return sentences;
}

/** Splits a source text into sentence segments and stores it as a new document, all or nothing. */
export function importSourceText(db: Database, ctx: ServiceContext, req: ImportTextRequest): DocumentInfo {
  const sourceLang = req.sourceLang ?? 'ar';
  const sentences = segmentSourceText(db, req);
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
    insertDocumentSegments(db, documentId, sentences.map((s) => ({ paragraph: s.paragraph, source: s.text, target: '', status: 'new', alignScore: null })), at, by);
    const doc = getDocument(db, documentId);
    if (!doc) throw new MizanError('internal', 'the imported document vanished');
    return doc;
  });
}
