import { z } from 'zod';

export { idParam } from '../http/params.ts';

export const httpUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

export const slug = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be lowercase letters, digits and dashes');

export const createFeedBody = z.object({ url: httpUrl, topic: slug, title: z.string().trim().max(300).optional() });
export const updateFeedBody = z
  .object({ url: httpUrl, title: z.string().trim().max(300).nullable(), enabled: z.boolean() })
  .partial()
  .strict();
export const listFeedsQuery = z.object({ topic: slug.optional() });
