import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyFor } from '../../../vite.config';

const connect = (policy: string) => policy.split('; ').find((d) => d.startsWith('connect-src'));

describe('the Content-Security-Policy of the build', () => {
  it('connects to its own origin only, which serves the sync server too (npm start)', () => {
    expect(connect(contentSecurityPolicyFor(undefined))).toBe("connect-src 'self'");
  });

  it('names the configured sync server, its WebSocket included, and nothing else', () => {
    expect(connect(contentSecurityPolicyFor('https://sync.example.org/some/path'))).toBe("connect-src 'self' https://sync.example.org wss://sync.example.org");
  });

  it('refuses a sync address that is not http(s)', () => {
    expect(() => contentSecurityPolicyFor('javascript:alert(1)')).toThrow(/VITE_SYNC_URL/);
  });
});
