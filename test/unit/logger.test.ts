import { describe, expect, it } from '@jest/globals';
import { createLogger } from '../../src/logger';

describe('createLogger', () => {
  it('censors a secret passed as a top-level field, in a line and in a child’s bindings', () => {
    const lines: string[] = [];
    const log = createLogger('info', { write: (line: string) => void lines.push(line) });
    log.info({ password: 'p4ss', clientSecret: 's3cret', token: 't0ken', apiKey: 'k3y', sessionKey: 'sk', upstream: 'cmiot' }, 'hello');
    log.child({ authorization: 'Bearer t0ken' }).warn('child');
    const text = lines.join('');
    for (const secret of ['p4ss', 's3cret', 't0ken', 'k3y', '"sk"']) expect(text).not.toContain(secret);
    expect(JSON.parse(lines[0]!)).toMatchObject({ password: '[redacted]', upstream: 'cmiot', service: 'simgraph', msg: 'hello' });
  });

  it('writes nothing below its level', () => {
    const lines: string[] = [];
    createLogger('warn', { write: (line: string) => void lines.push(line) }).info('quiet');
    expect(lines).toEqual([]);
  });
});
