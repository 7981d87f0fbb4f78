// XML 1.0 text: escape the five specials and remove what XML forbids (C0 controls other than
// tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). Removals are counted so the export report can say so.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export class XmlText {
  removed = 0;

  escape(text: string): string {
    const clean = text.replace(FORBIDDEN, () => {
      this.removed++;
      return '';
    });
    return clean.replace(/[&<>"']/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : '&apos;'));
  }

  warnings(): string[] {
    return this.removed ? [`${this.removed} character${this.removed === 1 ? '' : 's'} that XML does not allow (control characters) removed`] : [];
  }
}

/** TMX dates: YYYYMMDDThhmmssZ. */
export function tmxDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
