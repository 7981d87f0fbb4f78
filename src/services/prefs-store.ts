import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { sweepStaleTemporaries, writeFileAtomic } from '../store/atomic-write.js';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { Prefs, RecentProject } from '../api/contract.js';
import { EXPORT_FORMATS } from '../core/formats/types.js';

const MAX_RECENT = 10;

// Each field falls back on its own, so one damaged value does not wipe the rest (the recent list).
const recentEntry = z.object({ path: z.string(), title: z.string(), openedAt: z.number() });
const fileSchema = z.object({
  userName: z.string().min(1).optional().catch(undefined),
  role: z.enum(['translator', 'reviewer']).optional().catch(undefined),
  lastExport: z.object({ format: z.enum(EXPORT_FORMATS), bom: z.boolean(), guardFormulas: z.boolean().optional() }).optional().catch(undefined),
  recent: z
    .array(z.unknown())
    .catch([])
    .transform((items) => items.flatMap((item) => {
      const parsed = recentEntry.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    }))
    .default([]),
});
type PrefsFile = z.infer<typeof fileSchema>;

/** User-level settings (not per project): identity and recent projects, in one JSON file. */
export class PrefsStore {
  private readonly file: string;
  constructor(dir: string, private readonly defaultUser: string) {
    this.file = join(dir, 'mizan-prefs.json');
    // At start: what a killed run left while saving preferences.
    sweepStaleTemporaries(dir, 'mizan-prefs.json');
  }

  get(): Prefs {
    const data = this.read();
    return {
      userName: data.userName ?? this.defaultUser,
      role: data.role ?? 'translator',
      identityChosen: data.userName !== undefined,
      ...(data.lastExport ? { lastExport: data.lastExport } : {}),
    };
  }

  set(patch: Partial<Omit<Prefs, 'identityChosen'>>): Prefs {
    const data = this.read();
    this.write({ ...data, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) });
    return this.get();
  }

  recent(): RecentProject[] {
    return this.read().recent.map((r) => ({ ...r, exists: existsSync(r.path) }));
  }

  addRecent(path: string, title: string, at: number): void {
    const data = this.read();
    const recent = [{ path, title, openedAt: at }, ...data.recent.filter((r) => r.path !== path)].slice(0, MAX_RECENT);
    this.write({ ...data, recent });
  }

  /** The most recently opened project that still exists, for reopening at start. */
  lastProject(): string | null {
    return this.recent().find((r) => r.exists)?.path ?? null;
  }

  private read(): PrefsFile {
    try {
      return fileSchema.parse(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch {
      // Missing or damaged preferences are not worth failing over: start from defaults.
      return { recent: [] };
    }
  }

  private write(data: PrefsFile): void {
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileAtomic(this.file, JSON.stringify(data, null, 2));
  }
}
