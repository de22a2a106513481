import busboy from 'busboy';
import express, { type NextFunction, type Request, type Response } from 'express';

/**
 * Body readers for every POST style the contract allows (`cmiot.md` §7.2): JSON,
 * urlencoded form and multipart form. A body that cannot be parsed is dropped, so the call
 * fails its parameter checks with a business code instead of an HTTP error or a crash.
 */
const LIMIT = '256kb';
const MAX_FIELDS = 200;

function multipartForm(req: Request, _res: Response, next: NextFunction): void {
  if (!req.is('multipart/form-data')) {
    next();
    return;
  }
  const fields: Record<string, string> = {};
  let done = false;
  const finish = (): void => {
    if (done) return;
    done = true;
    req.body = fields;
    next();
  };
  try {
    const parser = busboy({
      headers: req.headers,
      limits: { fields: MAX_FIELDS, fieldSize: 64 * 1024, files: 0 },
    });
    parser.on('field', (name, value) => {
      // A repeated field is ambiguous; keep it empty so it fails validation (params.ts).
      fields[name] = name in fields ? '' : value;
    });
    parser.on('file', (_name, stream) => stream.resume());
    parser.on('close', finish);
    parser.on('error', () => {
      for (const key of Object.keys(fields)) delete fields[key];
      req.unpipe(parser);
      req.resume();
      finish();
    });
    req.pipe(parser);
  } catch {
    // busboy throws synchronously on a malformed Content-Type (e.g. no boundary).
    req.resume();
    finish();
  }
}

function dropUnparsableBody(err: unknown, req: Request, _res: Response, next: NextFunction): void {
  void err;
  req.body = undefined;
  next();
}

export function bodyParsers(): Array<
  ((req: Request, res: Response, next: NextFunction) => void) |
  ((err: unknown, req: Request, res: Response, next: NextFunction) => void)
> {
  return [
    express.json({ limit: LIMIT, strict: false }),
    express.urlencoded({ extended: false, limit: LIMIT, parameterLimit: MAX_FIELDS }),
    multipartForm,
    dropUnparsableBody,
  ];
}
