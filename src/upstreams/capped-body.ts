/**
 * Reading an upstream answer under a size cap (issue 9 item 9): a 20 MB body would otherwise sit
 * whole in memory. Past the cap the stream is destroyed, so the rest is never read.
 */

/** The body as undici hands it over: a stream of chunks that can be cut short. */
export interface BodyStream extends AsyncIterable<Buffer> {
  destroy(error?: Error): unknown;
}

/**
 * The body as UTF-8 text, or `undefined` when it is larger than `maxBytes` (declared so in
 * `Content-Length`, or found so while reading). A failure of the stream itself is thrown as is.
 */
export async function readCapped(body: BodyStream, contentLength: string | string[] | undefined, maxBytes: number): Promise<string | undefined> {
  if (typeof contentLength === 'string' && Number(contentLength) > maxBytes) {
    body.destroy();
    return undefined;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > maxBytes) {
      // Leaving the loop early ends the iteration; destroy makes sure the socket reads no more.
      body.destroy();
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}
