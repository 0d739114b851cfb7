// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TeamPanel } from '../../src/panels/TeamPanel';
import { ROLE_STATEMENTS } from '../../src/domain/roles';
import { en as core } from '../../src/i18n/en';
import { enAnalysis } from '../../src/i18n/en.analysis';
import { doc, hydrate, renderInFlow, store } from './helpers';

const en = { ...core, ...enAnalysis };

afterEach(cleanup);

/** Answers every statement of the given roles with `value` for one member, through the store. */
function answer(memberId: string, roles: (keyof typeof ROLE_STATEMENTS)[], value: number) {
  act(() => {
    for (const role of roles) for (const sid of ROLE_STATEMENTS[role]) store().commit((d) => void (d.team[memberId]!.answers[sid] = value));
  });
}

describe('TeamPanel', () => {
  it('adds colleagues, records answers by clicking, and names the roles nobody covers', async () => {
    const user = userEvent.setup();
    hydrate();
    renderInFlow(<TeamPanel />);
    await user.type(screen.getByRole('textbox', { name: en['team.colleague'] }), 'An');
    await user.click(screen.getByRole('button', { name: en['team.add'] }));
    await user.type(screen.getByRole('textbox', { name: en['team.colleague'] }), 'Bram');
    await user.click(screen.getByRole('button', { name: en['team.add'] }));
    const [an, bram] = Object.values(doc().team).sort((a, b) => a.name.localeCompare(b.name));

    // An answers the operator statements by clicking "5".
    const anItem = screen.getByText('An').closest('li')!;
    await user.click(screen.getByText('An'));
    for (const sid of ROLE_STATEMENTS.operator) {
      const group = within(anItem).getByRole('radiogroup', { name: en[`roles.statement.${sid}` as keyof typeof en] });
      await user.click(within(group).getByRole('radio', { name: `5: ${en['roles.scale.5']}` }));
    }
    expect(doc().team[an!.id]!.answers['operator.1']).toBe(5);
    // What 1 and 5 mean is on screen at the ends of every scale, not in a tooltip.
    const firstStatement = within(anItem).getByRole('radiogroup', { name: en[`roles.statement.${ROLE_STATEMENTS.operator[0]}` as keyof typeof en] });
    const ends = firstStatement.querySelector('.agree-scale-ends')!;
    expect([...ends.children].map((e) => e.textContent)).toEqual([en['roles.scale.1'], en['roles.scale.5']]);
    expect(within(anItem).getAllByText(en['roles.scale.5'])).toHaveLength(Object.values(ROLE_STATEMENTS).flat().length);
    expect(firstStatement.querySelector('[title]')).toBeNull();
    answer(bram!.id, ['promoter', 'champion'], 4);

    const view = await screen.findByRole('region', { name: en['team.view'] });
    expect(within(view).getByRole('status')).toHaveTextContent('Nobody in the team covers: Vision keeper and Creative thinker.');
    expect(view).toHaveTextContent('Network operator: Covered by An');
    expect(view).toHaveTextContent('Network champion: Covered by Bram');
  });

  it('warns when one person carries all five roles, and says when every role is covered', () => {
    hydrate();
    renderInFlow(<TeamPanel />);
    const r = (name: string) => {
      act(() => {
        store().commit((d, now) => {
          d.team[name] = { id: name, name, answers: {}, createdAt: now, updatedAt: now };
        });
      });
      return name;
    };
    const solo = r('Sam');
    answer(solo, ['operator', 'promoter', 'visionKeeper', 'creativeThinker', 'champion'], 5);
    expect(screen.getByRole('alert')).toHaveTextContent('Sam covers all five roles.');
    expect(screen.getByRole('status')).toHaveTextContent(en['roles.allCovered']);
  });
});
