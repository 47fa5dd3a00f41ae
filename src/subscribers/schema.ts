// Input of the subscriber API and service, parsed once at the edge.
import { z } from 'zod';

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'must be an email address' }))
  .transform((e) => e.toLowerCase());

export const topicSlugSchema = z.string().trim().min(1).max(100);

export const subscribeBody = z.object({ email: emailSchema, topic: topicSlugSchema });

export const listQuery = z.object({ topic: topicSlugSchema.optional() });

export { idParam as idParams } from '../http/params.ts';

// Tokens are base64url; anything else cannot be one of ours.
export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/, 'is not a valid unsubscribe token');
