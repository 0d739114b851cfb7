import type { IncomingMessage } from 'node:http';

/** `https://Example.org:443/` and `https://example.org` compare equal. */
export function normaliseOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Whether a request may use the API or open a WebSocket. A browser always sends Origin; a page of another
 * site cannot fake it, nor the Host it connects to. Allowed: the server's own origin (the Origin's host
 * equals the Host the browser asked for, or the X-Forwarded-Host a TLS proxy passes on, whatever the
 * scheme, so http://<laptop-ip>:4173 and https://arena.example.org behind Caddy both work without
 * configuration), and the configured origins. A request without Origin is not from a page (curl, the Node
 * provider): the secret is what guards a room, not this check.
 */
export function originAllowed(request: IncomingMessage, allowed: ReadonlySet<string>): boolean {
  const origin = firstHeader(request.headers.origin);
  if (origin === undefined) return true;
  const normalised = normaliseOrigin(origin);
  if (!normalised) return false;
  if (allowed.has(normalised)) return true;
  const host = new URL(normalised).host;
  const hosts = [request.headers.host, firstHeader(request.headers['x-forwarded-host'])]
    .filter((value): value is string => !!value)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim().toLowerCase());
  return hosts.includes(host.toLowerCase());
}
