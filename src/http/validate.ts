// Input is parsed once at the edge with zod; the first issue names the field.
import type { z } from 'zod';
import { AppError } from '../errors.ts';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: 'query' | 'body' | 'params'): z.infer<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || where;
  throw new AppError('validation_failed', `${where}.${field}: ${issue?.message ?? 'invalid'}`, field);
}
