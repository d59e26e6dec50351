// The checks that read every line past the gate only behind a tag of the rule-table scan (rules/gate.ts lineTags:
// WHEEL_TAG, CORE_SIGN_TAG, STRUCTURE_SIGN_TAG + i) rely on the tag being set exactly when the line holds one of
// the check's needles: a tag set too rarely would skip a QA notice, a wheel build's frame or a die banner. Checked
// on every line of the generated corpus and the bench block, and on lines made to hold each needle.
import { describe, expect, test } from "vitest";
import { PIP_BOX_NEEDLES } from "./pip-box";
import {
  CONFIG_STATUS_CREATED,
  CORE_SIGN_TAG,
  hasTag,
  lineTags,
  newLineTags,
  QA_NOTICE_NEEDLE,
  STRUCTURE_SIGN_TAG,
  structureSigns,
  WHEEL_TAG,
} from "./rules/gate";
import { QA_ABORT_NEEDLE } from "./rules/qa";
import { SIGN_NEEDLES } from "./structure";
import { IMPLEMENTATION_RUN_NEEDLE } from "./swallowed-crash";
import { generatedCases } from "./testing/corpus";
import { WHEEL_BUILD_NEEDLES } from "./wheel-build";

const CHECKS: { name: string; tag: number; needles: readonly string[] }[] = [
  { name: "wheel build", tag: WHEEL_TAG, needles: WHEEL_BUILD_NEEDLES },
  {
    name: "the analyzer's own checks",
    tag: CORE_SIGN_TAG,
    needles: [
      QA_NOTICE_NEEDLE,
      QA_ABORT_NEEDLE,
      IMPLEMENTATION_RUN_NEEDLE,
      CONFIG_STATUS_CREATED,
      ...PIP_BOX_NEEDLES,
    ],
  },
  ...SIGN_NEEDLES.map((needles, bit) => ({
    name: `structure sign ${bit}`,
    tag: STRUCTURE_SIGN_TAG + bit,
    needles,
  })),
];

function lines(): string[] {
  const corpus = generatedCases().flatMap((c) => c.logText.split("\n"));
  const made = CHECKS.flatMap(({ needles }) =>
    needles.flatMap((needle) => [
      needle,
      `x${needle}`,
      `${needle}y`,
      `  * some text ${needle} and more`,
      `${needle.slice(0, -1)} almost`,
      `\u00e9\u4e2d ${needle} \u{1F600}`,
    ]),
  );
  return [...corpus, ...made];
}

describe("tags that stand for a check's needles", () => {
  const tags = newLineTags();
  const all = lines();

  for (const { name, tag, needles } of CHECKS) {
    test(`${name}: the tag is set exactly on lines holding one of its needles`, () => {
      let holding = 0;
      for (const line of all) {
        const holds = needles.some((needle) => line.includes(needle));
        if (holds) holding++;
        expect(hasTag(lineTags(line, tags), tag), line).toBe(holds);
      }
      expect(holding).toBeGreaterThanOrEqual(needles.length);
    });
  }

  test("structureSigns gives bit i for SIGN_NEEDLES[i]", () => {
    for (const line of all) {
      let expected = 0;
      SIGN_NEEDLES.forEach((needles, bit) => {
        if (needles.some((needle) => line.includes(needle))) expected |= 1 << bit;
      });
      expect(structureSigns(lineTags(line, tags)), line).toBe(expected);
    }
  });
});
