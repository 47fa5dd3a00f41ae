import { Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';

export const acceptEncoding = 'gzip, deflate, br';

/** Thrown when Content-Encoding names something we cannot decode. */
export class UnsupportedEncodingError extends Error {}

/**
 * Decoders for a Content-Encoding header, in the order they must be applied.
 * Empty when the body is not encoded.
 */
export function createDecoders(contentEncoding: string | undefined): Transform[] {
  if (!contentEncoding) return [];
  const codings = contentEncoding
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  // Codings are listed in the order they were applied; undo them last first.
  return codings.reverse().map(createDecoder);
}

function createDecoder(coding: string): Transform {
  // Flush modes let truncated-but-valid streams yield what they have instead of erroring.
  const options = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip(options);
    case 'deflate':
      return new InflateEither(options);
    case 'br':
      return zlib.createBrotliDecompress({
        flush: zlib.constants.BROTLI_OPERATION_FLUSH,
        finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
      });
    default:
      throw new UnsupportedEncodingError(`unsupported content-encoding ${coding}`);
  }
}

/**
 * "deflate" should mean zlib-wrapped deflate, but some servers send raw deflate.
 * Pick the right inflater from the first byte, as browsers do.
 */
class InflateEither extends Transform {
  private inner: zlib.Inflate | zlib.InflateRaw | null = null;
  private readonly options: zlib.ZlibOptions;

  constructor(options: zlib.ZlibOptions) {
    super();
    this.options = options;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (!this.inner) this.inner = this.start(chunk);
    this.inner.write(chunk, () => done());
  }

  override _flush(done: TransformCallback): void {
    if (!this.inner) return done();
    this.inner.once('end', () => done());
    this.inner.end();
  }

  override _read(size: number): void {
    this.inner?.resume();
    super._read(size);
  }

  override _destroy(error: Error | null, done: (error: Error | null) => void): void {
    this.inner?.destroy();
    done(error);
  }

  private start(first: Buffer): zlib.Inflate | zlib.InflateRaw {
    // A zlib header: compression method 8 in the low nibble, and the two bytes a multiple of 31 (RFC 1950).
    const wrapped = first.length >= 2 && (first[0]! & 0x0f) === 8 && (first[0]! * 256 + first[1]!) % 31 === 0;
    const inner = wrapped ? zlib.createInflate(this.options) : zlib.createInflateRaw(this.options);
    inner.on('data', (data: Buffer) => {
      if (!this.push(data)) inner.pause();
    });
    inner.on('error', (err) => this.destroy(err));
    return inner;
  }
}
