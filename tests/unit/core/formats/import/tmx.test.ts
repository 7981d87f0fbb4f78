import { describe, expect, it } from 'vitest';
import { parseBilingual, parseTmx } from '../../../../../src/core/formats/import/index.js';
import { LRM, refusal, RLM, utf16leBom } from './helpers.js';

function tmx(body: string, header = 'srclang="ar"', decl = '<?xml version="1.0" encoding="UTF-8"?>'): string {
  return `${decl}
<tmx version="1.4">
  <header creationtool="Test" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" ${header}/>
  <body>
${body}
  </body>
</tmx>
`;
}

const tu = (id: string, ar: string, en: string, extra = ''): string =>
  `    <tu tuid="${id}">${extra}<tuv xml:lang="ar"><seg>${ar}</seg></tuv><tuv xml:lang="en-US"><seg>${en}</seg></tuv></tu>`;

describe('parseTmx', () => {
  it('reads a UTF-16LE TMX with a byte order mark, as Trados writes it (CRLF line ends)', () => {
    const text = tmx(tu('1', 'مرحبا بالعالم', 'Hello, world') + '\n' + tu('2', 'نص ثانٍ', 'A second text'), 'srclang="ar-SY"', '<?xml version="1.0" encoding="UTF-16"?>').replace(/\n/g, '\r\n');
    const result = parseBilingual(utf16leBom(text), 'trados.tmx');
    expect(result.format).toBe('tmx');
    expect(result.sourceLang).toBe('ar-SY');
    expect(result.targetLang).toBe('en-US');
    expect(result.units.map((u) => [u.id, u.source, u.target])).toEqual([
      ['1', 'مرحبا بالعالم', 'Hello, world'],
      ['2', 'نص ثانٍ', 'A second text'],
    ]);
  });

  it('matches languages by primary subtag (ar-SY, en_US) and takes the languages from options', () => {
    const body = '<tu tuid="a"><tuv xml:lang="fr"><seg>Bonjour</seg></tuv><tuv xml:lang="en_US"><seg>Hello</seg></tuv><tuv xml:lang="AR-sy"><seg>مرحبا</seg></tuv></tu>';
    const result = parseTmx(tmx(body, 'srclang="*all*"'), 'multi.tmx', { sourceLang: 'ar', targetLang: 'en' });
    expect(result.units[0]).toMatchObject({ source: 'مرحبا', target: 'Hello' });
    expect(result.sourceLang).toBe('ar');
    expect(result.targetLang).toBe('en');
  });

  it.each([
    ['changedate and changeid', 'changedate="20261129T083005Z" creationdate="20200101T000000Z" changeid="Huda"', Date.UTC(2026, 10, 29, 8, 30, 5), 'Huda'],
    ['creationdate and creationid when nothing changed', 'creationdate="20200102T030405Z" creationid="Trados user"', Date.UTC(2020, 0, 2, 3, 4, 5), 'Trados user'],
    ['no dates', '', null, null],
    ['a malformed date is ignored, not guessed', 'changedate="2026-11-29" changeid=" "', null, null],
    ['an impossible date is ignored', 'changedate="20261340T250000Z"', null, null],
  ])('reads the unit\'s change date and author: %s', (_name, attrs, changedAt, changedBy) => {
    const body = `<tu tuid="1" ${attrs}><tuv xml:lang="ar"><seg>نص</seg></tuv><tuv xml:lang="en"><seg>text</seg></tuv></tu>`;
    expect(parseTmx(tmx(body), 'd.tmx').units[0]).toMatchObject({ changedAt, changedBy });
  });

  it('reads x-status, x-speaker, notes of the tu and its tuvs, and tuid', () => {
    const body = `<tu tuid="7"><prop type="x-status">Reviewed</prop><prop type="x-speaker">Lavrov</prop><note>checked by Sami</note>
      <tuv xml:lang="ar"><note>source note</note><seg>نص</seg></tuv><tuv xml:lang="en"><seg>text</seg></tuv></tu>
      <tu tuid="8"><prop type="x-status">pending-ish</prop><tuv xml:lang="ar"><seg>آخر</seg></tuv><tuv xml:lang="en"><seg>other</seg></tuv></tu>`;
    const result = parseTmx(tmx(body), 'm.tmx');
    expect(result.units[0]).toEqual({
      id: '7',
      source: 'نص',
      target: 'text',
      status: 'reviewed',
      notes: [
        { author: null, body: 'checked by Sami', createdAt: null },
        { author: null, body: 'source note', createdAt: null },
      ],
      changedAt: null,
      changedBy: null,
      speakers: ['Lavrov'],
    });
    expect(result.units[1]!.status).toBeNull();
    expect(result.warnings).toEqual(['1 unit had an x-status Mizan does not know ("pending-ish"); their status was left unset (e.g. 8)']);
  });

  it('flattens inline markup: codes removed, text kept, one warning with the count', () => {
    const body = [
      tu('1', 'قال <bpt i="1">&lt;b&gt;</bpt>الوزير<ept i="1">&lt;/b&gt;</ept> ذلك', 'The <bpt i="1">&lt;b&gt;</bpt>minister<ept i="1">&lt;/b&gt;</ept> said so'),
      tu('2', 'سطر<ph x="1">&lt;br/&gt;</ph>آخر', 'line<ph x="1">&lt;br/&gt;</ph>two <hi type="b">bold</hi>'),
      tu('3', 'بدون وسوم', 'no tags'),
      tu('4', 'صورة<ph>&lt;img alt="<sub>شعار</sub>"/&gt;</ph>', 'image<ut>{\\b}</ut><it pos="begin">&lt;i&gt;</it>x'),
    ].join('\n');
    const result = parseTmx(tmx(body), 'inline.tmx');
    expect(result.units.map((u) => [u.source, u.target])).toEqual([
      ['قال الوزير ذلك', 'The minister said so'],
      ['سطرآخر', 'linetwo bold'],
      ['بدون وسوم', 'no tags'],
      ['صورة', 'imagex'],
    ]);
    expect(result.warnings).toEqual([
      '3 units had inline markup (<bpt>, <ept>, <hi>, <it>, <ph>, <ut>) flattened: tags and native codes removed, the text kept (e.g. 1, 2, 4)',
      '1 unit had <sub> text (a footnote or alt text inside an inline code) that was dropped with the code (e.g. 4)',
    ]);
  });

  it('keeps hostile text as literal characters: escaped tags, entities, CDATA, RLM/LRM, spaces', () => {
    const ar = `${RLM}قال: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;نعم&quot;${LRM}  `;
    const en = `  He said: <![CDATA[<b>&amp;</b>]]> &#x202B;x&#60;y&apos; `;
    const result = parseTmx(tmx(tu('1', ar, en)), 'hostile.tmx');
    expect(result.units[0]!.source).toBe(`${RLM}قال: <script>alert(1)</script> & "نعم"${LRM}  `);
    expect(result.units[0]!.target).toBe(`  He said: <b>&amp;</b> \u202Bx<y' `);
    expect(result.warnings).toEqual([]);
  });

  it('composes to NFC and keeps line breaks inside a segment', () => {
    const result = parseTmx(tmx(tu('1', 'ا\u0653 one', 'Cafe\u0301\nline two')), 'nfc.tmx');
    expect(result.units[0]!.source).toBe('\u0622 one');
    expect(result.units[0]!.target).toBe('Café\nline two');
  });

  it('imports an empty target as untranslated, with a warning', () => {
    const result = parseTmx(tmx(tu('1', 'نص', '') + tu('2', 'نص آخر', '  ')), 'empty-target.tmx');
    expect(result.units.map((u) => u.target)).toEqual(['', '']);
    expect(result.warnings).toEqual(['2 units had an empty target <seg> and were imported as untranslated (e.g. 1, 2)']);
  });

  it('uses options.sourceLang when the header has no srclang', () => {
    const result = parseTmx(tmx(tu('1', 'نص', 'text'), ''), 'nosrc.tmx', { sourceLang: 'ar' });
    expect(result.units).toHaveLength(1);
  });

  it.each([
    ['empty', '', /^e\.tmx: the file is empty$/],
    ['blank', '  \n\uFEFF', /the file is empty/],
    ['not XML', 'source\ttarget\n', /^e\.tmx line 1: this is not XML/],
    ['wrong root', '<?xml version="1.0"?>\n<xliff version="1.2"/>', /^e\.tmx line 2: the root element is <xliff>, not <tmx>/],
    ['no units', tmx(''), /has no <tu> translation units/],
    ['no srclang', tmx(tu('1', 'a', 'b'), ''), /line 3: <header> has no srclang/],
    ['srclang *all*', tmx(tu('1', 'a', 'b'), 'srclang="*all*"'), /line 3: <header srclang="\*all\*">/],
    ['no header', '<tmx version="1.4"><body><tu><tuv xml:lang="ar"><seg>a</seg></tuv></tu></body></tmx>', /line 1: the file has no <header>/],
    ['tuv without lang', tmx('<tu tuid="9">\n<tuv><seg>a</seg></tuv></tu>'), /line 6: a <tuv> of <tu tuid="9"> has no xml:lang/],
    ['only the source', tmx('<tu tuid="9"><tuv xml:lang="ar"><seg>a</seg></tuv></tu>'), /line 5: <tu tuid="9"> has no target <tuv>/],
    ['missing target', tmx(tu('1', 'a', 'b') + '\n<tu><tuv xml:lang="ar"><seg>c</seg></tuv><tuv xml:lang="fr"><seg>d</seg></tuv></tu>'), /line 6: <tu> has no <tuv xml:lang="en-US"> \(it has "ar", "fr"\)/],
    ['tuv without seg', tmx('<tu tuid="1"><tuv xml:lang="ar"><seg>a</seg></tuv><tuv xml:lang="en"/></tu>'), /the target <tuv> of <tu tuid="1"> has no <seg>/],
    ['empty source', tmx(tu('1', ' ', 'b')), /line 5: <tu tuid="1"> has an empty source <seg>/],
    ['duplicate tuid', tmx(tu('1', 'a', 'b') + '\n' + tu('1', 'c', 'd')), /line 6: duplicate tuid "1" \(first used on line 5\)/],
    ['unclosed', tmx(tu('1', 'a', 'b')).replace('</body>', ''), /line \d+, column \d+: .*<\/tmx> found where <\/body> was expected/],
    ['undefined entity', tmx(tu('1', 'a&nbsp;', 'b')), /line 5, column \d+: undefined entity; XML knows only/],
    ['bare ampersand', tmx(tu('1', 'a & b', 'c')), /line 5, column 44: a bare "&"/],
    ['forbidden control character', tmx(tu('1', 'a\u0001', 'b')), /line 5, column \d+: disallowed character/],
    ['text after the root', tmx(tu('1', 'a', 'b')) + 'junk', /text data outside of root node/],
  ])('refuses %s', (_what, text, message) => {
    expect(refusal(() => parseTmx(text, 'e.tmx'))).toMatch(message);
  });
});
