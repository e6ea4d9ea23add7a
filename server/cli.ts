// `city-network-widgets receiver [erase --email a@b.c | hash-password | copy-to URL]`: starts the
// receiver, erases one person's data, makes ADMIN_PASSWORD_HASH, or copies its data to a new database.
import { createReceiver } from './app.js';
import type { Receiver } from './app.js';
import { hostExamples, readConfig } from './config.js';
import type { Config } from './config.js';

function startupLines(config: Config, receiver: Receiver): string[] {
  return [
    `city-network-widgets receiver: http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}/`,
    `  storage: ${receiver.database.describe}`,
    config.smtpUrl
      ? `  mail: SMTP at ${new URL(config.smtpUrl).host}`
      : `  mail: SMTP_URL is unset, so every mail is written as an .eml file to ${config.outboxDir}`,
    config.localPages
      ? `  accepting forms from: pages on this computer (http://localhost:*, http://127.0.0.1:*); set ALLOWED_ORIGINS to your site's origins`
      : `  accepting forms from: ${config.allowedOrigins.join(', ')}`,
    config.adminAuth === 'proxy'
      ? `  inbox: ${config.publicUrl}/admin/ (authenticated by the reverse proxy)`
      : config.adminPasswordHash
        ? `  inbox: ${config.publicUrl}/admin/ (HTTP Basic, ADMIN_PASSWORD_HASH)`
        : '  inbox: off (set ADMIN_PASSWORD_HASH; see docs/receiver.md)',
    receiver.context.officeEmail
      ? `  office notifications to: ${receiver.context.officeEmail}`
      : '  office notifications: none (set OFFICE_EMAIL)',
  ];
}

/**
 * Why listening failed, in the words of the variable to change: Node's own "getaddrinfo ENOTFOUND x"
 * or "listen EADDRNOTAVAIL" named neither HOST nor what to write. Its code stays in, for searching.
 */
function listenProblem(error: unknown, config: Pick<Config, 'host' | 'port'>): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const host = `HOST "${config.host}"`;
  if (code === 'EADDRINUSE') {
    return new Error(
      `PORT ${config.port} is already in use on ${config.host} (${code}): stop the other program, or set PORT to a free port.`,
    );
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL') {
    return new Error(
      `${host} is a name that does not resolve (${code}): write an address of this computer, ${hostExamples}, or a name in DNS or /etc/hosts.`,
    );
  }
  if (code === 'EADDRNOTAVAIL') {
    return new Error(
      `${host} is not an address of this computer (${code}): write one of its addresses, ${hostExamples}.`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

export async function start(config: Config): Promise<Receiver> {
  const receiver = await createReceiver(config);
  try {
    await receiver.app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await receiver.close();
    throw listenProblem(error, config);
  }
  receiver.context.outbox.start();
  for (const line of startupLines(config, receiver)) console.log(line);
  const stop = () => {
    void receiver.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return receiver;
}

const usage = `Usage:
  city-network-widgets receiver                    start the receiver (configured by environment variables)
  city-network-widgets receiver erase --email A    delete everything stored about one e-mail address
  city-network-widgets receiver hash-password      read a password on stdin, print an ADMIN_PASSWORD_HASH
  city-network-widgets receiver copy-to URL        copy everything stored into a new, empty database (URL as DATABASE_URL)`;

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === undefined) {
      await start(readConfig());
      return 0;
    }
    if (command === 'erase') return await (await import('./erase-command.js')).eraseCommand(readConfig(), rest);
    if (command === 'copy-to') return await (await import('./copy-command.js')).copyCommand(readConfig(), rest);
    if (command === 'hash-password') return await (await import('./admin/password.js')).hashPasswordCommand();
    console.error(command === '--help' || command === '-h' ? usage : `Unknown command "${command}".\n${usage}`);
    return command === '--help' || command === '-h' ? 0 : 2;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
