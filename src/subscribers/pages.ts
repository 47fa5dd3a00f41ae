// The small public HTML pages behind the unsubscribe link. Pure; everything shown is escaped.
import { escapeHtml as esc } from '../digest/html.ts';
import type { UnsubscribeResult } from './service.ts';

export interface Page {
  status: number;
  html: string;
}

function page(status: number, title: string, body: string): Page {
  const html = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">',
    `<title>${esc(title)} · Tidemark</title></head>`,
    '<body style="font-family:sans-serif;max-width:560px;margin:3em auto;line-height:1.5">',
    `<h1 style="font-size:1.4em">${esc(title)}</h1>`,
    body,
    '</body></html>',
  ].join('\n');
  return { status, html };
}

export const unsubscribedPage = (r: UnsubscribeResult): Page =>
  page(
    200,
    'You are unsubscribed',
    `<p>${esc(r.email)} will no longer receive the daily Tidemark digest about <strong>${esc(r.topicName)}</strong>.</p>` +
      (r.alreadyUnsubscribed ? '<p>(This address had already been unsubscribed.)</p>' : ''),
  );

export const missingTokenPage = (): Page =>
  page(400, 'Unsubscribe link incomplete', '<p>This link is missing its token. Please use the full unsubscribe link from the digest email.</p>');

export const unknownTokenPage = (): Page =>
  page(
    404,
    'Unsubscribe link not recognised',
    '<p>This unsubscribe link does not match any subscription. It may have been mistyped, or the subscription was deleted — in which case no more digests will be sent to it.</p>',
  );

export const errorPage = (): Page =>
  page(500, 'Something went wrong', '<p>We could not process the unsubscribe request right now. Please try the link again in a few minutes.</p>');
