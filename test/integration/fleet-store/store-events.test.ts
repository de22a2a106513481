import { beforeEach, expect, it } from '@jest/globals';
import { currentShanghaiMonth, formatShanghaiIso, matchesFleetFilter, type CardEvent, type CardState, type FleetFilter } from '../../../src/domain';
import type { FleetStatusReading, FleetStore, FleetUsageReading } from '../../../src/fleet-store/fleet-store';
import { clearCards, describeFleetStore } from './support/backends';
import { fleetFixture, SYNCED_AT } from './support/cards';

/** Issue 15 §1–2: the outbox the store's trigger fills as the stored state changes. */

const fixture = fleetFixture(60);

function statusOf(iccid: string, state: CardState, checkedAt: number): FleetStatusReading {
  return {
    iccid,
    syncedAt: new Date(checkedAt),
    status: {
      state,
      ...(state === 'SUSPENDED' ? { suspendReason: 'ARREARS' as const } : {}),
      raw: {
        source: 'SHINGSOU',
        carrier: 'CHINA_TELECOM',
        code: state === 'SUSPENDED' ? '120000' : '1',
        label: state,
      },
      checkedAt: formatShanghaiIso(checkedAt),
    },
  };
}

function usageOf(iccid: string, percent: number, at: number): FleetUsageReading {
  const quotaKb = 1_000_000;
  const usedKb = (quotaKb * percent) / 100;
  return {
    iccid,
    syncedAt: new Date(at),
    usage: {
      month: currentShanghaiMonth(at),
      usedKb,
      quotaKb,
      remainingKb: quotaKb - usedKb,
      asOf: formatShanghaiIso(at),
      source: 'SHINGSOU',
    },
  };
}

async function eventsSince(store: FleetStore, sequence: number): Promise<CardEvent[]> {
  return store.eventsAfter(sequence, 1000);
}

describeFleetStore('fleet events', (backend) => {
  beforeEach(async () => {
    const { store } = backend();
    await clearCards(store);
    for (const rule of await store.alertRules()) await store.deleteAlertRule(rule.id);
    await store.upsertInventory(fixture.inventory, SYNCED_AT);
  });

  it('records one STATUS_CHANGED per change of state, none for a first reading, a repeat or an older reading', async () => {
    const { store } = backend();
    const iccid = fixture.inventory[0]!.card.iccid;
    const start = await store.lastEventSequence();
    const t0 = Date.parse('2026-11-20T00:00:00Z');
    await store.upsertStatuses([statusOf(iccid, 'ACTIVE', t0)]);
    expect(await eventsSince(store, start)).toEqual([]);
    await store.upsertStatuses([statusOf(iccid, 'SUSPENDED', t0 + 60_000)]);
    await store.upsertStatuses([statusOf(iccid, 'SUSPENDED', t0 + 120_000)]);
    await store.upsertStatuses([statusOf(iccid, 'ACTIVE', t0 + 30_000)]); // older than the stored reading
    const events = await eventsSince(store, start);
    expect(events).toHaveLength(1);
    const [event] = events;
    if (event?.type !== 'STATUS_CHANGED') throw new Error('not a status change');
    expect(event.card.iccid).toBe(iccid);
    expect(event.from).toMatchObject({ state: 'ACTIVE', rawCode: '1' });
    expect(event.to).toMatchObject({
      state: 'SUSPENDED',
      suspendReason: 'ARREARS',
      rawCode: '120000',
    });
    expect(event.occurredAt).toEqual(new Date(t0 + 60_000));
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(event.sequence).toBeGreaterThan(start);
    expect(await store.lastEventSequence()).toBe(event.sequence);
  });

  it('fires a usage rule once when a matching card crosses it, and again only after it fell back below', async () => {
    const { store } = backend();
    const telecom = fixture.inventory.find((row) => row.card.carrier === 'CHINA_TELECOM')!.card.iccid;
    const mobile = fixture.inventory.find((row) => row.card.carrier === 'CHINA_MOBILE')!.card.iccid;
    const rule = await store.createAlertRule({
      name: 'Telecom at 80 %',
      condition: { kind: 'USAGE_AT_LEAST', percent: 80 },
      filter: { carriers: ['CHINA_TELECOM'] },
    });
    const start = await store.lastEventSequence();
    let at = Date.now() - 60 * 60_000;
    for (const percent of [50, 85, 90, 60, 95]) {
      at += 60_000;
      await store.upsertUsages([usageOf(telecom, percent, at), usageOf(mobile, percent, at)]);
    }
    const events = await eventsSince(store, start);
    expect(events.map((e) => [e.type, e.card.iccid, e.type === 'USAGE_THRESHOLD_CROSSED' ? [e.ruleId, e.thresholdPercent, e.usagePercent] : null])).toEqual([
      ['USAGE_THRESHOLD_CROSSED', telecom, [rule.id, 80, 85]],
      ['USAGE_THRESHOLD_CROSSED', telecom, [rule.id, 80, 95]],
    ]);
  });

  it('lists the STATE_IN rules a change entered, matched by the rule filter as the code matches it', async () => {
    const { store } = backend();
    const filter: FleetFilter = {
      carriers: ['CHINA_UNICOM', 'CHINA_TELECOM'],
      tags: ['vip', 'cold'],
    };
    const rule = await store.createAlertRule({
      name: 'suspended VIPs',
      condition: { kind: 'STATE_IN', states: ['SUSPENDED'] },
      filter,
    });
    const t0 = Date.parse('2026-11-21T00:00:00Z');
    await store.upsertStatuses(fixture.inventory.map((row) => statusOf(row.card.iccid, 'ACTIVE', t0)));
    const start = await store.lastEventSequence();
    await store.upsertStatuses(fixture.inventory.map((row) => statusOf(row.card.iccid, 'SUSPENDED', t0 + 60_000)));
    const events = await eventsSince(store, start);
    expect(events).toHaveLength(fixture.inventory.length);
    const listed = events.filter((e) => e.type === 'STATUS_CHANGED' && e.ruleIds.includes(rule.id)).map((e) => e.card.iccid);
    const expected = events.filter((e) => matchesFleetFilter(e.card, filter)).map((e) => e.card.iccid);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(events.length);
    expect(listed).toEqual(expected);
  });

  it('records EXPIRING once for a card inside the window, as the sync rewrites its inventory', async () => {
    const { store } = backend();
    const row = fixture.inventory[1]!;
    const soon = {
      ...row,
      card: {
        ...row.card,
        inventory: {
          ...row.card.inventory!,
          expiresAt: formatShanghaiIso(Date.now() + 10 * 86_400_000 - 3_600_000),
        },
      },
    };
    await store.createAlertRule({
      name: '30 days',
      condition: { kind: 'EXPIRES_WITHIN', days: 30 },
      filter: {},
    });
    const start = await store.lastEventSequence();
    await store.upsertInventory([soon], SYNCED_AT);
    await store.upsertInventory([soon], SYNCED_AT);
    const events = (await eventsSince(store, start)).filter((e) => e.card.iccid === row.card.iccid);
    expect(events).toHaveLength(1);
    const [event] = events;
    if (event?.type !== 'EXPIRING') throw new Error('not an expiry');
    expect(event.daysLeft).toBe(10);
  });

  it('pages the history newest first, by type and card, and tells its listeners after a commit', async () => {
    const { store } = backend();
    const heard: number[] = [];
    const stop = await store.onEventsRecorded(() => heard.push(Date.now()));
    try {
      const start = await store.lastEventSequence();
      const t0 = Date.parse('2026-11-22T00:00:00Z');
      const cards = fixture.inventory.slice(0, 5).map((row) => row.card.iccid);
      await store.upsertStatuses(cards.map((iccid) => statusOf(iccid, 'ACTIVE', t0)));
      await store.upsertStatuses(cards.map((iccid) => statusOf(iccid, 'SUSPENDED', t0 + 1000)));
      const first = await store.events({ types: ['STATUS_CHANGED'], first: 3 });
      expect(first.events).toHaveLength(3);
      expect(first.hasNextPage).toBe(true);
      const sequences = first.events.map((e) => e.sequence);
      expect([...sequences].sort((a, b) => b - a)).toEqual(sequences);
      const next = await store.events({
        types: ['STATUS_CHANGED'],
        first: 3,
        before: sequences.at(-1)!,
      });
      expect(next.events.every((e) => e.sequence < sequences.at(-1)!)).toBe(true);
      const one = await store.events({ iccids: [cards[2]!], first: 10 });
      // The history outlives the cards of earlier tests: count this test's own.
      expect(one.events.filter((e) => e.sequence > start).map((e) => e.card.iccid)).toEqual([cards[2]]);
      expect(one.events.every((e) => e.card.iccid === cards[2])).toBe(true);
      expect((await store.events({ types: ['EXPIRING'], iccids: cards, first: 10 })).events.filter((e) => e.sequence > start)).toEqual([]);
      const until = Date.now() + 5000;
      while (heard.length === 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(heard.length).toBeGreaterThan(0);
    } finally {
      await stop();
    }
  });

  it('creates, lists, updates and deletes alert rules; a new condition fires again for cards already over it', async () => {
    const { store } = backend();
    const iccid = fixture.inventory[3]!.card.iccid;
    const rule = await store.createAlertRule({
      name: 'at 90',
      condition: { kind: 'USAGE_AT_LEAST', percent: 90 },
      filter: { expiresBefore: new Date('2030-01-01T00:00:00Z') },
    });
    expect(await store.alertRules()).toEqual([rule]);
    expect(rule.filter.expiresBefore).toEqual(new Date('2030-01-01T00:00:00Z'));
    const start = await store.lastEventSequence();
    const at = Date.now() - 10 * 60_000;
    await store.upsertUsages([usageOf(iccid, 95, at)]);
    const renamed = await store.updateAlertRule(rule.id, {
      name: 'at 90 %',
      filter: {},
    });
    expect(renamed?.name).toBe('at 90 %');
    expect(renamed?.filter).toEqual({});
    await store.upsertUsages([usageOf(iccid, 96, at + 60_000)]);
    const fired = (await eventsSince(store, start)).filter((e) => e.card.iccid === iccid);
    // The card had no expiry before 2030 in the fixture only if its expiresAt was null: count from the rule's two lives.
    const before = fixture.inventory[3]!.card.inventory?.expiresAt;
    expect(fired).toHaveLength(before === null ? 1 : 2);
    expect(await store.updateAlertRule('999999', { name: 'x' })).toBeUndefined();
    expect(await store.updateAlertRule('not-a-number', { name: 'x' })).toBeUndefined();
    expect(await store.deleteAlertRule(rule.id)).toBe(true);
    expect(await store.deleteAlertRule(rule.id)).toBe(false);
    expect(await store.alertRules()).toEqual([]);
  });
});
