/** A version's date and time in the UI language ("30 November 2026, 14:05"; Dutch "30 november 2026 om 14:05"). */
export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}
