// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { GovernanceAdvisor } from '../../src/panels/GovernanceAdvisor';
import { ringMidRadius } from '../../src/domain/rings';
import type { Arena, Governance, Tie } from '../../src/domain/arena';
import { hydrate, iso, partnerAt, store } from './helpers';

afterEach(() => cleanup());

/** `n` partners in the core ring (p0 … p(n−1)), the group's estimates, and ties. */
function open(n: number, governance: Partial<Governance>, ties: [string, string][] = []) {
  const r = ringMidRadius('core');
  const partners = Array.from({ length: n }, (_, i) => {
    const a = (i / n) * Math.PI * 2;
    return { ...partnerAt(`Partner ${i}`, { x: Math.cos(a) * r, y: Math.sin(a) * r }, i + 1), id: `p${i}` };
  });
  const arena: Arena = hydrate(partners);
  const tieRecords: Record<string, Tie> = {};
  ties.forEach(([from, to], i) => (tieRecords[`t${i}`] = { id: `t${i}`, from, to, kind: 'trusts', note: '', createdAt: iso(1), updatedAt: iso(1) }));
  act(() => store().hydrate({ ...arena, governance: { ...arena.governance, ...governance }, ties: tieRecords }));
  render(<GovernanceAdvisor />);
}

describe('GovernanceAdvisor', () => {
  it('rules shared governance out with 9 partners at the table and says why', () => {
    open(9, { trust: 'high', consensus: 'high', competencies: 'low', form: 'shared' });
    expect(screen.getByText('Ruled out: more than 8 partners at the table.')).toBeInTheDocument();
    expect(screen.getByText(/^Shared governance is ruled out: with 9 partners at the table \(more than 8\)/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Best fit: Network administrative organisation (NAO), 2 of 4 criteria.');
    expect(screen.getByRole('status')).toHaveTextContent('The chosen form fits fewer criteria than');
  });

  it('says when the evidence is too thin to advise', () => {
    open(4, { trust: 'high' });
    expect(screen.getByRole('status')).toHaveTextContent('Too little to advise: 2 of the 4 criteria are known; Arena advises from 3.');
    expect(screen.getByText(/the advisor uses your estimate of trust/)).toBeInTheDocument();
  });

  it('measures trust from the ties once they are drawn and names the candidate lead', async () => {
    open(5, { trust: 'high', consensus: 'moderatelyLow', competencies: 'moderate' }, [
      ['p0', 'p1'],
      ['p0', 'p2'],
      ['p3', 'p0'],
      ['p0', 'p4'],
    ]);
    expect(await screen.findByText('Candidate lead organisation: Partner 0')).toBeInTheDocument();
    expect(screen.getByText('Density: 0.4 (4 of 10 possible pairs) — Moderate')).toBeInTheDocument();
    expect(screen.getByText('Centralisation: 1')).toBeInTheDocument();
    expect(screen.getByText('Moderate (measured from the ties)')).toBeInTheDocument();
    expect(screen.getByText('Not used while trust is measured from the ties.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Best fit: Lead organisation, 3.5 of 4 criteria.');
  });
});
