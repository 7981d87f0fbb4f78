// Hostile import files, generated (nothing big is checked in): one list shared by the hostile-input
// test (tests/unit/hostile/hostile-input.test.ts) and the benchmark (npm run bench:hostile).
// Each case names its class, the file name it is imported under, how to make its bytes, and what
// must happen: a refusal whose message says what is wrong, or an import (reply chains are valid).

export type HostileClass = 'deep nesting' | 'unclosed constructs' | 'entity attacks' | 'reply chains' | 'huge columns' | 'wrong encodings';

export interface HostileCase {
  name: string;
  kind: HostileClass;
  file: string;
  make: () => Uint8Array;
  /** 'refused' with a message matching `message`, or 'imported' with `segments` segments. */
  expect: { outcome: 'refused'; message: RegExp } | { outcome: 'imported'; segments: number; comments?: number };
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const XLIFF_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n' +
  '<file source-language="ar" target-language="en" original="x"><body>\n<trans-unit id="1"><source>';
const XLIFF_TAIL = '</source><target>t</target></trans-unit>\n</body></file></xliff>\n';
const TMX_HEAD = '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="ar" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="x" creationtoolversion="1" o-tmf="x"/><body>\n';

function jsonlLine(comments: { id: number; parent: number | null }[]): string {
  return JSON.stringify({
    document: { id: 1, title: 'Replies', source_lang: 'ar', target_lang: 'en' },
    segment: { id: 1, position: 0, paragraph: 0, status: 'draft' },
    source: 'قال المتحدث.', target: 'The spokesman said.', annotations: [],
    comments: comments.map((c) => ({ id: c.id, parent: c.parent, annotation: null, author: 'a', body: `reply ${c.id}`, created_at: c.id })),
  });
}

/** A reply chain of n comments written children-first: the deepest reply first, the thread's start last. */
function replyChain(n: number): Uint8Array {
  return utf8(`${jsonlLine(Array.from({ length: n }, (_, k) => ({ id: n - k, parent: n - k === 1 ? null : n - k - 1 })))}\n`);
}

function cp1256Bytes(): Uint8Array {
  // "قال" in Windows-1256 (0xDE 0xC7 0xE1) inside a file that says it is UTF-8.
  const head = utf8(`${XLIFF_HEAD.replace('<source>', '')}<source>`);
  const tail = utf8(XLIFF_TAIL);
  return new Uint8Array([...head, 0xde, 0xc7, 0xe1, ...tail]);
}

function junk(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = 2463534242;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

function utf16leNoBom(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    name: 'XLIFF with 100,000 nested <g> (1.4 MB)',
    kind: 'deep nesting',
    file: 'nested.xlf',
    make: () => utf8(`${XLIFF_HEAD}${'<g id="1">'.repeat(100_000)}x${'</g>'.repeat(100_000)}${XLIFF_TAIL}`),
    expect: { outcome: 'refused', message: /nested 257 elements deep.*at most 256/ },
  },
  {
    name: 'TMX with 100,000 nested <hi>',
    kind: 'deep nesting',
    file: 'nested.tmx',
    make: () => utf8(`${TMX_HEAD}<tu><tuv xml:lang="ar"><seg>${'<hi>'.repeat(100_000)}x${'</hi>'.repeat(100_000)}</seg></tuv></tu></body></tmx>`),
    expect: { outcome: 'refused', message: /nested \d+ elements deep/ },
  },
  {
    name: 'XLIFF with 100,000 attributes on one <trans-unit>',
    kind: 'huge columns',
    file: 'attributes.xlf',
    make: () => utf8(XLIFF_HEAD.replace('<trans-unit id="1">', `<trans-unit id="1"${Array.from({ length: 100_000 }, (_, k) => ` a${k}="v"`).join('')}>`) + `x${XLIFF_TAIL}`),
    expect: { outcome: 'refused', message: /attributes\.xlf line 4: an element has more than 512 attributes/ },
  },
  {
    name: 'JSONL line with 1,000,000 nested arrays',
    kind: 'deep nesting',
    file: 'nested.jsonl',
    make: () => utf8(`{"document":{"id":1},"segment":{"id":1},"x":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}\n`),
    expect: { outcome: 'refused', message: /nested\.jsonl line 1: the line nests lists or objects more than 64 deep \(at character 108\)/ },
  },
  {
    name: 'XLIFF with an unclosed comment of 600 KB (full of "<?")',
    kind: 'unclosed constructs',
    file: 'comment.xlf',
    make: () => utf8(`${XLIFF_HEAD}<!--${'<?a & '.repeat(100_000)}`),
    expect: { outcome: 'refused', message: /line \d+, column \d+: .*a comment opened on line 4 is never closed with -->/ },
  },
  {
    name: 'XLIFF with an unclosed CDATA section of 600 KB (full of "<!--")',
    kind: 'unclosed constructs',
    file: 'cdata.xlf',
    make: () => utf8(`${XLIFF_HEAD}<![CDATA[${'<!--&'.repeat(120_000)}`),
    expect: { outcome: 'refused', message: /line \d+, column \d+: .*a CDATA section opened on line 4 is never closed with \]\]>/ },
  },
  {
    name: 'XLIFF with a bare "&" after 100,000 comments',
    kind: 'unclosed constructs',
    file: 'amp.xlf',
    make: () => utf8(`${XLIFF_HEAD}${'<!-- c -->'.repeat(100_000)} a & b${XLIFF_TAIL}`),
    expect: { outcome: 'refused', message: /a bare "&" \(write it as &amp;\)/ },
  },
  {
    name: 'CSV of 100,000 lines with a quote opened on line 2 and never closed',
    kind: 'unclosed constructs',
    file: 'quote.csv',
    make: () => utf8(`ar,en\nنص,"open\n${'نص,text\n'.repeat(100_000)}`),
    expect: { outcome: 'refused', message: /quote\.csv line 2: .*closing quote never comes/ },
  },
  {
    name: 'TMX with a billion-laughs DTD',
    kind: 'entity attacks',
    file: 'laughs.tmx',
    make: () => {
      let dtd = '<!ENTITY lol0 "lol">';
      for (let k = 1; k <= 9; k++) dtd += `<!ENTITY lol${k} "${`&lol${k - 1};`.repeat(10)}">`;
      return utf8(`<?xml version="1.0"?>\n<!DOCTYPE tmx [${dtd}]>\n${TMX_HEAD.slice(TMX_HEAD.indexOf('<tmx'))}<tu><tuv xml:lang="ar"><seg>&lol9;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>`);
    },
    expect: { outcome: 'refused', message: /declares entities/ },
  },
  {
    name: 'XLIFF with an external entity (file:///etc/passwd)',
    kind: 'entity attacks',
    file: 'xxe.xlf',
    make: () => utf8(XLIFF_HEAD.replace('<xliff', '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<xliff') + `&xxe;${XLIFF_TAIL}`),
    expect: { outcome: 'refused', message: /declares entities/ },
  },
  {
    name: 'XLIFF using an entity it never declares',
    kind: 'entity attacks',
    file: 'undeclared.xlf',
    make: () => utf8(`${XLIFF_HEAD}&xxe;${XLIFF_TAIL}`),
    expect: { outcome: 'refused', message: /undefined entity/ },
  },
  {
    name: 'JSONL with 60,000 replies written children-first',
    kind: 'reply chains',
    file: 'replies.jsonl',
    make: () => replyChain(60_000),
    expect: { outcome: 'imported', segments: 1, comments: 60_000 },
  },
  {
    name: 'JSONL with a cycle of 20,000 replies',
    kind: 'reply chains',
    file: 'cycle.jsonl',
    make: () => utf8(`${jsonlLine(Array.from({ length: 20_000 }, (_, k) => ({ id: k + 1, parent: ((k + 1) % 20_000) + 1 })))}\n`),
    expect: { outcome: 'imported', segments: 1, comments: 20_000 },
  },
  {
    name: 'TSV with a line of 200,000 columns',
    kind: 'huge columns',
    file: 'wide.tsv',
    make: () => utf8(`نص\ttext\n${'x\t'.repeat(200_000)}\n`),
    expect: { outcome: 'refused', message: /wide\.tsv line 2: the row has 1001 columns; Mizan reads at most 1000/ },
  },
  {
    name: 'CSV with a 3,000,000-character field',
    kind: 'huge columns',
    file: 'field.csv',
    make: () => utf8(`ar,en\nنص,"${'x'.repeat(3_000_000)}"\n`),
    expect: { outcome: 'refused', message: /field\.csv line 2: .*Mizan reads at most 1,000,000 per field/ },
  },
  {
    name: 'XLIFF that says UTF-8 but is Windows-1256',
    kind: 'wrong encodings',
    file: 'cp1256.xlf',
    make: cp1256Bytes,
    expect: { outcome: 'refused', message: /is not valid UTF-8/ },
  },
  {
    name: '2 MB of random bytes named .tmx',
    kind: 'wrong encodings',
    file: 'junk.tmx',
    make: () => junk(2_000_000),
    expect: { outcome: 'refused', message: /junk\.tmx/ },
  },
  {
    name: 'JSONL in Windows-1256 (not UTF-8)',
    kind: 'wrong encodings',
    file: 'latin.jsonl',
    make: () => {
      const line = utf8(jsonlLine([]));
      const at = line.indexOf(0xd9);
      return new Uint8Array([...line.slice(0, at), 0xde, 0xc7, 0xe1, ...line.slice(at + 2)]);
    },
    expect: { outcome: 'refused', message: /latin\.jsonl/ },
  },
  {
    // Recoverable, so not refused: the decoder recognises UTF-16 by its zero bytes.
    name: 'TSV in UTF-16 without a byte order mark',
    kind: 'wrong encodings',
    file: 'utf16.tsv',
    make: () => utf16leNoBom('نص\ttext\nآخر\tother\n'),
    expect: { outcome: 'imported', segments: 2 },
  },
];
