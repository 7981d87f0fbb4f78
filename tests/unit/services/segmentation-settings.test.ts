import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../../src/core/text/segmentation/index.js';
import { importSourceText } from '../../../src/services/import-text.js';
import {
  projectRuleSet, resetProjectRuleSet, ruleLanguage, saveProjectRuleSet, trySegmentation,
} from '../../../src/services/segmentation-settings.js';
import { setMeta } from '../../../src/store/meta.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { listSegments } from '../../../src/store/segments.js';
import { testContext } from '../helpers/store-fixtures.js';

let db: Database;
beforeEach(() => {
  db = createMemoryProject();
});
afterEach(() => db.close());

const TEXT = 'Talks began in Geneva. Prof. Smith spoke first.';

describe('project segmentation rules', () => {
  it.each([
    ['ar', 'ar'], ['ar-SY', 'ar'], ['AR', 'ar'], ['en', 'en'], ['en-GB', 'en'], ['fr', 'en'],
  ])('%s uses the %s rules', (tag, lang) => {
    expect(ruleLanguage(tag)).toBe(lang);
  });

  it('starts from the defaults, saves an edited set, and resets to the defaults', () => {
    expect(projectRuleSet(db, 'en')).toEqual({ ruleSet: defaultRuleSet('en'), isDefault: true });
    const edited = defaultRuleSet('en');
    edited.lists = { ...edited.lists, titles: (edited.lists?.titles ?? []).filter((w) => w !== 'Prof') };
    saveProjectRuleSet(db, 'en-US', edited);
    expect(projectRuleSet(db, 'en')).toEqual({ ruleSet: edited, isDefault: false });
    expect(resetProjectRuleSet(db, 'en')).toEqual({ ruleSet: defaultRuleSet('en'), isDefault: true });
  });

  it('imports use the project rules of the source language', () => {
    const ctx = testContext();
    const before = importSourceText(db, ctx, { title: 'a', sourceText: TEXT, sourceLang: 'en' });
    expect(listSegments(db, before.id, 0, 10).map((s) => s.source)).toEqual(['Talks began in Geneva.', 'Prof. Smith spoke first.']);
    const edited = defaultRuleSet('en');
    edited.lists = { ...edited.lists, titles: (edited.lists?.titles ?? []).filter((w) => w !== 'Prof') };
    saveProjectRuleSet(db, 'en', edited);
    const after = importSourceText(db, ctx, { title: 'b', sourceText: TEXT, sourceLang: 'en' });
    expect(listSegments(db, after.id, 0, 10).map((s) => s.source)).toEqual(['Talks began in Geneva.', 'Prof.', 'Smith spoke first.']);
  });

  it('refuses an invalid rule set with the rule and field at fault, and stores nothing', () => {
    const broken = defaultRuleSet('ar');
    broken.rules = [...broken.rules, { break: true, before: '(', after: '' }];
    expect(() => saveProjectRuleSet(db, 'ar', broken)).toThrow(expect.objectContaining({ code: 'bad-input', message: expect.stringContaining(`rule ${broken.rules.length} before`) as unknown }));
    expect(projectRuleSet(db, 'ar').isDefault).toBe(true);
    expect(() => trySegmentation(broken, 'نص.')).toThrow(expect.objectContaining({ code: 'bad-input' }));
  });

  it('a damaged stored rule set falls back to the defaults instead of blocking imports', () => {
    setMeta(db, 'segmentation.ar', '{"rules": "not a list"');
    expect(projectRuleSet(db, 'ar')).toEqual({ ruleSet: defaultRuleSet('ar'), isDefault: true });
  });
});
