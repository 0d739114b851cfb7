/**
 * Every user action with a shortcut, in one place: what it does, its keys, its label. The keyboard
 * handler, the help dialog and the buttons all read this list.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { useEditorStore, type EditorState } from '../store/editorStore';
import type { MessageKey, Translate } from '../i18n';
import { zoomToFit } from '../canvas/fitRequest';
import { tidyMap } from '../canvas/tidyRequest';

export interface ActionContext {
  flow: ReactFlowInstance | null;
  t: Translate;
}

export interface Action {
  id: string;
  label: MessageKey;
  keys: readonly string[];
  /** Shown in the help dialog but handled elsewhere (e.g. by React Flow). */
  handledElsewhere?: boolean;
  enabled(state: EditorState): boolean;
  run(ctx: ActionContext): void;
}

const store = () => useEditorStore.getState();
const editable = (s: EditorState) => !!s.doc && !s.readOnly;

export const ACTIONS: readonly Action[] = [
  {
    id: 'addPartner',
    label: 'action.addPartner',
    keys: ['N'],
    enabled: editable,
    run: () => store().setAddOpen(true),
  },
  {
    id: 'search',
    label: 'action.search',
    keys: ['/', 'Mod+F'],
    enabled: (s) => !!s.doc,
    run: () => store().requestSearch(),
  },
  {
    id: 'delete',
    label: 'action.delete',
    keys: ['Delete', 'Backspace'],
    enabled: (s) => editable(s) && (s.selection.length > 0 || !!s.selectedId),
    run: () => {
      const s = store();
      s.deletePartners(s.selection.length ? s.selection : s.selectedId ? [s.selectedId] : []);
    },
  },
  {
    id: 'duplicate',
    label: 'action.duplicate',
    keys: ['Mod+D'],
    enabled: (s) => editable(s) && !!s.selectedId,
    run: ({ t }) => {
      const s = store();
      if (s.selectedId) s.duplicatePartner(s.selectedId, (name) => t('partners.copyName', { name }));
    },
  },
  {
    id: 'selectAll',
    label: 'action.selectAll',
    keys: ['Mod+A'],
    enabled: (s) => !!s.doc,
    run: () => store().selectAll(),
  },
  {
    id: 'undo',
    label: 'action.undo',
    keys: ['Mod+Z'],
    enabled: (s) => editable(s) && s.history.past.length > 0,
    run: () => store().undo(),
  },
  {
    id: 'redo',
    label: 'action.redo',
    keys: ['Mod+Shift+Z', 'Ctrl+Y'],
    enabled: (s) => editable(s) && s.history.future.length > 0,
    run: () => store().redo(),
  },
  {
    id: 'zoomToFit',
    label: 'action.zoomToFit',
    keys: ['F'],
    enabled: (s) => !!s.doc,
    // The map fits itself to where its partners are (canvas/mapFocus.ts), as when it opens.
    run: () => zoomToFit(),
  },
  {
    id: 'tidy',
    label: 'action.tidy',
    keys: ['T'],
    enabled: (s) => editable(s) && Object.keys(s.doc?.partners ?? {}).length > 1,
    run: () => tidyMap(),
  },
  {
    id: 'present',
    label: 'action.present',
    keys: ['P'],
    enabled: (s) => !!s.doc,
    run: () => store().setPresenting(!store().presenting),
  },
  {
    id: 'nextRing',
    label: 'action.nextRing',
    keys: ['ArrowRight'],
    enabled: (s) => s.presenting,
    run: () => store().setPresentStep(nextStep(store().presentStep)),
  },
  {
    id: 'help',
    label: 'action.help',
    keys: ['?'],
    enabled: () => true,
    run: () => store().setHelpOpen(true),
  },
  {
    id: 'moveNode',
    label: 'action.moveNode',
    keys: ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'],
    handledElsewhere: true,
    enabled: () => false,
    run: () => {},
  },
];

/** Presentation steps: 1 core, 2 + complementary, 3 + context, 0 everything. */
export const PRESENT_STEPS = 4;
export function nextStep(step: number): number {
  return step === 0 ? 1 : (step + 1) % PRESENT_STEPS;
}
