import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { renderShingsouStatus } from '../../../src/simulators/fleet/render';
import { type Harness, startHarness, v5Get, v5Token } from './harness';

const STOPPED_BY_CUSTOMER = { state: 'SUSPENDED', suspendReason: 'USER_REQUEST', barring: 'TWO_WAY', stopReason: '000000002000' } as const;
const STOPPED_FOR_ARREARS = { state: 'SUSPENDED', suspendReason: 'ARREARS', barring: 'TWO_WAY', stopReason: '000020000000' } as const;

describe('CMIOT v5 change/sim-status, single (cmiot.md §3.4, §7.8)', () => {
  let h: Harness;
  let token: string;
  beforeEach(async () => {
    h = await startHarness();
    token = (await v5Token(h)).token;
  });
  afterEach(async () => {
    await h.close();
  });

  const status = async (msisdn: string): Promise<unknown> =>
    (await v5Get(h, token, 'query/sim-status', { msisdn })).result[0]?.cardStatus;

  it('stops at once, echoes the id key, and the stop reads back through CMIOT and the shared fleet', async () => {
    const card = h.card('CT');
    const answer = await v5Get(h, token, 'change/sim-status', { iccid: card.iccid, operType: '0' });
    expect(answer.status).toBe('0');
    expect(answer.result).toHaveLength(1);
    expect(Object.keys(answer.result[0] ?? {})).toEqual(['iccid', 'orderNum']);
    expect(answer.result[0]?.iccid).toBe(card.iccid);
    expect(await status(card.msisdn)).toBe('4');
    expect((await v5Get(h, token, 'query/sim-stop-reason', { msisdn: card.msisdn })).result[0]?.stopReason).toBe('000000002000');
    // The Shingsou simulator renders the same card object.
    expect(renderShingsouStatus(card).status).toBe(2);
  });

  it('a stop made through the fleet (as Shingsou makes it) reads back through CMIOT', async () => {
    const card = h.card('PB');
    expect(h.fleet.change(card, { kind: 'STOP' }).ok).toBe(true);
    expect(await status(card.msisdn)).toBe('02');
  });

  it('cooldown per kind: a second stop inside the window is 12036, a resume right after a stop is fine', async () => {
    const card = h.card('PB');
    expect((await v5Get(h, token, 'change/sim-status', { msisdn: card.msisdn, operType: '0' })).status).toBe('0');
    expect((await v5Get(h, token, 'change/sim-status', { msisdn: card.msisdn, operType: '1' })).status).toBe('0');
    expect(await status(card.msisdn)).toBe('00');
    expect(await v5Get(h, token, 'change/sim-status', { msisdn: card.msisdn, operType: '0' })).toEqual({
      status: '12036',
      message: '同一卡号3分钟内不能通过此类接口重复办理业务',
      result: [],
    });
    h.clock.now += 180_000;
    expect((await v5Get(h, token, 'change/sim-status', { msisdn: card.msisdn, operType: '0' })).status).toBe('0');
  });

  it('refuses moves from the wrong state (12089), resumes after arrears (12098), bad operType (11000)', async () => {
    const active = h.card('CT');
    const arrears = h.card('CT', { ...STOPPED_FOR_ARREARS });
    const test = h.card('CT', { state: 'TEST' });
    expect((await v5Get(h, token, 'change/sim-status', { msisdn: active.msisdn, operType: '1' })).status).toBe('12089');
    expect((await v5Get(h, token, 'change/sim-status', { msisdn: active.msisdn, operType: '2' })).status).toBe('12089');
    const resume = await v5Get(h, token, 'change/sim-status', { msisdn: arrears.msisdn, operType: '1' });
    expect(resume.status).toBe('12098');
    expect(resume.message).toBe('当前停机原因不符合自主发起复机操作要求，只有主动申请停机的才允许自主复机');
    for (const operType of ['7', '10', '', 'x']) {
      expect((await v5Get(h, token, 'change/sim-status', { msisdn: active.msisdn, operType })).status).toBe('11000');
    }
    expect((await v5Get(h, token, 'change/sim-status', { msisdn: test.msisdn, operType: '3' })).status).toBe('0');
    expect(await status(test.msisdn)).toBe('7');
    expect((await v5Get(h, token, 'change/sim-status', { msisdn: '14700000000', operType: '0' })).status).toBe('12010');
  });
});

describe('CMIOT v5 change/sim-status/batch and sim-batch-result (cmiot.md §3.5, §3.6, §7.8)', () => {
  let h: Harness;
  let token: string;
  beforeEach(async () => {
    h = await startHarness();
    token = (await v5Token(h)).token;
  });
  afterEach(async () => {
    await h.close();
  });

  const result = async (jobId: string) => (await v5Get(h, token, 'query/sim-batch-result', { jobId })).result[0];

  it('walks 0 → 1 → 3, changes cards only when the job completes, reports items by msisdn', async () => {
    const a = h.card('CT');
    const b = h.card('PB');
    const already = h.card('CT', { ...STOPPED_BY_CUSTOMER });
    const submit = await v5Get(h, token, 'change/sim-status/batch', {
      msisdns: [a.msisdn, b.msisdn, already.msisdn, '14700000000'].join('_'),
      operType: '9',
      reason: '01',
    });
    expect(submit.status).toBe('0');
    const jobId = submit.result[0]?.jobId as string;
    expect(jobId).toMatch(/^\d+$/);
    expect(await result(jobId)).toEqual({ jobStatus: '0' });
    h.clock.now += 200;
    expect(await result(jobId)).toEqual({ jobStatus: '1' });
    expect(a.state).toBe('ACTIVE');
    h.clock.now += 200;
    expect(await result(jobId)).toEqual({
      jobStatus: '3',
      resultList: [
        { status: '0', message: '正确', resultType: '1', resultId: a.msisdn },
        { status: '0', message: '正确', resultType: '1', resultId: b.msisdn },
        { status: '12089', message: '该卡片不是待激活、已激活、已停机，无法进行操作', resultType: '1', resultId: already.msisdn },
        { status: '12010', message: '卡号鉴权失败，不存在本系统', resultType: '1', resultId: '14700000000' },
      ],
    });
    expect(a.state).toBe('SUSPENDED');
    expect(b.stopReason).toBe('000000002000');
  });

  it('all succeeded is jobStatus 2; resume with operType 11', async () => {
    const a = h.card('CT', { ...STOPPED_BY_CUSTOMER });
    const jobId = (await v5Get(h, token, 'change/sim-status/batch', { msisdns: a.msisdn, operType: '11', reason: '01' })).result[0]?.jobId as string;
    h.clock.now += 400;
    expect(await result(jobId)).toEqual({ jobStatus: '2', resultList: [{ status: '0', message: '正确', resultType: '1', resultId: a.msisdn }] });
    expect(a.state).toBe('ACTIVE');
  });

  it('one card in cooldown refuses the whole batch with 12036 and changes nothing', async () => {
    const a = h.card('CT');
    const b = h.card('CT', { lastChangeAt: { STOP: h.clock.now - 1000 } });
    const answer = await v5Get(h, token, 'change/sim-status/batch', { msisdns: `${a.msisdn}_${b.msisdn}`, operType: '9', reason: '01' });
    expect(answer).toEqual({ status: '12036', message: '同一卡号3分钟内不能通过此类接口重复办理业务', result: [] });
    h.clock.now += 1000;
    await v5Get(h, token, 'query/sim-status', { msisdn: a.msisdn });
    expect(a.state).toBe('ACTIVE');
    await h.knobs({ cooldownMs: 500 });
    expect((await v5Get(h, token, 'change/sim-status/batch', { msisdns: `${a.msisdn}_${b.msisdn}`, operType: '9', reason: '01' })).status).toBe('0');
  });

  it('validates operType, reason=01 for 9/11, refuses 8/10, caps at 100', async () => {
    const a = h.card('CT');
    const send = async (params: Record<string, string>) => (await v5Get(h, token, 'change/sim-status/batch', { msisdns: a.msisdn, ...params })).status;
    expect(await send({ operType: '9' })).toBe('11000');
    expect(await send({ operType: '9', reason: '01：主动停复机' })).toBe('11000');
    expect(await send({ operType: '11', reason: '02' })).toBe('11000');
    expect(await send({ operType: '8' })).toBe('12089');
    expect(await send({ operType: '10' })).toBe('12089');
    expect(await send({ operType: '12' })).toBe('11000');
    expect(await send({ operType: '0' })).toBe('11000');
    const many = Array.from({ length: 101 }, () => a.msisdn).join('_');
    expect((await v5Get(h, token, 'change/sim-status/batch', { msisdns: many, operType: '9', reason: '01' })).status).toBe('11000');
    expect((await v5Get(h, token, 'query/sim-batch-result', { jobId: 'nope' })).status).toBe('11000');
    expect((await v5Get(h, token, 'query/sim-batch-result', {})).status).toBe('11000');
  });

  it('the failure knob ends the job in 4 without changing any card', async () => {
    await h.knobs({ batchJobFails: true });
    const a = h.card('CT');
    const jobId = (await v5Get(h, token, 'change/sim-status/batch', { msisdns: a.msisdn, operType: '9', reason: '01' })).result[0]?.jobId as string;
    h.clock.now += 400;
    expect(await result(jobId)).toEqual({ jobStatus: '4' });
    expect(a.state).toBe('ACTIVE');
  });

  it('completes on its timer, without anyone asking, after jobStepMs steps', async () => {
    await h.knobs({ jobStepMs: 20 });
    const a = h.card('PB', { state: 'TEST' });
    const jobId = (await v5Get(h, token, 'change/sim-status/batch', { imsis: a.imsi, operType: '3' })).result[0]?.jobId as string;
    h.clock.now += 40;
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(a.state).toBe('ACTIVE');
    expect(await result(jobId)).toEqual({ jobStatus: '2', resultList: [{ status: '0', message: '正确', resultType: '3', resultId: a.imsi }] });
  });
});
