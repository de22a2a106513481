import { randomBytes } from 'node:crypto';

/**
 * A `multipart/form-data` body built by hand: the only multipart call is `UploadCert`
 * (`shingsou.md` §6.4), and its certificate is binary, so the body is bytes, never a string
 * (UTF-8 re-encoding would corrupt a PKCS#12 file).
 */

export interface MultipartFile {
  name: string;
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface Multipart {
  contentType: string;
  body: Buffer;
}

/** Field names and values are ours (ids, fixed names); quotes and line breaks are refused. */
function safe(value: string): string {
  if (/["\r\n]/.test(value)) throw new RangeError('multipart names and values may not contain quotes or line breaks');
  return value;
}

export function multipart(fields: Record<string, string>, file: MultipartFile): Multipart {
  const boundary = `----SimGraph${randomBytes(12).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${safe(name)}"\r\n\r\n${safe(value)}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${safe(file.name)}"; filename="${safe(file.filename)}"\r\n` +
        `Content-Type: ${safe(file.contentType)}\r\n\r\n`,
    ),
    Buffer.from(file.bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat(parts) };
}
