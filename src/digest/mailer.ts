// The only part of the digest that talks SMTP. Injected into runDigest so tests and callers choose it.
import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';

export interface MailMessage {
  to: string;
  from: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

export interface Mailer {
  /** Resolves once the server accepted the message; rejects otherwise. */
  send(msg: MailMessage): Promise<void>;
}

export function createSmtpMailer(smtpUrl: string): Mailer {
  // Short timeouts: an unreachable server should fail the delivery (retryable), not hang the job.
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(msg) {
      await transport.sendMail({ ...msg });
    },
  };
}

export const SMTP_NOT_CONFIGURED = 'SMTP_URL not configured';

/** Without SMTP_URL every send fails with a clear reason, so deliveries stay retryable until it is set. */
export function createMailer(config: Pick<Config, 'SMTP_URL'>): Mailer {
  if (config.SMTP_URL) return createSmtpMailer(config.SMTP_URL);
  return {
    send: () => Promise.reject(new Error(SMTP_NOT_CONFIGURED)),
  };
}
