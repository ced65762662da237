// Where the tests find their browsers. Nothing here downloads one.
// - Chromium or Chrome, for nearly every browser test: CHROME_PATH, else `chromium` (Debian),
//   `chromium-browser` or `google-chrome` on the PATH.
// - Firefox, for the built file's check in a second engine (tests/embed/firefox.test.ts):
//   FIREFOX_PATH, else `firefox-esr` (Debian) or `firefox` on the PATH.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';

/** The browser that `variable` names, else the first of `names` on the PATH; else throws `missing`. */
function findBrowser(variable, names, missing) {
  const given = process.env[variable];
  if (given) {
    if (!existsSync(given)) throw new Error(`${variable}=${given} does not exist`);
    return given;
  }
  for (const name of names) {
    try {
      return execFileSync('which', [name], {encoding: 'utf8'}).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error(missing);
}

export function chromePath() {
  return findBrowser(
    'CHROME_PATH',
    ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    'No Chromium or Chrome found. Install one (Debian: apt-get install -y chromium) or set CHROME_PATH.',
  );
}

export function firefoxPath() {
  return findBrowser(
    'FIREFOX_PATH',
    ['firefox-esr', 'firefox'],
    'No Firefox found for tests/embed/firefox.test.ts. Install one (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.',
  );
}

/** Flags for headless Chromium as root in a container, and quiet on a closed network. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
