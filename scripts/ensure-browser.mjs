#!/usr/bin/env node
// Makes sure a Chromium exists before the tests run: uses CHROME_PATH or a
// browser already installed; as root on Debian/Ubuntu installs the distribution's
// `chromium` package; otherwise says exactly what to install, and fails.
import { execSync } from 'node:child_process';
import { findBrowser } from './browser.mjs';

const found = findBrowser();
if (found) {
  console.log(`Browser: ${found}`);
  process.exit(0);
}
if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to "${process.env.CHROME_PATH}", which is not an executable browser. Point it at Chromium or Chrome, or unset it.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execSync('command -v apt-get', { stdio: 'ignore' });
  hasApt = true;
} catch {
  // not a Debian-like system
}

if (isRoot && hasApt) {
  console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get (this takes a minute)…');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
      shell: '/bin/bash',
    });
  } catch {
    console.error('apt-get could not install chromium. Install it by hand (apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium binary.');
    process.exit(1);
  }
  const installed = findBrowser();
  if (installed) {
    console.log(`Browser: ${installed}`);
    process.exit(0);
  }
}

console.error(
  'No Chromium or Chrome found. Install one (Debian/Ubuntu: "sudo apt-get install chromium") or set CHROME_PATH to its executable, then run npm test again.',
);
process.exit(1);
