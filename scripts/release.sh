#!/usr/bin/env bash
# The release workflow (.github/workflows/release.yml) on this machine, for the targets a
# Debian x86_64 machine builds: the static Linux binary (musl) and the Windows binary
# (mingw-w64). Writes into dist/ (not committed):
#
#   dist/mep-VERSION-x86_64-unknown-linux-musl.tar.gz
#   dist/mep-VERSION-x86_64-pc-windows-gnu.zip
#   dist/SHA256SUMS         one line per archive, as `sha256sum -c` reads it
#   dist/release-notes.md   the CHANGELOG section of VERSION ([Unreleased] as a preview
#                           while the version has no section yet; the workflow insists)
#
# and runs the smoke suite on what runs here: `scripts/smoke.sh BIN` for the Linux binary,
# `scripts/smoke.sh BIN.exe --wine` for the Windows binary (with wine installed); both
# compare every output with the native build's (MEP_NATIVE; by default smoke.sh takes, and
# builds if missing, release/mep in the target directory; a debug build gives the same outputs).
#
#   scripts/release.sh [--no-smoke] [--no-build] [TARGET...]
#
# --no-build packs the binaries already built in the target directory (cargo is not run).
#
# Needs: rustup targets (`rustup target add x86_64-unknown-linux-musl x86_64-pc-windows-gnu`)
# and Debian's `musl-tools` and `gcc-mingw-w64-x86-64` (for the C part of mimalloc and the
# Windows linker). CARGO_TARGET_DIR is honoured: cross builds of the typst stack are large.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

smoke=1
build=1
targets=()
for arg in "$@"; do
  case $arg in
    --no-smoke) smoke=0 ;;
    --no-build) build=0 ;;
    -h | --help)
      sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
      exit 0
      ;;
    -*) echo "release.sh: unknown option $arg" >&2; exit 2 ;;
    *) targets+=("$arg") ;;
  esac
done
if [ ${#targets[@]} -eq 0 ]; then
  targets=(x86_64-unknown-linux-musl x86_64-pc-windows-gnu)
fi

version=$(cargo metadata --no-deps --format-version 1 --offline |
  python3 -c 'import json, sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "mep"))')
# A tagged commit must carry the tag's version, as the workflow demands.
for tag in $(git tag --points-at HEAD 'v*' 2>/dev/null); do
  if [ "$tag" != "v$version" ]; then
    echo "release.sh: HEAD is tagged $tag, but Cargo.toml says version $version" >&2
    exit 1
  fi
done

# Everything missing at once, with the command that brings it.
missing=()
installed=$(rustup target list --installed)
for target in "${targets[@]}"; do
  grep -qx "$target" <<<"$installed" || missing+=("rustup target add $target")
  case $target in
    *-linux-musl) command -v musl-gcc >/dev/null || missing+=("apt-get install musl-tools") ;;
    x86_64-pc-windows-gnu)
      command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=("apt-get install gcc-mingw-w64-x86-64")
      ;;
    *) missing+=("(no local build for $target: the release workflow builds it)") ;;
  esac
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "release.sh: missing for ${targets[*]}:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  exit 1
fi

target_dir=${CARGO_TARGET_DIR:-$root/target}
dist=$root/dist
mkdir -p "$dist"
rm -f "$dist"/mep-* "$dist/SHA256SUMS" "$dist/release-notes.md"

if ! scripts/changelog-section.sh "$version" >"$dist/release-notes.md" 2>/dev/null; then
  echo "release.sh: CHANGELOG.md has no section [$version] yet: release notes from [Unreleased] (preview)" >&2
  scripts/changelog-section.sh Unreleased >"$dist/release-notes.md"
fi

sizes=()
for target in "${targets[@]}"; do
  exe=""
  case $target in *windows*) exe=.exe ;; esac
  bin=$target_dir/$target/release/mep$exe
  if [ $build -eq 1 ]; then
    echo "== build $target" >&2
    cargo build --release --locked --target "$target" --bin mep
  elif [ ! -f "$bin" ]; then
    echo "release.sh: --no-build, but there is no $bin" >&2
    exit 1
  fi
  if [[ $target == *-linux-musl ]]; then
    # Static: runs on any Linux of the architecture, whatever its C library.
    file "$bin" >&2
    if ! file "$bin" | grep -Eq 'statically linked|static-pie linked'; then
      echo "release.sh: $bin is not statically linked" >&2
      exit 1
    fi
  fi
  archive=$(scripts/package.sh "$target" "$bin" "$version" "$dist")
  sizes+=("$(awk -v t="$target" -v b="$(stat -c %s "$bin")" -v a="$(stat -c %s "$archive")" \
    'BEGIN { printf "%-28s binary %6.1f MiB (%d bytes), archive %5.1f MiB", t, b / 1048576, b, a / 1048576 }')")
done

(cd "$dist" && shopt -s nullglob && sha256sum mep-*.tar.gz mep-*.zip >SHA256SUMS)
(cd "$dist" && sha256sum -c --quiet SHA256SUMS)

failed=0
if [ $smoke -eq 1 ]; then
  if [ ! -x scripts/smoke.sh ]; then
    echo "release.sh: scripts/smoke.sh is missing: no smoke suite run (or pass --no-smoke)" >&2
    exit 1
  fi
  unpacked=$(mktemp -d)
  trap 'rm -rf "$unpacked"' EXIT
  for target in "${targets[@]}"; do
    # The binary as a user gets it: out of its archive.
    case $target in
      *windows*)
        if ! command -v wine >/dev/null; then
          echo "== smoke $target: skipped (wine is not installed: apt-get install wine)" >&2
          continue
        fi
        unzip -q -o "$dist/mep-$version-$target.zip" -d "$unpacked/$target"
        echo "== smoke $target (wine)" >&2
        scripts/smoke.sh "$unpacked/$target/mep.exe" --wine || failed=1
        ;;
      *)
        mkdir -p "$unpacked/$target"
        tar -xzf "$dist/mep-$version-$target.tar.gz" -C "$unpacked/$target"
        echo "== smoke $target" >&2
        scripts/smoke.sh "$unpacked/$target/mep-$version-$target/mep" || failed=1
        ;;
    esac
  done
fi

echo
echo "dist/ (mep $version):"
printf '  %s\n' "${sizes[@]}"
sed 's/^/  /' "$dist/SHA256SUMS"
if [ $failed -ne 0 ]; then
  echo "release.sh: the smoke suite failed" >&2
  exit 1
fi
