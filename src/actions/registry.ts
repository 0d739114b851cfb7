/**
 * Every user action with a shortcut, in one place: what it does, its keys, its label. The keyboard
 * handler, the help dialog and the buttons all read this list.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { canRedo, canUndo, useDocumentStore, type DocumentState } from '../store/documentStore';
import { useSessionStore, type SessionState } from '../store/sessionStore';
import { deletePartners, duplicatePartner } from '../store/partnerActions';
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
  enabled(doc: DocumentState, session: SessionState): boolean;
  run(ctx: ActionContext): void;
}

const session = () => useSessionStore.getState();
const editable = (d: DocumentState) => !!d.doc && !d.readOnly;

export const ACTIONS: readonly Action[] = [
  {
    id: 'addPartner',
    label: 'action.addPartner',
    keys: ['N'],
    enabled: editable,
    run: () => session().setAddOpen(true),
  },
  {
    id: 'search',
    label: 'action.search',
    keys: ['/', 'Mod+F'],
    enabled: (d) => !!d.doc,
    run: () => session().requestSearch(),
  },
  {
    id: 'delete',
    label: 'action.delete',
    keys: ['Delete', 'Backspace'],
    enabled: (d, s) => editable(d) && (s.selection.length > 0 || !!s.selectedId),
    run: () => {
      const s = session();
      deletePartners(s.selection.length ? s.selection : s.selectedId ? [s.selectedId] : []);
    },
  },
  {
    id: 'duplicate',
    label: 'action.duplicate',
    keys: ['Mod+D'],
    enabled: (d, s) => editable(d) && !!s.selectedId,
    run: ({ t }) => {
      const { selectedId } = session();
      if (selectedId) duplicatePartner(selectedId, (name) => t('partners.copyName', { name }));
    },
  },
  {
    id: 'selectAll',
    label: 'action.selectAll',
    keys: ['Mod+A'],
    enabled: (d) => !!d.doc,
    run: () => session().selectAll(),
  },
  {
    id: 'undo',
    label: 'action.undo',
    keys: ['Mod+Z'],
    enabled: (d) => editable(d) && canUndo(d),
    run: () => useDocumentStore.getState().undo(),
  },
  {
    id: 'redo',
    label: 'action.redo',
    keys: ['Mod+Shift+Z', 'Ctrl+Y'],
    enabled: (d) => editable(d) && canRedo(d),
    run: () => useDocumentStore.getState().redo(),
  },
  {
    id: 'zoomToFit',
    label: 'action.zoomToFit',
    keys: ['F'],
    enabled: (d) => !!d.doc,
    // The map fits itself to where its partners are (canvas/mapFocus.ts), as when it opens.
    run: () => zoomToFit(),
  },
  {
    id: 'tidy',
    label: 'action.tidy',
    keys: ['T'],
    enabled: (d) => editable(d) && Object.keys(d.doc?.partners ?? {}).length > 1,
    run: () => tidyMap(),
  },
  {
    id: 'present',
    label: 'action.present',
    keys: ['P'],
    enabled: (d) => !!d.doc,
    run: () => session().setPresenting(!session().presenting),
  },
  {
    id: 'nextRing',
    label: 'action.nextRing',
    keys: ['ArrowRight'],
    enabled: (_d, s) => s.presenting,
    run: () => session().setPresentStep(nextStep(session().presentStep)),
  },
  {
    id: 'help',
    label: 'action.help',
    keys: ['?'],
    enabled: () => true,
    run: () => session().setHelpOpen(true),
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
