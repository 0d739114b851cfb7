import { describe, expect, it } from 'vitest';
import { analyse, overlapFindings, type Finding } from '../../../src/domain/analysis';
import { digestOf, findOverlaps } from '../../../src/domain/overlap';
import { translator } from '../../../src/i18n';
import { en } from '../../../src/i18n/en';
import { nl } from '../../../src/i18n/nl';
import { findingText, formatNumber, formatPercent } from '../../../src/panels/findingText';
import { childPovertyArena } from '../../fixtures/arenas/childPoverty';
import { CONCRETE_GOAL, CONTEXT, addAction, arenaWith, times } from '../analysis/helpers';

const tEn = translator(en);
const tNl = translator(nl);

describe('number formats', () => {
  it('writes percentages and decimals as each language does', () => {
    expect(formatPercent(2 / 3, 'en')).toBe('67%');
    expect(formatPercent(2 / 3, 'nl')).toBe('67\u00a0%');
    expect(formatPercent(1, 'nl')).toBe('100\u00a0%');
    expect(formatNumber(0.5, 'en')).toBe('0.5');
    expect(formatNumber(0.5, 'nl')).toBe('0,5');
    expect(formatNumber(0.4567, 'nl')).toBe('0,46');
  });
});

describe('findings about an action', () => {
  // A table of care partners, and an action carried by three enforcing partners from the context ring.
  function arena() {
    const a = arenaWith(
      [
        ...times(3, { expertise: ['welfare'], style: 'care', perspective: ['user'] }),
        ...times(3, { expertise: ['safety'], style: 'enforcing', perspective: ['provider'], position: CONTEXT }),
      ],
      CONCRETE_GOAL,
    );
    addAction(a, 'visits', { p0003: 'decide', p0004: 'produce', p0005: 'consult' }, 'Huisbezoeken');
    return a;
  }
  const style = (findings: Finding[]) => findings.find((f) => f.actionId === 'visits' && f.rule === 'oneSidedStyle')!;

  it('name the action in the title and speak of the action, not of the table (en)', () => {
    const a = arena();
    const text = findingText(style(analyse(a)), tEn, a, 'en');
    expect(text.title).toBe('In “Huisbezoeken”: one working style (Enforcing)');
    expect(text.why).toBe('Most partners in this action work the same way (‘Enforcing’, 100%). One style sees one kind of solution.');
    expect(text.why).not.toMatch(/at the table/);
    const perspective = findingText(analyse(a).find((f) => f.key === 'action:visits:missingUserPerspective:')!, tEn, a, 'en');
    expect(perspective.title).toBe('In “Huisbezoeken”: no user or resident perspective');
    expect(perspective.why).not.toMatch(/at the table/);
  });

  it('… and in Dutch', () => {
    const a = arena();
    const text = findingText(style(analyse(a)), tNl, a, 'nl');
    expect(text.title).toBe('In “Huisbezoeken”: één werkstijl (Handhavend)');
    expect(text.why).toBe('De meeste partners in deze actie werken op dezelfde manier (‘Handhavend’, 100\u00a0%). Eén stijl ziet één soort oplossing.');
    expect(text.suggestion).toMatch(/^Betrek een partner die anders werkt, bijvoorbeeld ‘Hulpverlenend’, ‘Beleidsmatig’, ‘Ondernemend’ of ‘Verbindend \/ gemeenschapsopbouw’\.$/);
  });

  it('two actions with the same finding no longer read as duplicates', () => {
    const a = arena();
    addAction(a, 'patrol', { p0003: 'decide', p0004: 'produce', p0005: 'consult' }, 'Avondpatrouille');
    const titles = analyse(a)
      .filter((f) => f.rule === 'oneSidedStyle' && f.actionId !== undefined)
      .map((f) => findingText(f, tEn, a, 'en').title);
    expect(titles.sort()).toEqual(['In “Avondpatrouille”: one working style (Enforcing)', 'In “Huisbezoeken”: one working style (Enforcing)']);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('every text of every rule about an action is told about the action where the table text says “at the table”', () => {
    for (const [key, value] of Object.entries(en)) {
      const action = key.match(/^rule\.(\w+)\.action\.(title|why)$/);
      if (!action) continue;
      if (action[2] === 'title') expect(value, key).toMatch(/^In “\{action\}”: /);
      else expect(value, key).not.toMatch(/at the table/);
      const dutch = nl[key as keyof typeof nl];
      if (action[2] === 'title') expect(dutch, key).toMatch(/^In “\{action\}”: /);
      else expect(dutch, key).not.toMatch(/aan tafel/);
    }
  });
});

describe('lone voices', () => {
  it('one note names every category with its partner; labels keep their own case', () => {
    const a = childPovertyArena();
    const f = analyse(a).find((x) => x.key === 'token:')!;
    const english = findingText(f, tEn, a, 'en');
    expect(english.title).toBe('Lone voices: User / target group, Resident / citizen');
    expect(english.why).toBe(
      'Only one partner at the table brings each of these: ‘User / target group’ (Vereniging waar armen het woord nemen ‘t Vlot); ‘Resident / citizen’ (Bewonersgroep Dampoort). A lone voice is easily ignored; about three start to count.',
    );
    const dutch = findingText(f, tNl, a, 'nl');
    expect(dutch.title).toBe('Eenzame stemmen: Gebruiker / doelgroep, Bewoner / burger');
    expect(dutch.why).toMatch(/: ‘Gebruiker \/ doelgroep’ \(Vereniging waar armen het woord nemen ‘t Vlot\); ‘Bewoner \/ burger’ \(Bewonersgroep Dampoort\)\. /);
  });

  it('one lone voice reads in the singular, in an action with the action’s name', () => {
    const a = childPovertyArena();
    const f = analyse(a).find((x) => x.key === 'action:huisbezoeken:token:')!;
    expect(findingText(f, tEn, a, 'en').title).toBe('In “Huisbezoeken bij jonge gezinnen”: lone voice (Government / policy)');
    expect(findingText(f, tEn, a, 'en').why).toBe(
      'In this action, only OCMW Gent (Sociaal Huis Noord) brings ‘Government / policy’. A lone voice is easily ignored; about three start to count.',
    );
    expect(findingText(f, tNl, a, 'nl').title).toBe('In “Huisbezoeken bij jonge gezinnen”: eenzame stem (Overheid / beleid)');
  });

  it('a Dutch label is not lower-cased into a sentence', () => {
    const a = arenaWith([...times(3, { style: 'care' }), { style: 'community' }]);
    const f = analyse(a).find((x) => x.rule === 'token')!;
    const text = findingText(f, tNl, a, 'nl');
    expect(text.why).toContain('‘Verbindend / gemeenschapsopbouw’');
    expect(text.suggestion).toBe('Is het belangrijk voor de doelstelling, voeg dan een of twee partners toe die het ook inbrengen, of zorg dat Partner p0003 het woord krijgt.');
    expect(`${text.title} ${text.why} ${text.suggestion}`).not.toMatch(/verbindend \//);
  });

  it('a long list of lone voices is cut short in the title, never in the sentence', () => {
    const a = arenaWith([
      ...times(6, { expertise: ['welfare'] }),
      ...['safety', 'housing', 'work', 'health', 'education'].map((key) => ({ expertise: [key] })),
    ]);
    const f = analyse(a).find((x) => x.rule === 'token')!;
    expect(findingText(f, tEn, a, 'en').title).toBe('Lone voices: Housing, Work & activation, Health, Education and 1 more');
    expect(findingText(f, tNl, a, 'nl').title).toBe('Eenzame stemmen: Wonen, Werk en activering, Gezondheid, Onderwijs en nog 1');
    expect(findingText(f, tEn, a, 'en').why).toContain('‘Safety’');
  });
});

describe('overlapping arenas', () => {
  function pair() {
    const mine = arenaWith([
      { name: 'Lokale Politie Gent', expertise: ['safety'] },
      { name: 'OCMW Gent', expertise: ['welfare'] },
      { name: 'CAW Oost-Vlaanderen', expertise: ['welfare'] },
      { name: 'Buurtwerk', expertise: ['welfare'] },
      { name: 'Huis van het Kind', expertise: ['family'] },
    ]);
    mine.id = 'mine';
    const other = arenaWith([
      { name: 'lokale politie gent', expertise: ['safety'] },
      { name: 'ocmw  gent', expertise: ['welfare'] },
      { name: 'CAW OOST-VLAANDEREN', expertise: ['welfare'] },
      { name: 'Buurtwerk', expertise: ['welfare'] },
    ]);
    other.id = 'other';
    const [f] = overlapFindings('mine', findOverlaps([digestOf(mine), digestOf(other)]), { other: 'Veilig station' }, mine.partners);
    return { mine, f: f! };
  }

  it('describes the similarity in words and a percentage, in each language’s format', () => {
    const { mine, f } = pair();
    expect(f.numbers).toMatchObject({ shared: 4, jaccard: 0.8 });
    const english = findingText(f, tEn, mine, 'en');
    expect(english.why).toMatch(/^Of the 5 partners at the two tables, 4 sit at both \(80%\), in related domains\. /);
    const dutch = findingText(f, tNl, mine, 'nl');
    expect(dutch.why).toMatch(/^Van de 5 partners aan de twee tafels zitten er 4 aan beide \(80\u00a0%\), in verwante domeinen\. /);
    for (const text of [english, dutch]) expect(`${text.why} ${text.source}`).not.toMatch(/similarity [0-9]|gelijkenis [0-9]|\{/);
  });

  it('names the shared partners as this arena wrote them', () => {
    const { mine, f } = pair();
    expect(f.partners.map((id) => mine.partners[id]!.name)).toEqual(['Lokale Politie Gent', 'OCMW Gent', 'CAW Oost-Vlaanderen', 'Buurtwerk']);
  });
});

describe('thresholds in the texts', () => {
  it('a decimal threshold is written with a comma in Dutch', () => {
    const a = arenaWith([...times(5, { expertise: ['welfare'] }), { expertise: ['safety'] }]);
    const f = analyse(a).find((x) => x.rule === 'lowVariety')!;
    expect(findingText(f, tNl, a, 'nl').why).toMatch(/onder 0,5\)/);
    expect(findingText(f, tEn, a, 'en').why).toMatch(/below 0\.5\)/);
  });
});
