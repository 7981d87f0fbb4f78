import { useAppState, useAppStore } from '../../store-context';

export function StartScreen() {
  const { actions } = useAppStore();
  const recent = useAppState((s) => s.recent);
  return (
    <main className="start-screen">
      <h1>
        Mizan <span lang="ar" dir="rtl">ميزان</span>
      </h1>
      <p className="tagline">Arabic source beside its English translation, sentence by sentence — kept in one local project file.</p>
      <div className="start-actions">
        <button type="button" className="primary" onClick={() => void actions.newProject(false)}>New project…</button>
        <button type="button" onClick={() => void actions.openProject()}>Open project…</button>
        <button type="button" onClick={() => void actions.newProject(true)}>Open a copy of the sample…</button>
      </div>
      <section className="recent" aria-label="Recent projects">
        <h2>Recent projects</h2>
        {recent.length === 0 ? (
          <p className="muted">No recent projects yet.</p>
        ) : (
          <ul>
            {recent.map((r) => (
              <li key={r.path}>
                <button type="button" className="link-button" disabled={!r.exists} onClick={() => void actions.openProject(r.path)} title={r.path}>
                  {r.title}
                </button>
                <span className="muted path">{r.exists ? r.path : `${r.path} (missing)`}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
