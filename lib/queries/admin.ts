// Read side of the admin pages: users, pending invitations, upload tokens and
// the builds each token uploaded. Admin-only; the pages check the role.
import { db } from "../db";

export async function listUsers() {
  return db.user.findMany({
    orderBy: { email: "asc" },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      lastLoginAt: true,
      disabledAt: true,
      oidcSubject: true,
      passwordHash: true,
    },
  });
}
export type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

export async function listPendingInvitations(now = new Date()) {
  return db.invitation.findMany({
    where: { usedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true },
  });
}

export async function listUploadTokens() {
  return db.uploadToken.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { id: "desc" }],
    include: { tinderbox: { select: { name: true } }, _count: { select: { builds: true } } },
  });
}
export type UploadTokenRow = Awaited<ReturnType<typeof listUploadTokens>>[number];

export async function uploadsForToken(tokenId: number, take = 100) {
  const token = await db.uploadToken.findUnique({
    where: { id: tokenId },
    include: { tinderbox: { select: { name: true } }, _count: { select: { builds: true } } },
  });
  if (!token) return null;
  const builds = await db.build.findMany({
    where: { uploadTokenId: tokenId },
    orderBy: { id: "desc" },
    take,
    select: { id: true, atom: true, status: true, title: true, createdAt: true },
  });
  return { token, builds };
}
