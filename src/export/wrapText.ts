/**
 * Lines of `text` that fit `maxWidth`: words first, characters when one word is too long. The report
 * image wraps rather than cuts, so by default every word is kept; with `maxLines` the last kept line ends
 * in "…" (only where there is truly no more room, such as the goal inside its disc).
 */
export function wrapText(measure: (s: string) => number, text: string, maxWidth: number, maxLines = Infinity): string[] {
  return wrapLines(measure, text, () => maxWidth, maxLines);
}

/**
 * Like wrapText, but line `i` may be `widthOf(i)` wide: text inside a circle gets shorter lines at the top
 * and bottom.
 */
export function wrapLines(measure: (s: string) => number, text: string, widthOf: (line: number) => number, maxLines = Infinity): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const pushWord = (word: string) => {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= widthOf(lines.length)) {
      line = candidate;
      return;
    }
    if (line) {
      lines.push(line);
      line = '';
    }
    // A word wider than the line: break it by characters (by code point, so emoji stay whole).
    let chunk = '';
    for (const ch of word) {
      if (measure(chunk + ch) > widthOf(lines.length) && chunk) {
        lines.push(chunk);
        chunk = ch;
      } else chunk += ch;
    }
    line = chunk;
  };
  for (const word of words) {
    pushWord(word);
    if (lines.length >= maxLines) break;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && measure(`${last}…`) > widthOf(maxLines - 1)) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
