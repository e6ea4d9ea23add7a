// A page for <city-member-map> under a strict Content-Security-Policy (no
// inline styles or scripts, Trusted Types enforced): the test loads it in an
// iframe and collects securitypolicyviolation events.
export const middleware = async (ctx, next) => {
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
