import { describe, expect, it } from '@jest/globals';
import { readinessReport } from '../../../src/http/health';

describe('readinessReport', () => {
  it('is ready with Redis off and no open breaker', () => {
    expect(readinessReport({ redis: 'off', openBreakers: [] }, { shuttingDown: false })).toEqual({
      ready: true,
      status: 'ready',
      reasons: [],
      redis: 'off',
      openBreakers: [],
    });
  });

  it('stays ready but degraded, with a reason each, when Redis is down or breakers are open', () => {
    const report = readinessReport({ redis: 'down', openBreakers: ['shingsou:read'] }, { shuttingDown: false });
    expect(report).toMatchObject({ ready: true, status: 'degraded', redis: 'down', openBreakers: ['shingsou:read'] });
    expect(report.reasons).toEqual([expect.stringContaining('Redis'), 'breaker open: shingsou:read']);
  });

  it('is not ready while shutting down', () => {
    expect(readinessReport({ redis: 'up', openBreakers: [] }, { shuttingDown: true })).toMatchObject({
      ready: false,
      status: 'not_ready',
      reasons: ['shutting down'],
    });
  });
});
