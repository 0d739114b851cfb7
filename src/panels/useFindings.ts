/**
 * Findings of the open arena, recomputed only when the partners, tags or goal change (never on a drag
 * frame: those do not reach the store), and kept identical when the result did not change, so the
 * panels re-render only when what they show changes.
 */
import { useMemo, useRef } from 'react';
import { analyse, compositionOf, type Composition, type Finding } from '../domain/analysis';
import { useEditorStore } from '../store/editorStore';

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((f, i) => {
    const g = b[i]!;
    return (
      f.key === g.key &&
      f.severity === g.severity &&
      f.partners.join() === g.partners.join() &&
      f.missing.join() === g.missing.join() &&
      JSON.stringify(f.numbers) === JSON.stringify(g.numbers)
    );
  });
}

export function useFindings(): Finding[] {
  const partners = useEditorStore((s) => s.doc?.partners);
  const tags = useEditorStore((s) => s.doc?.tags);
  const goal = useEditorStore((s) => s.doc?.goal ?? '');
  const previous = useRef<Finding[]>([]);
  return useMemo(() => {
    const next = partners && tags ? analyse({ partners, tags, goal }) : [];
    if (sameFindings(previous.current, next)) return previous.current;
    previous.current = next;
    return next;
  }, [partners, tags, goal]);
}

export function useComposition(): Composition | null {
  const partners = useEditorStore((s) => s.doc?.partners);
  const tags = useEditorStore((s) => s.doc?.tags);
  return useMemo(() => (partners && tags ? compositionOf({ partners, tags }) : null), [partners, tags]);
}
