import { describe, expect, it } from 'vitest';
import { syncNodes, type MapPresence } from '../../../src/canvas/buildNodes';
import type { PartnerFlowNode } from '../../../src/canvas/types';
import { createPartner, type Partner } from '../../../src/domain/arena';
import type { Activity, Person } from '../../../src/store/presenceStore';

const T0 = '2025-01-01T00:00:00.000Z';
const placed = (id: string, x: number): Partner => ({ ...createPartner({ name: id }, T0, id), position: { x, y: 0 } });
const partners = Object.freeze({ a: placed('a', 100), b: placed('b', 200), c: placed('c', 300) });
const NONE = new Set<string>();
const anna: Person = { name: 'Anna', colour: '#1a5fb4', guest: 3 };
const presence = (p: Partial<MapPresence>): MapPresence => ({ drags: new Map(), activity: new Map(), arrivals: new Map(), ...p });
const partnerNode = (nodes: readonly unknown[], id: string) => (nodes as PartnerFlowNode[]).find((n) => n.id === id)!;

describe('syncNodes with the presence of a shared arena', () => {
  it('marks a partner someone drags (moved to where they have it), edits, or has just added; the others stay the same objects', () => {
    const first = syncNodes([], partners, '', NONE, NONE);
    const dragging: Activity = { ...anna, doing: 'drag' };
    const editing: Activity = { ...anna, doing: 'edit' };
    const next = syncNodes(first, partners, '', NONE, NONE, undefined, presence({
      drags: new Map([['a', { x: 150, y: 20 }]]),
      activity: new Map([
        ['a', dragging],
        ['b', editing],
      ]),
      arrivals: new Map([['c', anna]]),
    }));
    expect(partnerNode(next, 'a').data.elsewhere).toBe(dragging);
    expect(partnerNode(next, 'a').position).toEqual({ x: 150, y: 20 });
    expect(partnerNode(next, 'b').data.elsewhere).toBe(editing);
    expect(partnerNode(next, 'b').position).toEqual({ x: 200, y: 0 });
    expect(partnerNode(next, 'c').data.arrived).toBe(anna);

    // Nothing changed: the same array. The arrival over: only that node is new.
    const same = syncNodes(next, partners, '', NONE, NONE, undefined, presence({
      drags: new Map([['a', { x: 150, y: 20 }]]),
      activity: new Map([
        ['a', dragging],
        ['b', editing],
      ]),
      arrivals: new Map([['c', anna]]),
    }));
    expect(same).toBe(next);
    const over = syncNodes(next, partners, '', NONE, NONE, undefined, presence({
      drags: new Map([['a', { x: 150, y: 20 }]]),
      activity: new Map([
        ['a', dragging],
        ['b', editing],
      ]),
    }));
    expect(partnerNode(over, 'a')).toBe(partnerNode(next, 'a'));
    expect(partnerNode(over, 'b')).toBe(partnerNode(next, 'b'));
    expect(partnerNode(over, 'c')).not.toBe(partnerNode(next, 'c'));
    expect(partnerNode(over, 'c').data.arrived).toBeUndefined();
    expect('elsewhere' in partnerNode(over, 'c').data).toBe(false);
  });

  it('a node under this device’s own pointer shows no one else on it', () => {
    const first = syncNodes([], partners, '', NONE, NONE).map((n) => (n.id === 'a' ? { ...n, dragging: true, position: { x: 120, y: 5 } } : n));
    const next = syncNodes(first, partners, '', NONE, NONE, undefined, presence({
      drags: new Map([['a', { x: 150, y: 20 }]]),
      activity: new Map([['a', { ...anna, doing: 'drag' }]]),
    }));
    expect(partnerNode(next, 'a').position).toEqual({ x: 120, y: 5 });
    expect(partnerNode(next, 'a').data.elsewhere).toBeUndefined();
  });
});
