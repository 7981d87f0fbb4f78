import { useEffect, useState } from 'react';
import type { SegmentationRule, SegmentationRuleSet, SentenceSpan } from '../../../../core/text/segmentation/types';
import { call } from '../../api-client';
import { useAppStore } from '../../store-context';

type Lang = 'ar' | 'en';
const LANG_NAMES: Record<Lang, string> = { ar: 'Arabic', en: 'English' };
const SAMPLE: Record<Lang, string> = {
  ar: 'قال د. أحمد إن النمو بلغ ٣٫٥ في المئة... ثم أضاف: «لن نتراجع». هل يستمر الحوار؟ نعم!',
  en: 'Mr. Kirby said the U.S. would act. He added: "We will not go back." Growth was 3.5 per cent... Talks resume at 9 a.m. on Monday.',
};

/** The project's sentence-splitting rules as data: word lists, named patterns and ordered SRX-style rules, with a live test. */
export function SegmentationRulesDialog() {
  const { actions } = useAppStore();
  const [lang, setLang] = useState<Lang>('ar');
  const [ruleSet, setRuleSet] = useState<SegmentationRuleSet | null>(null);
  const [isDefault, setIsDefault] = useState(true);
  const [dirty, setDirty] = useState(false);
  const [sample, setSample] = useState(SAMPLE.ar);
  const [result, setResult] = useState<{ spans: SentenceSpan[]; error: string | null }>({ spans: [], error: null });

  useEffect(() => {
    let live = true;
    call('segmentation.get', { lang }).then(
      (loaded) => {
        if (!live) return;
        setRuleSet(loaded.ruleSet);
        setIsDefault(loaded.isDefault);
        setDirty(false);
      },
      (error: unknown) => actions.fail(error),
    );
    return () => {
      live = false;
    };
  }, [lang, actions]);

  useEffect(() => {
    if (!ruleSet) return;
    const timer = setTimeout(() => {
      call('segmentation.try', { ruleSet, text: sample }).then(
        (spans) => setResult({ spans, error: null }),
        (error: unknown) => setResult({ spans: [], error: error instanceof Error ? error.message : String(error) }),
      );
    }, 200);
    return () => clearTimeout(timer);
  }, [ruleSet, sample]);

  const edit = (next: SegmentationRuleSet) => {
    setRuleSet(next);
    setDirty(true);
  };
  const editRule = (index: number, patch: Partial<SegmentationRule>) =>
    ruleSet && edit({ ...ruleSet, rules: ruleSet.rules.map((r, i) => (i === index ? { ...r, ...patch } : r)) });
  const moveRule = (index: number, delta: number) => {
    if (!ruleSet) return;
    const rules = [...ruleSet.rules];
    const [rule] = rules.splice(index, 1);
    if (!rule) return;
    rules.splice(Math.max(0, Math.min(rules.length, index + delta)), 0, rule);
    edit({ ...ruleSet, rules });
  };

  const save = async () => {
    if (!ruleSet) return;
    try {
      const saved = await call('segmentation.set', { lang, ruleSet });
      setIsDefault(saved.isDefault);
      setDirty(false);
      actions.notify(`${LANG_NAMES[lang]} segmentation rules saved: they apply to texts imported from now on.`);
    } catch (error) {
      setResult({ spans: [], error: error instanceof Error ? error.message : String(error) });
    }
  };
  const reset = async () => {
    try {
      const loaded = await call('segmentation.reset', { lang });
      setRuleSet(loaded.ruleSet);
      setIsDefault(true);
      setDirty(false);
    } catch (error) {
      actions.fail(error);
    }
  };

  return (
    <div className="dialog-backdrop" role="presentation">
      <div className="dialog rules-dialog" role="dialog" aria-modal="true" aria-label="Segmentation rules">
        <header className="rules-header">
          <h2>Segmentation rules</h2>
          <div role="tablist" aria-label="Language">
            {(Object.keys(LANG_NAMES) as Lang[]).map((l) => (
              <button key={l} type="button" role="tab" aria-selected={l === lang} className={l === lang ? 'tab active' : 'tab'} onClick={() => {
                  if (l === lang) return;
                  setRuleSet(null);
                  setLang(l);
                  setSample(SAMPLE[l]);
                }}>
                {LANG_NAMES[l]}
              </button>
            ))}
          </div>
          <span className="muted">{isDefault && !dirty ? 'Mizan’s defaults' : dirty ? 'Edited, not saved' : 'This project’s rules'}</span>
        </header>
        {!ruleSet ? (
          <p>Loading…</p>
        ) : (
          <div className="rules-body">
            <section aria-label="Word lists" className="rules-lists">
              <h3>Word lists <span className="muted">(one per line; used as {'{{name}}'} in rules)</span></h3>
              {Object.entries(ruleSet.lists ?? {}).map(([name, words]) => (
                <label key={name}>
                  {name}
                  <textarea
                    rows={4}
                    dir="auto"
                    aria-label={`List ${name}`}
                    value={words.join('\n')}
                    onChange={(e) => edit({ ...ruleSet, lists: { ...ruleSet.lists, [name]: e.target.value.split('\n').map((w) => w.trim()).filter(Boolean) } })}
                  />
                </label>
              ))}
            </section>
            <section aria-label="Rules" className="rules-table-wrap">
              <h3>Rules <span className="muted">(in order; the first that matches at a position decides)</span></h3>
              <table className="rules-table">
                <thead>
                  <tr>
                    <th>#</th><th>Does</th><th>Text before (regex)</th><th>Text after (regex)</th><th>Why</th><th />
                  </tr>
                </thead>
                <tbody>
                  {ruleSet.rules.map((rule, i) => (
                    <tr key={i}>
                      <td>{i + 1}</td>
                      <td>
                        <select aria-label={`Rule ${i + 1} action`} value={rule.break ? 'break' : 'keep'} onChange={(e) => editRule(i, { break: e.target.value === 'break' })}>
                          <option value="break">Break</option>
                          <option value="keep">Keep together</option>
                        </select>
                      </td>
                      <td><input className="regex" dir="ltr" aria-label={`Rule ${i + 1} before`} value={rule.before} onChange={(e) => editRule(i, { before: e.target.value })} /></td>
                      <td><input className="regex" dir="ltr" aria-label={`Rule ${i + 1} after`} value={rule.after} onChange={(e) => editRule(i, { after: e.target.value })} /></td>
                      <td><input aria-label={`Rule ${i + 1} note`} value={rule.note ?? ''} onChange={(e) => editRule(i, { note: e.target.value })} title={rule.note} /></td>
                      <td className="rule-actions">
                        <button type="button" aria-label={`Move rule ${i + 1} up`} onClick={() => moveRule(i, -1)} disabled={i === 0}>↑</button>
                        <button type="button" aria-label={`Move rule ${i + 1} down`} onClick={() => moveRule(i, 1)} disabled={i === ruleSet.rules.length - 1}>↓</button>
                        <button type="button" aria-label={`Delete rule ${i + 1}`} onClick={() => edit({ ...ruleSet, rules: ruleSet.rules.filter((_, j) => j !== i) })}>✕</button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <button type="button" onClick={() => edit({ ...ruleSet, rules: [...ruleSet.rules, { break: false, before: '', after: '\\s', note: '' }] })}>
                Add rule
              </button>
            </section>
            <section aria-label="Try the rules" className="rules-try">
              <h3>Try them</h3>
              <textarea rows={3} dir="auto" aria-label="Sample text" value={sample} onChange={(e) => setSample(e.target.value)} />
              {result.error ? (
                <p className="import-error" role="alert">{result.error}</p>
              ) : (
                <ol className="rules-result" aria-label="Sentences">
                  {result.spans.map((s, i) => (
                    <li key={i} dir="auto">{s.text}</li>
                  ))}
                </ol>
              )}
            </section>
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => void reset()} disabled={isDefault && !dirty}>Reset to Mizan’s defaults</button>
          <span className="spacer" />
          <button type="button" onClick={actions.closeRules}>Close</button>
          <button type="button" className="primary" onClick={() => void save()} disabled={!dirty}>Save</button>
        </div>
      </div>
    </div>
  );
}
