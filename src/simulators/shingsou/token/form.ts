/**
 * Reads the token request form (`shingsou.md` §2.1): urlencoded or multipart (IdentityServer4 2.x
 * accepts both), keys case-insensitive (`client_Id` works).
 *
 * DECISION §2.1: a multipart Content-Type may carry two `boundary` parameters (curl appends its
 * own to the vendor sample's fixed header); we use the one the body actually starts with.
 */
import busboy from 'busboy';

/** Lower-cased key → value; `null` when the body is not a readable form (→ `invalid_request`). */
export type TokenForm = Map<string, string>;

export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

export async function parseTokenForm(contentType: string | undefined, body: Buffer): Promise<TokenForm | null> {
  const type = mediaType(contentType);
  if (type === 'application/x-www-form-urlencoded') {
    const form: TokenForm = new Map();
    for (const [key, value] of new URLSearchParams(body.toString('utf8'))) form.set(key.toLowerCase(), value);
    return form;
  }
  if (type === 'multipart/form-data') return parseMultipart(contentType as string, body);
  return null;
}

/** Every `boundary=` parameter, quoted or not, in order. */
export function boundaries(contentType: string): string[] {
  const found: string[] = [];
  const re = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/gi;
  for (let m = re.exec(contentType); m !== null; m = re.exec(contentType)) found.push((m[1] ?? m[2]) as string);
  return found;
}

/** The boundary whose delimiter opens the body (after an optional preamble). */
export function boundaryOf(contentType: string, body: Buffer): string | undefined {
  const candidates = boundaries(contentType);
  const head = body.subarray(0, 512).toString('latin1');
  let best: { boundary: string; at: number } | undefined;
  for (const boundary of candidates) {
    const at = head.indexOf(`--${boundary}`);
    // The delimiter must be whole: followed by a line break, not by more boundary characters.
    const after = head.charAt(at + boundary.length + 2);
    if (at >= 0 && (after === '\r' || after === '\n') && (!best || at < best.at)) best = { boundary, at };
  }
  return best?.boundary;
}

function parseMultipart(contentType: string, raw: Buffer): Promise<TokenForm | null> {
  const boundary = boundaryOf(contentType, raw);
  if (boundary === undefined) return Promise.resolve(null);
  // A body typed with bare LF line breaks (the vendor's PHP sample in a LF-only source file)
  // is read as if it had CRLF ones.
  const body = raw.includes('\r\n') ? raw : Buffer.from(raw.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
  return new Promise((resolve) => {
    const form: TokenForm = new Map();
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        limits: { fields: 50, fieldSize: 64 * 1024, files: 0 },
        defParamCharset: 'utf8',
      });
    } catch {
      resolve(null);
      return;
    }
    parser.on('field', (name, value) => form.set(name.toLowerCase(), value));
    parser.on('file', (_name, stream) => stream.resume());
    parser.on('error', () => resolve(null));
    parser.on('close', () => resolve(form));
    parser.end(body);
  });
}
