import { expect, test } from "vitest";
import type { BugSuggestion } from "../queries/bug-suggestions";
import type { BugzillaCandidate } from "./duplicates";
import { rankDuplicates } from "./rank-duplicates";

const BASE = "https://bugs.gentoo.org";

const linked = (
  bugNumber: number,
  similarity: number,
  reason: BugSuggestion["reason"] = "fine",
): BugSuggestion => ({
  bugNumber,
  url: `${BASE}/${bugNumber}`,
  summary: `linked ${bugNumber}`,
  reason,
  similarity,
  status: null,
  resolution: null,
  assignee: null,
  createdAt: null,
});

const remote = (
  id: number,
  similarity: number,
  reason: BugzillaCandidate["reason"] = "package",
): BugzillaCandidate => ({
  id,
  summary: `remote ${id}`,
  status: "CONFIRMED",
  resolution: "",
  product: "Gentoo Linux",
  component: "Current packages",
  assigned_to: "dev@gentoo.org",
  creation_time: "2026-10-01T00:00:00Z",
  similarity,
  reason,
});

test("both sources rank together by similarity", () => {
  const rows = rankDuplicates(
    [linked(1, 0.5), linked(2, 0.1)],
    [remote(3, 0.7), remote(4, 0.2, "similar")],
    25,
    BASE,
  );
  expect(rows.map((r) => r.bugNumber)).toEqual([3, 1, 4, 2]);
  expect(rows[0]).toMatchObject({
    url: `${BASE}/3`,
    status: "CONFIRMED",
    assignee: "dev@gentoo.org",
    reasons: ["bugzilla-package"],
  });
});

test("a bug found in both is one row with both reasons and Bugzilla's status", () => {
  const rows = rankDuplicates([linked(5, 0.4)], [remote(5, 0.3)], 25, BASE);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    reasons: ["fine", "bugzilla-package"],
    similarity: 0.4,
    status: "CONFIRMED",
    summary: "remote 5",
  });
});

test("ties prefer Kindling's stronger reason; the limit holds", () => {
  const rows = rankDuplicates([linked(7, 0.5, "similar"), linked(6, 0.5, "fine")], [remote(8, 0.5)], 2, BASE);
  expect(rows.map((r) => r.bugNumber)).toEqual([6, 7]);
});
