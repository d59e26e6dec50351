// bugzillaAttachment() for one-click filing, and the bug page's attachment
// list built from the same kept members, on real PostgreSQL.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { BugAttachments } from "@/components/bug-attachments";
import { BUGZILLA_ATTACHMENT_LIMIT } from "@/lib/bugs/bundle";
import { bugzillaAttachment } from "@/lib/bugs/bundle-cache";
import { xzCounters } from "@/lib/bugs/bundle-xz";
import { db } from "@/lib/db";
import { getBuild } from "@/lib/queries/builds";
import { compressibleLog, poptLog, storeResult } from "./bundle-client";

test("each file becomes a Bugzilla attachment within the limit: whole, xz or an excerpt with its link", async () => {
  const big = compressibleLog(2 << 20);
  const id = await storeResult([
    { name: "build.log", content: poptLog() },
    { name: "config.log", content: big },
    { name: "test-suite.log", content: randomBytes(6 << 20) },
  ]);
  const files = await db.file.findMany({ where: { buildId: id }, orderBy: { name: "asc" } });
  const [buildLog, configLog, testLog] = await Promise.all(files.map((file) => bugzillaAttachment(file.id)));
  for (const attachment of [buildLog, configLog, testLog])
    expect(attachment.data.length).toBeLessThanOrEqual(BUGZILLA_ATTACHMENT_LIMIT);
  expect(buildLog).toMatchObject({ fileName: "build.log", excerpt: false, contentType: "text/plain" });
  expect(buildLog.data.equals(poptLog())).toBe(true);
  expect(configLog).toMatchObject({
    fileName: "config.log.xz",
    excerpt: false,
    contentType: "application/x-xz",
  });
  expect(spawnSync("xz", ["-dc"], { input: configLog.data, maxBuffer: 1 << 26 }).stdout.equals(big)).toBe(
    true,
  );
  expect(testLog).toMatchObject({ fileName: "test-suite.log.excerpt.xz", excerpt: true });
  expect(testLog.summary).toContain(`/files/${files[2].id}`);

  const started = xzCounters.started;
  await bugzillaAttachment(files[1].id);
  expect(xzCounters.started).toBe(started);

  const build = await getBuild(id);
  if (!build) throw new Error("no build");
  const html = renderToStaticMarkup(await BugAttachments({ build }));
  const forms = [...html.matchAll(/data-testid="bugzilla-form">(.*?)<\/span>/g)].map((match) => match[1]);
  expect(forms).toHaveLength(3);
  expect(forms.find((form) => form.includes("whole, xz"))).toMatch(/KiB, whole, xz/);
  expect(forms.find((form) => form.includes("excerpt"))).toContain(`href="/files/${files[2].id}"`);
  expect(forms.filter((form) => form.endsWith(", whole"))).toHaveLength(1);
});
