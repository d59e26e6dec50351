// PartQueue is the hand-off between the body parser (pushing parts as they are
// parsed) and ingest (consuming them one at a time): order, end, and failure
// must reach the consumer whether it is already waiting or not.
import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { UploadRejected } from "../http/upload-rejected";
import { MAX_META_BYTES, PartQueue, readMetaText } from "./upload-parts";

async function drain<T>(queue: AsyncIterable<T>): Promise<T[]> {
  const seen: T[] = [];
  for await (const item of queue) seen.push(item);
  return seen;
}

describe("PartQueue", () => {
  test("items pushed before the consumer asks arrive in order, then the end", async () => {
    const queue = new PartQueue<number>();
    queue.push(1);
    queue.push(2);
    queue.push(3);
    queue.end();
    expect(await drain(queue)).toEqual([1, 2, 3]);
  });

  test("a consumer already waiting gets the next push, and the end", async () => {
    const queue = new PartQueue<string>();
    const consumed = drain(queue);
    await Promise.resolve();
    queue.push("meta");
    await Promise.resolve();
    queue.push("build.log");
    queue.end();
    expect(await consumed).toEqual(["meta", "build.log"]);
  });

  test("a failure rejects a waiting consumer", async () => {
    const queue = new PartQueue<string>();
    const consumed = drain(queue);
    await Promise.resolve();
    queue.fail(new Error("body cut"));
    await expect(consumed).rejects.toThrow("body cut");
  });

  test("parts queued before a failure are still delivered, then the failure", async () => {
    const queue = new PartQueue<string>();
    queue.push("meta");
    queue.fail(new Error("body cut"));
    const iterator = queue[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ value: "meta", done: false });
    await expect(iterator.next()).rejects.toThrow("body cut");
  });

  test("the first failure wins, and a failure after the end is ignored", async () => {
    const failedTwice = new PartQueue<string>();
    failedTwice.fail(new Error("first"));
    failedTwice.fail(new Error("second"));
    await expect(drain(failedTwice)).rejects.toThrow("first");

    const ended = new PartQueue<string>();
    ended.push("a");
    ended.end();
    ended.fail(new Error("late"));
    expect(await drain(ended)).toEqual(["a"]);
  });
});

describe("readMetaText", () => {
  test("joins the chunks of a small meta part as UTF-8", async () => {
    const stream = Readable.from([Buffer.from('{"atom":"dev-libs/'), Buffer.from('popt-1.19","ü":1}')]);
    expect(await readMetaText(stream, "meta")).toBe('{"atom":"dev-libs/popt-1.19","ü":1}');
  });

  test("refuses a meta part over 1 MiB with a named error", async () => {
    const stream = Readable.from([Buffer.alloc(MAX_META_BYTES), Buffer.from("x")]);
    const read = readMetaText(stream, "kindling.json");
    await expect(read).rejects.toBeInstanceOf(UploadRejected);
    await expect(
      readMetaText(Readable.from([Buffer.alloc(MAX_META_BYTES + 1)]), "kindling.json"),
    ).rejects.toThrow("kindling.json is over 1 MiB");
  });
});
