import type { Locator } from '@playwright/test';

/**
 * What a reader would see as damaged text inside `root`: a box whose content overflows it (a label cut off or
 * spilling out), a select narrower than its longest choice, or a word split over two lines. Words are runs of
 * letters and digits, so a line may still break after a dash or a slash. Screen-reader-only text and the
 * values of text fields (which scroll) are skipped.
 */
export async function damagedText(root: Locator): Promise<string[]> {
  return root.evaluate((el) => {
    const problems: string[] = [];
    const hidden = (e: Element) => !!e.closest('.visually-hidden') || (e as HTMLElement).getClientRects().length === 0;
    const describe = (e: Element) => `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} “${(e.textContent ?? '').trim().slice(0, 40)}”`;
    for (const e of [el, ...el.querySelectorAll('*')] as HTMLElement[]) {
      if (hidden(e)) continue;
      const style = getComputedStyle(e);
      if (style.display === 'inline' || e.clientWidth === 0) continue;
      // A text field scrolls its own value; that is not a cut label.
      if (e.tagName === 'INPUT' || e.tagName === 'TEXTAREA') continue;
      if (e.tagName === 'SELECT') {
        const actual = e.getBoundingClientRect().width;
        const before = e.style.width;
        e.style.width = 'max-content';
        const natural = e.getBoundingClientRect().width;
        e.style.width = before;
        if (actual + 0.5 < natural) problems.push(`cut: ${describe(e)} is ${actual.toFixed(0)} px, its longest choice needs ${natural.toFixed(0)} px`);
        continue;
      }
      if (e.scrollWidth > e.clientWidth + 1) problems.push(`overflows: ${describe(e)} (${e.scrollWidth} > ${e.clientWidth})`);
    }
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || hidden(parent)) continue;
      for (const m of (node.textContent ?? '').matchAll(/[\p{L}\p{N}]{2,}/gu)) {
        const range = document.createRange();
        range.setStart(node, m.index!);
        range.setEnd(node, m.index! + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) problems.push(`broken word: “${m[0]}” in ${describe(parent)}`);
      }
    }
    return problems;
  });
}
