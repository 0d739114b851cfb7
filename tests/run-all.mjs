// `npm test`: type check, lint, unit + component tests (vitest), browser tests (Playwright, system
// Chromium). Every step runs even when an earlier one fails; the last line sums them all:
// "N passed, N failed". The type check and lint count as one test each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = 'tests/.output';
mkdirSync(out, { recursive: true });
let passed = 0;
let failed = 0;
const lines = [];

function run(cmd, args, env = {}) {
  console.log(`\n▶ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
}
function check(name, ok) {
  if (ok) passed++;
  else failed++;
  lines.push(`${name}: ${ok ? 'ok' : 'FAILED'}`);
}

check('type check', run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']));
check('type check, browser code without Node types', run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.app.json']));
check('lint', run('npx', ['eslint', '.', '--max-warnings=0']));

const vitestJson = `${out}/vitest.json`;
rmSync(vitestJson, { force: true });
const vitestOk = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (vitestOk || r.numFailedTests ? 0 : 1);
  lines.push(`unit + component: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
} else check('unit + component (no report)', false);

const pwJson = `${out}/playwright.json`;
rmSync(pwJson, { force: true });
const e2eOk = run('node', ['tests/e2e/run-e2e.mjs'], { PW_JSON: pwJson });
if (existsSync(pwJson)) {
  const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats;
  const bad = s.unexpected + s.flaky;
  passed += s.expected;
  failed += bad + (e2eOk || bad ? 0 : 1);
  lines.push(`browser: ${s.expected} passed, ${bad} failed`);
} else check('browser tests (did not run)', false);

console.log('\n' + lines.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
