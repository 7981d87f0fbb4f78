import { describe, expect, it } from 'vitest';
import { detectImporter, IMPORT_EXTENSIONS, IMPORTERS, importerForName, importLabel } from '../../../../../src/core/formats/importers.js';
import { importerForFile, parseBilingual, parseImport } from '../../../../../src/core/formats/import/index.js';
import { refusal, utf8 } from './helpers.js';

const TMX = '<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<!-- exported -->\n<tmx version="1.4"><header srclang="ar"/><body/></tmx>';
const X12 = '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>';
const X2 = "<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.1' srcLang='ar'/>";
const SDL = '<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>';

describe('detectImporter', () => {
  it.each([
    ['memory.tmx', TMX, 'tmx'],
    ['memory.xml', `\uFEFF  ${TMX}`, 'tmx'],
    ['wrongly-named.xlf', TMX, 'tmx'],
    ['file.xlf', X12, 'xliff12'],
    ['file.xliff', X2, 'xliff2'],
    ['file.xml', X2, 'xliff2'],
    ['file.sdlxliff', X12, 'sdlxliff'],
    ['file.xlf', SDL, 'sdlxliff'],
    ['broken.tmx', 'not xml at all', 'tmx'],
    ['broken.xlf', '<html/>', 'xliff12'],
    ['table.tsv', 'a,b\n', 'tsv'],
    ['table.CSV', 'a\tb\n', 'csv'],
    ['table.txt', 'نص\ttext\nآخر\tother\n', 'tsv'],
    ['table.txt', 'نص,text\nآخر,other\n', 'csv'],
    ['prose.txt', 'Just prose.\nMore prose.\n', null],
    ['page.html', '<html><body/></html>', null],
    ['empty.txt', '', null],
    ['talk.jsonl', '', 'jsonl'],
    ['talk.txt', '{"document":{"id":1},"segment":{"id":1}}\n', 'jsonl'],
  ])('%s → %s', (name, text, format) => {
    expect(detectImporter(name, text)?.format ?? null).toBe(format);
  });

  it('importerForFile routes a large TMX named .xml as TMX even when 64 KiB cuts an Arabic letter in two', () => {
    const unit = '<tu><tuv xml:lang="ar"><seg>نص عربي</seg></tuv><tuv xml:lang="en"><seg>Arabic text</seg></tuv></tu>\n';
    const cut = 64 * 1024;
    const make = (pad: number) => utf8(`<?xml version="1.0"?>\n<tmx version="1.4">${' '.repeat(pad)}<header srclang="ar"/><body>\n${unit.repeat(2000)}</body></tmx>\n`);
    let pad = 0;
    while ((make(pad)[cut]! & 0xc0) !== 0x80) pad++;
    const bytes = make(pad);
    expect(bytes[cut]! & 0xc0).toBe(0x80); // the cut falls inside a character
    expect(importerForFile(bytes, 'memory.xml')?.format).toBe('tmx');
    expect(importerForFile(utf8('نص\ttext\n'), 'table.txt')).toBeUndefined();
  });

  it('routes a .txt by content only when it is surely a bilingual format (strongOnly)', () => {
    expect(detectImporter('table.txt', 'نص\ttext\n', true)).toBeUndefined();
    expect(detectImporter('memory.txt', TMX, true)?.format).toBe('tmx');
  });
});

describe('the importer registry', () => {
  it('has one entry per format, each with a label, and every extension owned by one importer', () => {
    const formats = IMPORTERS.map((i) => i.format);
    expect(new Set(formats).size).toBe(formats.length);
    for (const i of IMPORTERS) expect(i.label).not.toBe('');
    const owners = IMPORTERS.flatMap((i) => i.extensions);
    expect(new Set(owners).size).toBe(owners.length);
    expect(IMPORT_EXTENSIONS).toEqual(expect.arrayContaining(['tmx', 'xlf', 'xliff', 'sdlxliff', 'tsv', 'csv', 'jsonl']));
    for (const ext of IMPORT_EXTENSIONS) expect(importerForName(`a.${ext.toUpperCase()}`)?.extensions).toContain(ext);
    expect(importLabel('xliff2')).toBe('XLIFF 2.0');
  });

  it('parseImport reads Mizan JSONL as a document, and parseBilingual says to import it as one', () => {
    const line = JSON.stringify({
      document: { id: 1, title: 'T', source_lang: 'ar', target_lang: 'en' }, segment: { id: 1, position: 0, status: 'draft' }, source: 'نص', target: 'text',
    });
    const parsed = parseImport(utf8(line), 'talk.jsonl');
    expect(parsed.kind).toBe('document');
    expect(refusal(() => parseBilingual(utf8(line), 'talk.jsonl'))).toMatch(/^talk\.jsonl: is Mizan JSONL, a whole document/);
  });


  it('parseBilingual refuses what it cannot recognise, and empty files', () => {
    expect(refusal(() => parseBilingual(utf8('<html><body/></html>'), 'page.html'))).toMatch(/^page\.html: is not a file Mizan imports \(TMX, XLIFF 2\.0, /);
    expect(refusal(() => parseBilingual(new Uint8Array(), 'x.tmx'))).toBe('x.tmx: the file is empty');
    expect(refusal(() => parseBilingual(utf8('\uFEFF \n'), 'x.tmx'))).toBe('x.tmx: the file is empty');
    expect(refusal(() => parseBilingual(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), 'x.tmx'))).toMatch(/PNG/);
  });

  it('refuses an XML declaration in an encoding Mizan does not read', () => {
    expect(refusal(() => parseBilingual(utf8('<?xml version="1.0" encoding="Shift_JIS"?><tmx/>'), 'j.tmx'))).toMatch(/^j\.tmx line 1: the XML declaration says encoding="Shift_JIS"/);
  });
});
