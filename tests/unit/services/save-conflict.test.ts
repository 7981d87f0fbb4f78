import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MizanError } from '../../../src/core/errors.js';
import type { SegmentId } from '../../../src/core/model.js';
import { ProjectSession } from '../../../src/services/project-session.js';
import { updateTargetIfUnchanged } from '../../../src/services/save-conflict.js';
import { requireSegment, updateTarget } from '../../../src/services/segment-service.js';
import { createProjectFile } from '../../../src/store/open-database.js';
import { seedDocument, testContext } from '../helpers/store-fixtures.js';
import { makeTempDir, type TempDir } from '../helpers/temp-dir.js';

let tmp: TempDir;
let app: ProjectSession;
let segmentId: SegmentId;
beforeEach(() => {
  tmp = makeTempDir();
  const path = tmp.path('p.mizan');
  const db = createProjectFile(path);
  segmentId = seedDocument(db, [{ source: 'أ', target: 'loaded' }]).segmentIds[0]!;
  db.close();
  app = new ProjectSession();
  app.open(path);
});
afterEach(() => {
  app.close();
  tmp.cleanup();
});

/** A second writer (the CLI, another session) on its own connection. */
function otherWriter(target: string): void {
  const cli = new ProjectSession();
  cli.open(tmp.path('p.mizan'));
  updateTarget(cli.require(), testContext(), segmentId, target, null);
  cli.close();
}

describe('updateTargetIfUnchanged', () => {
  it('saves when the project still holds what the page showed', () => {
    expect(updateTargetIfUnchanged(app.require(), testContext(), segmentId, 'mine', 's1', 'loaded').target).toBe('mine');
  });

  it('refuses with "conflict" when another writer changed the segment since it was loaded, keeping their text', () => {
    otherWriter('theirs');
    let error: unknown;
    try {
      updateTargetIfUnchanged(app.require(), testContext(), segmentId, 'mine', 's1', 'loaded');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MizanError);
    expect((error as MizanError).code).toBe('conflict');
    expect((error as MizanError).message).toContain('“theirs”');
    expect(requireSegment(app.require(), segmentId).target).toBe('theirs');
  });

  it('accepts a repeat of a save that already went through (a retry)', () => {
    updateTargetIfUnchanged(app.require(), testContext(), segmentId, 'mine', 's1', 'loaded');
    expect(updateTargetIfUnchanged(app.require(), testContext(), segmentId, 'mine', 's1', 'loaded').target).toBe('mine');
  });
});
