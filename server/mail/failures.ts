// What a failed send means, and how it is logged. A mail server's 5xx answer
// to this mail's recipient or content is final: retrying cannot change it. Any
// other failure (an outage, a 4xx, a set-up problem such as a wrong password,
// which every mail meets) is retried for up to `giveUpAfterDays`. Log lines name
// the outbox item and its reference, never an address: a server's answer may quote it.

export const giveUpAfterDays = 4;
export const giveUpAfterMs = giveUpAfterDays * 24 * 60 * 60 * 1000;

interface SendError {
  code?: unknown;
  command?: unknown;
  responseCode?: unknown;
}

function details(error: unknown): SendError {
  return typeof error === 'object' && error !== null ? (error as SendError) : {};
}

/** True when sending this mail again cannot succeed. */
export function isFinal(error: unknown): boolean {
  const { code, command, responseCode } = details(error);
  if (typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600) {
    return command === 'RCPT TO' || command === 'DATA';
  }
  // nodemailer itself finds the recipient unusable.
  return code === 'EENVELOPE' && command === 'API';
}

/** The reason kept with the item for the inbox (it may quote the address, as the item itself does). */
export function reasonOf(error: unknown): string {
  return String(error instanceof Error ? error.message : error).slice(0, 500);
}

/** For the log: the server's answer code or the error's code, never its text. */
function codeOf(error: unknown): string {
  const { code, responseCode } = details(error);
  if (typeof responseCode === 'number') return `the server answered ${responseCode}`;
  return typeof code === 'string' ? code : 'an error';
}

export interface FailedItem {
  id: number;
  kind: 'mail' | 'webhook';
  payload: string;
}

function labelOf(item: FailedItem): string {
  if (item.kind === 'webhook') return `Webhook call ${item.id}`;
  const subject = (JSON.parse(item.payload) as { subject?: unknown }).subject;
  const reference = typeof subject === 'string' ? /\bDV-\d{4}-\d{4,}\b/.exec(subject)?.[0] : undefined;
  return `Mail ${item.id}${reference ? ` (${reference})` : ''}`;
}

export type Outcome = 'retrying' | 'refused' | 'expired';

export function failureLine(item: FailedItem, outcome: Outcome, error: unknown): string {
  const label = labelOf(item);
  const code = codeOf(error);
  if (outcome === 'retrying') {
    return `Warning: ${label} was not sent (${code}); it is tried again with growing pauses for up to ${giveUpAfterDays} days.`;
  }
  const why =
    outcome === 'refused'
      ? `was refused (${code}) and is not tried again`
      : `could not be sent for ${giveUpAfterDays} days (${code}) and is not tried again`;
  return `Warning: ${label} ${why}; the inbox lists it under "Mail not sent".`;
}
