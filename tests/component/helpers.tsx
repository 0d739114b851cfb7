/** Helpers of the component tests: a hydrated store and the React Flow provider the panels need. */
import type { ReactNode } from 'react';
import { act, render } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { useDocumentStore } from '../../src/store/documentStore';
import { useSessionStore } from '../../src/store/sessionStore';
import { createArena, createPartner, type Arena, type Partner } from '../../src/domain/arena';
import type { Point } from '../../src/domain/rings';

const BASE = Date.UTC(2025, 0, 1);
let tick = 0;

export function iso(second: number): string {
  return new Date(BASE + second * 1000).toISOString();
}

export function partnerAt(name: string, position: Point | null, second: number, overrides: Partial<Partner> = {}): Partner {
  return { ...createPartner({ name }, iso(second)), position, ...overrides };
}

/** Opens `partners` in a fresh arena in the store, with a deterministic clock. */
export function hydrate(partners: readonly Partner[] = []): Arena {
  tick = 100;
  const arena = createArena('Component test', iso(0), 'arena-c');
  for (const p of partners) arena.partners[p.id] = p;
  act(() => {
    useDocumentStore.getState().hydrate(arena);
    useDocumentStore.setState({ now: () => iso(++tick) });
  });
  return arena;
}

export function renderInFlow(ui: ReactNode) {
  return render(<ReactFlowProvider>{ui}</ReactFlowProvider>);
}

export const store = () => useDocumentStore.getState();
export const session = () => useSessionStore.getState();
export const doc = (): Arena => {
  const d = store().doc;
  if (!d) throw new Error('no document');
  return d;
};

/**
 * jsdom has no pointer capture; the list's drag handles call it on pointerdown. Installs no-op versions
 * (only where missing) and returns a function that removes them again.
 */
export function installPointerCapture(): () => void {
  const proto = Element.prototype as unknown as Record<string, unknown>;
  const added: string[] = [];
  const captured = new WeakMap<Element, Set<number>>();
  const impl: Record<string, (this: Element, id: number) => unknown> = {
    setPointerCapture(id) {
      const set = captured.get(this) ?? new Set<number>();
      set.add(id);
      captured.set(this, set);
    },
    releasePointerCapture(id) {
      captured.get(this)?.delete(id);
    },
    hasPointerCapture(id) {
      return captured.get(this)?.has(id) ?? false;
    },
  };
  for (const [name, fn] of Object.entries(impl)) {
    if (typeof proto[name] !== 'function') {
      proto[name] = fn;
      added.push(name);
    }
  }
  return () => {
    for (const name of added) delete proto[name];
  };
}
