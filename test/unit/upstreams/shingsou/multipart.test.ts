import { describe, expect, it } from '@jest/globals';
import busboy from 'busboy';
import { multipart } from '../../../../src/upstreams/shingsou/multipart';

/** The UploadCert body (`shingsou.md` §6.4) read back by a real multipart parser, bytes intact. */

function parse(contentType: string, body: Buffer): Promise<{ fields: Record<string, string>; file?: { name: string; type: string; bytes: Buffer } }> {
  return new Promise((resolve, reject) => {
    const out: { fields: Record<string, string>; file?: { name: string; type: string; bytes: Buffer } } = { fields: {} };
    const parser = busboy({ headers: { 'content-type': contentType } });
    parser.on('field', (name, value) => (out.fields[name] = value));
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => (out.file = { name, type: info.mimeType, bytes: Buffer.concat(chunks) }));
    });
    parser.on('error', reject);
    parser.on('close', () => resolve(out));
    parser.end(body);
  });
}

describe('multipart', () => {
  it('carries a binary file byte for byte beside its fields', async () => {
    const bytes = Buffer.from([0x30, 0x82, 0x00, 0xff, 0x80, 0x0d, 0x0a, 0x2d, 0x2d]);
    const form = multipart({ merchantId: 'M-WX-0001' }, { name: 'certificate', filename: 'apiclient_cert.p12', contentType: 'application/x-pkcs12', bytes });
    const parsed = await parse(form.contentType, form.body);
    expect(parsed.fields).toEqual({ merchantId: 'M-WX-0001' });
    expect(parsed.file?.name).toBe('certificate');
    expect(parsed.file?.type).toBe('application/x-pkcs12');
    expect(parsed.file?.bytes.equals(bytes)).toBe(true);
  });

  it('refuses a field value that would break out of its header', () => {
    expect(() => multipart({ merchantId: 'a"\r\nX: y' }, { name: 'certificate', filename: 'c.p12', contentType: 'application/x-pkcs12', bytes: Buffer.alloc(1) })).toThrow(RangeError);
  });
});
