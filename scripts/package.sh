#!/bin/sh
# Packs one built binary into the archive a release ships (used by scripts/release.sh and
# .github/workflows/release.yml):
#
#   scripts/package.sh TARGET BINARY VERSION OUTDIR
#
# Windows targets: OUTDIR/mep-VERSION-TARGET.zip with mep.exe, README.md and CHANGELOG.md at
# its top, so that Explorer's "Alle extrahieren" gives one folder with mep.exe in it.
# Other targets: OUTDIR/mep-VERSION-TARGET.tar.gz with the folder mep-VERSION-TARGET/ holding
# mep, README.md and CHANGELOG.md. A LICENSE* file at the top of the repository goes in too.
# With GNU tar and touch the archive is reproducible: names sorted, owner 0, every time set
# to SOURCE_DATE_EPOCH (default: the time of the last commit). Prints the archive's path.
set -eu

if [ $# -ne 4 ]; then
  echo "usage: $0 TARGET BINARY VERSION OUTDIR" >&2
  exit 2
fi
target=$1 binary=$2 version=$3 outdir=$4
root=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -f "$binary" ]; then
  echo "$0: no binary at $binary" >&2
  exit 1
fi

name=mep-$version-$target
mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir "$stage/$name"
case $target in
  *windows*) exe=mep.exe ;;
  *) exe=mep ;;
esac
cp "$binary" "$stage/$name/$exe"
chmod 755 "$stage/$name/$exe"
cp "$root/README.md" "$root/CHANGELOG.md" "$stage/$name/"
for f in "$root"/LICENSE*; do
  if [ -f "$f" ]; then cp "$f" "$stage/$name/"; fi
done

epoch=${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)}
if touch -d "@$epoch" "$stage/$name" 2>/dev/null; then
  find "$stage/$name" -exec touch -d "@$epoch" {} +
fi

case $target in
  *windows*)
    archive=$outdir/$name.zip
    rm -f "$archive"
    (cd "$stage/$name" && TZ=UTC zip -q -X "$archive" ./*)
    ;;
  *)
    archive=$outdir/$name.tar.gz
    if tar --version 2>/dev/null | grep -q 'GNU tar'; then
      (cd "$stage" && tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" \
        -cf - "$name" | gzip -n -9 > "$archive")
    else
      (cd "$stage" && tar -cf - "$name" | gzip -n -9 > "$archive")
    fi
    ;;
esac
echo "$archive"
