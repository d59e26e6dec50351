// The toolchain of a Gentoo system: the packages whose version most often
// explains why a build that used to pass now fails. One list, in the order a
// reader scans it; the bug's toolchain section shows its core, the environment
// diff all of it.

/** Compilers, C libraries, binutils and language runtimes: what a bug's reader asks about first. */
export const CORE_TOOLCHAIN_PACKAGES = [
  "sys-devel/gcc",
  "sys-libs/glibc",
  "sys-libs/musl",
  "sys-devel/binutils",
  "llvm-core/clang",
  "llvm-core/llvm",
  "dev-lang/python",
  "dev-lang/rust",
  "dev-lang/rust-bin",
  "dev-lang/go",
] as const;

/** The core, then the build tools, kernel headers and Portage itself. */
export const TOOLCHAIN_PACKAGES = [
  ...CORE_TOOLCHAIN_PACKAGES,
  "dev-lang/perl",
  "dev-build/cmake",
  "dev-build/meson",
  "dev-build/ninja",
  "dev-build/autoconf",
  "dev-build/automake",
  "dev-build/libtool",
  "dev-build/make",
  "sys-kernel/linux-headers",
  "sys-apps/portage",
] as const;
