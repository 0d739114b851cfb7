/**
 * Findings of the open arena, recomputed only when the partners, tags or goal change (never on a drag
 * frame: those do not reach the store), and kept identical when the result did not change, so the
 * panels re-render only when what they show changes.
 */
import { useEffect, useMemo, useRef } from 'react';
import { analyse, compositionOf, overlapFindings, type Composition, type Finding } from '../domain/analysis';
import { findOverlaps, type Overlap } from '../domain/overlap';
import { useDigests } from '../persistence/hooks';
import { useDeferredDocument } from '../store/useDeferredDocument';
import { useTrustMeasures } from './useTrustMeasures';
import { instrumentMessagesLoaded, loadInstrumentMessages } from '../i18n/instrumentMessages';
import { useT } from '../i18n/useT';

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((f, i) => {
    const g = b[i]!;
    return (
      f.key === g.key &&
      f.severity === g.severity &&
      f.partners.join() === g.partners.join() &&
      f.missing.join() === g.missing.join() &&
      f.variant === g.variant &&
      JSON.stringify(f.numbers) === JSON.stringify(g.numbers) &&
      JSON.stringify(f.categories) === JSON.stringify(g.categories)
    );
  });
}

type AnalysisInput = Parameters<typeof analyse>[0];
/** Rules whose texts come with the instruments' messages (en/nl.instruments.ts). */
const STEERING_RULES: ReadonlySet<Finding['rule']> = new Set(['marketWithoutMarket', 'heavySteering', 'coreWithoutInstrument']);
let lastInput: AnalysisInput | null = null;
let lastFindings: Finding[] = [];

/**
 * Several panels show findings of the same document (the warnings, the tab count, the presentation
 * overlay): the analysis runs once per document change, and they all share its result.
 */
function analyseOnce(input: AnalysisInput): Finding[] {
  const same =
    lastInput &&
    (Object.keys(input) as (keyof AnalysisInput)[]).every((k) => lastInput![k] === input[k]) &&
    Object.keys(lastInput).length === Object.keys(input).length;
  if (!same) {
    lastFindings = analyse(input);
    lastInput = input;
  }
  return lastFindings;
}

export function useFindings(): Finding[] {
  const partners = useDeferredDocument((s) => s.doc?.partners);
  const tags = useDeferredDocument((s) => s.doc?.tags);
  const goal = useDeferredDocument((s) => s.doc?.goal ?? '');
  const strategic = useDeferredDocument((s) => s.doc?.strategic);
  const governance = useDeferredDocument((s) => s.doc?.governance);
  const actions = useDeferredDocument((s) => s.doc?.actions);
  const id = useDeferredDocument((s) => s.doc?.id);
  const instruments = useDeferredDocument((s) => s.doc?.instruments);
  const overlaps = useOverlaps(id);
  // The ties' measures replace the group's estimate of trust, as in the advisor.
  const trust = useTrustMeasures();
  const previous = useRef<Finding[]>([]);
  const hasInstruments = !!instruments && Object.keys(instruments).length > 0;
  // The steering findings' texts come with the instruments' messages: until they are there (useT re-renders
  // when they arrive), those findings wait, rather than show a bare key.
  useEffect(() => {
    if (hasInstruments) void loadInstrumentMessages();
  }, [hasInstruments]);
  useT();
  const steeringWords = instrumentMessagesLoaded();
  return useMemo(() => {
    const next =
      partners && tags && strategic && governance && actions && id
        ? [
            ...analyseOnce({ partners, tags, goal, strategic, governance, actions, instruments, trust }).filter((f) => steeringWords || !STEERING_RULES.has(f.rule)),
            ...overlapFindings(id, overlaps.overlaps, overlaps.titles, partners),
          ]
        : [];
    if (sameFindings(previous.current, next)) return previous.current;
    previous.current = next;
    return next;
  }, [partners, tags, goal, strategic, governance, actions, instruments, trust, id, overlaps, steeringWords]);
}

const NO_OVERLAPS = { overlaps: [] as Overlap[], titles: new Map<string, string>() };

/** Overlaps of the open arena with the other saved ones, from the digest index. */
function useOverlaps(id: string | undefined): { overlaps: Overlap[]; titles: Map<string, string> } {
  const digests = useDigests();
  return useMemo(() => {
    if (!digests || !id) return NO_OVERLAPS;
    const overlaps = findOverlaps(digests).filter((o) => o.a === id || o.b === id);
    return overlaps.length ? { overlaps, titles: new Map(digests.map((d) => [d.id, d.title])) } : NO_OVERLAPS;
  }, [digests, id]);
}

export function useComposition(): Composition | null {
  const partners = useDeferredDocument((s) => s.doc?.partners);
  const tags = useDeferredDocument((s) => s.doc?.tags);
  return useMemo(() => (partners && tags ? compositionOf({ partners, tags }) : null), [partners, tags]);
}
