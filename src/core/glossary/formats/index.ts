import { MizanError } from '../../errors.js';
import { csvFormat, tsvFormat } from './delimited.js';
import { tbxFormat } from './tbx.js';
import type { GlossaryFormat, GlossaryFormatModule, ImportedGlossary } from './types.js';

/** The termbase formats, in sniffing order: TBX (XML) first, then tab-separated, then CSV. */
export const GLOSSARY_FORMAT_MODULES: readonly GlossaryFormatModule[] = [tbxFormat, tsvFormat, csvFormat];

export function glossaryFormat(format: GlossaryFormat): GlossaryFormatModule {
  const found = GLOSSARY_FORMAT_MODULES.find((m) => m.format === format);
  if (!found) throw new MizanError('internal', `no glossary format ${format}`);
  return found;
}

/** The format of a file by its content first (TBX is sure; a tab or comma in the first line a guess), then its extension. */
export function detectGlossaryFormat(name: string, text: string): GlossaryFormatModule {
  const sure = GLOSSARY_FORMAT_MODULES.find((m) => m.sniff(text) === 'sure');
  if (sure) return sure;
  const extension = name.toLowerCase().split('.').pop() ?? '';
  const maybe = GLOSSARY_FORMAT_MODULES.filter((m) => m.sniff(text) === 'maybe');
  const byExtension = maybe.find((m) => m.extensions.includes(extension)) ?? GLOSSARY_FORMAT_MODULES.find((m) => m.extensions.includes(extension));
  const chosen = byExtension ?? maybe[0];
  if (!chosen) {
    throw new MizanError('bad-input', `${name}: not a glossary Mizan reads (TBX, a tab-separated source⇥target⇥comment file, or CSV)`);
  }
  return chosen;
}

/** Parses a glossary file of any supported format. */
export function parseGlossary(name: string, text: string, origin = name): ImportedGlossary & { format: GlossaryFormat } {
  const module = detectGlossaryFormat(name, text);
  return { ...module.parse(text, name, origin), format: module.format };
}

export { GLOSSARY_FORMATS, type GlossaryFormat, type ImportedGlossary } from './types.js';
