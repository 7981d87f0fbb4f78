import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createProjectFile } from '../../../src/store/open-database.js';
import { openUserTmFile, rememberInUserTm } from '../../../src/store/user-tm-file.js';
import { matchText } from '../../../src/services/tm-service.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { tempDirPerTest } from '../helpers/temp-dir.js';

const tmp = tempDirPerTest();
const now = () => 1_700_000_000_000;
const A = 'قالت الحكومة إن الاجتماع انتهى دون نتائج.';

describe('the user TM file', () => {
  it('starts empty, remembers confirmed pairs (newer English wins) and serves matches', () => {
    const { db, warning } = openUserTmFile(tmp.path('user.tm'), now);
    expect(warning).toBeNull();
    expect(rememberInUserTm(db, A, 'It ended.', 'amal', 1)).toBe('added');
    expect(rememberInUserTm(db, A, 'It ended.', 'amal', 2)).toBe('unchanged');
    expect(rememberInUserTm(db, A, 'The meeting ended.', 'amal', 3)).toBe('updated');
    const project = createMemoryProject();
    try {
      expect(matchText(project, { source: A }, { userTm: db }).map((m) => [m.score, m.target, m.origin.kind])).toEqual([[100, 'The meeting ended.', 'user']]);
    } finally {
      project.close();
      db.close();
    }
  });

  it.each([
    ['garbage', (path: string) => writeFileSync(path, 'this is not a database at all, just bytes'.repeat(200))],
    ['a Mizan project', (path: string) => createProjectFile(path).close()],
  ])('moves %s aside with a message and starts a fresh one', (_name, make) => {
    const path = tmp.path('user.tm');
    make(path);
    const { db, warning } = openUserTmFile(path, now);
    try {
      expect(warning).toMatch(/could not be used .* moved to .*unusable-1700000000000/);
      expect(existsSync(`${path}.unusable-1700000000000`)).toBe(true);
      expect(rememberInUserTm(db, A, 'It ended.', 'amal', 1)).toBe('added');
    } finally {
      db.close();
    }
    expect(readdirSync(tmp.dir).filter((f) => f.startsWith('user.tm')).sort()).toContain('user.tm');
  });
});
