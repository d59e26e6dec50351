// Tinderbox images named the way toralf's setup_img.sh names them: the profile with
// "/" and "-" turned into "_", optional suffixes, then -YYYYMMDD-HHMMSS.
import type { Rng } from "./prng";

export interface SyntheticTinderbox {
  name: string;
  description: string;
  profile: string;
  arch: string;
  keywords: string;
  toolchainTags: string[];
}

interface ImageKind {
  profile: string;
  suffix: string;
  tags: string[];
  stable?: boolean;
}

const IMAGE_KINDS: readonly ImageKind[] = [
  { profile: "default/linux/amd64/23.0", suffix: "", tags: [] },
  { profile: "default/linux/amd64/23.0/llvm", suffix: "", tags: ["clang", "lto"] },
  { profile: "default/linux/amd64/23.0/desktop/systemd", suffix: "", tags: ["systemd"] },
  { profile: "default/linux/amd64/23.0/musl", suffix: "", tags: ["musl"] },
  { profile: "default/linux/amd64/23.0/no-multilib", suffix: "_test", tags: ["test"] },
  { profile: "default/linux/amd64/23.0/desktop/plasma/systemd", suffix: "", tags: ["systemd"] },
  { profile: "default/linux/amd64/23.0/hardened", suffix: "_stable", tags: ["hardened"], stable: true },
  { profile: "default/linux/amd64/23.0/split-usr", suffix: "_abi32+64", tags: ["multilib"] },
  { profile: "default/linux/amd64/23.0/desktop/gnome", suffix: "_test", tags: ["test", "lto"] },
  { profile: "default/linux/amd64/23.0/llvm/systemd", suffix: "", tags: ["clang", "systemd"] },
];

/** toralf's CreateImageName: profile path after "amd64/", "/" and "-" → "_", plus suffix and stamp. */
export function imageName(profile: string, suffix: string, created: Date): string {
  const short = profile.replace(/^default\/linux\/amd64\//, "").replace(/[/-]/g, "_");
  const iso = created.toISOString();
  const stamp = `${iso.slice(0, 10).replace(/-/g, "")}-${iso.slice(11, 19).replace(/:/g, "")}`;
  return `${short}${suffix}-${stamp}`;
}

/** `count` images created before `now`, cycling through the image kinds. */
export function syntheticTinderboxes(rng: Rng, count: number, now: Date): SyntheticTinderbox[] {
  const boxes: SyntheticTinderbox[] = [];
  for (let index = 0; index < count; index++) {
    const kind = IMAGE_KINDS[index % IMAGE_KINDS.length];
    let ageMs = rng.int(20, 400) * 86_400_000 + rng.int(0, 86_399) * 1000;
    // Tinderbox.name is unique; two images of one kind made in the same second would clash.
    while (
      boxes.some((box) => box.name === imageName(kind.profile, kind.suffix, new Date(now.getTime() - ageMs)))
    )
      ageMs += 1000;
    const name = imageName(kind.profile, kind.suffix, new Date(now.getTime() - ageMs));
    const keywords = kind.stable ? "amd64" : "~amd64";
    const tags = kind.suffix === "_test" && !kind.tags.includes("test") ? [...kind.tags, "test"] : kind.tags;
    boxes.push({
      name,
      description: `${kind.stable ? "A stable" : "An unstable"} amd64 chroot image at a tinderbox (==build bot), profile ${kind.profile}`,
      profile: kind.profile,
      arch: "amd64",
      keywords,
      toolchainTags: tags,
    });
  }
  return boxes;
}
