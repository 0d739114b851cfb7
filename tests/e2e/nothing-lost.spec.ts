// What a person typed or did survives reloads, closed tabs, full disks, odd clocks and other tabs. Each
// test reproduces one way work used to be lost (issue "Nothing typed is ever lost") and checks it from
// the outside: what the person sees after a reload, and what is stored.
import { test, expect, type Page, type BrowserContext, type Locator } from '@playwright/test';
import { addPartners, listItem, newArena, storedArenas, waitSaved } from './helpers';

/** The stored row of the arena with this title (null when there is none). */
async function storedArena(page: Page, title: string) {
  return (await storedArenas(page)).find((a) => a.title === title) ?? null;
}

/** Makes every IndexedDB write of this page fail, as a broken disk would. */
async function breakWrites(page: Page) {
  await page.evaluate(() => {
    for (const method of ['put', 'add', 'delete'] as const) {
      IDBObjectStore.prototype[method] = function () {
        throw new DOMException('disk broken for the test', 'UnknownError');
      };
    }
  });
}

const notSaved = (page: Page) => page.getByRole('alert').filter({ hasText: 'Not saved' });

interface Field {
  name: string;
  /** Brings the field on screen and returns it, ready to type into. */
  open(page: Page): Promise<Locator>;
}

const selectPartner = async (page: Page) => {
  // The one partner: called "Typist" until the name field test renames it.
  await page.locator('.partner-item').getByRole('button', { name: /^Typ/ }).first().click();
  return page.getByRole('region', { name: 'Partner' });
};
const goalTab = async (page: Page) => {
  await page.getByRole('tab', { name: 'Goal & network' }).click();
  return page.getByRole('tabpanel');
};
const firstAction = async (page: Page) => {
  await page.getByRole('tab', { name: 'Actions' }).click();
  const panel = page.getByRole('tabpanel');
  const item = panel.locator('.action-item details');
  if (!(await item.getAttribute('open'))) await item.locator('summary').click();
  return panel;
};

const FIELDS: Field[] = [
  {
    name: 'title',
    open: async (page) => {
      await page.getByRole('button', { name: /^Title:/ }).click();
      return page.getByRole('textbox', { name: 'Title', exact: true });
    },
  },
  {
    name: 'goal',
    open: async (page) => {
      await page.getByRole('button', { name: /^Goal:/ }).click();
      return page.getByRole('textbox', { name: 'Goal', exact: true });
    },
  },
  { name: 'partner name', open: async (page) => (await selectPartner(page)).getByRole('textbox', { name: 'Name' }) },
  { name: 'partner type', open: async (page) => (await selectPartner(page)).getByRole('textbox', { name: 'Type' }) },
  { name: 'partner notes', open: async (page) => (await selectPartner(page)).getByRole('textbox', { name: 'Notes' }) },
  { name: 'why (could you reach it alone)', open: async (page) => (await goalTab(page)).getByRole('textbox', { name: 'Why?' }) },
  { name: 'what makes it complex', open: async (page) => (await goalTab(page)).getByRole('textbox', { name: 'What makes it complex?' }) },
  { name: 'result', open: async (page) => (await goalTab(page)).getByRole('textbox', { name: 'What result will show the goal is reached?' }) },
  { name: 'deadline', open: async (page) => (await goalTab(page)).getByRole('textbox', { name: 'By when?' }) },
  {
    name: 'mandate note',
    open: async (page) => {
      const tab = await goalTab(page);
      const box = tab.getByRole('checkbox', { name: /imposed by a decree/ });
      if (!(await box.isChecked())) await box.check();
      return tab.getByRole('textbox', { name: 'Which decree or mandate?' });
    },
  },
  { name: 'action title', open: async (page) => (await firstAction(page)).getByRole('textbox', { name: 'Title', exact: true }) },
  { name: 'action description', open: async (page) => (await firstAction(page)).getByRole('textbox', { name: 'What will be done?' }) },
];

async function arenaWithEverything(page: Page, title: string) {
  await newArena(page, title, 'Goal before');
  await addPartners(page, ['Typist']);
  await page.getByRole('tab', { name: 'Actions' }).click();
  await page.getByRole('textbox', { name: 'New action' }).fill('First action');
  await page.getByRole('button', { name: 'Add action' }).click();
  await page.getByRole('tab', { name: /^Warnings/ }).click();
  await waitSaved(page);
}

for (const field of FIELDS) {
  test(`typing in the ${field.name} is kept through a reload and a closed tab, without leaving the field`, async ({ context }) => {
    const page = await context.newPage();
    const title = `Typing ${field.name}`;
    await arenaWithEverything(page, title);
    const url = page.url();

    // Typed, not left, not confirmed: then the page reloads.
    const typed = `Typed ${field.name} <b>1</b>`;
    await (await field.open(page)).fill(typed);
    await page.reload();
    const again = await field.open(page);
    await expect(again).toHaveValue(typed);

    // Typed again, then the tab is closed straight away.
    const more = `${typed} & more`;
    await again.fill(more);
    await page.close({ runBeforeUnload: true });
    const later = await context.newPage();
    await later.goto(url);
    await expect(await field.open(later)).toHaveValue(more);
  });
}

test('the header never says Saved while typed text is not stored, and Escape still cancels an edit in place', async ({ page }) => {
  await newArena(page, 'Status while typing', 'Old goal');
  await waitSaved(page);
  await page.getByRole('button', { name: /^Goal:/ }).click();
  const goal = page.getByRole('textbox', { name: 'Goal', exact: true });
  await goal.fill('New goal, not confirmed');
  // Within a fraction of a second the text is stored, and only then does the header say Saved.
  await expect.poll(async () => (await storedArena(page, 'Status while typing'))?.goal).toBe('New goal, not confirmed');
  await waitSaved(page);
  await goal.press('Escape');
  await expect(page.getByRole('button', { name: /^Goal:/ })).toHaveText('Old goal');
  await expect.poll(async () => (await storedArena(page, 'Status while typing'))?.goal).toBe('Old goal');
  // Escape left no undo step of its own: the one before it (the first goal) is next.
  await page.getByRole('button', { name: '↶ Undo' }).click();
  await expect(page.getByRole('button', { name: /^Goal:/ })).not.toHaveText('Old goal');
});

test('typing a note is one undo step, however long it took', async ({ page }) => {
  await newArena(page, 'Undo typing', '');
  await addPartners(page, ['Typist']);
  const region = await selectPartner(page);
  const notes = region.getByRole('textbox', { name: 'Notes' });
  await notes.click();
  for (const word of ['one ', 'two ', 'three']) {
    await notes.pressSequentially(word);
    await page.waitForTimeout(700); // longer than the pause after which typing is stored
  }
  await notes.blur();
  await waitSaved(page);
  await page.getByRole('button', { name: '↶ Undo' }).click();
  await expect(notes).toHaveValue('');
  await page.getByRole('button', { name: '↷ Redo' }).click();
  await expect(notes).toHaveValue('one two three');
});

test('a change that could not be written (disk full or broken) survives a reload and is not reported as saved', async ({ page }) => {
  await newArena(page, 'Full disk', 'Nothing is lost');
  await addPartners(page, ['Before the disk broke']);
  await waitSaved(page);
  await breakWrites(page);
  await addPartners(page, ['While the disk is broken']);
  await expect(notSaved(page)).toBeVisible();
  await page.reload();
  await expect(listItem(page, 'While the disk is broken')).toBeVisible();
  await waitSaved(page);
  expect(Object.values((await storedArena(page, 'Full disk'))!.partners).map((p) => p.name).sort()).toEqual(['Before the disk broke', 'While the disk is broken']);
});

test('with storage full, a parked change is kept across reloads and says Not saved until there is room', async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  // Chromium honours an override from about 50 MB, and only when set before the origin's first write.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 60 * 1024 * 1024 });
  await newArena(page, 'Quota arena', 'Storage runs out', { navigate: false });
  await addPartners(page, ['Stored while there was room']);
  await waitSaved(page);
  // Then a second database fills the disk until it refuses.
  const filled = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('filler', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('junk');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    // Random bytes (Chromium compresses what it stores), in ever smaller pieces until not even 1 kB fits.
    let n = 0;
    for (const size of [2 * 1024 * 1024, 128 * 1024, 8 * 1024, 1024]) {
      const chunk = new Uint8Array(size);
      for (let at = 0; at < size; at += 65536) crypto.getRandomValues(chunk.subarray(at, Math.min(size, at + 65536)));
      for (let tries = 0; tries < 40; tries++, n++) {
        const ok = await new Promise<boolean>((resolve) => {
          const tx = db.transaction('junk', 'readwrite');
          tx.objectStore('junk').put(chunk.slice(), n);
          tx.oncomplete = () => resolve(true);
          tx.onabort = () => resolve(false);
          tx.onerror = () => resolve(false);
        });
        if (!ok) break;
      }
    }
    db.close();
    return n;
  });
  expect(filled).toBeLessThan(160);
  await addPartners(page, ['Added with the disk full '.repeat(40).trim().slice(0, 200)]);
  await expect(notSaved(page)).toBeVisible();

  await page.reload();
  // Still full: the change is shown, and the header does not pretend it is stored.
  await expect(page.locator('.partner-item .name-text').filter({ hasText: 'Added with the disk full' })).toBeVisible();
  await expect(notSaved(page)).toBeVisible();
  await page.reload();
  await expect(page.locator('.partner-item .name-text').filter({ hasText: 'Added with the disk full' })).toBeVisible();

  // Room again: it is written, and survives a reload without the journal.
  await page.evaluate(() => new Promise((resolve) => (indexedDB.deleteDatabase('filler').onsuccess = resolve)));
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await waitSaved(page);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('.partner-item .name-text').filter({ hasText: 'Added with the disk full' })).toBeVisible();
});

test('a clock set a year ahead earlier does not make a later parked change lose', async ({ context }) => {
  const ahead = await context.newPage();
  await ahead.addInitScript(() => {
    const shift = 365 * 24 * 3600 * 1000;
    const RealDate = Date;
    class ShiftedDate extends RealDate {
      constructor(...args: []) {
        if (args.length === 0) super(RealDate.now() + shift);
        else super(...(args as unknown as [number]));
      }
      static override now() {
        return RealDate.now() + shift;
      }
    }
    (globalThis as unknown as { Date: DateConstructor }).Date = ShiftedDate as unknown as DateConstructor;
  });
  await newArena(ahead, 'Skewed clock', 'Edited a year ahead');
  await addPartners(ahead, ['From the future']);
  await waitSaved(ahead);
  const url = ahead.url();
  await ahead.close();

  const page = await context.newPage();
  await page.goto(url);
  await expect(listItem(page, 'From the future')).toBeVisible();
  await breakWrites(page);
  await addPartners(page, ['With the right clock']);
  await expect(notSaved(page)).toBeVisible();
  await page.reload();
  await expect(listItem(page, 'With the right clock')).toBeVisible();
  await waitSaved(page);
  await page.reload();
  await expect(listItem(page, 'With the right clock')).toBeVisible();
});

async function editorAndHome(context: BrowserContext, title: string) {
  const editor = await context.newPage();
  await newArena(editor, title, 'Open in an editor tab');
  await addPartners(editor, ['First partner']);
  await waitSaved(editor);
  const home = await context.newPage();
  await home.goto('/');
  const card = home.locator('.arena-card').filter({ hasText: title });
  await expect(card).toBeVisible();
  return { editor, home, card };
}

test('a rename on the home screen reaches the editor tab, which never writes the old title back', async ({ context }) => {
  const { editor, home, card } = await editorAndHome(context, 'Before rename');
  await card.getByRole('button', { name: 'Rename' }).click();
  await card.getByRole('textbox').fill('Renamed at home');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByRole('button', { name: /^Title:/ })).toHaveText('Renamed at home');
  await addPartners(editor, ['Added after the rename']);
  await waitSaved(editor);
  await expect(home.locator('.arena-card').filter({ hasText: 'Renamed at home' })).toBeVisible();
  await home.reload();
  await expect(home.locator('.arena-card').filter({ hasText: 'Renamed at home' })).toContainText('2 partners');
  await expect(home.locator('.arena-card').filter({ hasText: 'Before rename' })).toHaveCount(0);
  // The rename is the editor's own undo step.
  await editor.getByRole('button', { name: '↶ Undo' }).click();
  await editor.getByRole('button', { name: '↶ Undo' }).click();
  await expect(editor.getByRole('button', { name: /^Title:/ })).toHaveText('Before rename');
});

test('an arena deleted on the home screen does not come back from its editor tab, which says so at once', async ({ context }) => {
  const { editor, home, card } = await editorAndHome(context, 'Deleted elsewhere');
  await card.getByRole('button', { name: 'Delete' }).click();
  await expect(home.locator('.arena-card').filter({ hasText: 'Deleted elsewhere' })).toHaveCount(0);
  const alert = editor.getByRole('alert').filter({ hasText: 'This arena was deleted elsewhere.' });
  await expect(alert).toBeVisible();
  await expect(editor.getByRole('status').filter({ hasText: /^Saved$/ })).toHaveCount(0);
  // Whatever the editor tab does now, the arena stays deleted.
  await expect(editor.getByRole('button', { name: '+ Add partner' })).toHaveCount(0);
  await editor.reload();
  await home.reload();
  await expect(home.locator('.arena-card').filter({ hasText: 'Deleted elsewhere' })).toHaveCount(0);
  expect(await storedArena(home, 'Deleted elsewhere')).toBeNull();
});

test('Restore in an editor tab brings back an arena deleted elsewhere, with its latest changes', async ({ context }) => {
  const { editor, home, card } = await editorAndHome(context, 'Restored from the editor');
  await card.getByRole('button', { name: 'Delete' }).click();
  await expect(editor.getByRole('alert').filter({ hasText: 'This arena was deleted elsewhere.' })).toBeVisible();
  await home.close();
  await editor.getByRole('button', { name: 'Restore' }).click();
  await addPartners(editor, ['After restoring']);
  await waitSaved(editor);
  await editor.reload();
  await expect(listItem(editor, 'First partner')).toBeVisible();
  await expect(listItem(editor, 'After restoring')).toBeVisible();
});

test('when the editing tab closes, a read-only tab of the same arena takes over by itself within a second', async ({ context }) => {
  const first = await context.newPage();
  await newArena(first, 'Hand over', 'Two tabs');
  await addPartners(first, ['From the first tab']);
  await waitSaved(first);
  const second = await context.newPage();
  await second.goto(first.url());
  await expect(second.getByRole('button', { name: 'Edit here instead' })).toBeVisible();
  await first.close({ runBeforeUnload: true });
  await expect(second.getByRole('button', { name: 'Edit here instead' })).toHaveCount(0, { timeout: 1000 });
  await addPartners(second, ['From the second tab']);
  await waitSaved(second);
  await second.reload();
  await expect(listItem(second, 'From the first tab')).toBeVisible();
  await expect(listItem(second, 'From the second tab')).toBeVisible();
});

test('a rename on the home screen is refused with the reason when the tab that edits the arena does not answer', async ({ context }) => {
  const editor = await context.newPage();
  await newArena(editor, 'Held by a silent tab', '');
  await waitSaved(editor);
  const id = decodeURIComponent(/#\/arena\/([^/]+)/.exec(editor.url())![1]!);
  await editor.close();
  // A tab that holds the arena's edit lock but runs no editor (frozen, or an older version of Arena).
  const silent = await context.newPage();
  await silent.goto('/');
  await silent.evaluate((name) => {
    void navigator.locks.request(name, () => new Promise(() => {}));
  }, `arena-edit:${id}`);
  const home = await context.newPage();
  await home.goto('/');
  const card = home.locator('.arena-card').filter({ hasText: 'Held by a silent tab' });
  await card.getByRole('button', { name: 'Rename' }).click();
  await card.getByRole('textbox').fill('Never applied');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(home.getByRole('alert')).toHaveText('"Held by a silent tab" is being edited in another tab, which did not answer: rename it there.');
  await home.reload();
  await expect(home.locator('.arena-card').filter({ hasText: 'Held by a silent tab' })).toBeVisible();
  await expect(home.locator('.arena-card').filter({ hasText: 'Never applied' })).toHaveCount(0);
});

test('an own tag made in the inspector is put on the partner in one step: one undo takes both back', async ({ page }) => {
  await newArena(page, 'Own tag in one step', '');
  await addPartners(page, ['Library']);
  await listItem(page, 'Library').getByRole('button', { name: 'Library', exact: true }).click();
  const expertise = page.getByRole('region', { name: 'Partner' }).getByRole('group', { name: 'Expertise' }).locator('..');
  await page.getByRole('textbox', { name: 'Add own expertise tag' }).fill('Debt help');
  await page.getByRole('textbox', { name: 'Add own expertise tag' }).press('Enter');
  await expect(expertise.getByRole('button', { name: /Debt help/ })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '↶ Undo' }).click();
  // Gone from the partner and from the arena's own tags alike.
  await expect(expertise.getByRole('button', { name: /Debt help/ })).toHaveCount(0);
  await page.getByRole('button', { name: '↷ Redo' }).click();
  await expect(expertise.getByRole('button', { name: /Debt help/ })).toHaveAttribute('aria-pressed', 'true');
});

test('a partner name refused when finished (taken) leaves the arena with the name it had, not what a pause stored', async ({ page }) => {
  await newArena(page, 'Half-typed names', '');
  await addPartners(page, ['Alice', 'Bob']);
  await listItem(page, 'Alice').getByRole('button', { name: 'Alice', exact: true }).click();
  const name = page.getByRole('region', { name: 'Partner' }).getByRole('textbox', { name: 'Name' });
  await name.fill('Bo');
  await page.waitForTimeout(700); // a pause: "Bo" is valid and is stored meanwhile
  await name.pressSequentially('b');
  await name.blur();
  await expect(page.getByRole('region', { name: 'Partner' }).getByRole('alert')).toContainText('Bob');
  await expect(listItem(page, 'Alice')).toBeVisible();
  await expect(listItem(page, 'Bo')).toHaveCount(0);
  await waitSaved(page);
  await page.reload();
  await expect(listItem(page, 'Alice')).toBeVisible();
  await expect(listItem(page, 'Bo')).toHaveCount(0);
});
