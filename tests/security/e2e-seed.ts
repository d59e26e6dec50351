// Security data for the e2e server: one account per role with a known
// password, and a result full of hostile strings in every place that shows
// uploaded text (log lines, title, file and archive member names, metadata,
// a bug summary), stored through the real ingest pipeline.
import { Readable } from "node:stream";
import tar from "tar-stream";
import { hashPassword } from "../../lib/auth/passwords";
import { db } from "../../lib/db";
import { ingestUpload } from "../../lib/ingest/ingest-upload";
import { ensureTinderbox } from "../../lib/ingest/tinderboxes";
import type { UploadPart } from "../../lib/ingest/upload-parts";
import { E2E_ACCOUNTS, E2E_PASSWORD, XSS_PAYLOADS } from "./e2e-accounts";

async function seedAccounts(): Promise<void> {
  const passwordHash = await hashPassword(E2E_PASSWORD);
  await db.user.createMany({
    data: Object.entries(E2E_ACCOUNTS).map(([role, email]) => ({
      email,
      name: `E2E ${role}`,
      role: role as keyof typeof E2E_ACCOUNTS,
      passwordHash,
    })),
    skipDuplicates: true,
  });
}

async function hostileTar(): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on("data", (chunk: unknown) => chunks.push(chunk as Buffer));
  const done = new Promise<void>((resolve) => pack.on("end", () => resolve()));
  for (const [index, payload] of XSS_PAYLOADS.entries())
    pack.entry({ name: `logs/${index}-${payload.replaceAll("/", "_")}.txt` }, `${payload}\n`);
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

function hostileLog(): string {
  const lines = XSS_PAYLOADS.map((payload) => `x86_64-pc-linux-gnu-gcc: error: ${payload}`);
  return [
    " * Package:    app-misc/kxss-1.0",
    ">>> Compiling source in /var/tmp/portage/app-misc/kxss-1.0/work/kxss-1.0 ...",
    ...lines,
    `main.c:1:1: error: unknown type name '${XSS_PAYLOADS[1]}'`,
    " * ERROR: app-misc/kxss-1.0::gentoo failed (compile phase):",
    ` *   ${XSS_PAYLOADS[0]}`,
    "",
  ].join("\n");
}

async function* hostileParts(): AsyncGenerator<UploadPart> {
  const meta = {
    idempotencyKey: "e2e-xss-result",
    atom: "app-misc/kxss-1.0",
    status: "failed",
    title: XSS_PAYLOADS.join(" "),
    profile: XSS_PAYLOADS[2],
    useFlags: [XSS_PAYLOADS[1]],
    maintainers: [{ email: "kxss@example.org", name: XSS_PAYLOADS[0] }],
    tinderbox: { description: XSS_PAYLOADS[1] },
  };
  yield { type: "meta", text: JSON.stringify(meta) };
  yield { type: "file", name: "build.log", stream: Readable.from([Buffer.from(hostileLog())]) };
  yield {
    type: "file",
    name: `${XSS_PAYLOADS[1].replaceAll("/", "_")}.txt`,
    stream: Readable.from([Buffer.from(XSS_PAYLOADS[2])]),
  };
  yield { type: "file", name: "logs.tar", stream: Readable.from([await hostileTar()]) };
}

/** Returns the hostile build's id, for the specs (written next to the upload token). */
export async function seedSecurityE2e(): Promise<number> {
  await seedAccounts();
  const { id: tinderboxId } = await ensureTinderbox(
    `kxss-${XSS_PAYLOADS[1].slice(0, 20).replace(/[^a-z0-9]/gi, "-")}`,
  );
  const outcome = await ingestUpload(hostileParts(), { tinderboxId, tokenId: null });
  if (!outcome.ok) throw new Error(`hostile result rejected: ${outcome.code} ${outcome.message}`);
  await db.bugLink.createMany({
    data: [
      {
        buildId: outcome.id,
        bugNumber: 999_001,
        url: "https://bugs.gentoo.org/999001",
        summary: XSS_PAYLOADS.join(" "),
      },
    ],
    skipDuplicates: true,
  });
  return outcome.id;
}
