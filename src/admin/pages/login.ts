// The sign-in form and the error page; both work without a session.
import { html } from '../html.ts';
import { layout } from '../layout.ts';

export function loginPage(view: { loginToken: string; error?: string }): string {
  return layout(
    { title: 'Sign in', error: view.error },
    html`<form method="post" action="/admin/login" class="card narrow">
<input type="hidden" name="_login" value="${view.loginToken}">
<label for="password">Admin password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required autofocus>
<button type="submit">Sign in</button>
</form>`,
  );
}

export function errorPage(view: { status: number; message: string; csrfToken?: string }): string {
  const title = view.status === 403 ? 'Forbidden' : view.status === 404 ? 'Not found' : view.status === 429 ? 'Too many attempts' : 'Error';
  return layout(
    { title, csrfToken: view.csrfToken, error: view.message },
    html`<p><a href="/admin">Back to the dashboard</a></p>`,
  );
}
