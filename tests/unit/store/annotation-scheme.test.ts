import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEME, type AnnotationScheme } from '../../../src/core/annotation/scheme.js';
import { clearScheme, hasCustomScheme, readScheme, writeScheme } from '../../../src/store/annotation-scheme.js';
import { createMemoryProject } from '../../../src/store/open-database.js';

let db: Database;
beforeEach(() => {
  db = createMemoryProject();
});
afterEach(() => db.close());

describe('annotation scheme store', () => {
  it('an empty table is the default scheme', () => {
    expect(hasCustomScheme(db)).toBe(false);
    expect(readScheme(db)).toBe(DEFAULT_SCHEME);
  });

  it('stores one row per layer in order and reads the same scheme back', () => {
    const custom: AnnotationScheme = { version: 1, layers: [...DEFAULT_SCHEME.layers].reverse() };
    writeScheme(db, custom);
    expect(hasCustomScheme(db)).toBe(true);
    expect(db.prepare('SELECT name, position FROM annotation_layers ORDER BY position').all()).toEqual(
      custom.layers.map((l, position) => ({ name: l.name, position })),
    );
    expect(readScheme(db)).toEqual(custom);
    clearScheme(db);
    expect(readScheme(db)).toBe(DEFAULT_SCHEME);
  });

  it('a damaged stored scheme is reported as a corrupt project, naming the problem', () => {
    db.prepare('INSERT INTO annotation_layers (name, position, definition) VALUES (?, ?, ?)').run('claim', 0, '{"title": "Claim"}');
    expect(() => readScheme(db)).toThrow(expect.objectContaining({ code: 'corrupt-project', message: expect.stringMatching(/layer "claim"\.labels must be a list/) }));
  });
});
