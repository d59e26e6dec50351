import { db, Prisma } from "../db";

/** The tinderbox with this name, created when new; safe when two imports race to create it. */
export async function ensureTinderbox(name: string): Promise<{ id: number }> {
  try {
    return await db.tinderbox.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      return db.tinderbox.findUniqueOrThrow({ where: { name }, select: { id: true } });
    }
    throw err;
  }
}
