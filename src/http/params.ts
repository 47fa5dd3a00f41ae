import { z } from 'zod';

/** A database id: a positive 32-bit integer (PostgreSQL's `integer` rejects larger values). */
export const dbId = z.coerce.number().int('must be an integer').positive('must be a positive integer').max(2_147_483_647, 'is too large');
export const idParam = z.object({ id: dbId });
