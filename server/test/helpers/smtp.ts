// A real SMTP server inside the test process; every message is parsed back
// with mailparser. `down = true` makes it refuse connections like an outage;
// `refuses(address)` true makes it refuse that recipient for good (501);
// `holds(address)` true keeps a mail to it unanswered until `release()`, which
// also stops holding: a held mail may still be parsing when it is called.
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Mailbox {
  url: string;
  messages: ParsedMail[];
  down: boolean;
  refuses: (address: string) => boolean;
  holds: (address: string) => boolean;
  /** Answers the mails held so far and holds no more (see `holds`). */
  release(): void;
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  /** The mails that `matches`, once there are `count` of them (what: named in the timeout's error). */
  waitForMatching(
    what: string,
    matches: (mail: ParsedMail) => boolean,
    count?: number,
    timeoutMs?: number,
  ): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export async function startSmtp(): Promise<Mailbox> {
  const messages: ParsedMail[] = [];
  const box = { down: false, refuses: (_address: string) => false, holds: (_address: string) => false };
  const held: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    disableReverseLookup: true,
    onConnect(_session, callback) {
      if (box.down) {
        const error = Object.assign(new Error('Service unavailable'), { responseCode: 421 });
        callback(error);
      } else callback();
    },
    onRcptTo(address, _session, callback) {
      if (box.refuses(address.address)) {
        callback(Object.assign(new Error('Bad recipient address syntax'), { responseCode: 501 }));
      } else callback();
    },
    onData(stream, session, callback) {
      const isHeld = () => session.envelope.rcptTo.some((recipient) => box.holds(recipient.address));
      simpleParser(stream)
        .then((mail) => {
          const answer = () => {
            messages.push(mail);
            callback();
          };
          if (isHeld()) held.push(answer);
          else answer();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const waitForMatching: Mailbox['waitForMatching'] = async (what, matches, count = 1, timeoutMs = 20_000) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = messages.filter(matches);
      if (found.length >= count) return found;
      if (Date.now() > until) throw new Error(`Expected ${count} ${what}, got ${found.length}.`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    get down() {
      return box.down;
    },
    set down(value: boolean) {
      box.down = value;
    },
    get refuses() {
      return box.refuses;
    },
    set refuses(value: (address: string) => boolean) {
      box.refuses = value;
    },
    get holds() {
      return box.holds;
    },
    set holds(value: (address: string) => boolean) {
      box.holds = value;
    },
    release() {
      box.holds = () => false;
      held.splice(0).forEach((answer) => answer());
    },
    waitForMatching,
    async waitFor(count, timeoutMs) {
      await waitForMatching('mails', () => true, count, timeoutMs);
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
