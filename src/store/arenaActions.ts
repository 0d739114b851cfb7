/**
 * Actions on the arena as a whole: its title and goal, its own tags, and the warnings acknowledged with
 * a reason. Each is one undo step through the document store's commit.
 */
import { useDocumentStore } from './documentStore';
import type { Attribute } from '../domain/vocabularies';
import { CUSTOM_PREFIX } from '../domain/vocabularies';
import { normaliseName } from '../domain/arena';
import { newId } from '../domain/ids';

const store = () => useDocumentStore.getState();
const commit = (...args: Parameters<ReturnType<typeof useDocumentStore.getState>['commit']>) => store().commit(...args);

export function setTitle(title: string): void {
  const value = title.trim();
  if (!value || store().doc?.title === value) return;
  commit((doc) => {
    doc.title = value;
  });
}

export function setGoal(goal: string): void {
  if (store().doc?.goal === goal) return;
  commit((doc) => {
    doc.goal = goal;
  });
}

/** An own tag of this arena; one with the same label (case and accents ignored) is reused. */
export function addCustomTag(attribute: Attribute, label: string): string | null {
  const value = label.trim();
  const { doc, readOnly } = store();
  if (!value || !doc || readOnly) return null;
  const existing = Object.values(doc.tags).find((tag) => tag.attribute === attribute && normaliseName(tag.label) === normaliseName(value));
  if (existing) return existing.id;
  const id = `${CUSTOM_PREFIX}${newId()}`;
  commit((d, now) => {
    d.tags[id] = { id, attribute, label: value, updatedAt: now };
  });
  return id;
}

export function acknowledge(findingKey: string, reason: string): void {
  const value = reason.trim();
  if (store().doc?.acknowledgements[findingKey]?.reason === value) return;
  commit((doc, now) => {
    doc.acknowledgements[findingKey] = { id: findingKey, reason: value, updatedAt: now };
  });
}

export function unacknowledge(findingKey: string): void {
  if (!store().doc?.acknowledgements[findingKey]) return;
  commit((doc) => {
    delete doc.acknowledgements[findingKey];
  });
}
