// Run by backup-restore.int.test.ts in processes of their own (the store and the
// database are read from the environment once):
//   seed N  - uploads N results through ingest into DATABASE_URL with KINDLING_BLOB_STORE;
//             prints {files: {<fileId>: <sha256 of the bytes sent>}}
//   read    - reads every file of DATABASE_URL back through the app's read path
//             (openTextStream, the raw download's bytes decompressed) and prints
//             {files: {<fileId>: <sha256 of the bytes read>}}
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { seedUpload } from "@/lib/ingest/testing/seed-upload";
import { tarOf, uniqueLog } from "@/lib/retention/testing";
import { closeSqlPool } from "@/lib/sql/pool";
import { openTextStream } from "@/lib/storage/blob-reader";

const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

async function seed(count: number): Promise<Record<number, string>> {
  const sent: Record<number, string> = {};
  for (let i = 0; i < count; i++) {
    const files: Record<string, Buffer> = {
      "build.log": Buffer.from(uniqueLog(3000 + i * 500)),
      "emerge-info.txt": Buffer.from(`Portage 3.0.66 (python 3.12)\n${"USE flags ".repeat(200)}\n`),
      // Bytes that are not UTF-8, and an archive: read back byte for byte.
      "binary.dat": randomBytes(70_000),
      "logs.tar": await tarOf({ "work/config.log": uniqueLog(200) }),
    };
    const buildId = await seedUpload(files, {
      status: "failed",
      atom: `dev-libs/backup-${randomBytes(3).toString("hex")}-1.0`,
    });
    const stored = await db.file.findMany({ where: { buildId }, select: { id: true, name: true } });
    for (const file of stored) sent[file.id] = sha256(files[file.name]);
  }
  return sent;
}

async function readAll(): Promise<Record<number, string>> {
  const read: Record<number, string> = {};
  for (const file of await db.file.findMany({
    select: { id: true, blobSha256: true },
    orderBy: { id: "asc" },
  })) {
    const stream = await openTextStream(file.blobSha256);
    if (!stream) throw new Error(`file ${file.id}: blob ${file.blobSha256} is missing`);
    const hash = createHash("sha256");
    for await (const chunk of stream as AsyncIterable<Buffer>) hash.update(chunk);
    read[file.id] = hash.digest("hex");
  }
  return read;
}

async function main(): Promise<void> {
  const [mode, count] = process.argv.slice(2);
  const files = mode === "seed" ? await seed(Number(count)) : await readAll();
  console.log(JSON.stringify({ files }));
  await Promise.all([db.$disconnect(), closeSqlPool()]);
}

main().catch((err: unknown) => {
  console.error((err as Error).stack ?? err);
  process.exit(1);
});
