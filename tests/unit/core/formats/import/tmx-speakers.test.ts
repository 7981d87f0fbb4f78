import { describe, expect, it } from 'vitest';
import { parseTmx } from '../../../../../src/core/formats/import/index.js';
import { runExport } from '../export/fixture.js';

const tmx = (props: string) => `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ar" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>
<body><tu tuid="1">${props}<tuv xml:lang="ar"><seg>قال كيربي</seg></tuv><tuv xml:lang="en"><seg>Kirby said</seg></tuv></tu></body></tmx>`;

describe('parseTmx: speakers', () => {
  it.each<[string, string, string[] | undefined]>([
    ['none: no speakers key', '<prop type="x-status">draft</prop>', undefined],
    ['each x-speaker in order, trimmed, once', '<prop type="x-speaker"> John Kirby </prop><prop type="X-Speaker">مصدر مطلع</prop><prop type="x-speaker">John Kirby</prop>', ['John Kirby', 'مصدر مطلع']],
    ['blank ones skipped', '<prop type="x-speaker">  </prop>', undefined],
  ])('%s', (_name, props, speakers) => {
    const unit = parseTmx(tmx(props), 'f.tmx').units[0]!;
    expect(unit.speakers).toEqual(speakers);
    expect('speakers' in unit).toBe(speakers !== undefined);
  });

  it('reads back the speakers Mizan\'s TMX export writes', async () => {
    const { text } = await runExport('tmx');
    const units = parseTmx(text, 'talks.tmx').units;
    expect(units.find((u) => u.id === '101')?.speakers).toEqual(['John Kirby', 'مصدر <مطلع>']);
    expect(units.filter((u) => u.speakers).map((u) => u.id)).toEqual(['101']);
  });
});
