import { describe, expect, it } from 'vitest';
import { dismissalKey, editDistance, findDuplicates, type DuplicateGroup } from '../../../src/domain/duplicates';
import { partnerDirectory } from '../../../src/domain/partnerDirectory';
import { arenaWith } from '../analysis/helpers';

/** The groups found among these names, as names (earliest first) and the reason's kind. */
function groupsOf(names: string[], options?: Parameters<typeof findDuplicates>[1]) {
  const arena = arenaWith(names.map((name) => ({ name })));
  return findDuplicates(arena.partners, options).map((g: DuplicateGroup) => ({
    names: g.ids.map((id) => arena.partners[id]!.name),
    reason: g.reason.kind,
    ...(g.reason.kind === 'directory' ? { known: g.reason.known } : {}),
  }));
}

const pair = (a: string, b: string) => groupsOf([a, b]);

describe('findDuplicates: the rules', () => {
  it('a name and the same name with more words: "CAW" / "CAW Oost-Vlaanderen"', () => {
    expect(pair('CAW', 'CAW Oost-Vlaanderen')).toEqual([{ names: ['CAW', 'CAW Oost-Vlaanderen'], reason: 'contains' }]);
    expect(pair('Stad Gent', 'Gent')).toEqual([{ names: ['Stad Gent', 'Gent'], reason: 'contains' }]);
    expect(pair('CAW Oost', 'Het CAW Oost-Vlaanderen')).toEqual([{ names: ['CAW Oost', 'Het CAW Oost-Vlaanderen'], reason: 'contains' }]);
  });

  it('words, not letters: "CAW" / "CAWA", "Politie" / "Politiezone Gent", "CAW" / "Ocaw" are not duplicates', () => {
    expect(pair('CAW', 'CAWA')).toEqual([]);
    expect(pair('Politie', 'Politiezone Gent')).toEqual([]);
    expect(pair('CAW', 'Ocaw')).toEqual([]);
    expect(pair('CAW Gent', 'CAW Antwerpen')).toEqual([]);
  });

  it('case, accents, spacing, punctuation and small words do not make two names', () => {
    expect(pair('Ocmw Gent', 'OCMW  GENT')).toEqual([{ names: ['Ocmw Gent', 'OCMW  GENT'], reason: 'sameName' }]);
    expect(pair('Café De Zon', 'cafe de zon')).toEqual([{ names: ['Café De Zon', 'cafe de zon'], reason: 'sameName' }]);
    expect(pair('CAW Oost-Vlaanderen', 'CAW Oost Vlaanderen')).toEqual([{ names: ['CAW Oost-Vlaanderen', 'CAW Oost Vlaanderen'], reason: 'sameName' }]);
    expect(pair('Het Huis van het Kind', 'Huis Kind')).toEqual([{ names: ['Het Huis van het Kind', 'Huis Kind'], reason: 'sameName' }]);
  });

  it('three of the same name are one group, and the earliest stands for them against the others', () => {
    expect(groupsOf(['CAW', 'caw', 'Cáw', 'CAW Oost-Vlaanderen'])).toEqual([
      { names: ['CAW', 'caw', 'Cáw'], reason: 'sameName' },
      { names: ['CAW', 'CAW Oost-Vlaanderen'], reason: 'contains' },
    ]);
  });

  it('initials of three words or more: "OCMW" / "Openbaar Centrum voor Maatschappelijk Welzijn"', () => {
    expect(pair('Openbaar Centrum voor Maatschappelijk Welzijn', 'OCMW')).toEqual([
      { names: ['Openbaar Centrum voor Maatschappelijk Welzijn', 'OCMW'], reason: 'acronym' },
    ]);
    expect(pair('CAW', 'Centrum Algemeen Welzijnswerk')).toEqual([{ names: ['CAW', 'Centrum Algemeen Welzijnswerk'], reason: 'acronym' }]);
    // Two words are not enough to tell.
    expect(pair('KG', 'Kind Gezin')).toEqual([]);
  });

  it('a letter off in a long word is a typo; short words must match exactly', () => {
    expect(pair('Welzijnsschakel', 'Welzijnschakel')).toEqual([{ names: ['Welzijnsschakel', 'Welzijnschakel'], reason: 'typo' }]);
    expect(pair('Buurtwerk Noord', 'Buurtwrek Noord')).toEqual([{ names: ['Buurtwerk Noord', 'Buurtwrek Noord'], reason: 'typo' }]);
    expect(pair('Samenlevingsopbouw', 'Samenlevingsopbuow')).toEqual([{ names: ['Samenlevingsopbouw', 'Samenlevingsopbuow'], reason: 'typo' }]);
    // Two letters off in a word of ten letters or more.
    expect(pair('Samenlevingsopbouw', 'Samenlevinsopbow')).toEqual([{ names: ['Samenlevingsopbouw', 'Samenlevinsopbow'], reason: 'typo' }]);
    // Gent and Genk are two places; VDAB and VADB too short to tell without the directory.
    expect(pair('OCMW Gent', 'OCMW Genk')).toEqual([]);
    expect(pair('VDAB', 'VADB')).toEqual([]);
    expect(pair('Fedasil', 'Fedasol Brussel')).toEqual([]);
    // Two letters off in a word under ten letters is another word.
    expect(pair('Kinderopvang', 'Kinderopvangen Noord')).toEqual([]);
    expect(pair('Jeugdhuis', 'Jeugdhof')).toEqual([]);
  });
});

describe('findDuplicates: the partner directory', () => {
  const directory = partnerDirectory([
    arenaWith([{ name: 'VDAB' }, { name: 'Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding' }, { name: 'CAW' }, { name: 'Fedasil' }]),
  ]);

  it('two names of one known organisation are offered: a typo in a short name, or its initials', () => {
    expect(groupsOf(['VDAB', 'VADB'], { known: directory })).toEqual([{ names: ['VDAB', 'VADB'], reason: 'directory', known: 'VDAB' }]);
    expect(groupsOf(['Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding', 'VADB'], { known: directory })).toEqual([
      { names: ['Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding', 'VADB'], reason: 'directory', known: 'VDAB' },
    ]);
    // Without the directory, neither pair is offered.
    expect(groupsOf(['VDAB', 'VADB'])).toEqual([]);
    expect(groupsOf(['Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding', 'VADB'])).toEqual([]);
  });

  it('is not asked to guess: "CAW" / "CAWA" stay apart even when CAW is known, and unknown short names too', () => {
    expect(groupsOf(['CAW', 'CAWA'], { known: directory })).toEqual([]);
    expect(groupsOf(['ABCD', 'ABDC'], { known: directory })).toEqual([]);
  });

  it('a directory of this arena alone adds nothing new', () => {
    const arena = arenaWith([{ name: 'Jeugdhuis' }, { name: 'Jeugdhof' }]);
    expect(findDuplicates(arena.partners, { known: partnerDirectory([arena]) })).toEqual([]);
  });
});

describe('findDuplicates: answers and order', () => {
  it('a pair said to be not the same is not offered again; a group only when every pair in it was answered', () => {
    const arena = arenaWith([{ name: 'CAW' }, { name: 'CAW Oost-Vlaanderen' }, { name: 'caw' }]);
    const [a, b, c] = Object.keys(arena.partners) as [string, string, string];
    const dismissed = new Set([dismissalKey(b, a)]);
    const groups = findDuplicates(arena.partners, { isDismissed: (k) => dismissed.has(k) });
    expect(groups.map((g) => g.reason.kind)).toEqual(['sameName']);
    dismissed.add(dismissalKey(a, c));
    expect(findDuplicates(arena.partners, { isDismissed: (k) => dismissed.has(k) })).toEqual([]);
    expect(dismissalKey(a, b)).toBe(dismissalKey(b, a));
  });

  it('groups come in the order of their earliest partner, each group earliest first', () => {
    expect(groupsOf(['Politie', 'OCMW', 'CAW Gent', 'CAW', 'Politie Gent'])).toEqual([
      { names: ['Politie', 'Politie Gent'], reason: 'contains' },
      { names: ['CAW Gent', 'CAW'], reason: 'contains' },
    ]);
  });

  it('no duplicates among distinct names, and none in an empty arena', () => {
    expect(groupsOf(['CAW', 'OCMW', 'Politie', 'VDAB', 'Kind en Gezin', 'Huis van het Kind', 'Stad Gent'])).toEqual([]);
    expect(groupsOf([])).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours, and stops past the maximum', () => {
    expect(editDistance('vdab', 'vadb', 2)).toBe(1);
    expect(editDistance('gent', 'genk', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcd', 2)).toBe(3);
    expect(editDistance('', '', 0)).toBe(0);
  });
});
