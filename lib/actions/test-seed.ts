// Rows for the int tests of lib/actions: users of a role and failed builds in a
// package (and tinderbox) of their own, so each test's data is its alone.
import { randomUUID } from "node:crypto";
import type { SessionUser } from "../auth/access";
import { db } from "../db";
import type { Role } from "../generated/prisma/enums";

export async function seedUser(role: Role): Promise<SessionUser> {
  const row = await db.user.create({ data: { email: `${randomUUID()}@example.org`, role } });
  return { id: row.id, email: row.email, name: "", role };
}

/** `count` failed builds of one new package; returns their ids (ascending) and the package name. */
export async function seedFailures(count: number): Promise<{ ids: number[]; packageName: string }> {
  const packageName = `seed${randomUUID().slice(0, 12)}`;
  const tinderbox = await db.tinderbox.create({ data: { name: `actions-${randomUUID()}` } });
  const pkg = await db.package.create({ data: { category: "dev-libs", name: packageName } });
  const rows = await db.build.createManyAndReturn({
    data: Array.from({ length: count }, (_, index) => ({
      tinderboxId: tinderbox.id,
      packageId: pkg.id,
      idempotencyKey: randomUUID(),
      atom: `dev-libs/${packageName}-1.${index}`,
      version: `1.${index}`,
      status: "failed" as const,
      kind: "compile" as const,
      title: `dev-libs/${packageName}-1.${index}: error: seeded failure`,
    })),
    select: { id: true },
  });
  return { ids: rows.map((row) => row.id).sort((a, b) => a - b), packageName };
}
