import { waitUntil } from '@open-wc/testing';

export interface PageOptions {
  /** The site script the page loads: the loader (default), the full bundle, or none. */
  script?: 'loader' | 'bundle' | 'none';
  /** The content of the page's allow-origins meta element. */
  allowOrigins?: string;
}

const frames: HTMLIFrameElement[] = [];

/** Publishes `body` (an editor's output) on a page of its own and opens it in an iframe. */
export async function publish(body: string, options: PageOptions = {}): Promise<Document> {
  const response = await fetch('/api/test/cms-pages', { method: 'POST', body: JSON.stringify({ body, ...options }) });
  const { url } = (await response.json()) as { url: string };
  const frame = document.createElement('iframe');
  frame.title = 'Published page';
  frame.style.cssText = 'width: 900px; height: 700px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentDocument!;
}

/** Removes the pages opened so far. */
export function closePages(): void {
  frames.splice(0).forEach((frame) => frame.remove());
}

/** The element a placeholder became on `doc`; fails when none appears. */
export async function upgraded(doc: Document, tag: string): Promise<HTMLElement> {
  await waitUntil(() => doc.querySelector(tag), `no <${tag}> on the page: ${doc.body.innerHTML.slice(0, 300)}`, {
    timeout: 4000,
  });
  return doc.querySelector<HTMLElement>(tag)!;
}
