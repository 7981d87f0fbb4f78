import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseBilingual,
  parseDelimited,
  previewDelimited,
  type ColumnMapping,
} from '../../../../../src/core/formats/import/index.js';
import { refusal, RLM, utf8 } from './helpers.js';

const BOM = '\uFEFF';

describe('previewDelimited', () => {
  it.each([
    [
      'TSV with a header, English first, Arabic second',
      'id\ttarget\tsource\tstatus\n1\tHello, world\tمرحبا بالعالم\ttranslated\n2\t"Quoted, with\ttab"\tنص\tdraft\n',
      { delimiter: '\t', source: 2, target: 1, id: 0, status: 3, hasHeader: true },
    ],
    [
      'TSV with ar/en language headers and notes',
      'en\tar\tnotes\nHi\tمرحبا\tcheck\n',
      { delimiter: '\t', source: 1, target: 0, notes: 2, hasHeader: true },
    ],
    [
      'CSV without a header: the Arabic column is the source, a numeric column the id',
      '1,"Hello, he said",مرحبا\n2,"Second, line",نص ثان\n3,Third,ثالث\n',
      { delimiter: ',', source: 2, target: 1, id: 0, hasHeader: false },
    ],
    [
      'semicolon CSV (European spreadsheets) with a BOM and Arabic/English headers',
      `${BOM}Arabic;English\r\nمرحبا، يا عالم;Hello, world\r\nنص;Text\r\n`,
      { delimiter: ';', source: 0, target: 1, hasHeader: true },
    ],
    [
      'a Mizan-style header in Arabic',
      'المصدر,الترجمة\nمرحبا,Hello\n',
      { delimiter: ',', source: 0, target: 1, hasHeader: true },
    ],
  ] as const)('%s', (_what, text, expected) => {
    const preview = previewDelimited(text, 'table.txt');
    expect(preview.delimiter).toBe(expected.delimiter);
    expect(preview.suggested).toEqual(expected);
    expect(preview.rows.length).toBeGreaterThan(1);
  });

  it('shows the first 10 rows, parsed', () => {
    const text = Array.from({ length: 30 }, (_, i) => `نص ${i}\ttext ${i}`).join('\n');
    const preview = previewDelimited(text, 'many.tsv');
    expect(preview.rows).toHaveLength(10);
    expect(preview.rows[9]).toEqual(['نص 9', 'text 9']);
  });

  it('refuses text that has no columns', () => {
    expect(refusal(() => previewDelimited('just one line of prose\nand another\n', 'prose.txt'))).toMatch(/no tab, comma or semicolon divides its lines into columns/);
  });
});

describe('parseDelimited', () => {
  const tsv: ColumnMapping = { source: 0, target: 1, status: 2, id: 3, notes: 4, hasHeader: true, delimiter: '\t' };

  it('reads a tab-separated file whose every field is quoted with RFC 4180 quoting: doubled quotes, embedded tabs and newlines, a BOM; text kept exactly', () => {
    const text = `${BOM}"source"\t"target"\t"status"\t"id"\t"notes"\n` +
      '"قال: ""نعم""\tثم سكت"\t"He said ""yes""\n\tthen stopped"\t"Reviewed"\t"7"\t"a note, with comma"\n' +
      `"  ${RLM}&lt;script&gt; & <b>"\t" <script>alert(1)</script> "\t\t"8"\t\n` +
      '\n' +
      '"نص بلا ترجمة"\t\t"new"\t"9"\t\n';
    const result = parseDelimited(text, 'table.tsv', tsv);
    expect(result.format).toBe('tsv');
    expect(result.units).toEqual([
      {
        id: '7',
        source: 'قال: "نعم"\tثم سكت',
        target: 'He said "yes"\n\tthen stopped',
        status: 'reviewed',
        notes: [{ author: null, body: 'a note, with comma', createdAt: null }],
      },
      { id: '8', source: `  ${RLM}&lt;script&gt; & <b>`, target: ' <script>alert(1)</script> ', status: null, notes: [] },
      { id: '9', source: 'نص بلا ترجمة', target: '', status: 'new', notes: [] },
    ]);
    expect(result.warnings).toEqual([
      'every field is in quotes, so the tab-separated file was read with CSV quoting',
      '1 row spans several lines (quoted fields with line breaks), so the units are fewer than the lines (e.g. line 2)',
      '1 unit had no target text and was imported as untranslated (e.g. line 6)',
    ]);
  });

  it('reads TSV as TSV: a quotation opened on one line and closed on the next stays on its own line', () => {
    const text = 'قال "إن الحرب\tHe said "the war\nانتهت" أمس\tis over" yesterday\nسطر ثالث\tThird line\n';
    const result = parseDelimited(text, 'news.tsv', { source: 0, target: 1, hasHeader: false, delimiter: '\t' });
    expect(result.units.map((u) => [u.source, u.target])).toEqual([
      ['قال "إن الحرب', 'He said "the war'],
      ['انتهت" أمس', 'is over" yesterday'],
      ['سطر ثالث', 'Third line'],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('says when rows have another number of columns than the rest (never a silent mismatch)', () => {
    const text = 'أ\tA\nب\tB\textra\nج\n';
    const result = parseDelimited(text, 'w.tsv', { source: 0, target: 1, hasHeader: false, delimiter: '\t' });
    expect(result.units).toHaveLength(3);
    expect(result.warnings).toEqual([
      '2 rows have 1 or 3 columns where the others have 2 (a tab or line break inside the text?); check them (e.g. line 2, line 3)',
      '1 unit had no target text and was imported as untranslated (e.g. line 3)',
    ]);
  });

  it('names the line where an unclosed CSV quote starts, and where text follows a closing quote', () => {
    const text = 'ar,en\nأ,A\nب,"B\nج,C\nد,D\n';
    expect(refusal(() => parseDelimited(text, 'q.csv', { source: 0, target: 1, hasHeader: true, delimiter: ',' }))).toBe(
      'q.csv line 3: cannot be read as comma-separated values: a quoted field starts here and its closing quote never comes (write a quote inside a field as "")',
    );
    expect(refusal(() => parseDelimited('ar,en\n\n"أ\nب"x,A\n', 'r.csv', { source: 0, target: 1, hasHeader: true, delimiter: ',' }))).toMatch(
      /^r\.csv line 4: cannot be read as comma-separated values: text follows the closing quote of a quoted field \(from line 3\)/,
    );
  });

  it('reads a CSV with CRLF line ends and quotes inside an unquoted field', () => {
    const text = 'ar,en\r\nمرحبا,He said "hi" twice\r\n"سطر\r\nثان","Line\r\ntwo"\r\n';
    const result = parseDelimited(text, 't.csv', { source: 0, target: 1, hasHeader: true, delimiter: ',' });
    expect(result.format).toBe('csv');
    expect(result.sourceLang).toBe('ar');
    expect(result.targetLang).toBe('en');
    expect(result.units.map((u) => [u.source, u.target])).toEqual([
      ['مرحبا', 'He said "hi" twice'],
      ['سطر\r\nثان', 'Line\r\ntwo'],
    ]);
  });

  it('goes through parseBilingual: detection by extension, decoding with a BOM, guessed mapping reported', () => {
    const result = parseBilingual(utf8(`${BOM}English,Arabic\r\n"Hello, world",مرحبا بالعالم\r\n`), 'export.csv');
    expect(result.format).toBe('csv');
    expect(result.units).toEqual([{ id: null, source: 'مرحبا بالعالم', target: 'Hello, world', status: null, notes: [] }]);
    expect(result.warnings[0]).toBe('columns were guessed: source column 2, target column 1, id none, status none, first row is a header');
  });

  it('maps unknown statuses to null with a warning and skips rows without text', () => {
    const text = 'a\tb\tsigned\t1\t\n\t\t\t2\t\nc\td\tDRAFT\t3\t\n';
    const result = parseDelimited(text, 's.tsv', { ...tsv, hasHeader: false });
    expect(result.units.map((u) => u.status)).toEqual([null, 'draft']);
    expect(result.warnings).toEqual([
      '1 unit had a status Mizan does not know ("signed"); their status was left unset (e.g. line 1)',
      '1 row had no source or target text and was skipped (e.g. line 2)',
    ]);
  });

  it.each([
    ['a translation without a source', 'h\th\th\th\th\nx\ty\n\tz\n', tsv, /^t\.tsv line 3: the row has a translation but no source text in column 1$/],
    ['a duplicate id', 'x\ty\t\t5\n\nz\tw\t\t5\n', { ...tsv, hasHeader: false }, /^t\.tsv line 3: duplicate id "5" in column 4 \(first used on line 1\)$/],
    ['two roles in one column', 'a\tb\n', { ...tsv, target: 0 }, /column 1 cannot be both the source and the target/],
    ['a negative column', 'a\tb\n', { ...tsv, status: -1 }, /the status column \(-1\) is not a column number/],
    ['an empty file', ' \n ', tsv, /^t\.tsv: the file is empty$/],
    ['only a header', 'source\ttarget\n', tsv, /no row has text in the source column \(1\)/],
  ] as const)('refuses %s', (_what, text, mapping, message) => {
    expect(refusal(() => parseDelimited(text, 't.tsv', mapping))).toMatch(message);
  });
});

// ../shared/corpus: real Arabic/English news, whose quotations open in one sentence and close in the next.
const CORPUS = new URL('../../../../../../shared/corpus/ntrex-news/', import.meta.url);
const HAVE_CORPUS = existsSync(new URL('dev01/ar.sents', CORPUS));

describe.skipIf(!HAVE_CORPUS)('TSV of real news', () => {
  it('gives one unit per line, every text exactly, however the quotes fall (10,000 lines)', () => {
    const pairs: [string, string][] = [];
    for (const dev of ['dev01', 'dev02', 'dev03', 'dev04', 'dev05']) {
      const read = (lang: string) => readFileSync(new URL(`${dev}/${lang}.sents`, CORPUS), 'utf8').split('\n').filter((l) => l.trim() !== '');
      const ar = read('ar');
      const en = read('en');
      for (let k = 0; k < Math.min(ar.length, en.length); k++) pairs.push([ar[k]!.normalize('NFC'), en[k]!.normalize('NFC')]);
    }
    const lines = Array.from({ length: 10_000 }, (_, k) => pairs[k % pairs.length]!);
    expect(lines.some(([, en]) => (en.match(/"/g)?.length ?? 0) % 2 === 1)).toBe(true);
    const result = parseBilingual(utf8(lines.map(([ar, en]) => `${ar}\t${en}`).join('\n')), 'news.tsv');
    expect(result.units).toHaveLength(lines.length);
    result.units.forEach((u, k) => expect([u.source, u.target]).toEqual(lines[k]));
  });
});
