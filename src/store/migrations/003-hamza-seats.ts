import type { Migration } from './migration.js';
import { fillSearchIndex } from './search-index-fill.js';

// Search folds hamza seats (ئ ؤ → ء) since this version: the index of older projects holds the
// text folded without it, so it is written again (the stored text does not change).
export const migration003HamzaSeats: Migration = {
  version: 3,
  name: 'search index folds hamza seats',
  up: (db) => fillSearchIndex(db),
};
