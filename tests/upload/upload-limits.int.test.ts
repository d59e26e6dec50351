// Size caps, set small here: a file or result over them, a decompression bomb
// and too many files each get 413 and store nothing.
import { execFileSync } from "node:child_process";
import { expect, test, vi } from "vitest";

vi.hoisted(() => {
  // Before lib/env.ts reads the environment (it caches on first use).
  process.env.KINDLING_MAX_FILE_BYTES = String(512 * 1024);
  process.env.KINDLING_MAX_RESULT_BYTES = String(1024 * 1024);
  process.env.KINDLING_MAX_FILES_PER_RESULT = "5";
});

import {
  bundleRequest,
  multipartRequest,
  newTinderbox,
  storedFor,
  tarBytes,
  uniqueCorpusLog,
  upload,
} from "./upload-client";

const smallLog = () => uniqueCorpusLog("generated/oom-killed-cc1plus-tinyxml2/build.log");

test("an xz bomb (64 MiB of zeros in a few KiB) stops at the cap: 413, nothing stored", async () => {
  const { token, tinderboxId } = await newTinderbox();
  const bomb = execFileSync("bash", ["-c", "head -c 67108864 /dev/zero | xz -c"]);
  expect(bomb.length).toBeLessThan(64 * 1024);
  const res = await upload(
    multipartRequest(token, {}, [
      { name: "build.log", content: smallLog() },
      { name: "zeros.txt.xz", content: bomb },
    ]),
  );
  expect(res.status).toBe(413);
  expect(res.body).toMatchObject({ error: { code: "too_large" } });
  expect(await storedFor(tinderboxId)).toEqual({ builds: 0, files: 0 });
});

test("a file over the per-file cap is 413", async () => {
  const { token, tinderboxId } = await newTinderbox();
  const big = Buffer.alloc(600 * 1024, "y\n");
  const res = await upload(
    multipartRequest(token, {}, [
      { name: "build.log", content: smallLog() },
      { name: "big.txt", content: big },
    ]),
  );
  expect(res.status).toBe(413);
  expect(await storedFor(tinderboxId)).toEqual({ builds: 0, files: 0 });
});

test("files that fit alone but not together are 413 at the result cap", async () => {
  const { token, tinderboxId } = await newTinderbox();
  const part = (n: number) => ({ name: `part${n}.txt`, content: Buffer.alloc(400 * 1024, `${n}\n`) });
  const res = await upload(
    multipartRequest(token, {}, [{ name: "build.log", content: smallLog() }, part(1), part(2), part(3)]),
  );
  expect(res.status).toBe(413);
  expect(await storedFor(tinderboxId)).toEqual({ builds: 0, files: 0 });
});

test("more files than allowed is 413, in a form and in a bundle", async () => {
  const { token, tinderboxId } = await newTinderbox();
  const files = Array.from({ length: 7 }, (_, i) => ({ name: `f${i}.txt`, content: `file ${i}\n` }));
  const form = await upload(
    multipartRequest(token, {}, [{ name: "build.log", content: smallLog() }, ...files]),
  );
  expect(form.status).toBe(413);
  const archive = await tarBytes([
    { name: "kindling.json", content: "{}" },
    { name: "build.log", content: smallLog() },
    ...files,
  ]);
  const bundle = await upload(bundleRequest(token, archive));
  expect(bundle.status).toBe(413);
  expect(await storedFor(tinderboxId)).toEqual({ builds: 0, files: 0 });
});

test("within the caps the same upload is accepted", async () => {
  const { token } = await newTinderbox();
  const res = await upload(
    multipartRequest(token, {}, [
      { name: "build.log", content: smallLog() },
      { name: "a.txt", content: "ok\n" },
    ]),
  );
  expect(res.status).toBe(201);
});
