import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** A response body with its compressed variants, ready to be stored and served as is. */
export interface EncodedBody {
  json: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

/** Serialises once and compresses at the highest levels: done once per version, served many times. */
export async function encode(document: object): Promise<EncodedBody> {
  const json = Buffer.from(JSON.stringify(document));
  const [gzipped, brotli] = await Promise.all([
    gzipAsync(json, { level: 9 }),
    brotliAsync(json, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: json.length } }),
  ]);
  return { json, gzip: gzipped, brotli };
}
