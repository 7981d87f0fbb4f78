import { describe, expect, it } from 'vitest';
import { detectBilingualFormat, parseBilingual } from '../../../../../src/core/formats/import/index.js';
import { refusal, utf8 } from './helpers.js';

const TMX = '<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<!-- exported -->\n<tmx version="1.4"><header srclang="ar"/><body/></tmx>';
const X12 = '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>';
const X2 = "<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.1' srcLang='ar'/>";
const SDL = '<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>';

describe('detectBilingualFormat', () => {
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
  ])('%s → %s', (name, text, format) => {
    expect(detectBilingualFormat(name, text)).toBe(format);
  });

  it('parseBilingual refuses what it cannot recognise, and empty files', () => {
    expect(refusal(() => parseBilingual(utf8('<html><body/></html>'), 'page.html'))).toMatch(/^page\.html: is not a TMX, XLIFF, TSV or CSV file/);
    expect(refusal(() => parseBilingual(new Uint8Array(), 'x.tmx'))).toBe('x.tmx: the file is empty');
    expect(refusal(() => parseBilingual(utf8('\uFEFF \n'), 'x.tmx'))).toBe('x.tmx: the file is empty');
    expect(refusal(() => parseBilingual(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), 'x.tmx'))).toMatch(/PNG/);
  });

  it('refuses an XML declaration in an encoding Mizan does not read', () => {
    expect(refusal(() => parseBilingual(utf8('<?xml version="1.0" encoding="Shift_JIS"?><tmx/>'), 'j.tmx'))).toMatch(/^j\.tmx line 1: the XML declaration says encoding="Shift_JIS"/);
  });
});
