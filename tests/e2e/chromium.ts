import { existsSync } from 'node:fs';

/** The system Chromium: $CHROMIUM_PATH, else the usual Debian/Ubuntu paths. No test tool downloads one. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}
