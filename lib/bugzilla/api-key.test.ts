import { expect, test } from "vitest";
import { decryptApiKey, deriveKey, encryptApiKey } from "./api-key";

const key = deriveKey("a-test-secret-that-is-long-enough-0001");
const plain = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd";

test("a stored key decrypts for its user under the same secret", () => {
  const stored = encryptApiKey(plain, 7, key);
  expect(stored.startsWith("v1:")).toBe(true);
  expect(stored).not.toContain(plain);
  expect(decryptApiKey(stored, 7, key)).toBe(plain);
});

test("two encryptions of one key differ (fresh IV)", () => {
  expect(encryptApiKey(plain, 7, key)).not.toBe(encryptApiKey(plain, 7, key));
});

test("another server secret cannot decrypt it", () => {
  const stored = encryptApiKey(plain, 7, key);
  expect(decryptApiKey(stored, 7, deriveKey("another-secret-that-is-long-enough-0002"))).toBeNull();
});

test("a value copied onto another user does not decrypt", () => {
  expect(decryptApiKey(encryptApiKey(plain, 7, key), 8, key)).toBeNull();
});

test("any altered byte fails the tag check", () => {
  const stored = encryptApiKey(plain, 7, key);
  const bytes = Buffer.from(stored.slice(3), "base64");
  for (const index of [0, 13, 30, bytes.length - 1]) {
    const tampered = Buffer.from(bytes);
    tampered[index] = (tampered[index] ?? 0) ^ 1;
    expect(decryptApiKey(`v1:${tampered.toString("base64")}`, 7, key)).toBeNull();
  }
  expect(decryptApiKey(`v1:${bytes.subarray(0, 20).toString("base64")}`, 7, key)).toBeNull();
  expect(decryptApiKey(`v2:${bytes.toString("base64")}`, 7, key)).toBeNull();
});
