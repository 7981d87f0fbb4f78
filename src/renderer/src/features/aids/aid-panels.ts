import type { ComponentType } from 'react';
import type { ActionId } from '../../../../api/actions';
import { MatchesPanel } from '../tm/matches-panel';
import { ConcordancePanel } from '../concordance/concordance-panel';
import { CONCORDANCE_AID } from '../concordance/concordance-store';
import { DICTIONARY_AID, DictionaryPanel } from '../spelling/dictionary-panel';
import { GLOSSARY_AID } from '../glossary/glossary-aid';
import { GlossaryPanel } from '../glossary/glossary-panel';
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

export const AID_PANELS: readonly AidPanel[] = [
  { id: 'matches', title: 'Matches', actionId: 'tm.showMatches', Body: MatchesPanel },
  { id: GLOSSARY_AID, title: 'Glossary', actionId: 'glossary.togglePanel', Body: GlossaryPanel },
  { id: CONCORDANCE_AID, title: 'Concordance', actionId: 'concordance.search', Body: ConcordancePanel },
  { id: DICTIONARY_AID, title: 'Dictionary', actionId: 'spelling.dictionary', Body: DictionaryPanel },
  { id: 'qa', title: 'QA', actionId: 'qa.togglePanel', Body: QaPanel },
];
