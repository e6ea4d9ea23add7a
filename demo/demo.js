// The demo pages' language switch. Each page carries its own text in Czech and
// English (elements marked data-lang="cs" / "en"); <html lang> decides which
// shows (demo.css), and every widget follows <html lang> by itself. A classic
// script in <head>, so a ?lang= choice applies before the first paint.
(() => {
  const root = document.documentElement;
  const languages = ['cs', 'en'];
  const capitalized = (lang) => lang[0].toUpperCase() + lang.slice(1);

  function apply(lang) {
    root.lang = lang;
    const title = root.dataset[`title${capitalized(lang)}`];
    if (title) document.title = title;
    // Attributes cannot hold two languages: each such element names both in data-label-cs / -en.
    for (const element of document.querySelectorAll('[data-label-cs]')) {
      element.setAttribute('aria-label', element.dataset[`label${capitalized(lang)}`] ?? '');
    }
    // Links between the demo pages carry the choice along.
    for (const link of document.querySelectorAll('a[data-keep-lang]')) {
      const url = new URL(link.getAttribute('href'), location.href);
      url.searchParams.set('lang', lang);
      link.setAttribute('href', `${url.pathname}${url.search}`);
    }
    for (const link of document.querySelectorAll('a[data-switch]')) {
      if (link.dataset.switch === lang) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  }

  const asked = new URLSearchParams(location.search).get('lang');
  if (languages.includes(asked)) apply(asked);
  document.addEventListener('DOMContentLoaded', () => apply(root.lang));

  // Switching keeps the page (and anything typed into a form): no reload, the
  // address keeps the choice for a reload or a shared link.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-switch]') : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    apply(link.dataset.switch);
    const url = new URL(location.href);
    url.searchParams.set('lang', link.dataset.switch);
    history.replaceState(null, '', url);
  });
})();
