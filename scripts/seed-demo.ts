// npm run db:seed: the demo data (corpus cases plus the synthetic spread) into
// DATABASE_URL or the embedded database, once: a database with builds is left alone.
import { withDatabase } from "./lib/with-database";

async function main(): Promise<void> {
  await withDatabase(async () => {
    const { seedDemoIfEmpty } = await import("./lib/seed-demo");
    await seedDemoIfEmpty();
  });
}

main().catch((err: unknown) => {
  console.error(`db:seed: ${(err as Error).message}`);
  process.exit(1);
});
