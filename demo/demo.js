// The demo page's own script: the language switcher sets <html lang>, which
// every widget follows.
const select = document.getElementById('page-language');
const saved = new URLSearchParams(location.search).get('lang');
if (saved) document.documentElement.lang = saved;
select.value = document.documentElement.lang;
select.addEventListener('change', () => {
  document.documentElement.lang = select.value;
  const url = new URL(location.href);
  url.searchParams.set('lang', select.value);
  history.replaceState(null, '', url);
});
