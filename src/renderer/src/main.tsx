import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { call } from './api-client';
import { App } from './app';
import { createAnnotationStore } from './state/annotation-store';
import { createAppStore } from './state/app-store';
import { createCommentStore } from './state/comment-store';
import { createQaStore } from './state/qa-store';
import { createSearchStore } from './state/search-store';
import { AnnotationContext, CommentContext, QaContext, SearchContext, StoreContext } from './store-context';
import './styles.css';

const appStore = createAppStore({ call });
const searchStore = createSearchStore({ call }, appStore);
const annotationStore = createAnnotationStore({ call }, appStore);
const commentStore = createCommentStore({ call }, appStore);
const qaStore = createQaStore({ call }, appStore);
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <StoreContext.Provider value={appStore}>
      <SearchContext.Provider value={searchStore}>
        <AnnotationContext.Provider value={annotationStore}>
          <CommentContext.Provider value={commentStore}>
            <QaContext.Provider value={qaStore}>
              <App />
            </QaContext.Provider>
          </CommentContext.Provider>
        </AnnotationContext.Provider>
      </SearchContext.Provider>
    </StoreContext.Provider>
  </StrictMode>,
);
void appStore.actions.init();
