import { afterEach, beforeEach, expect, it } from "vitest";
import type { DedupeStore } from "../../../bots/dedupe/types.ts";

/** One suite for every DedupeStore adapter: claims hold once, across instances, and expire. */
export function runDedupeStoreContract(options: {
  create: () => Promise<DedupeStore>;
  reopen: () => Promise<DedupeStore>;
}): void {
  let store: DedupeStore;
  const unique = () => `key-${Date.now()}-${Math.random()}`;
  beforeEach(async () => {
    store = await options.create();
  });
  afterEach(async () => {
    await store.close();
  });

  it("forgets every value naming an erased asker, and nothing else", async () => {
    const mine = unique();
    const other = unique();
    await store.put({ key: mine, value: JSON.stringify({ askerId: "slack-erase-me-123" }), ttlSeconds: 60 });
    await store.put({ key: other, value: JSON.stringify({ askerId: "slack-keep-me-456" }), ttlSeconds: 60 });
    expect(await store.forget({ containing: "slack-erase-me-123" })).toEqual({ removed: 1 });
    expect(await store.get({ key: mine })).toEqual({});
    expect((await store.get({ key: other })).value).toContain("slack-keep-me-456");
  });

  it("grants a claim once and refuses it afterwards", async () => {
    const key = unique();
    expect(await store.claim({ key, ttlSeconds: 60 })).toEqual({ claimed: true });
    expect(await store.claim({ key, ttlSeconds: 60 })).toEqual({ claimed: false });
  });

  it("grants exactly one of many concurrent claims", async () => {
    const key = unique();
    const results = await Promise.all(Array.from({ length: 20 }, () => store.claim({ key, ttlSeconds: 60 })));
    expect(results.filter((result) => result.claimed)).toHaveLength(1);
  });

  it("holds a claim for another instance on the same storage (restart or replica)", async () => {
    const key = unique();
    await store.claim({ key, ttlSeconds: 60 });
    const other = await options.reopen();
    try {
      expect(await other.claim({ key, ttlSeconds: 60 })).toEqual({ claimed: false });
    } finally {
      await other.close();
    }
  });

  it("grants a claim again once it expired", async () => {
    const key = unique();
    await store.claim({ key, ttlSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await store.claim({ key, ttlSeconds: 60 })).toEqual({ claimed: true });
  });

  it("stores, overwrites and expires values", async () => {
    const key = unique();
    expect(await store.get({ key })).toEqual({});
    await store.put({ key, value: "一つ目", ttlSeconds: 60 });
    await store.put({ key, value: "二つ目", ttlSeconds: 60 });
    expect(await store.get({ key })).toEqual({ value: "二つ目" });
    await store.put({ key, value: "短命", ttlSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await store.get({ key })).toEqual({});
  });
}
