import { migration001Initial } from './001-initial.js';
import { migration002SearchIndex } from './002-search-index.js';
import { migration003HamzaSeats } from './003-hamza-seats.js';
import { migration004CompactSearchIndex } from './004-compact-search-index.js';
import { migration005TranslationMemory } from './005-translation-memory.js';
import { migration006Glossary } from './006-glossary.js';
import { migration007QaIgnores } from './007-qa-ignores.js';
import type { Migration } from './migration.js';

/**
 * In version order; a new migration is a new file appended here. Never edit a released migration:
 * schema-check.ts refuses a project whose schema differs from what these create at its version.
 */
export const MIGRATIONS: readonly Migration[] = [migration001Initial, migration002SearchIndex, migration003HamzaSeats, migration004CompactSearchIndex, migration005TranslationMemory, migration006Glossary, migration007QaIgnores];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
