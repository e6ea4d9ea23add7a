// The forms' JSON configs the receiver reads at start (DELEGATION_CONFIG, NEWSLETTER_CONFIG): the
// office's address and name, the newsletter's lists and publisher.
import { readFile } from 'node:fs/promises';
import type { Context } from './app.js';
import type { Config } from './config.js';
import type { LocalizedName } from './mail/delegation-texts.js';

async function readJson(path: string, variable: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`${variable} names ${path}, which cannot be read as JSON: ${(error as Error).message}`);
  }
}

export async function delegationForm(config: Config): Promise<Record<string, unknown> | undefined> {
  if (!config.delegationConfig) return undefined;
  const form = await readJson(config.delegationConfig, 'DELEGATION_CONFIG');
  return form !== null && typeof form === 'object' ? (form as Record<string, unknown>) : {};
}

export function officeAddress(config: Config, form: Record<string, unknown> | undefined): string | undefined {
  if (config.officeEmail || !form) return config.officeEmail;
  return typeof form.contactEmail === 'string' ? form.contactEmail : undefined;
}

/** NEWSLETTER_CONFIG's lists and publisher. */
export async function newsletterConfig(config: Config): Promise<Pick<Context, 'lists' | 'newsletterPublisher'>> {
  if (!config.newsletterConfig) return { lists: undefined, newsletterPublisher: undefined };
  const form = (await readJson(config.newsletterConfig, 'NEWSLETTER_CONFIG')) as {
    lists?: { id: string; label: string | Record<string, string> }[];
    publisher?: unknown;
  };
  return {
    lists: newsletterLists(form),
    newsletterPublisher: localizedName(form.publisher),
  };
}

export const localizedName = (value: unknown): LocalizedName | undefined =>
  typeof value === 'string' || (value !== null && typeof value === 'object' && !Array.isArray(value))
    ? (value as LocalizedName)
    : undefined;

function newsletterLists(form: { lists?: { id: string; label: string | Record<string, string> }[] }): Context['lists'] {
  return new Map(
    (form.lists ?? []).map((list) => [list.id, typeof list.label === 'string' ? { en: list.label } : list.label]),
  );
}
