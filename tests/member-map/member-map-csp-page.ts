export {};
// Loaded by /api/test/member-map-csp.html (tests/server/member-map.mjs): records
// CSP violations where the test can read them, then registers the element.
const violations: string[] = [];
(window as unknown as { cspViolations: string[] }).cspViolations = violations;
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
);
await import('../../src/member-map/member-map.js');
