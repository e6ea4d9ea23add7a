#!/usr/bin/env node
// The package as a web team gets it: `npm pack`, install the tarball into
// small projects in a temporary folder, build them with Vite, webpack 5 and
// esbuild (plus a page of plain script tags), open each build in Chromium and
// check that both widgets render, the map has its country outlines and the
// page holds exactly one copy of Lit. Prints each build's gzip size.
//   npm run build && npm run test:consumers
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { browserArgs, findBrowser } from '../browser.mjs';
import { bundlers, copyData, projects } from './projects.mjs';
/* global document, window -- inside page.waitForFunction and page.evaluate */

const root = resolve(import.meta.dirname, '../..');
if (!existsSync(join(root, 'dist/npm/index.js'))) {
  console.error('dist/npm/ is missing: run npm run build first.');
  process.exit(1);
}
const executablePath = findBrowser();
if (!executablePath) {
  console.error('No Chromium found: run node scripts/ensure-browser.mjs or set CHROME_PATH.');
  process.exit(1);
}

const folder = mkdtempSync(join(tmpdir(), 'cnw-consumers-'));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Every file under a folder, relative to it. */
const filesIn = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => statSync(join(dir, name)).isFile());

function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer(async (request, response) => {
    const asked = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const path = asked.endsWith('/') ? `${asked}index.html` : asked;
    try {
      const body = readFileSync(join(dir, path));
      response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** What the page shows: both widgets rendered, the map's outlines, the copies of Lit. */
async function inspect(browser, out) {
  const server = await serve(out);
  const page = await browser.newPage();
  const errors = [];
  const loaded = new Set();
  page.on('response', (response) => {
    // By path: a script's address may carry a version query.
    const { pathname } = new URL(response.url());
    if (pathname.endsWith('.js')) loaded.add(pathname.slice(1));
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    // What the page shows, once both widgets have rendered (the outlines at least ten rings).
    const shown = await page.waitForFunction(
      () => {
        const map = document.querySelector('city-member-map')?.shadowRoot;
        const timeline = document.querySelector('city-conference-timeline')?.shadowRoot;
        // The outlines are a path per look: counted by their rings (each starts with M).
        const paths = [...(map?.querySelectorAll('[part~="country"]') ?? [])];
        const outlines = paths.map((path) => path.getAttribute('d')).join('').split('M').length - 1;
        const years = timeline?.querySelectorAll('[part~="year"]').length ?? 0;
        return outlines >= 10 && years > 0 && { outlines, years, litCopies: window.litHtmlVersions?.length ?? 0 };
      },
      null,
      { timeout: 15000 },
    );
    return { ...(await shown.jsonValue()), loaded: [...loaded] };
  } catch (error) {
    const seen = await page.evaluate(() =>
      ['city-member-map', 'city-conference-timeline'].map((tag) => `${tag}: ${document.querySelector(tag)?.shadowRoot?.textContent?.trim().slice(0, 120) ?? '(not rendered)'}`),
    );
    throw new Error(`${error.message.split('\n')[0]}\n  ${[...seen, ...errors].join('\n  ')}`);
  } finally {
    await page.close();
    server.close();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let failures = 0;
try {
  const tarball = npm(['pack', '--silent', '--pack-destination', folder], root).trim().split('\n').pop();
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify({ name: 'consumers', private: true, type: 'module', dependencies: { 'city-network-widgets': `file:./${tarball}` }, devDependencies: bundlers }, null, 2),
  );
  const started = Date.now();
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], folder);
  console.log(`installed ${tarball} and ${Object.keys(bundlers).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // The validate command from the package (no src/ there: the prebuilt checkers).
  const broken = join(folder, 'members.json');
  writeFileSync(broken, '{\n  "network": { "name": "N", "founded": 1995 },\n  "members": [{ "id": "a", "city": "", "country": "CZ" }]\n}\n');
  try {
    execFileSync('node', ['node_modules/city-network-widgets/bin/validate.mjs', broken], { cwd: folder, encoding: 'utf8' });
    throw new Error('validate exited 0 on a broken file');
  } catch (error) {
    const firstLine = String(error.stdout ?? '').split('\n')[0];
    if (error.status !== 1 || !firstLine.startsWith(`${broken}:3:`)) {
      failures++;
      console.log(`✗ validate from the package: exit ${error.status}, ${firstLine || error.message}`);
    } else {
      console.log(`✓ validate from the package: ${firstLine.replace(folder, '…')}`);
    }
  }

  // A server that renders the page (Next.js, Astro, SvelteKit) imports the package in Node, where
  // there is no document: every entry point must import there, and setBasePath be callable.
  const exported = JSON.parse(readFileSync(join(folder, 'node_modules/city-network-widgets/package.json'), 'utf8')).exports;
  const entries = Object.keys(exported).filter((name) => typeof exported[name] === 'object' && exported[name].default.endsWith('.js'));
  const script = `${entries.map((name) => `await import(${JSON.stringify(join('city-network-widgets', name))});`).join('\n')}
(await import('city-network-widgets/base-path')).setBasePath('/assets/city-network-widgets');`;
  try {
    execFileSync('node', ['--input-type=module', '-e', script], { cwd: folder, encoding: 'utf8', stdio: 'pipe' });
    console.log(`✓ imports in Node without a document (server rendering): ${entries.join(', ')}; setBasePath`);
  } catch (error) {
    failures++;
    console.log(`✗ import in Node without a document (server rendering): ${String(error.stderr).split('\n').find((line) => /Error/.test(line))}`);
  }

  // The manifest tools find through "customElements": every module it names is in the package,
  // and each tag says which module defines it.
  const installed = join(folder, 'node_modules/city-network-widgets');
  const manifestPath = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).customElements;
  const manifest = JSON.parse(readFileSync(join(installed, manifestPath), 'utf8'));
  const absent = manifest.modules.map((module) => module.path).filter((path) => !existsSync(join(installed, path)));
  const defined = manifest.modules.flatMap((module) => module.exports ?? []).filter((item) => item.kind === 'custom-element-definition');
  if (absent.length || defined.length !== 5) {
    failures++;
    console.log(`✗ manifest: ${absent.length} modules not in the package (${absent.slice(0, 3).join(', ')}), ${defined.length} tag definitions`);
  } else {
    console.log(`✓ manifest (${manifestPath}): ${manifest.modules.length} modules, all in the package; ${defined.map((item) => item.name).join(', ')}`);
  }

  const browser = await chromium.launch({ executablePath, args: browserArgs.filter((arg) => arg !== '--headless=new') });
  for (const project of projects) {
    const dir = join(folder, project.name.replace(/\W+/g, '-'));
    const out = join(dir, 'out');
    mkdirSync(dir, { recursive: true });
    try {
      await project.build(folder, dir, out);
      copyData(out, join(root, 'demo/data'));
      const seen = await inspect(browser, out);
      const scripts = filesIn(out).filter((name) => name.endsWith('.js'));
      const gzipOf = (names) => names.reduce((sum, name) => sum + gzipSync(readFileSync(join(out, name)), { level: 9 }).length, 0);
      // What the page loaded (an English page fetches no locale chunk).
      const litInFiles = seen.loaded.filter((name) => readFileSync(join(out, name), 'utf8').includes('litHtmlVersions')).length;
      const problems = [
        seen.litCopies !== 1 && `${seen.litCopies} copies of Lit ran on the page`,
        litInFiles !== 1 && `${litInFiles} of the loaded files hold Lit`,
      ].filter(Boolean);
      if (problems.length) throw new Error(problems.join('; '));
      console.log(
        `✓ ${project.name}: map with ${seen.outlines} outline rings, timeline with ${seen.years} years, one Lit; ` +
          `page loaded ${seen.loaded.length} JS files, ${kb(gzipOf(seen.loaded))} gzip; output ${scripts.length} JS files, ${kb(gzipOf(scripts))} gzip`,
      );
    } catch (error) {
      failures++;
      console.log(`✗ ${project.name}: ${error.message}`);
    }
  }
  await browser.close();
} finally {
  rmSync(folder, { recursive: true, force: true });
}
process.exit(failures ? 1 : 0);
