// Pages for <city-member-map> that the tests load in an iframe:
// - under a strict Content-Security-Policy (no inline styles or scripts, Trusted
//   Types enforced), collecting securitypolicyviolation events;
// - with a mark of when Lit starts to run (its first module records its version
//   in a global), to see what the element's file asks for before that; with
//   ?fetch=throws the page's `fetch` throws at once, with ?data=first a page
//   script sets the element's `data` before it is defined.
const dataFirst = {
  'member-map': {
    network: { id: 'set-first', name: 'Set by the page' },
    members: [{ id: 'opava', city: 'Opava', country: 'CZ', lat: 49.94, lon: 17.9 }],
  },
  'conference-timeline': { conferences: [{ year: 2020, city: 'Opava', country: 'CZ', topic: 'Set by the page' }] },
};

export const middleware = async (ctx, next) => {
  if (ctx.path === '/api/test/early.html') {
    const key = encodeURIComponent(String(ctx.query.key ?? ''));
    const [name, data] =
      ctx.query.element === 'conference-timeline' ? ['conference-timeline', 'conferences'] : ['member-map', 'members'];
    ctx.type = 'html';
    ctx.body = `<!doctype html>
<html lang="en">
  <head>
    <title>Early</title>
    <script>
      for (const name of ['litHtmlVersions', 'reactiveElementVersions', 'litElementVersions']) {
        let value;
        Object.defineProperty(globalThis, name, {
          configurable: true,
          get: () => value,
          set: (set) => {
            if (!performance.getEntriesByName('lit-runs').length) performance.mark('lit-runs');
            value = set;
          },
        });
      }
    </script>
    ${ctx.query.fetch === 'throws' ? "<script>window.fetch = () => { throw new Error('this page allows no fetch'); };</script>" : ''}
    <script type="module" src="/src/${name}/${name}.ts"></script>
  </head>
  <body>
    <city-${name} src="/tests/fixtures/${data}.json?key=${key}"></city-${name}>
    ${ctx.query.data === 'first' ? `<script>document.querySelector('city-${name}').data = ${JSON.stringify(dataFirst[name])};</script>` : ''}
  </body>
</html>`;
    return;
  }
  if (ctx.path !== '/api/test/member-map-csp.html') return next();
  const view = ctx.query.view === 'list' ? 'list' : 'both';
  ctx.set(
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
  );
  ctx.type = 'html';
  ctx.body = `<!doctype html>
<html lang="cs">
  <head><title>CSP</title><script type="module" src="/tests/member-map/member-map-csp-page.ts"></script></head>
  <body>
    <city-member-map src="/tests/fixtures/members.json" view="${view}" height="300" highlight="opava"></city-member-map>
  </body>
</html>`;
};
