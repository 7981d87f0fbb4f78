import type { ComponentType } from 'react';
import type { ActionId } from '../../../../api/actions';
import { QaPanel } from '../qa/qa-panel';

// The one list of the aids the dock shows as tabs, in tab order. A new aid is one entry here (its
// component renders the tab's body for the active segment) plus an action in src/api/actions.ts whose
// handler calls showAid/toggleAid with its id.

export interface AidPanel {
  id: string;
  /** The tab's title. */
  title: string;
  /** The action that opens it (its key is shown in the tab's tooltip). */
  actionId: ActionId;
  Body: ComponentType;
}

export const AID_PANELS: readonly AidPanel[] = [{ id: 'qa', title: 'QA', actionId: 'qa.togglePanel', Body: QaPanel }];
