/**
 * A value of the open document for views that may trail it by a frame: the analysis, the composition, the
 * partner list, the legend. A zustand update always renders synchronously, so without this every remote
 * change on a shared arena (thirty participants adding partners on a projector) re-rendered every panel in
 * the same task as the map, and the facilitator's drag dropped frames. Through `useDeferredValue` the
 * urgent render keeps the old value (memoised panels skip it) and React renders the new one in the
 * background, in slices that yield to drag frames. The map and the fields being typed in read the store
 * directly.
 */
import { useDeferredValue } from 'react';
import { useDocumentStore, type DocumentState } from './documentStore';

export function useDeferredDocument<T>(selector: (state: DocumentState) => T): T {
  return useDeferredValue(useDocumentStore(selector));
}
