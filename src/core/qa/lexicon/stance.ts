// Verbs and nouns of stance, for and against, in both languages: what the stance check reads when an
// annotated stance must keep its polarity (support ↔ oppose, welcome ↔ condemn, accept ↔ reject).
import { foldForMatch } from '../../text/normalize/index.js';

export type Polarity = 1 | -1;

const ARABIC_FAVOR = [
  'أيد', 'أيدت', 'أيدوا', 'يؤيد', 'تؤيد', 'تأييد', 'مؤيد', 'مؤيدة', 'دعم', 'دعمت', 'يدعم', 'تدعم', 'داعم', 'رحب', 'رحبت', 'يرحب', 'ترحب',
  'ترحيب', 'وافق', 'وافقت', 'يوافق', 'توافق', 'موافقة', 'أشاد', 'أشادت', 'يشيد', 'تشيد', 'إشادة', 'أثنى', 'ساند', 'يساند', 'مساندة',
  'قبل', 'قبلت', 'يقبل', 'تقبل', 'صادق', 'أقر', 'امتدح',
];
const ARABIC_AGAINST = [
  'عارض', 'عارضت', 'يعارض', 'تعارض', 'معارضة', 'معارض', 'رفض', 'رفضت', 'رفضوا', 'يرفض', 'ترفض', 'رافض', 'أدان', 'أدانت', 'يدين', 'تدين',
  'إدانة', 'انتقد', 'انتقدت', 'ينتقد', 'تنتقد', 'انتقاد', 'انتقادات', 'استنكر', 'استنكرت', 'يستنكر', 'استنكار', 'ندد', 'نددت', 'يندد',
  'تنديد', 'شجب', 'شجبت', 'يشجب', 'احتج', 'احتجت', 'احتجاج', 'هاجم', 'هاجمت',
];

const inflect = (lemmas: readonly string[]): string[] =>
  lemmas.flatMap((l) => {
    const stem = l.endsWith('e') ? l.slice(0, -1) : l;
    return [l, `${l}s`, `${stem}ed`, `${stem}ing`, `${l}d`];
  });

const ENGLISH_FAVOR = [
  ...inflect(['support', 'back', 'welcome', 'accept', 'approve', 'praise', 'endorse', 'favour', 'favor', 'agree', 'applaud', 'hail', 'commend', 'embrace', 'champion']),
  'supporter', 'supporters', 'supportive', 'approval', 'acceptance', 'agreement', 'endorsement', 'praised',
];
const ENGLISH_AGAINST = [
  ...inflect(['oppose', 'reject', 'condemn', 'criticise', 'criticize', 'denounce', 'refuse', 'protest', 'disapprove', 'object', 'decry', 'deplore', 'attack', 'slam']),
  'opposition', 'opponent', 'opponents', 'rejection', 'condemnation', 'criticism', 'critical', 'slammed', 'refusal', 'against',
];

export const ARABIC_STANCE: ReadonlyMap<string, Polarity> = new Map([
  ...ARABIC_FAVOR.map((w) => [foldForMatch(w), 1] as const),
  ...ARABIC_AGAINST.map((w) => [foldForMatch(w), -1] as const),
]);
export const ENGLISH_STANCE: ReadonlyMap<string, Polarity> = new Map([
  ...ENGLISH_FAVOR.map((w) => [w, 1] as const),
  ...ENGLISH_AGAINST.map((w) => [w, -1] as const),
]);
