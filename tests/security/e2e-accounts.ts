// Known accounts of the e2e server (seeded by scripts/lib/seed-e2e.ts through
// seedSecurityE2e), one per role, so specs sign in through the real form.
export const E2E_PASSWORD = "e2e-password-not-secret";

export const E2E_ACCOUNTS = {
  viewer: "viewer@e2e.kindling.test",
  maintainer: "maintainer@e2e.kindling.test",
  admin: "admin@e2e.kindling.test",
} as const;

export type E2eRole = keyof typeof E2E_ACCOUNTS;

/** Every hostile string carries this, so a spec can find where it is shown. */
export const XSS_MARK = "kxss";

/** HTML and script payloads; rendered inert they are plain text, run they set window.__xss or open a dialog. */
export const XSS_PAYLOADS = [
  `<script>window.__xss=1</script>${XSS_MARK}`,
  `"><img src=x onerror="alert(1)" data-xss=1>${XSS_MARK}`,
  `<svg onload="window.__xss=2" data-xss=2></svg>${XSS_MARK}`,
  `javascript:alert(1)//${XSS_MARK}`,
] as const;
