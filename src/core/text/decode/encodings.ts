// The encodings Mizan reads. Labels are the WHATWG Encoding Standard names, which is what the
// built-in TextDecoder (V8/ICU in Node, Electron's main process and Chromium) accepts.

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-6'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** Names for people (UI, CLI messages). */
export const TEXT_ENCODING_NAMES: Readonly<Record<TextEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1256': 'Windows-1256',
  'iso-8859-6': 'ISO-8859-6',
};

export function isTextEncoding(value: string): value is TextEncoding {
  return (TEXT_ENCODINGS as readonly string[]).includes(value);
}

const ALIASES: Readonly<Record<string, TextEncoding | 'auto'>> = {
  auto: 'auto',
  utf8: 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  windows1256: 'windows-1256',
  win1256: 'windows-1256',
  cp1256: 'windows-1256',
  '1256': 'windows-1256',
  iso88596: 'iso-8859-6',
  iso885961987: 'iso-8859-6',
  arabic: 'iso-8859-6', // the WHATWG label "arabic" means ISO-8859-6
  asmo708: 'iso-8859-6',
};

/**
 * Reads an encoding name as a person types it (`--encoding cp1256`, `UTF8`, `ISO-8859-6`, `auto`).
 * Returns undefined for anything Mizan does not read, so the caller can list TEXT_ENCODINGS.
 */
export function parseTextEncoding(label: string): TextEncoding | 'auto' | undefined {
  const key = label.trim().toLowerCase().replace(/[\s_.:-]/g, '');
  return ALIASES[key];
}
