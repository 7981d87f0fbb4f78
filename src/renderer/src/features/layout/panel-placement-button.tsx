import { setPanelPlacement, useLayout } from './layout-store';

/** In a side panel's header: float the panel over the grid, or dock it beside the grid again. */
export function PanelPlacementButton() {
  const placement = useLayout((s) => s.placement);
  const next = placement === 'docked' ? 'overlay' : 'docked';
  return (
    <button
      type="button"
      className="panel-placement"
      title={placement === 'docked' ? 'Float this panel over the grid (the text columns keep the whole width)' : 'Dock this panel beside the grid'}
      onClick={() => setPanelPlacement(next)}
    >
      {placement === 'docked' ? 'Overlay' : 'Dock'}
    </button>
  );
}
