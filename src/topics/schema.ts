import { z } from 'zod';
import { slug } from '../feeds/schema.ts';

const terms = z
  .union([z.array(z.string()), z.string()])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((t) => t.trim()).filter(Boolean))
  .refine((v) => v.length > 0 && v.length <= 200, 'must list 1 to 200 terms');

export const slugParam = z.object({ slug });
export const createTopicBody = z.object({ slug, name: z.string().trim().min(1).max(200), terms });
export const updateTopicBody = z.object({ name: z.string().trim().min(1).max(200), terms }).partial().strict();
