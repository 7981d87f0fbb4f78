import { toDocumentId } from '../core/ids.js';
import type { Database } from 'better-sqlite3';
import type { DocumentId, DocumentInfo } from '../core/model.js';
import { toDocument, type DocumentRow } from './rows.js';
import { prepare } from './statements.js';

const SELECT_DOCUMENT = `
  SELECT d.*, (SELECT count(*) FROM segments s WHERE s.document_id = d.id) AS segment_count
  FROM documents d`;

export interface NewDocument {
  title: string;
  sourceLang: string;
  targetLang: string;
  sourceName: string | null;
  at: number;
}

export function insertDocument(db: Database, doc: NewDocument): DocumentId {
  const info = prepare(db, `
    INSERT INTO documents (title, source_lang, target_lang, source_name, created_at, updated_at)
    VALUES (@title, @sourceLang, @targetLang, @sourceName, @at, @at)`).run(doc);
  return toDocumentId(info.lastInsertRowid);
}

export function listDocuments(db: Database): DocumentInfo[] {
  return prepare<[], DocumentRow>(db, `${SELECT_DOCUMENT} ORDER BY d.id`).all().map(toDocument);
}

export function getDocument(db: Database, id: DocumentId): DocumentInfo | undefined {
  const row = prepare<[number], DocumentRow>(db, `${SELECT_DOCUMENT} WHERE d.id = ?`).get(id);
  return row ? toDocument(row) : undefined;
}

export function touchDocument(db: Database, id: DocumentId, at: number): void {
  prepare(db, 'UPDATE documents SET updated_at = ? WHERE id = ?').run(at, id);
}
