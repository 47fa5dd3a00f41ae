// The frame of every admin page: head, navigation, sign-out form, flash message.
import { CSRF_FIELD } from './csrf.ts';
import type { Notice } from './form.ts';
import { html, type Html } from './html.ts';

export interface PageFrame {
  title: string;
  active?: string; // the nav entry to highlight
  csrfToken?: string; // absent on the login page: no navigation, no sign-out
  notice?: Notice; // the outcome of the form sent before the redirect
  error?: string; // a form error
}

const nav: [string, string][] = [
  ['dashboard', '/admin'],
  ['feeds', '/admin/feeds'],
  ['topics', '/admin/topics'],
  ['milestones', '/admin/milestones'],
  ['runs', '/admin/runs'],
  ['subscribers', '/admin/subscribers'],
  ['digest', '/admin/digest'],
];

export const csrfInput = (token: string): Html => html`<input type="hidden" name="${CSRF_FIELD}" value="${token}">`;

/** A one-button POST form (enable, check now, remove…). */
export function postButton(action: string, label: string, csrfToken: string, style = ''): Html {
  return html`<form method="post" action="${action}" class="inline">${csrfInput(csrfToken)}<button type="submit" class="${style}">${label}</button></form>`;
}

function header(frame: PageFrame): Html {
  if (!frame.csrfToken) return html`<header class="top"><span class="brand">Tidemark admin</span></header>`;
  const links = nav.map(
    ([name, href]) => html`<a href="${href}"${frame.active === name ? html` class="active" aria-current="page"` : ''}>${name[0]!.toUpperCase() + name.slice(1)}</a>`,
  );
  return html`<header class="top"><a class="brand" href="/admin">Tidemark admin</a><nav>${links}</nav>
<form method="post" action="/admin/logout" class="inline signout">${csrfInput(frame.csrfToken)}<button type="submit">Sign out</button></form></header>`;
}

export function layout(frame: PageFrame, body: Html): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title} · Tidemark admin</title>
<link rel="icon" href="/admin/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/admin/admin.css">
</head>
<body>
${header(frame)}
<main>
<h1>${frame.title}</h1>
${frame.notice ? html`<p class="notice${frame.notice.bad ? ' bad' : ''}" role="status">${frame.notice.text}</p>` : ''}
${frame.error ? html`<p class="error" role="alert">${frame.error}</p>` : ''}
${body}
</main>
</body>
</html>
`.value;
}
