/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />
interface ImportMetaEnv {
  readonly VITE_APP_VERSION?: string;
  /** The sync server's origin when it is not the app's own (set at build time; see README, Hosting). */
  readonly VITE_SYNC_URL?: string;
}
