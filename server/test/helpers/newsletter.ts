// Newsletter test helpers: a signup body as the widget sends it, and the links in a mail.
import type { ParsedMail } from 'mailparser';

export const consentTexts = {
  en: 'I agree that the City of Brno may send me the newsletter at this address; see the privacy policy.',
  cs: 'Souhlasím se zasíláním zpravodaje města Brna na tuto adresu; viz zásady ochrany osobních údajů.',
};

export function signup(key: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    submissionId: key,
    email: 'reader@example.org',
    name: 'Eva Svobodová',
    lists: ['news', 'events'],
    consent: true,
    consentText: consentTexts.en,
    privacyUrl: 'https://city.example/privacy',
    locale: 'en',
    website: '',
    fillMs: 12_000,
    ...overrides,
  };
}

/** The receiver's link from a mail, pointed at the test server's real address. */
export function linkIn(mail: ParsedMail, kind: 'confirm' | 'unsubscribe', base: string): string {
  const match = new RegExp(`http://receiver\\.test(/api/newsletter/${kind}\\?token=[\\w.-]+)`).exec(mail.text ?? '');
  if (!match) throw new Error(`No ${kind} link in: ${mail.text}`);
  return base + match[1];
}

export function header(mail: ParsedMail, name: string): string | undefined {
  return mail.headerLines.find((line) => line.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '');
}
