// Finds a Chromium/Chrome for the tests and benchmarks: CHROME_PATH, else the
// usual Debian and Google locations. Never downloads a browser build.
import { accessSync, constants } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export function findBrowser() {
  if (process.env.CHROME_PATH) return isExecutable(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  const known = candidates.find(isExecutable);
  if (known) return known;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const path = execSync(`command -v ${name}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (path && isExecutable(path)) return path;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

/** Flags that run headless here and keep the browser itself off the network. */
export const browserArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
