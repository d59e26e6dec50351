// Real Gentoo package names, grouped by category, each with the build system its
// ebuild uses (a = autotools, c = cmake, m = meson, p = python/PEP 517). The build
// system decides which corpus log a failure is templated from.
export type BuildSystem = "autotools" | "cmake" | "meson" | "python";

const RAW: Readonly<Record<string, string>> = {
  "dev-libs":
    "popt:a libyaml:a tinyxml2:c fribidi:m libxml2:a libxslt:a expat:c json-c:c jansson:c libevent:c libuv:c " +
    "libffi:a gmp:a mpfr:a nettle:a libgcrypt:a libgpg-error:a libtasn1:a glib:m icu:a boost:c pcre2:a " +
    "oniguruma:a libsodium:a nspr:a protobuf:c libunistring:a libpipeline:a libinput:m libgit2:c " +
    "libbsd:a libedit:a libisoburn:a libburn:a libconfig:a libdaemon:a libtommath:a libmaxminddb:a",
  "dev-python":
    "markupsafe:p jinja2:p requests:p urllib3:p certifi:p idna:p pyyaml:p lxml:p cryptography:p cffi:p " +
    "pytest:p pluggy:p attrs:p six:p setuptools-scm:p packaging:p pillow:p numpy:p psutil:p pygments:p " +
    "docutils:p sphinx:p babel:p click:p rich:p trove-classifiers:p hatchling:p flit-core:p",
  "sys-devel": "gcc:a binutils:a bison:a flex:a gettext:a m4:a patch:a bc:a crossdev:a gdb:a",
  "dev-build": "autoconf:a automake:a libtool:a make:a cmake:c meson:p ninja:c samurai:a",
  "llvm-core": "llvm:c clang:c lld:c mlir:c polly:c",
  "llvm-runtimes": "compiler-rt:c libcxx:c libcxxabi:c libunwind:c openmp:c",
  "media-libs":
    "libogg:a libvorbis:a libmatroska:c libebml:c libsndfile:a libpng:a libjpeg-turbo:c tiff:a " +
    "libwebp:c harfbuzz:m freetype:a fontconfig:m mesa:m libepoxy:m opus:a flac:c lcms:a openjpeg:c " +
    "libass:a x264:a dav1d:m libheif:c libraw:a",
  "media-sound": "sox:a pulseaudio-daemon:m alsa-utils:a lame:a mpg123:a wavpack:a cmus:a",
  "media-video": "ffmpeg:a mpv:m vlc:a x265:c mkvtoolnix:a",
  "media-gfx": "imagemagick:a graphviz:a inkscape:c gimp:m optipng:a",
  "x11-libs":
    "libX11:a libXext:a libxcb:a cairo:m pango:m gtk+:m libdrm:m pixman:m libxkbcommon:m gdk-pixbuf:m",
  "x11-misc": "xdg-utils:a dunst:a picom:m rofi:m xclip:a",
  "net-misc": "curl:a wget:a openssh:a rsync:a iperf:a chrony:a dhcpcd:a whois:a socat:a",
  "net-libs": "gnutls:a nghttp2:c libssh2:c libpcap:a c-ares:c libtirpc:a zeromq:c",
  "net-analyzer": "nmap:a tcpdump:a wireshark:c iftop:a netcat:a",
  "sci-libs": "gsl:a fftw:a hdf5:c netcdf:c lapack:c openblas:a suitesparse:c proj:c gdal:c",
  "sci-mathematics": "pari:a maxima:a glpk:a octave:a",
  "app-misc": "tmux:a hello:a screen:a jq:a ranger:p mc:a neofetch:a",
  "app-text": "dos2unix:a hd2u:a poppler:c xmlto:a aspell:a hunspell:a asciidoc:p",
  "app-arch": "xz-utils:a zstd:m lz4:a bzip2:a libarchive:a p7zip:a unzip:a cpio:a",
  "app-editors": "vim:a nano:a emacs:a neovim:c",
  "app-shells": "bash:a zsh:a fish:c dash:a",
  "app-crypt": "gnupg:a pinentry:a libsecret:m p11-kit:m",
  "sys-apps": "coreutils:a util-linux:a findutils:a grep:a sed:a gawk:a diffutils:a less:a systemd:m dbus:m",
  "sys-libs": "glibc:a zlib:a ncurses:a readline:a libcap:a libseccomp:a musl:a timezone-data:a",
  "sys-process": "procps:a htop:a lsof:a psmisc:a",
  "sys-fs": "e2fsprogs:a btrfs-progs:a dosfstools:a lvm2:a squashfs-tools:a",
  "dev-util": "pkgconf:m ccache:c strace:a valgrind:a gperf:a re2c:a ctags:a",
  "dev-vcs": "git:a mercurial:p subversion:a",
  "dev-lang": "python:a perl:a ruby:a lua:a tcl:a nasm:a yasm:a",
  "dev-db": "sqlite:a postgresql:a mariadb:c redis:a lmdb:a",
  "dev-qt": "qtbase:c qtdeclarative:c qtsvg:c qtwayland:c",
  "kde-frameworks": "kcoreaddons:c ki18n:c kconfig:c extra-cmake-modules:c",
  "gnome-base": "gsettings-desktop-schemas:m gvfs:m dconf:m",
  "games-misc": "fortune-mod:c cowsay:a",
  "games-puzzle": "sgt-puzzles:c gnome-sudoku:m",
  "mail-client": "mutt:a neomutt:a",
  "www-client": "lynx:a w3m:a",
  "dev-debug": "gdb:a strace:a ltrace:a",
};

export interface PackageName {
  category: string;
  name: string;
  buildSystem: BuildSystem;
}

const SYSTEMS: Readonly<Record<string, BuildSystem>> = {
  a: "autotools",
  c: "cmake",
  m: "meson",
  p: "python",
};

/** The real packages above, in a stable order. */
export function realPackageNames(): PackageName[] {
  const names: PackageName[] = [];
  for (const [category, list] of Object.entries(RAW)) {
    for (const token of list.split(" ")) {
      const [name, code] = token.split(":");
      names.push({ category, name, buildSystem: SYSTEMS[code] ?? "autotools" });
    }
  }
  return names;
}

// Syllables for invented package names: the demo wants "a few hundred" packages and the
// benchmark ~20,000, more than this list has, so the rest are made up but look plausible.
// ("_" stands for "no prefix/suffix", so that the plain stem is the most common form.)
const PREFIXES = "lib py g k x q open _ _ _".split(" ").map(blank);
const STEMS = (
  "yaml xml json http zip audio image font crypt net file term shell mail dns sql math geo wave pixel key " +
  "clip sync tar log pipe scan graph proto cache ring tree queue spell mark text video midi tls ssh"
).split(" ");
const SUFFIXES = "_ _ _ -utils -tools mm ++ 2 3 -ng -lite kit d fs".split(" ").map(blank);

function blank(token: string): string {
  return token === "_" ? "" : token;
}

/** An invented but Gentoo-shaped package name; the caller keeps it unique per category. */
export function inventedName(draw: (n: number) => number): string {
  const stem1 = STEMS[draw(STEMS.length)];
  const stem2 = draw(3) === 0 ? STEMS[draw(STEMS.length)] : "";
  return `${PREFIXES[draw(PREFIXES.length)]}${stem1}${stem2}${SUFFIXES[draw(SUFFIXES.length)]}`;
}
