// The project's annotation scheme: read it, replace it with an edited one, or go back to the
// default. A change that would leave existing annotations without their layer, label, placement or
// link rule is refused, naming what is in use: the scheme may grow freely, but nothing annotated is orphaned.
import type { Database } from 'better-sqlite3';
import { DEFAULT_SCHEME, findLayer, findLinkRule, validateScheme, type AnnotationScheme } from '../core/annotation/scheme.js';
import { MizanError } from '../core/errors.js';
import { clearScheme, hasCustomScheme, readScheme, writeScheme } from '../store/annotation-scheme.js';
import { countAnnotationUsage, countLinkUsage } from '../store/annotations.js';
import { writeTransaction } from '../store/write-transaction.js';

export interface SchemeState {
  scheme: AnnotationScheme;
  /** True while the project uses DEFAULT_SCHEME (it has not stored one of its own). */
  isDefault: boolean;
}

export function getScheme(db: Database): SchemeState {
  return { scheme: readScheme(db), isDefault: !hasCustomScheme(db) };
}

const plural = (n: number, word = 'annotation'): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What existing annotations need that `scheme` lacks, one phrase each. */
function orphans(db: Database, scheme: AnnotationScheme): string[] {
  const missing = new Map<string, { n: number; word: string }>();
  const add = (what: string, n: number, word = 'annotation') => missing.set(what, { n: (missing.get(what)?.n ?? 0) + n, word });
  for (const { layer: name, side, label, n } of countAnnotationUsage(db)) {
    const layer = findLayer(scheme, name);
    if (!layer) {
      add(`layer "${name}"`, n);
      continue;
    }
    if (label !== null && !layer.labels.some((l) => l.value === label)) add(`label "${label}" of layer "${name}"`, n);
    if (side === 'segment' && layer.placement === 'span') add(`whole-segment ${name} annotations (the layer would take spans only)`, n);
    if (side !== 'segment' && layer.placement === 'segment') add(`${name} spans (the layer would take whole segments only)`, n);
  }
  // Links between layers the scheme would no longer let link (translation links need no rule).
  for (const { from, to, kind, n } of countLinkUsage(db)) {
    if (kind === 'translation' || !findLayer(scheme, from) || !findLayer(scheme, to)) continue;
    if (!findLinkRule(scheme, from, to, kind)) add(`the ${kind} link rule from "${from}" to "${to}"`, n, 'link');
  }
  return [...missing].map(([what, { n, word }]) => `${what} (${plural(n, word)})`);
}

function refuseOrphans(db: Database, scheme: AnnotationScheme): void {
  const lost = orphans(db, scheme);
  if (lost.length > 0) {
    throw new MizanError('bad-input', `this scheme would orphan existing annotations: it lacks ${lost.join('; ')}. Keep those in the scheme, or change or delete those annotations first`);
  }
}

/** Validates and stores a scheme (see the top of this file for what is refused). */
export function setScheme(db: Database, value: unknown): SchemeState {
  const scheme = validateScheme(value);
  return writeTransaction(db, () => {
    refuseOrphans(db, scheme);
    writeScheme(db, scheme);
    return getScheme(db);
  });
}

/** Back to DEFAULT_SCHEME, unless annotations use something only the project's scheme has. */
export function resetScheme(db: Database): SchemeState {
  return writeTransaction(db, () => {
    refuseOrphans(db, DEFAULT_SCHEME);
    clearScheme(db);
    return getScheme(db);
  });
}
