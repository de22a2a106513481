import type { IncomingMessage } from 'node:http';

/**
 * Reads a GraphQL POST body: JSON in UTF-8, at most `limitBytes`. What `express.json()` did for
 * this one route, without the framework on the hot path: a body that is not JSON or too large
 * becomes a `BodyRefusal` with only the kind of failure (never the body: it may hold an ID
 * number or a merchant key, `http-errors.ts`).
 *
 * A request whose content type is not JSON has no body for Apollo (`undefined`), which answers
 * its own coded 400 ("POST body missing, invalid Content-Type, ..."), as it did behind express.
 */

export type BodyRefusalKind = 'too-large' | 'not-json' | 'unsupported-charset' | 'unsupported-encoding' | 'aborted';

export class BodyRefusal extends Error {
  constructor(
    readonly kind: BodyRefusalKind,
    readonly status: number,
  ) {
    super(kind);
    this.name = 'BodyRefusal';
  }
}

/** `application/json`, `application/graphql-response+json`, any `application/*+json`. */
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)/i;

export function isJsonRequest(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  return type !== undefined && JSON_TYPE.test(type);
}

/** The parsed body, `undefined` when there is none to parse; rejects with a `BodyRefusal`. */
export function readJsonBody(req: IncomingMessage, limitBytes: number): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (!isJsonRequest(req)) return drained(req, limitBytes, declared);
  const charset = CHARSET.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return refused(req, new BodyRefusal('unsupported-charset', 415));
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return refused(req, new BodyRefusal('unsupported-encoding', 415));
  if (declared > limitBytes) return refused(req, new BodyRefusal('too-large', 413));

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        cleanup();
        req.resume();
        reject(new BodyRefusal('too-large', 413));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      if (size === 0) return resolve(undefined);
      const text = chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks, size).toString('utf8');
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new BodyRefusal('not-json', 400));
      }
    };
    const onAborted = () => {
      cleanup();
      reject(new BodyRefusal('aborted', 400));
    };
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAborted);
      req.off('aborted', onAborted);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAborted);
    req.on('aborted', onAborted);
  });
}

/** A body of another type is not read, only drained (within the limit), so the socket stays usable. */
function drained(req: IncomingMessage, limitBytes: number, declared: number): Promise<undefined> {
  if (declared > limitBytes) return refused(req, new BodyRefusal('too-large', 413));
  req.resume();
  return Promise.resolve(undefined);
}

function refused(req: IncomingMessage, refusal: BodyRefusal): Promise<never> {
  req.resume();
  return Promise.reject(refusal);
}
