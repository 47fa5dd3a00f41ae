import { z } from 'zod';
import { slug } from '../feeds/schema.ts';
import { curationSchema } from '../milestones/curation.ts';

export const timelineParams = z.object({ slug });
export const timelineQuery = z.object({ top: z.coerce.number().int().min(1).max(500).optional() });
export const milestoneParams = z.object({ id: z.coerce.number().int().positive() });
export const curationBody = curationSchema;
