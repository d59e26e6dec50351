import { expect, test } from "vitest";
import { SERVER_MAX_OLD_SPACE_MIB, serverNodeOptions } from "./server-node-options";

test("the server gets the heap limit beside the caller's options, unless the caller sets one", () => {
  expect(serverNodeOptions("")).toBe(`--max-old-space-size=${SERVER_MAX_OLD_SPACE_MIB}`);
  expect(serverNodeOptions("--require ./probe.cjs")).toBe(
    `--require ./probe.cjs --max-old-space-size=${SERVER_MAX_OLD_SPACE_MIB}`,
  );
  expect(serverNodeOptions("--max-old-space-size=4096")).toBe("--max-old-space-size=4096");
});
