import { describe, expect, it } from '@jest/globals';
import type { CardChangeRefusal } from '../../../src/domain';
import { fromFailure, fromOutcome, refusalMessage } from '../../../src/changes/card-change-result';
import { UpstreamError } from '../../../src/upstreams/errors';

/** Every per-card result of suspendCards / resumeCards carries our message, whatever happened. */

const REFUSALS: CardChangeRefusal[] = ['NOT_FOUND', 'INVALID_STATE', 'RESUME_NOT_ALLOWED', 'COOLDOWN', 'OTHER'];

describe('card change messages', () => {
  it.each(REFUSALS)('words a %s refusal for both upstreams', (refusal) => {
    for (const upstream of ['shingsou', 'cmiot'] as const) {
      const message = refusalMessage(refusal, upstream, '10199', '其他');
      expect(message).toMatch(upstream === 'shingsou' ? /^Shingsou / : /^CMIOT /);
      if (refusal === 'COOLDOWN') expect(message).toContain('3 minutes');
      if (refusal === 'OTHER') expect(message).toContain('10199');
    }
  });

  it('gives an applied change and a refused one a message', () => {
    const applied = fromOutcome({ requested: '1440212345678', iccid: null, ok: true }, 'shingsou', 'RESUME');
    expect(applied).toMatchObject({ outcome: 'APPLIED', message: 'Shingsou resumed the card' });
    const cooling = fromOutcome({ requested: '1440212345678', iccid: null, ok: false, refusal: 'COOLDOWN', upstreamCode: '10103', upstreamMessage: '操作过于频繁，请稍后再试' }, 'shingsou', 'SUSPEND');
    expect(cooling).toMatchObject({ outcome: 'FAILED', error: 'COOLDOWN', upstreamCode: '10103', message: expect.stringContaining('cooldown') });
    const failed = fromFailure(new UpstreamError({ upstream: 'cmiot', code: 'UPSTREAM_UNAVAILABLE', message: 'CMIOT is down' }), false);
    expect(failed).toMatchObject({ outcome: 'FAILED', message: 'CMIOT is down' });
  });
});
