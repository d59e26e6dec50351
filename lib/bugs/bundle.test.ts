import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { expect, test } from "vitest";
import { errorRanges } from "./bundle-excerpt";
import { BundleBusy, CompressionGate } from "./bundle-gate";
import { distinctNames, safeFileName } from "./bundle-names";
import { readmeText } from "./bundle-readme";
import { liveXzChildren, xzCompress, xzCounters } from "./bundle-xz";

const limits = (signal = new AbortController().signal) => ({
  preset: 0,
  maxOutputBytes: 1 << 20,
  timeoutMs: 10_000,
  signal,
});

test("hostile and non-UTF-8 names become one safe path segment", () => {
  expect(safeFileName("../../etc/passwd")).toBe("passwd");
  expect(safeFileName("..")).toBe("_");
  expect(safeFileName(".hidden")).toBe("_hidden");
  expect(safeFileName("a\u0000b\nc\uFFFD d.log")).toBe("a_b_c__d.log");
  expect(safeFileName("dev-libs:popt-1.19:20261128-044417.log")).toBe(
    "dev-libs:popt-1.19:20261128-044417.log",
  );
  expect(safeFileName("C:\\evil\\x.txt")).toBe("x.txt");
  expect(safeFileName("/")).toBe("file");
  expect(safeFileName("x".repeat(500))).toHaveLength(100);
  expect(distinctNames(["a", "a", "a-2", "b"])).toEqual(["a", "a-2", "a-2-2", "b"]);
});

test("error ranges keep context, merge overlaps and stay inside the file", () => {
  const ranges = errorRanges(
    [
      { line: 500, primary: true },
      { line: 495, primary: false },
      { line: 10, primary: false },
      { line: 2, primary: false },
      { line: 99_999, primary: false },
    ],
    1000,
  );
  expect(ranges).toEqual([
    { from: 1, to: 15, primary: false },
    { from: 420, to: 520, primary: true },
  ]);
});

test("the README lists each member, whole or excerpt, with sizes and links", () => {
  const text = readmeText("dev-libs/popt-1.19", "https://k.example/builds/1", [
    {
      tarName: "build.log.excerpt.xz",
      kind: "excerpt",
      size: 300 * 1024,
      originalName: "build.log",
      originalSize: 100 << 20,
      fullFileUrl: "https://k.example/files/7",
    },
    {
      tarName: "emerge-info.txt",
      kind: "whole",
      size: 900,
      originalName: "emerge-info.txt",
      originalSize: 900,
      fullFileUrl: "https://k.example/files/6",
    },
  ]);
  expect(text).toContain("build.log.excerpt.xz\n  EXCERPT");
  expect(text).toContain("300 KiB here, 102400 KiB original");
  expect(text).toContain("full file: https://k.example/files/7");
  expect(text).toContain("emerge-info.txt\n  whole file; 900 B here");
});

test("the gate runs two at a time, queues a bounded number, then refuses", async () => {
  const gate = new CompressionGate(2, 1, 7);
  const releases: Array<() => void> = [];
  const task = () => new Promise<void>((resolve) => releases.push(resolve));
  const signal = new AbortController().signal;
  const runs = [gate.run(task, signal), gate.run(task, signal), gate.run(task, signal)];
  expect(gate.load).toEqual({ running: 2, queued: 1 });
  expect(() => gate.run(task, signal)).toThrow(BundleBusy);
  releases[0]();
  await runs[0];
  expect(gate.load).toEqual({ running: 2, queued: 0 });
  releases[1]();
  releases[2]();
  await Promise.all(runs);
});

test("a queued task whose caller leaves never runs", async () => {
  const gate = new CompressionGate(1, 4);
  let release = () => {};
  const first = gate.run(
    () => new Promise<void>((resolve) => (release = resolve)),
    new AbortController().signal,
  );
  const leaving = new AbortController();
  let ran = false;
  const second = gate.run(async () => (ran = true), leaving.signal);
  leaving.abort(new Error("gone"));
  await expect(second).rejects.toThrow("gone");
  expect(gate.load.queued).toBe(0);
  release();
  await first;
  expect(ran).toBe(false);
});

test("xz output round-trips, and past the cap the answer is null with no xz left", async () => {
  const text = Buffer.from("checking for gcc... gcc\n".repeat(10_000));
  const xz = await xzCompress(Readable.from([text]), limits());
  expect(xz && spawnSync("xz", ["-dc"], { input: xz }).stdout.equals(text)).toBe(true);
  const noise = randomBytes(3 << 20);
  expect(await xzCompress(Readable.from([noise]), { ...limits(), maxOutputBytes: 1 << 20 })).toBeNull();
  expect(liveXzChildren()).toEqual([]);
});

test("aborting kills xz before the promise settles", async () => {
  const controller = new AbortController();
  const endless = new Readable({
    read() {
      this.push(randomBytes(64 * 1024));
    },
  });
  const before = xzCounters.started;
  const running = xzCompress(endless, { ...limits(controller.signal), maxOutputBytes: 1 << 30 });
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(xzCounters.started).toBe(before + 1);
  expect(liveXzChildren()).toHaveLength(1);
  controller.abort(new Error("client left"));
  await expect(running).rejects.toThrow("client left");
  expect(liveXzChildren()).toEqual([]);
});
