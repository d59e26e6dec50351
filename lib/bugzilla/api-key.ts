// Users' Bugzilla API keys at rest: AES-256-GCM under a key derived (HKDF) from
// KINDLING_SECRET_KEY, bound to the user's id as associated data so a stored
// value copied onto another user does not decrypt. Stored as
// "v1:<base64 iv|tag|ciphertext>". The plain key exists only in memory while a
// request to Bugzilla is made; nothing here logs it.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "../env";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Only for development, tests and the no-config demo: production refuses it (secretKeyStatus). */
const DEVELOPMENT_SECRET = "kindling-development-secret-not-for-production";

export type SecretKeyStatus = { ok: true; key: Buffer } | { ok: false; message: string };

let warned = false;

/** The encryption key, or why there is none (production without KINDLING_SECRET_KEY). */
export function secretKeyStatus(): SecretKeyStatus {
  const configured = env().KINDLING_SECRET_KEY;
  if (!configured && process.env.NODE_ENV === "production")
    return { ok: false, message: "storing Bugzilla API keys needs KINDLING_SECRET_KEY on this server" };
  if (!configured && !warned) {
    warned = true;
    console.warn("KINDLING_SECRET_KEY is unset: API keys are encrypted with a development key");
  }
  return { ok: true, key: deriveKey(configured ?? DEVELOPMENT_SECRET) };
}

export function deriveKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "kindling", "bugzilla-api-key/v1", 32));
}

export function encryptApiKey(plain: string, userId: number, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(`user:${userId}`));
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64")}`;
}

/** The plain key, or null when the value was made under another key, for another user, or altered. */
export function decryptApiKey(stored: string, userId: number, key: Buffer): string | null {
  const [version, payload] = stored.split(":");
  if (version !== VERSION || !payload) return null;
  const bytes = Buffer.from(payload, "base64");
  if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(`user:${userId}`));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    return null;
  }
}
