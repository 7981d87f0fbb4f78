// Which bilingual format a file is: by its content when it is XML (the root element and the XLIFF
// version), else by its extension, else by its delimiters.
import type { ImportedFile } from '../types.js';
import { SDL_NS } from './inline.js';
import { sniffRoot } from './xml.js';

type Format = ImportedFile['format'];

function extension(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

function xliffFormat(tag: string, name: string): Format {
  const version = /\sversion\s*=\s*["']\s*([^"']*)["']/.exec(tag)?.[1] ?? '';
  if (version.startsWith('2') || tag.includes('urn:oasis:names:tc:xliff:document:2.')) return 'xliff2';
  if (extension(name) === 'sdlxliff' || tag.includes(SDL_NS)) return 'sdlxliff';
  return 'xliff12';
}

export function detectBilingualFormat(name: string, text: string): Format | null {
  const ext = extension(name);
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) {
    const root = sniffRoot(head);
    if (root?.local === 'tmx') return 'tmx';
    if (root?.local === 'xliff') return xliffFormat(root.tag, name);
  }
  switch (ext) {
    case 'tmx':
      return 'tmx';
    case 'sdlxliff':
      return 'sdlxliff';
    case 'xlf':
    case 'xliff':
    case 'mxliff':
      return 'xliff12'; // not XLIFF inside; parseXliff says what is wrong
    case 'tsv':
    case 'tab':
      return 'tsv';
    case 'csv':
      return 'csv';
  }
  if (head.startsWith('<') || head === '') return null;
  // Delimited text without a telling extension (.txt): a tab on most of the first lines.
  const lines = head.split('\n', 20).filter((l) => l.trim() !== '');
  const having = (ch: string): number => lines.filter((l) => l.includes(ch)).length;
  if (lines.length > 0 && having('\t') >= lines.length * 0.8) return 'tsv';
  if (lines.length > 0 && (having(',') >= lines.length * 0.8 || having(';') >= lines.length * 0.8)) return 'csv';
  return null;
}
