/**
 * Actions on the parts of the arena analysis beyond the map: the strategic question, governance,
 * actions with their partners, resources per partner, and the team's roles self-check. Each is one
 * undo step through the document store's commit.
 */
import { castDraft } from 'immer';
import { useDocumentStore } from './documentStore';
import { forgetAction } from './sessionStore';
import { newId } from '../domain/ids';
import type { Governance, Involvement, Resource, ResourceKind, Score, Strategic } from '../domain/arena';
import { checkName } from '../domain/arena';

const commit = (...args: Parameters<ReturnType<typeof useDocumentStore.getState>['commit']>) => useDocumentStore.getState().commit(...args);
const doc = () => useDocumentStore.getState().doc;

function changed<T extends object>(current: T, patch: Partial<T>): boolean {
  return (Object.keys(patch) as (keyof T)[]).some((k) => patch[k] !== current[k]);
}

export function setStrategic(patch: Partial<Omit<Strategic, 'updatedAt'>>): void {
  const current = doc()?.strategic;
  if (!current || !changed(current, patch)) return;
  commit((d, now) => {
    Object.assign(d.strategic, patch, { updatedAt: now });
  });
}

export function setGovernance(patch: Partial<Omit<Governance, 'updatedAt'>>): void {
  const current = doc()?.governance;
  if (!current || !changed(current, patch)) return;
  commit((d, now) => {
    Object.assign(d.governance, patch, { updatedAt: now });
  });
}

export function addAction(title: string): { ok: true; id: string } | { ok: false; error: 'empty' | 'tooLong' } {
  const check = checkName(title);
  if (!check.ok) return check;
  const id = newId();
  const ok = commit((d, now) => {
    d.actions[id] = { id, title: check.value, description: '', involvement: {}, createdAt: now, updatedAt: now };
  });
  return ok ? { ok: true, id } : { ok: false, error: 'empty' };
}

export function updateAction(id: string, patch: { title?: string; description?: string }): void {
  const current = doc()?.actions[id];
  if (!current) return;
  const next = { ...patch };
  if (next.title !== undefined) {
    const check = checkName(next.title);
    if (!check.ok) delete next.title;
    else next.title = check.value;
  }
  if (!changed(current, next)) return;
  commit((d, now) => {
    const a = d.actions[id];
    if (a) Object.assign(a, next, { updatedAt: now });
  });
}

export function deleteAction(id: string): void {
  if (!doc()?.actions[id]) return;
  commit((d) => {
    delete d.actions[id];
  });
  forgetAction(id);
}

/** Sets how a partner is involved in an action; null takes it out of the action. */
export function setInvolvement(actionId: string, partnerId: string, involvement: Involvement | null): void {
  const action = doc()?.actions[actionId];
  if (!action || !doc()?.partners[partnerId]) return;
  if ((action.involvement[partnerId] ?? null) === involvement) return;
  commit((d, now) => {
    const a = d.actions[actionId];
    if (!a) return;
    if (involvement) a.involvement[partnerId] = involvement;
    else delete a.involvement[partnerId];
    a.updatedAt = now;
  });
}

export function addResource(partnerId: string, kind: ResourceKind): string | null {
  if (!doc()?.partners[partnerId]) return null;
  const id = newId();
  commit((d, now) => {
    const p = d.partners[partnerId];
    if (!p) return;
    const resource: Resource = { id, kind, importance: 3, replaceability: 2, note: '', updatedAt: now };
    p.resources[id] = castDraft(resource);
    p.updatedAt = now;
  });
  return id;
}

export function updateResource(partnerId: string, resourceId: string, patch: Partial<{ kind: ResourceKind; importance: Score; replaceability: Score; note: string }>): void {
  const current = doc()?.partners[partnerId]?.resources[resourceId];
  if (!current || !changed(current, patch)) return;
  commit((d, now) => {
    const p = d.partners[partnerId];
    const r = p?.resources[resourceId];
    if (!p || !r) return;
    Object.assign(r, patch, { updatedAt: now });
    p.updatedAt = now;
  });
}

export function removeResource(partnerId: string, resourceId: string): void {
  if (!doc()?.partners[partnerId]?.resources[resourceId]) return;
  commit((d, now) => {
    const p = d.partners[partnerId];
    if (!p) return;
    delete p.resources[resourceId];
    p.updatedAt = now;
  });
}

export function addTeamMember(name: string): { ok: true; id: string } | { ok: false; error: 'empty' | 'tooLong' } {
  const check = checkName(name);
  if (!check.ok) return check;
  const id = newId();
  commit((d, now) => {
    d.team[id] = { id, name: check.value, answers: {}, createdAt: now, updatedAt: now };
  });
  return { ok: true, id };
}

export function removeTeamMember(id: string): void {
  if (!doc()?.team[id]) return;
  commit((d) => {
    delete d.team[id];
  });
}

export function setAnswer(memberId: string, statementId: string, value: number | null): void {
  const member = doc()?.team[memberId];
  if (!member || (member.answers[statementId] ?? null) === value) return;
  commit((d, now) => {
    const m = d.team[memberId];
    if (!m) return;
    if (value === null) delete m.answers[statementId];
    else m.answers[statementId] = value;
    m.updatedAt = now;
  });
}
