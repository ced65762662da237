// Where the tests find Chromium or Chrome: CHROME_PATH, else `chromium` (Debian), `chromium-browser`
// or `google-chrome` on the PATH. Nothing here downloads a browser.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';

export function chromePath() {
  if (process.env.CHROME_PATH) {
    if (!existsSync(process.env.CHROME_PATH)) throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist`);
    return process.env.CHROME_PATH;
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      return execFileSync('which', [name], {encoding: 'utf8'}).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error('No Chromium or Chrome found. Install one (Debian: apt-get install -y chromium) or set CHROME_PATH.');
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
