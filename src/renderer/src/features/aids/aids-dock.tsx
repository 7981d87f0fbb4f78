import { actionTooltip } from '../../../../api/actions';
import { useLayout } from '../layout/layout-store';
import { PanelPlacementButton } from '../layout/panel-placement-button';
import { AID_PANELS } from './aid-panels';
import { closeAids, showAid, useAids } from './aids-store';
import './aids.css';

/** The translator aids, one tab each, beside the grid (or over it). */
export function AidsDock() {
  const tab = useAids((s) => s.tab);
  const placement = useLayout((l) => l.placement);
  const active = AID_PANELS.find((p) => p.id === tab) ?? AID_PANELS[0];
  if (active === undefined) return null;
  const { Body } = active;
  return (
    <aside className="aids-dock" data-placement={placement} aria-label="Translator aids">
      <header className="aids-header">
        <div className="aids-tabs" role="tablist" aria-label="Aids">
          {AID_PANELS.map((panel) => (
            <button
              key={panel.id}
              type="button"
              role="tab"
              id={`aid-tab-${panel.id}`}
              aria-selected={panel === active}
              aria-controls="aid-tabpanel"
              className={panel === active ? 'tab active' : 'tab'}
              title={actionTooltip(panel.actionId)}
              onClick={() => showAid(panel.id)}
            >
              {panel.title}
            </button>
          ))}
        </div>
        <PanelPlacementButton />
        <button type="button" className="icon-button" aria-label="Close the aids panel" title="Close" onClick={closeAids}>
          ✕
        </button>
      </header>
      <div className="aids-body" role="tabpanel" id="aid-tabpanel" aria-labelledby={`aid-tab-${active.id}`}>
        <Body />
      </div>
    </aside>
  );
}

/** True when the dock shows (it has something to show and was opened). */
export function useAidsOpen(): boolean {
  return useAids((s) => s.open) && AID_PANELS.length > 0;
}
