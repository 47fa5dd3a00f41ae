import { z } from 'zod';
import { slug } from '../feeds/schema.ts';
import { curationSchema } from '../milestones/curation.ts';

export const timelineParams = z.object({ slug });
export const timelineQuery = z.object({ top: z.coerce.number().int().min(1).max(500).optional() });
export { idParam as milestoneParams } from '../http/params.ts';
export const curationBody = curationSchema;
export const keyDatesQuery = z.object({ top: z.coerce.number().int().min(1).max(100).default(10) });
