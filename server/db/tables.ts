// Table shapes shared by SQLite and PostgreSQL. Times are ISO 8601 strings in
// UTC so both databases sort and compare them the same way.
import type { Generated } from 'kysely';

/** replaced: a later request (its `replaces`) is the edited version of this one. */
export type RequestStatus = 'new' | 'answered' | 'declined' | 'replaced';
export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed';

export interface DelegationRequestTable {
  id: Generated<number>;
  reference: string;
  idempotency_key: string;
  /** Lower-cased, so erasure finds every request of one person. */
  email: string;
  requested_date: string;
  locale: string;
  status: RequestStatus;
  /** The validated request as JSON. */
  data: string;
  created_at: string;
  updated_at: string;
}

export interface OutboxTable {
  id: Generated<number>;
  kind: 'mail' | 'webhook';
  /** Whose data the item carries (lower-cased e-mail), so erasure can drop it. */
  subject_email: string | null;
  payload: string;
  attempts: number;
  next_attempt_at: string;
  sent_at: string | null;
  last_error: string | null;
  created_at: string;
  /** When sending was given up (the server refused it, or days of failures): not retried any more. */
  failed_at: string | null;
}

export interface CounterTable {
  name: string;
  value: number;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  action: string;
  /** A reference or a row id: never a name or an address. */
  target: string | null;
  detail: string | null;
}

export interface SubscriberTable {
  id: Generated<number>;
  email: string;
  name: string | null;
  locale: string;
  status: SubscriberStatus;
  lists: string;
  created_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
  /** When the last "already subscribed" mail went out: at most one a day. */
  notified_at: string | null;
}

export interface ConsentTable {
  id: Generated<number>;
  subscriber_id: number;
  text: string;
  text_sha256: string;
  locale: string;
  privacy_url: string | null;
  lists: string;
  signed_up_at: string;
  confirmed_at: string | null;
  ip: string | null;
}

export interface SignupKeyTable {
  key: string;
  created_at: string;
}

export interface SettingTable {
  name: string;
  value: string;
}

export interface Tables {
  delegation_requests: DelegationRequestTable;
  outbox: OutboxTable;
  counters: CounterTable;
  audit_log: AuditTable;
  subscribers: SubscriberTable;
  consents: ConsentTable;
  signup_keys: SignupKeyTable;
  settings: SettingTable;
}
