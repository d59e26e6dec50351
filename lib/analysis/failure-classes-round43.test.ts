import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 43 (rules43): shapes named in words by the lead (held-out logs not read); each change is written from a real
// public log (fixtures/corpus/real rows 883-884). Lines that are not a row's are made up in the tools' formats, next
// to the row they vary.
const analyze = analyzeLines;
const REAL = path.join(__dirname, "../../fixtures/corpus/real");
const realRow = (folder: string) =>
  analyzeLogText(readFileSync(path.join(REAL, folder, "snippet.log"), "utf8"));

describe("wget's broken TLS handshake is the builder's network (rows 883-884)", () => {
  test("row 883: `Unable to establish SSL connection.` after `…|:443... connected.`", () => {
    const result = realRow("fetch-wget-unable-to-establish-ssl-connection-convdr");
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("fetch");
    expect(result.infra?.reason).toBe("network");
  });

  test("row 884: the same line under a script's own `ERROR: wget fails!`", () => {
    const result = realRow("fetch-wget-unable-to-establish-ssl-connection-wget-fails-magent");
    expect(result.primary?.line).toBe(5);
    expect(result.infra?.reason).toBe("network");
  });

  test("in Portage's fetch, above `!!! Couldn't download`", () => {
    const result = analyze([
      ">>> Downloading 'https://github.com/foo/bar/archive/v1.0.tar.gz'",
      "--2024-03-01 10:00:00--  https://github.com/foo/bar/archive/v1.0.tar.gz",
      "Resolving github.com (github.com)... 140.82.121.4",
      "Connecting to github.com (github.com)|140.82.121.4|:443... connected.",
      "Unable to establish SSL connection.",
      "!!! Couldn't download 'bar-1.0.tar.gz'. Aborting.",
    ]);
    expect(result.primary?.line).toBe(5);
    expect(result.kind).toBe("fetch");
    expect(result.infra?.reason).toBe("network");
  });

  test("near miss: a certificate wget could not verify is the server's answer, no infra", () => {
    const result = analyze([
      "Connecting to unpkg.com|104.16.125.175|:443... connected.",
      "ERROR: cannot verify unpkg.com's certificate, issued by `/C=GB/O=COMODO CA Limited':",
      "  Unable to locally verify the issuer's authority.",
      "To connect to unpkg.com insecurely, use `--no-check-certificate'.",
      "Unable to establish SSL connection.",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.infra).toBeNull();
  });

  test("near miss: a test's own wget in src_test is the test's, no infra", () => {
    const result = analyze([
      "Connecting to example.org (example.org)|93.184.216.34|:443... connected.",
      "Unable to establish SSL connection.",
      ...dieBanner("test", "tests failed"),
    ]);
    expect(result.infra).toBeNull();
  });
});
