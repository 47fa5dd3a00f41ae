import { z } from 'zod';
import { slug } from '../feeds/schema.ts';
import { dbId } from '../http/params.ts';

export const listArticlesQuery = z.object({
  topic: slug.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  since: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: dbId.optional(),
  include: z.enum(['relevant', 'all']).default('relevant'),
  story: z.string().regex(/^[0-9a-f]{16}$/, 'must be a story key (16 hex digits)').optional(),
});
