#!/bin/sh
# Prints the section of CHANGELOG.md for one version: the release notes of its tag.
#
#   scripts/changelog-section.sh VERSION [CHANGELOG]
#
# VERSION is `0.1.0`, `v0.1.0` (a tag) or `Unreleased`. The section is every line after its
# heading `## [VERSION]` (with or without ` - DATE`) up to the next `## ` heading, without
# blank lines at either end and without Keep a Changelog's link definitions
# (`[0.1.0]: https://…`), which belong to the file, not the section. Windows line endings are
# read as plain ones. Exit 1 with a message on stderr when the file has no section for the
# version, or the section is empty: a release without notes is a mistake, not a default.
set -eu

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 VERSION [CHANGELOG]" >&2
  exit 2
fi
version=$1
case $version in
  v[0-9]*) version=${version#v} ;;
esac
changelog=${2:-$(dirname "$0")/../CHANGELOG.md}
if [ ! -r "$changelog" ]; then
  echo "$0: cannot read $changelog" >&2
  exit 2
fi

# Exit codes inside awk: 0 found, 3 no heading, 4 heading but empty section.
status=0
awk -v want="$version" '
  { sub(/\r$/, "") }
  /^## / {
    if (inside) { inside = 0; done = 1 }
    if (!done && index($0, "## [") == 1) {
      name = substr($0, 5)
      sub(/\].*$/, "", name)
      if (name == want) { inside = 1; found = 1; next }
    }
  }
  inside && /^\[[^]]+\]: / { next }
  inside { lines[++n] = $0 }
  END {
    if (!found) exit 3
    first = 1
    while (first <= n && lines[first] ~ /^[ \t]*$/) first++
    last = n
    while (last >= first && lines[last] ~ /^[ \t]*$/) last--
    if (last < first) exit 4
    for (i = first; i <= last; i++) print lines[i]
  }
' "$changelog" || status=$?

case $status in
  0) ;;
  3) echo "$0: $changelog has no section \"## [$version]\"; before tagging v$version, rename \"## [Unreleased]\" to \"## [$version] - $(date +%Y-%m-%d)\"" >&2; exit 1 ;;
  4) echo "$0: the section \"## [$version]\" in $changelog is empty" >&2; exit 1 ;;
  *) exit "$status" ;;
esac
