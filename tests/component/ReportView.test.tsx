// @vitest-environment jsdom
/** The report view over the app: its sections in order, the team only when asked, text as text, printing, closing. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { analyse } from '../../src/domain/analysis';
import { reportArena } from '../fixtures/reportArena';
import type { Arena } from '../../src/domain/arena';

const mapImage = vi.hoisted(() => vi.fn());
vi.mock('../../src/report/mapImage', () => ({ mapImage }));

import { openReport, REPORT_OPEN_CLASS } from '../../src/report/openReport';

let close: (() => void) | null = null;

beforeEach(() => {
  // jsdom draws no canvas: the map image comes from a stand-in, as a blob URL.
  mapImage.mockImplementation(async () => ({ blob: new Blob(['png']), width: 800, height: 600 }));
  URL.createObjectURL = vi.fn(() => 'blob:map');
  URL.revokeObjectURL = vi.fn();
  document.body.innerHTML = '<div id="root"><button id="export">Export</button></div>';
  document.title = 'Arena';
});

afterEach(() => {
  act(() => close?.());
  close = null;
});

function open(arena: Arena, includeTeam = false) {
  const exportButton = document.getElementById('export')!;
  exportButton.focus();
  act(() => {
    close = openReport({ arena, findings: analyse(arena), includeTeam, returnFocus: exportButton });
  });
}

describe('report view', () => {
  it('lays the report over the app (inert, hidden for print) with its sections in order, and Escape takes it away', async () => {
    open(reportArena());
    const root = document.getElementById('root')!;
    expect(root.hasAttribute('inert')).toBe(true);
    expect(document.documentElement.classList.contains(REPORT_OPEN_CLASS)).toBe(true);
    // Save as PDF names the file after the page's title.
    expect(document.title).toBe('Kinderarmoede Antwerpen-Noord: wie zit er aan tafel?');
    const dialog = await screen.findByRole('dialog', { name: 'Report' });
    expect(dialog.parentElement?.className).toBe('report-host');
    expect([...document.querySelectorAll('.report h2')].map((h) => h.textContent)).toEqual([
      'Strategic question',
      'The map',
      'Composition at a glance',
      'Warnings and what the group decided',
      'Actions and the participation ladder',
      'Dependency on partners',
      'Network type: advice',
    ]);
    expect(document.querySelector('.report h1')?.textContent).toBe('Kinderarmoede Antwerpen-Noord: wie zit er aan tafel?');

    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: 'Report' })).toBeNull();
    expect(document.querySelector('.report-host')).toBeNull();
    expect(root.hasAttribute('inert')).toBe(false);
    expect(document.documentElement.classList.contains(REPORT_OPEN_CLASS)).toBe(false);
    expect(document.title).toBe('Arena');
    expect(document.activeElement).toBe(document.getElementById('export'));
    close = null;
  });

  it('has the team roles only when the export dialog includes them', async () => {
    open(reportArena(), true);
    await screen.findByRole('dialog', { name: 'Report' });
    expect([...document.querySelectorAll('.report h2')].map((h) => h.textContent).at(-1)).toBe('Team roles');
    const promoter = [...document.querySelectorAll('.report-team tbody tr')].find((r) => r.querySelector('th')?.textContent?.startsWith('Network promoter'));
    expect(promoter?.querySelector('td')?.textContent).toBe('nobody');
  });

  it('prints only once the map is there, and prints with the browser’s print', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    open(reportArena());
    const button = await screen.findByRole('button', { name: 'Drawing the map…' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    const img = await screen.findByRole('img', { name: /The arena map of/ });
    expect(img.getAttribute('src')).toBe('blob:map');
    expect(img.getAttribute('width')).toBe('800');
    fireEvent.load(img);
    const ready = screen.getByRole('button', { name: 'Print or save as PDF' });
    expect((ready as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(ready);
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('says why when the map cannot be drawn, and can still be printed', async () => {
    mapImage.mockImplementation(async () => {
      throw new Error('no canvas');
    });
    open(reportArena());
    expect(await screen.findByText('The map could not be drawn: no canvas')).toBeTruthy();
    await waitFor(() => expect((screen.getByRole('button', { name: 'Print or save as PDF' }) as HTMLButtonElement).disabled).toBe(false));
  });

  it('shows arena text as text, never as markup', async () => {
    const arena = reportArena();
    arena.title = '<img src=x onerror=alert(1)>';
    arena.partners.p01!.name = '<b>OCMW</b>';
    arena.acknowledgements['actionWithoutDoers:a2']!.reason = '<script>alert(1)</script>';
    open(arena);
    await screen.findByRole('dialog', { name: 'Report' });
    const report = document.querySelector('.report')!;
    expect(report.querySelector('b, script, img[src=x]')).toBeNull();
    expect(document.querySelector('.report h1')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(report.textContent).toContain('<b>OCMW</b>');
    expect(report.textContent).toContain('<script>alert(1)</script>');
  });
});
