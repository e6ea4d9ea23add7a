// Checked by `npm run typecheck`, not run: the widgets' events bubble out of their shadow roots to
// the page, so a listener on document or window gets their typed detail, as one on the element does.
import '../../src/index.js';

document.addEventListener('city-load', (event) => event.detail.source satisfies string);
document.addEventListener('city-error', (event) => event.detail.status satisfies number | undefined);
document.addEventListener('city-member-select', (event) => event.detail.member.id satisfies string);
window.addEventListener('city-submit', (event) => event.detail.payload satisfies Record<string, unknown>);
document.addEventListener('city-submitted', (event) => event.detail.via satisfies 'http' | 'mailto');
document.addEventListener('city-submit-error', (event) => event.detail.reason satisfies string);
document.querySelector('city-delegation-form')?.addEventListener('city-submitted', (event) => event.detail.via);
