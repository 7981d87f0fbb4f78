// Detection accuracy on real Arabic news, as a script (not a test): `npx tsx tests/unit/core/text/decode/detection-accuracy.ts`
//
// Takes the Arabic side of ../shared/corpus/ntrex-news (or the files given as arguments), cuts it
// into samples of 1, 2 and 5 words (2,000 each, drawn with a fixed seed), sentences and whole
// documents, encodes each in every supported encoding with the test encoders (UTF-16 without BOM,
// the hardest case), and counts how often decodeText with detection gives back exactly the
// original text, picks another encoding, or refuses. Samples a code page cannot encode are
// skipped. Then it feeds text in other 8-bit encodings and random bytes, which must be refused.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeText } from '../../../../../src/core/text/decode/index.js';
import { encode, encodeSingleByte, randomBytes, type TestEncoding } from './encode.js';

const corpus = fileURLToPath(new URL('../../../../../../shared/corpus/ntrex-news/', import.meta.url));
const files = process.argv.length > 2
  ? process.argv.slice(2)
  : existsSync(corpus) ? readdirSync(corpus).filter((d) => d.startsWith('dev')).map((d) => `${corpus}${d}/ar.txt`) : [];
if (files.length === 0) {
  console.log(`no input: pass Arabic UTF-8 text files, or put the corpus at ${corpus}`);
  process.exit(0);
}

const docs = files.map((f) => readFileSync(f, 'utf8').normalize('NFC'));
const sentences = docs.flatMap((d) => d.split('\n').flatMap((line) => line.split(/(?<=[.!؟])\s+/))).filter((s) => s.trim() !== '');
const words = docs.join(' ').split(/\s+/).filter((w) => /[\u0600-\u06ff]/.test(w));
let seed = 42;
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const runs = (n: number): string[] =>
  Array.from({ length: 2000 }, () => {
    const i = Math.floor(random() * (words.length - n));
    return words.slice(i, i + n).join(' ');
  });
const sets: [string, string[]][] = [['1 word', runs(1)], ['2 words', runs(2)], ['5 words', runs(5)], ['sentence', sentences], ['document', docs]];

console.log(`${files.length} files, ${words.length} words, ${sentences.length} sentences\n`);
console.log('encoding       sample     n      right   wrong  refused  mean confidence when right');
const encodings: TestEncoding[] = ['windows-1256', 'iso-8859-6', 'utf-8', 'utf-16le', 'utf-16be'];
for (const encoding of encodings) {
  for (const [label, samples] of sets) {
    let right = 0;
    let wrong = 0;
    let refused = 0;
    let confidence = 0;
    for (const text of samples) {
      let bytes: Uint8Array;
      try {
        bytes = encode(text, encoding);
      } catch {
        continue; // not encodable in this code page
      }
      try {
        const result = decodeText(bytes, { name: 'sample' });
        if (result.text === text) {
          right++;
          confidence += result.confidence;
        } else wrong++;
      } catch {
        refused++;
      }
    }
    const n = right + wrong + refused;
    const pct = (x: number): string => `${((100 * x) / Math.max(1, n)).toFixed(1)}%`.padStart(7);
    console.log(`${encoding.padEnd(14)} ${label.padEnd(9)} ${String(n).padStart(5)} ${pct(right)} ${pct(wrong)} ${pct(refused)}   ${(confidence / Math.max(1, right)).toFixed(2)}`);
  }
}

console.log('\nmust be refused (or, for French in lower case, read exactly):');
const others: [string, string, string][] = [
  ['French, lower-case accents', 'windows-1252', 'Le café est très bon. Il a été élu président de la République française.'],
  ['French with capitals', 'windows-1252', "Été comme hiver, À Paris, Ça va. L'État français."],
  ['Spanish', 'windows-1252', 'El niño está en la escuela. Mañana será otro día, señor.'],
  ['German', 'windows-1252', 'Die Größe der Straße ist schön. Über alles, München.'],
  ['Turkish', 'windows-1254', "Türkiye'nin başkenti Ankara'dır. Güzel şehir."],
  ['Russian', 'windows-1251', 'Москва — столица России. Привет, как дела?'],
  ['Greek', 'windows-1253', 'Η Αθήνα είναι η πρωτεύουσα της Ελλάδας.'],
  ['Hebrew', 'iso-8859-8', 'שלום עולם, מה שלומך היום?'],
];
for (const [label, codePage, text] of others) {
  try {
    const result = decodeText(encodeSingleByte(text, codePage), { name: 'sample' });
    console.log(`  ${label}: read as ${result.encoding}, ${result.text === text ? 'exactly' : 'WRONGLY'}`);
  } catch {
    console.log(`  ${label}: refused`);
  }
}
for (const [size, from] of [[8, 0], [16, 0], [64, 0], [4096, 0], [8, 0x80], [64, 0x80], [1024, 0x80]] as const) {
  let accepted = 0;
  for (let s = 1; s <= 1000; s++) {
    try {
      decodeText(randomBytes(size, s, from), { name: 'random' });
      accepted++;
    } catch {
      // refused, as it should be
    }
  }
  console.log(`  random ${size} bytes${from ? ' (80–FF only)' : ''}: ${accepted}/1000 accepted`);
}
