// Route params arrive percent-decoded: `/api/v1/packages/a%25/b` hands the
// route `a%`. A second decode threw (500); now anything that is not a Portage
// name is a 400 with a JSON message.
import { expect, test } from "vitest";
import { GET } from "@/app/api/v1/packages/[category]/[name]/route";

const call = (category: string, name: string) =>
  GET(new Request("http://k.test/api/v1/packages/x/y"), { params: Promise.resolve({ category, name }) });

test.each([
  ["a%", "b"],
  ["a", "%E0%A4%A"],
  ["../etc", "passwd"],
  ["dev-libs", "b\u0000"],
])("package %j/%j is a 400 with a JSON message", async (category, name) => {
  const response = await call(category, name);
  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({ error: { code: "bad_package" } });
});

test("a well-formed name that is not stored is a 404", async () => {
  expect((await call("dev-libs", "no-such-package-x")).status).toBe(404);
});

test("package and category pages take their params as given (a literal % is no URIError)", async () => {
  const packagePage = await import("@/app/(dashboard)/p/[category]/[name]/page");
  const categoryPage = await import("@/app/(dashboard)/c/[category]/page");
  const packageProps = {
    params: Promise.resolve({ category: "a%", name: "b%41" }),
    searchParams: Promise.resolve({}),
  };
  expect(await packagePage.generateMetadata(packageProps)).toEqual({ title: "a%/b%41" });
  const categoryProps = { params: Promise.resolve({ category: "a%" }), searchParams: Promise.resolve({}) };
  expect(await categoryPage.generateMetadata(categoryProps)).toEqual({ title: "a%" });
});
