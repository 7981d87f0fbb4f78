// TMX out of the project TM (its translated segments and attached memories) or the user TM, streamed to
// a temporary file and renamed into place (atomic-write.ts), to a destination export-destination.ts allows.
import type { Database } from 'better-sqlite3';
import { TMX_FOOTER, tmxHeader, tmxUnit, type TmxUnitOut } from '../core/tm/tmx-writer.js';
import { fileError } from '../core/file-errors.js';
import { openAtomicFile } from '../store/atomic-write.js';
import { iterateTranslatedSegments, iterateUnits } from '../store/tm.js';
import { checkExportDestination } from './export-destination.js';

export interface TmExportResult {
  path: string;
  units: number;
}

const TOOL = { name: 'Mizan', version: '0.1.0' };

function* projectUnits(db: Database): Generator<TmxUnitOut> {
  for (const s of iterateTranslatedSegments(db)) {
    yield { source: s.source, target: s.target, changedAt: s.updatedAt, author: s.updatedBy, origin: `this project: ${s.title}`, note: null };
  }
  for (const u of iterateUnits(db, null)) yield { source: u.source, target: u.target, changedAt: u.changedAt, author: u.author, origin: u.memoryName, note: u.note };
}

function* memoryUnits(db: Database): Generator<TmxUnitOut> {
  for (const u of iterateUnits(db, null)) yield { source: u.source, target: u.target, changedAt: u.changedAt, author: u.author, origin: u.memoryName, note: u.note };
}

/**
 * Writes `which` memory as TMX to `outPath`: 'project' is the project's translated segments and its
 * attached memories (`db` the project), 'user' the user TM (`db` the user TM file).
 */
export function exportTmx(db: Database, which: 'project' | 'user', outPath: string, projectPath: string | null, now: number): TmExportResult {
  const target = checkExportDestination(outPath, projectPath);
  let file;
  try {
    file = openAtomicFile(target);
  } catch (error) {
    throw fileError(error, target, 'write');
  }
  let units = 0;
  try {
    file.write(tmxHeader('ar', now, TOOL));
    for (const u of which === 'project' ? projectUnits(db) : memoryUnits(db)) {
      file.write(tmxUnit(u, 'ar', 'en'));
      units++;
    }
    file.write(TMX_FOOTER);
    file.commit();
  } catch (error) {
    file.abort();
    throw fileError(error, target, 'write');
  }
  return { path: target, units };
}
