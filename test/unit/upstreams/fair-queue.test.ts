import { describe, expect, it } from '@jest/globals';
import { FairQueue } from '../../../src/upstreams/fair-queue';

/** A task that finishes when the test says so, recording when it started. */
function gate(started: string[], name: string) {
  let open!: () => void;
  const done = new Promise<void>((resolve) => (open = resolve));
  return { task: () => (started.push(name), done), open };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('FairQueue', () => {
  it('runs at most `limit` tasks at once', async () => {
    const queue = new FairQueue(2);
    const started: string[] = [];
    const gates = ['a', 'b', 'c'].map((name) => gate(started, name));
    const runs = gates.map((g) => queue.run(g.task));
    await tick();
    expect(started).toEqual(['a', 'b']);
    gates[0]!.open();
    await tick();
    expect(started).toEqual(['a', 'b', 'c']);
    gates.slice(1).forEach((g) => g.open());
    await Promise.all(runs);
  });

  it('gives freed slots to waiting flows in turn, so a small flow does not wait behind a big one', async () => {
    const queue = new FairQueue(1);
    const started: string[] = [];
    const gates = new Map<string, ReturnType<typeof gate>>();
    const runs: Promise<unknown>[] = [];
    const submit = (flow: string, name: string) =>
      {
        const g = gate(started, name);
        gates.set(name, g);
        runs.push(queue.run(g.task, { id: flow, upstreamCalls: 0 }));
      };
    submit('big', 'big-1');
    for (let i = 2; i <= 6; i += 1) submit('big', `big-${i}`);
    submit('small', 'small-1');
    submit('small', 'small-2');
    for (let step = 0; step < 8; step += 1) {
      await tick();
      gates.get(started.at(-1) ?? '')?.open();
    }
    await Promise.all(runs);
    expect(started).toEqual(['big-1', 'big-2', 'small-1', 'big-3', 'small-2', 'big-4', 'big-5', 'big-6']);
  });

  it('keeps working after a task fails', async () => {
    const queue = new FairQueue(1);
    await expect(queue.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue.run(() => Promise.resolve('ok'))).resolves.toBe('ok');
  });

  it('takes a waiter out of the line when its flow aborts; the freed slot goes to the next', async () => {
    const queue = new FairQueue(1, () => new Error('deadline'));
    const started: string[] = [];
    const holder = gate(started, 'holder');
    const running = queue.run(holder.task);
    const controller = new AbortController();
    const impatient = queue.run(() => Promise.resolve('never'), { id: 'impatient', signal: controller.signal, upstreamCalls: 0 });
    const patient = gate(started, 'patient');
    const next = queue.run(patient.task, { id: 'patient', upstreamCalls: 0 });
    controller.abort();
    await expect(impatient).rejects.toThrow('deadline');
    holder.open();
    await tick();
    expect(started).toEqual(['holder', 'patient']);
    patient.open();
    await Promise.all([running, next]);
  });

  it('refuses at once a flow whose signal already aborted when no slot is free', async () => {
    const queue = new FairQueue(1, () => new Error('deadline'));
    const holder = gate([], 'holder');
    const running = queue.run(holder.task);
    const late = queue.run(() => Promise.resolve('never'), { id: 'late', signal: AbortSignal.abort(), upstreamCalls: 0 });
    await expect(late).rejects.toThrow('deadline');
    holder.open();
    await running;
    await expect(queue.run(() => Promise.resolve('free'))).resolves.toBe('free');
  });
});
