// The demo's forms post to the real receiver (server/, built to dist-server/),
// running in this process on SQLite in demo/data-receiver/ (gitignored), with
// every mail written as an .eml file to demo/data-receiver/outbox/.
// /api/*, /admin/* and /healthz go to it; demo/server.mjs serves the rest.
// The inbox password is printed at start unless ADMIN_PASSWORD_HASH is set.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = new URL('../../dist-server/', import.meta.url);
if (!existsSync(new URL('app.js', dist))) {
  throw new Error('The receiver is not built: run "npm run build" (npm start does it for you).');
}
const { createReceiver } = await import(new URL('app.js', dist).href);
const { readConfig } = await import(new URL('config.js', dist).href);
const { hashPassword } = await import(new URL('admin/password.js', dist).href);

const dataFolder = fileURLToPath(new URL('../data-receiver/', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const shownHost = host === '0.0.0.0' ? 'localhost' : host;
const password = process.env.ADMIN_PASSWORD_HASH ? undefined : randomBytes(9).toString('base64url');

const config = readConfig({
  ...process.env,
  PORT: String(port),
  HOST: host,
  DATABASE_URL: process.env.DATABASE_URL ?? `sqlite:${dataFolder}receiver.sqlite`,
  OUTBOX_DIR: process.env.OUTBOX_DIR ?? `${dataFolder}outbox`,
  PUBLIC_URL: process.env.PUBLIC_URL ?? `http://${shownHost}:${port}`,
  ALLOWED_ORIGINS:
    process.env.ALLOWED_ORIGINS ?? `http://${shownHost}:${port},http://localhost:${port},http://127.0.0.1:${port}`,
  OFFICE_EMAIL: process.env.OFFICE_EMAIL ?? 'office@city.example',
  NEWSLETTER_CONFIG: process.env.NEWSLETTER_CONFIG ?? fileURLToPath(new URL('../data/newsletter.json', import.meta.url)),
  ADMIN_PASSWORD_HASH: process.env.ADMIN_PASSWORD_HASH ?? (await hashPassword(password)),
});
const receiver = await createReceiver(config, { log: (line) => console.error(line) });
await receiver.app.ready();
receiver.context.outbox.start();

export const receiverLines = [
  `receiver (forms):          ${config.publicUrl}/api/… on ${receiver.database.describe}`,
  `mail outbox (.eml files):  ${config.outboxDir}`,
  `office inbox:              ${config.publicUrl}/admin/${password ? ` (any user name, password ${password})` : ''}`,
];

export async function close() {
  await receiver.close();
}

const receiverPath = (pathname) =>
  pathname.startsWith('/api/') || pathname === '/admin' || pathname.startsWith('/admin/') || pathname === '/healthz';

export async function handle(request, response, url) {
  if (!receiverPath(url.pathname)) return false;
  receiver.app.routing(request, response);
  return true;
}
