// The project's annotation scheme: one row per layer in annotation_layers (name, position,
// definition JSON). An empty table means the project uses DEFAULT_SCHEME, so a project follows
// improvements to the default until someone edits its scheme.
import type { Database } from 'better-sqlite3';
import { DEFAULT_SCHEME, validateScheme, type AnnotationScheme } from '../core/annotation/scheme.js';
import { MizanError } from '../core/errors.js';
import { prepare } from './statements.js';

interface LayerRow {
  name: string;
  position: number;
  definition: string;
}

/** True when the project has its own scheme (else it uses the default). */
export function hasCustomScheme(db: Database): boolean {
  return prepare<[], { n: number }>(db, 'SELECT 1 AS n FROM annotation_layers LIMIT 1').get() !== undefined;
}

export function readScheme(db: Database): AnnotationScheme {
  const rows = prepare<[], LayerRow>(db, 'SELECT * FROM annotation_layers ORDER BY position, name').all();
  if (rows.length === 0) return DEFAULT_SCHEME;
  try {
    return validateScheme({ version: 1, layers: rows.map((r) => ({ ...(JSON.parse(r.definition) as object), name: r.name })) });
  } catch (error) {
    throw new MizanError('corrupt-project', `the project's annotation scheme cannot be read (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
}

/** Replaces the stored scheme (validated by the caller). */
export function writeScheme(db: Database, scheme: AnnotationScheme): void {
  clearScheme(db);
  const insert = prepare(db, 'INSERT INTO annotation_layers (name, position, definition) VALUES (?, ?, ?)');
  scheme.layers.forEach((layer, position) => {
    const { name, ...definition } = layer;
    insert.run(name, position, JSON.stringify(definition));
  });
}

/** Back to the default scheme. */
export function clearScheme(db: Database): void {
  prepare(db, 'DELETE FROM annotation_layers').run();
}
