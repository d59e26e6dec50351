import { expect, test } from "vitest";
import { buildMemberTree } from "./member-tree";

const member = (path: string, type = "file") => ({ path, type, size: 1, linkName: null });

test("nests members under their directories", () => {
  const root = buildMemberTree([
    member("./", "directory"),
    member("./temp/", "directory"),
    member("./temp/build.log"),
    member("./temp/config.log"),
  ]);
  expect(root.children.map((n) => n.name)).toEqual(["temp"]);
  expect(root.children[0].children.map((n) => n.name)).toEqual(["build.log", "config.log"]);
  expect(root.children[0].children[0].member?.path).toBe("./temp/build.log");
});

test("hostile names stay labels: parent segments, absolute paths, markup", () => {
  const root = buildMemberTree([
    member("../../etc/passwd"),
    member("/abs/<script>alert(1)</script>"),
    member(""),
  ]);
  const names = JSON.stringify(root);
  expect(names).toContain('"name":".."');
  expect(names).toContain("<script>alert(1)<");
  expect(root.children.map((n) => n.name)).toContain("(empty name)");
});
