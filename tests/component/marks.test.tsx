// @vitest-environment jsdom
/**
 * Perspective and style marks: letters that read right in the UI language, and one source for the map's
 * nodes, the legend and the report image.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { PartnerNode } from '../../src/canvas/PartnerNode';
import type { PartnerFlowNode } from '../../src/canvas/types';
import { Legend } from '../../src/canvas/Legend';
import { NodeLabelsContext } from '../../src/canvas/nodeLabels';
import { OWN_PERSPECTIVE_MARK, perspectiveMark, styleMark } from '../../src/canvas/marks';
import { loadLanguage } from '../../src/i18n/useT';
import { translator, type MessageKey } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { PERSPECTIVE_KEYS, STYLE_KEYS } from '../../src/domain/vocabularies';
import { analyse } from '../../src/domain/analysis';
import { drawArena } from '../../src/export/renderMap';
import { RecordingContext } from '../unit/export/recordingContext';
import { councilArena } from '../fixtures/councilArena';
import { usePreferencesStore } from '../../src/store/preferencesStore';
import { store } from './helpers';

afterEach(() => cleanup());

const tables = { en: translator(en), nl: translator(nl) };

describe('perspective marks', () => {
  it('are the initial of the perspective’s name in each language, and differ within a language', () => {
    for (const t of Object.values(tables)) {
      const marks = PERSPECTIVE_KEYS.map((k) => perspectiveMark(t, k));
      expect(new Set(marks).size).toBe(PERSPECTIVE_KEYS.length);
      for (const k of PERSPECTIVE_KEYS) expect(perspectiveMark(t, k)).toBe(t(`tag.perspective.${k}` as MessageKey)[0]);
    }
  });

  it('change in Dutch where the English letter would mislead: G is gebruiker there, not government', () => {
    const mark = (language: 'en' | 'nl', key: string) => perspectiveMark(tables[language], key);
    expect(mark('en', 'government')).toBe('G');
    expect(mark('nl', 'government')).toBe('O');
    expect(mark('nl', 'user')).toBe('G');
    expect(mark('nl', 'provider')).toBe('A');
    expect(mark('nl', 'resident')).toBe('B');
    // Every English letter that is another perspective's initial in Dutch is replaced there.
    for (const key of PERSPECTIVE_KEYS) {
      const english = mark('en', key);
      const dutchMeaning = PERSPECTIVE_KEYS.find((k) => nl[`tag.perspective.${k}`][0] === english);
      if (dutchMeaning && dutchMeaning !== key) expect(mark('nl', key), key).not.toBe(english);
    }
  });

  it('mark an own perspective tag with a neutral circle, and every style with a symbol', () => {
    expect(perspectiveMark(tables.nl, 'custom:x')).toBe(OWN_PERSPECTIVE_MARK);
    expect(new Set(STYLE_KEYS.map(styleMark)).size).toBe(STYLE_KEYS.length);
    for (const k of STYLE_KEYS) expect(styleMark(k)).not.toMatch(/^[A-Za-z]$/);
  });
});

describe('the same marks on the map, in the legend and in the report image', () => {
  it('for every partner of a Dutch arena', async () => {
    await loadLanguage('nl');
    const arena = councilArena();
    act(() => {
      store().hydrate(arena);
      usePreferencesStore.getState().setLanguage('nl');
    });
    const t = tables.nl;

    // The report image.
    const ctx = new RecordingContext();
    const page = drawArena(ctx.asContext(), { arena, findings: analyse(arena), t, date: '2 maart 2026', locale: 'nl' });

    // The legend: each label with its mark.
    render(
      <ReactFlowProvider>
        <Legend />
      </ReactFlowProvider>,
    );
    const legend = screen.getByRole('region', { name: 'Legende' });
    const legendMark = (label: string) => {
      const item = within(legend).getByText(label, { exact: true }).closest('li')!;
      return item.querySelector('.mark')!.textContent;
    };
    const imageLegend = new Map(page.legendMarks.filter((m) => m.kind !== 'swatch').map((m) => [m.label, m.value]));
    const drawn = ctx.texts.map((x) => x.text);
    for (const m of page.legendMarks) expect(drawn).toContain(m.value.startsWith('#') ? m.label : m.value);

    let checked = 0;
    for (const partner of Object.values(arena.partners)) {
      const { container, unmount } = render(
        <NodeLabelsContext.Provider value={{ t, tags: arena.tags }}>
          <PartnerNode {...({ id: partner.id, data: { partner, highlighted: false }, selected: false } as unknown as NodeProps<PartnerFlowNode>)} />
        </NodeLabelsContext.Provider>,
      );
      const onMap = [
        container.querySelector('.style-mark')?.textContent,
        ...(container.querySelector('.perspective-mark')?.textContent?.split('\u2009') ?? []),
      ];
      unmount();
      const node = page.map.layout.nodes.find((n) => n.id === partner.id)!;
      const inImage = node.marks.map((m) => m.text);
      expect(inImage, partner.name).toEqual(onMap);

      const styleLabel = t(`tag.style.${partner.style}` as MessageKey);
      expect(legendMark(styleLabel)).toBe(onMap[0]);
      expect(imageLegend.get(styleLabel)).toBe(onMap[0]);
      partner.perspective.forEach((key, i) => {
        const label = key.startsWith('custom:') ? arena.tags[key]!.label : t(`tag.perspective.${key}` as MessageKey);
        expect(legendMark(label), label).toBe(onMap[i + 1]);
        expect(imageLegend.get(label), label).toBe(onMap[i + 1]);
      });
      checked++;
    }
    expect(checked).toBe(15);
  });
});
