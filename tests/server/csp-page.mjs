// A host page served with the strictest policy a careful site would send
// (default-src 'self', Trusted Types required, only Lit's policy allowed), so
// tests can prove the widgets render there without a single violation.
export const middleware = async (ctx, next) => {
  if (ctx.path !== '/api/test/csp-page') return next();
  const body = String(ctx.query.body ?? '');
  ctx.set(
    'Content-Security-Policy',
    "default-src 'self'; img-src 'self' data:; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
  );
  ctx.type = 'html';
  ctx.body = `<!doctype html><html lang="${ctx.query.lang ?? 'en'}"><head><meta charset="utf-8">
<script type="module" src="/tests/fixtures/csp-entry.ts"></script></head><body>${body}</body></html>`;
};
