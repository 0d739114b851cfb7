/**
 * A value of the open document for views that may trail it by a frame: the analysis, the composition, the
 * partner list, the legend. A zustand update always renders synchronously, so without this every remote
 * change on a shared arena (thirty participants adding partners on a projector) re-rendered every panel in
 * the same task as the map, and the facilitator's drag dropped frames. Through `useDeferredValue` the
 * urgent render keeps the old value (memoised panels skip it) and React renders the new one in the
 * background, in slices that yield to drag frames. The map and the fields being typed in read the store
 * directly.
 */
import { useDeferredValue, useRef, useSyncExternalStore } from 'react';
import { useDocumentStore, type DocumentState } from './documentStore';
import { isDragging, onDragChange } from './heldWhileDragging';

const notDragging = () => false;

/**
 * While a partner is dragged on the map, the value stays what it was when the drag began: what other devices
 * change meanwhile reaches the map (heldWhileDragging.ts) and these views at the drop, so no drag frame
 * carries a panel's layout (the drag itself never changes the document).
 */
export function useDeferredDocument<T>(selector: (state: DocumentState) => T): T {
  const value = useDocumentStore(selector);
  const dragging = useSyncExternalStore(onDragChange, isDragging, notDragging);
  const shown = useRef(value);
  if (!dragging) shown.current = value;
  return useDeferredValue(shown.current);
}
