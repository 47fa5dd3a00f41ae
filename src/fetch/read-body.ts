import type { IncomingMessage } from 'node:http';
import { pipeline, Transform, type TransformCallback, type Readable } from 'node:stream';
import { createDecoders } from './decompress.ts';

/** The body passed maxBytes, on the wire or after decompression. */
export class BodyTooLargeError extends Error {}

/**
 * Reads and decompresses a response body, giving up as soon as either the wire bytes
 * or the decoded bytes pass maxBytes, so a slow or compressed bomb cannot fill memory.
 */
export async function readBody(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw new BodyTooLargeError(`content-length ${declared} exceeds ${maxBytes} bytes`);
  }
  let decoded: Readable;
  try {
    const decoders = createDecoders(res.headers['content-encoding']);
    // Errors travel both ways along each pipeline, so a failure anywhere ends them all.
    decoded = pipeline(res, countBytes(maxBytes), ignore);
    for (const decoder of decoders) decoded = pipeline(decoded, decoder, ignore);
  } catch (err) {
    res.destroy();
    throw err;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of decoded as AsyncIterable<Buffer>) {
    total += chunk.length;
    // Leaving the loop destroys the pipeline, which stops the decoder and the socket.
    if (total > maxBytes) throw new BodyTooLargeError(`decoded body exceeds ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

function ignore(): void {
  // Errors surface through the async iterator of the last stage.
}

function countBytes(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      seen += chunk.length;
      if (seen > maxBytes) return done(new BodyTooLargeError(`body exceeds ${maxBytes} bytes`));
      done(null, chunk);
    },
  });
}

/** zlib and brotli failures: the body was not what its Content-Encoding claimed. */
export function isDecodeError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const { code, errno } = err as NodeJS.ErrnoException;
  return typeof errno === 'number' && typeof code === 'string' && /^(Z_|ERR__)/.test(code);
}
