import { html } from '../html.js';

export const nav = html`<nav>
  <a href="/admin/">Delegation requests</a><a href="/admin/subscribers">Newsletter subscribers</a
  ><a href="/admin/delegation-requests.csv">Requests as CSV</a
  ><a href="/admin/delegation-requests.csv?separator=semicolon">(with semicolons, for Excel in Czech, German…)</a
  ><a href="/admin/newsletter-subscribers.csv">Subscribers as CSV</a
  ><a href="/admin/newsletter-subscribers.csv?separator=semicolon">(with semicolons)</a>
</nav>`;
