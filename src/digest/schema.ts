// Input of the digest API.
import { z } from 'zod';

export const previewQuery = z.object({ topic: z.string().trim().min(1).max(100).optional() });
