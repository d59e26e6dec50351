import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BuildFacts } from "@/components/build-facts";
import { FileList } from "@/components/file-list";
import { FindingList } from "@/components/finding-list";
import { requirePageRead } from "@/lib/auth/access";
import { getBuild } from "@/lib/queries/builds";

type Props = PageProps<"/builds/[id]">;

async function loadBuild(params: Props["params"]) {
  const id = Number((await params).id);
  await requirePageRead(`/builds/${(await params).id}`);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const build = await getBuild(id);
  if (!build) notFound();
  return build;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const build = await loadBuild(params);
  return { title: build.title || build.atom };
}

export default async function BuildPage({ params }: Props) {
  const build = await loadBuild(params);
  return (
    <>
      <h1 className="mono" data-testid="build-title">
        {build.title || build.atom}
      </h1>
      <BuildFacts build={build} />
      {build.primaryText && (
        <>
          <h2>Primary error</h2>
          <pre className="excerpt" data-testid="primary-error">
            {build.primaryLine ? `${build.primaryLine}: ` : ""}
            {build.primaryText}
          </pre>
        </>
      )}
      <FindingList findings={build.findings} files={build.files} />
      <h2>Files</h2>
      <FileList files={build.files} />
    </>
  );
}
