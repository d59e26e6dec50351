// Bad input gets a 4xx JSON error that says what is wrong, and stores nothing:
// no build, no file, and no blob of the rejected content.
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import {
  blobExists,
  bundleRequest,
  multipartRequest,
  newTinderbox,
  storedFor,
  tarBytes,
  URL_BASE,
  unique,
  uniqueCorpusLog,
  upload,
} from "./upload-client";

const LOG = "generated/link-undefined-reference-pow-hello/build.log";
const uniqueLog = () => uniqueCorpusLog(LOG);

async function expectRejected(
  request: Request,
  tinderboxId: number,
  status: number,
  code: string,
  content?: Buffer,
) {
  const res = await upload(request);
  expect(res.status).toBe(status);
  expect(res.body).toMatchObject({ error: { code } });
  expect(String((res.body.error as { message: string }).message).length).toBeGreaterThan(5);
  expect(await storedFor(tinderboxId)).toEqual({ builds: 0, files: 0 });
  if (content) expect(await blobExists(content)).toBe(false);
}

describe("authentication", () => {
  test.each([
    ["no header", null],
    ["an unknown token", "kdl_not-a-token"],
  ])("%s gets 401 and stores nothing", async (_case, token) => {
    const { tinderboxId } = await newTinderbox();
    const log = uniqueLog();
    await expectRejected(
      multipartRequest(token, {}, [{ name: "build.log", content: log }]),
      tinderboxId,
      401,
      "unauthorized",
      log,
    );
  });

  test("a revoked token gets 401", async () => {
    const { token, tinderboxId } = await newTinderbox();
    await db.uploadToken.updateMany({ where: { tinderboxId }, data: { revokedAt: new Date() } });
    await expectRejected(
      multipartRequest(token, {}, [{ name: "build.log", content: uniqueLog() }]),
      tinderboxId,
      401,
      "unauthorized",
    );
  });
});

describe("malformed metadata and results", () => {
  test.each([
    ["invalid JSON", "{not json"],
    ["an unknown field", { atom: "dev-libs/popt-1.19", colour: "red" }],
    ["a wrong type", { useFlags: "ssl" }],
    ["a malformed atom", { atom: "popt" }],
    ["a bad timestamp", { finishedAt: "yesterday" }],
  ])("%s is 400 bad_meta", async (_case, meta) => {
    const { token, tinderboxId } = await newTinderbox();
    const log = uniqueLog();
    await expectRejected(
      multipartRequest(token, meta, [{ name: "build.log", content: log }]),
      tinderboxId,
      400,
      "bad_meta",
      log,
    );
  });

  test("no build log is 400 no_build_log", async () => {
    const { token, tinderboxId } = await newTinderbox();
    const info = Buffer.from(`emerge info ${unique()}\n`);
    await expectRejected(
      multipartRequest(token, {}, [{ name: "emerge-info.txt", content: info }]),
      tinderboxId,
      400,
      "no_build_log",
      info,
    );
  });

  test("meta after the files is 400 meta_first", async () => {
    const { token, tinderboxId } = await newTinderbox();
    await expectRejected(
      multipartRequest(token, {}, [{ name: "build.log", content: uniqueLog() }], false),
      tinderboxId,
      400,
      "meta_first",
    );
  });

  test("a log that names no package and no meta.atom is 400 no_atom", async () => {
    const { token, tinderboxId } = await newTinderbox();
    await expectRejected(
      multipartRequest(token, {}, [{ name: "build.log", content: `just text ${unique()}\n` }]),
      tinderboxId,
      400,
      "no_atom",
    );
  });

  test.each(["../../etc/passwd", "/etc/passwd", "a/../../b"])(
    "file name %j is 400 bad_file_name",
    async (name) => {
      const { token, tinderboxId } = await newTinderbox();
      const log = uniqueLog();
      await expectRejected(
        multipartRequest(token, {}, [
          { name: "build.log", content: log },
          { name, content: "x" },
        ]),
        tinderboxId,
        400,
        "bad_file_name",
        log,
      );
    },
  );

  test("a control character in a name is 400, in a form header or in a bundle", async () => {
    const { token, tinderboxId } = await newTinderbox();
    const form = multipartRequest(token, {}, [
      { name: "build.log", content: uniqueLog() },
      { name: "bad\u0001name", content: "x" },
    ]);
    await expectRejected(form, tinderboxId, 400, "bad_multipart");
    const archive = await tarBytes([
      { name: "kindling.json", content: "{}" },
      { name: "bad\u001bname", content: "x" },
    ]);
    await expectRejected(bundleRequest(token, archive), tinderboxId, 400, "bad_file_name");
  });

  test("the same file name twice is 400 duplicate_file", async () => {
    const { token, tinderboxId } = await newTinderbox();
    const files = [
      { name: "build.log", content: uniqueLog() },
      { name: "build.log", content: uniqueLog() },
    ];
    await expectRejected(multipartRequest(token, {}, files), tinderboxId, 400, "duplicate_file");
  });

  test("a body that is neither multipart nor tar is 415", async () => {
    const { token, tinderboxId } = await newTinderbox();
    const request = new Request(URL_BASE, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: "{}",
    });
    await expectRejected(request, tinderboxId, 415, "unsupported_media_type");
  });

  test("a truncated multipart body is 400", async () => {
    const { token, tinderboxId } = await newTinderbox();
    const body = `--XYZ\r\nContent-Disposition: form-data; name="meta"\r\n\r\n{}\r\n--XYZ\r\nContent-Disposition: form-data; name="file"; filename="build.log"\r\n\r\nhalf a log`;
    const request = new Request(URL_BASE, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "multipart/form-data; boundary=XYZ" },
      body,
    });
    const res = await upload(request);
    expect(res.status).toBe(400);
    expect(await storedFor(tinderboxId)).toEqual({ builds: 0, files: 0 });
  });
});

describe("hostile tar bundles are refused whole", () => {
  const meta = { name: "kindling.json", content: "{}" };
  test.each([
    ["a '..' member", [meta, { name: "../escape.log", content: "x" }], "parent_path"],
    ["an absolute member", [meta, { name: "/etc/cron.d/evil", content: "x" }], "absolute_path"],
    ["a symlink", [meta, { name: "link", type: "symlink" as const, linkname: "/etc/passwd" }], "link_member"],
    ["a hard link", [meta, { name: "hard", type: "link" as const, linkname: "build.log" }], "link_member"],
    ["a device", [meta, { name: "dev", type: "character-device" as const }], "special_member"],
    ["a fifo", [meta, { name: "pipe", type: "fifo" as const }], "special_member"],
  ])("%s is refused", async (_case, members, code) => {
    const { token, tinderboxId } = await newTinderbox();
    const log = uniqueLog();
    const archive = await tarBytes([...members, { name: "build.log", content: log }]);
    await expectRejected(bundleRequest(token, archive), tinderboxId, 400, code, log);
  });

  test("a tar that is not a tar is 400", async () => {
    const { token, tinderboxId } = await newTinderbox();
    await expectRejected(
      bundleRequest(token, Buffer.from("this is not a tar archive at all".repeat(40))),
      tinderboxId,
      400,
      "corrupt_archive",
    );
  });
});

test("a connection dropped mid-upload leaves nothing visible", async () => {
  const { token, tinderboxId } = await newTinderbox();
  const log = uniqueLog();
  const head = `--XYZ\r\nContent-Disposition: form-data; name="meta"\r\n\r\n{}\r\n--XYZ\r\nContent-Disposition: form-data; name="file"; filename="build.log"\r\n\r\n`;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(head));
      controller.enqueue(new Uint8Array(log.subarray(0, 4000)));
      setTimeout(() => controller.error(new Error("connection reset by peer")), 20);
    },
  });
  const request = new Request(URL_BASE, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "multipart/form-data; boundary=XYZ" },
    body,
    duplex: "half",
  } as RequestInit);
  const res = await upload(request);
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(await storedFor(tinderboxId)).toEqual({ builds: 0, files: 0 });
  expect(await blobExists(log.subarray(0, 4000))).toBe(false);
});
