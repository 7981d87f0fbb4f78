import type { GlossaryEntry, GlossaryEntryFields } from '../types.js';

// A termbase is not a bilingual document, so its formats have their own small registry (index.ts),
// one module per format, shaped like the document importers: sniff by content, parse pure text.

export const GLOSSARY_FORMATS = ['tbx', 'tsv', 'csv'] as const;
export type GlossaryFormat = (typeof GLOSSARY_FORMATS)[number];

export interface ImportedGlossary {
  entries: GlossaryEntryFields[];
  warnings: string[];
}

export interface GlossaryExportInfo {
  /** Tool name and version for the file's header. */
  tool: string;
  now: number;
}

export interface GlossaryFormatModule {
  format: GlossaryFormat;
  label: string;
  extensions: readonly string[];
  /** 'sure' when the content says so, 'maybe' for a guess, null when it is not this format. */
  sniff(text: string): 'sure' | 'maybe' | null;
  /** Pure; refuses a malformed file with MizanError('bad-input') naming the file and the line. */
  parse(text: string, name: string, origin: string): ImportedGlossary;
  write(entries: readonly GlossaryEntry[], info: GlossaryExportInfo): string;
}
