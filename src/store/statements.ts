import type { Database, Statement } from 'better-sqlite3';

// Preparing is the expensive part of a query; cache per connection, keyed by SQL text.
const caches = new WeakMap<Database, Map<string, Statement>>();

export function prepare<P extends unknown[] | object = unknown[], R = unknown>(db: Database, sql: string): Statement<P, R> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement as unknown as Statement<P, R>;
}
