#!/usr/bin/env bash
# The smoke suite for a built `mep` binary (the static musl build, or mep.exe under Wine):
#
#   scripts/smoke.sh BIN [--wine]
#
# Runs BIN through init, check (human and JSON), render to PDF and Markdown, diff (text, JSON,
# Markdown, PDF), stats on copies of the shipped examples, and compares every output (standard
# output, exit code, written files; text with the paths as given made alike, PDFs byte for
# byte) with the native build's on the same input: $MEP_NATIVE, default
# target/release/mep, built if missing. PDFs must be byte-identical. Prints a table of
# what ran and what matched; exits 0 only if everything matched.
#
# With --wine, BIN runs as `wine BIN` the way a Windows user would call it: paths with
# backslashes and a drive letter (Z:\...), umlauts and spaces in folder names
# (`Schulträger\Medienentwicklungsplan Grundschulen`), and the plans saved as Notepad does,
# with CRLF line endings and a UTF-8 byte order mark. Wine 8 lacks `ProcessPrng`, which
# Rust's standard library calls (Windows 10 and later have it): the shim
# scripts/windows/bcryptprimitives.c is compiled with mingw-w64 and put beside the binary.
set -euo pipefail

usage() {
  echo "usage: scripts/smoke.sh BIN [--wine]" >&2
  exit 2
}
[ $# -ge 1 ] && [ $# -le 2 ] || usage
BIN=$1
WINE=0
if [ $# -eq 2 ]; then
  [ "$2" = --wine ] || usage
  WINE=1
fi
ROOT=$(cd "$(dirname "$0")/.." && pwd)
[ -f "$BIN" ] || { echo "smoke: no binary at $BIN" >&2; exit 2; }
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")

NATIVE=${MEP_NATIVE:-${CARGO_TARGET_DIR:-$ROOT/target}/release/mep}
if [ ! -x "$NATIVE" ]; then
  echo "smoke: building the native reference $NATIVE" >&2
  (cd "$ROOT" && cargo build --release --locked --quiet)
fi
NATIVE=$(cd "$(dirname "$NATIVE")" && pwd)/$(basename "$NATIVE")

WORK=$(mktemp -d "${TMPDIR:-/tmp}/mep-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

if [ "$WINE" = 1 ]; then
  command -v wine >/dev/null || { echo "smoke: wine is not installed" >&2; exit 2; }
  command -v x86_64-w64-mingw32-gcc >/dev/null ||
    { echo "smoke: x86_64-w64-mingw32-gcc (mingw-w64) is not installed" >&2; exit 2; }
  # The binary runs from a folder of its own, with the shim beside it.
  mkdir -p "$WORK/bin"
  cp "$BIN" "$WORK/bin/mep.exe"
  x86_64-w64-mingw32-gcc -shared -O2 -Wall -Werror \
    -o "$WORK/bin/bcryptprimitives.dll" \
    "$ROOT/scripts/windows/bcryptprimitives.c" "$ROOT/scripts/windows/bcryptprimitives.def" \
    -ladvapi32
  x86_64-w64-mingw32-gcc -municode -O2 -Wall -Werror -o "$WORK/bin/hold.exe" \
    "$ROOT/scripts/windows/hold.c"
  BIN=$WORK/bin/mep.exe
  export WINEPREFIX=${WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/mep-smoke-wine}
  export WINEDEBUG=-all
  # The shim beside the binary comes first; Wine's own bcryptprimitives has no ProcessPrng.
  export WINEDLLOVERRIDES="bcryptprimitives=n,b;mscoree,mshtml="
  if [ ! -d "$WINEPREFIX" ]; then
    echo "smoke: preparing the Wine prefix $WINEPREFIX" >&2
    wineboot --init >/dev/null 2>&1 || true
  fi
fi

# The inputs: the shipped examples, in folders named as a Schulverwaltungsamt names them.
IN="$WORK/Schulträger/Medienentwicklungsplan Grundschulen"
mkdir -p "$IN"
for ex in musterstadt lindenau rheine; do
  mkdir -p "$IN/$ex"
  cp "$ROOT/examples/$ex/"*.toml "$IN/$ex/"
  [ -d "$ROOT/examples/$ex/schulen" ] && cp -r "$ROOT/examples/$ex/schulen" "$IN/$ex/"
  for f in "$ROOT/examples/$ex/"*.png "$ROOT/examples/$ex/"*.svg "$ROOT/examples/$ex/"*.jpg; do
    [ -f "$f" ] && cp "$f" "$IN/$ex/"
  done
done
if [ "$WINE" = 1 ]; then
  # Saved by Notepad: CRLF line endings and a UTF-8 byte order mark.
  find "$IN" -name '*.toml' -print0 | while IFS= read -r -d '' f; do
    { printf '\xef\xbb\xbf'; sed 's/$/\r/' "$f"; } >"$f.crlf"
    mv "$f.crlf" "$f"
  done
fi

# A path as the binary under test is given it.
arg_path() {
  if [ "$WINE" = 1 ]; then
    local p=${1//\//\\}
    printf 'Z:%s' "$p"
  else
    printf '%s' "$1"
  fi
}

# Run one binary: run_one KIND OUTDIR ARGS... Writes OUTDIR/stdout, stderr and code. In
# ARGS, `@PATH` is an absolute Unix path and `=PATH` one relative to the input folder, both
# written the Windows way for the binary under Wine; %OUT% is OUTDIR.
run_one() {
  local kind=$1 out=$2
  shift 2
  local args=() a
  for a in "$@"; do
    case "$a" in
      @*)
        a=${a:1}
        a=${a//%OUT%/$out}
        if [ "$kind" = cand ]; then a=$(arg_path "$a"); fi
        ;;
      =*)
        a=${a:1}
        if [ "$kind" = cand ] && [ "$WINE" = 1 ]; then a=${a//\//\\}; fi
        ;;
    esac
    args+=("$a")
  done
  mkdir -p "$out"
  local code=0
  if [ "$kind" = cand ] && [ "$WINE" = 1 ]; then
    (cd "$IN" && NO_COLOR=1 MEP_LANG= wine "$BIN" "${args[@]}") >"$out/stdout" 2>"$out/stderr" || code=$?
  elif [ "$kind" = cand ]; then
    (cd "$IN" && NO_COLOR=1 MEP_LANG= "$BIN" "${args[@]}") >"$out/stdout" 2>"$out/stderr" || code=$?
  else
    (cd "$IN" && NO_COLOR=1 MEP_LANG= "$NATIVE" "${args[@]}") >"$out/stdout" 2>"$out/stderr" || code=$?
  fi
  echo "$code" >"$out/code"
}

# The candidate's standard output with its paths written as the native run's, so that only
# real differences remain: its output folder is the native one's, and under Wine
# Z:\a\b is /a/b, also as JSON writes it (Z:\\a\\b), as are the relative paths given
# (musterstadt\plan.toml).
unixify() {
  python3 - "$1" "$WORK" "$WINE" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="surrogateescape").read()
work, wine = sys.argv[2], sys.argv[3] == "1"
if wine:
    for sep in ("\\\\", "\\"):
        win = "Z:" + work.replace("/", sep)
        # The path given: segments up to a character that ends a path in a message.
        segment = "(?:" + re.escape(sep) + r"[^\\/\n:\"'`,)→]*)*"
        text = re.sub(re.escape(win) + segment,
                      lambda m: m.group(0)[2:].replace(sep, "/"), text)
    for ex in ("musterstadt", "lindenau", "rheine"):
        text = text.replace(ex + "\\\\", ex + "/").replace(ex + "\\", ex + "/")
text = text.replace(work + "/out/cand/", work + "/out/native/")
sys.stdout.write(text)
PY
}

ROWS=()
FAILED=0
# step NAME FILES ARGS...: run both binaries, compare exit code, standard output and the
# files named in FILES (space-separated, relative to the output folder).
step() {
  local name=$1 files=$2
  shift 2
  local c="$WORK/out/cand/$name" n="$WORK/out/native/$name"
  run_one cand "$c" "$@"
  run_one native "$n" "$@"
  local result=equal detail=""
  local cc nc
  cc=$(tr -d '\r' <"$c/code")
  nc=$(cat "$n/code")
  if [ "$cc" != "$nc" ]; then
    result=DIFFERENT
    detail="exit $cc vs $nc"
  elif ! cmp -s <(unixify "$c/stdout") "$n/stdout"; then
    result=DIFFERENT
    detail="stdout"
    diff <(unixify "$c/stdout") "$n/stdout" | head -20 >&2 || true
  fi
  local f
  for f in $files; do
    if [ ! -f "$n/$f" ]; then
      result=DIFFERENT
      detail="$detail native wrote no $f"
    elif [ ! -f "$c/$f" ]; then
      result=DIFFERENT
      detail="$detail no $f"
    elif case "$f" in *.pdf) ! cmp -s "$c/$f" "$n/$f" ;; *) ! cmp -s <(unixify "$c/$f") "$n/$f" ;; esac; then
      result=DIFFERENT
      detail="$detail $f"
    fi
  done
  if [ "$result" != equal ]; then
    FAILED=1
    echo "smoke: $name differs ($detail); candidate's stderr:" >&2
    head -20 "$c/stderr" >&2
  fi
  ROWS+=("$(printf '%-28s %-6s %-10s %s' "$name" "$nc" "$result" "$detail")")
}

M="$IN/musterstadt"
step init-gemeinde "neu/plan.toml" init @%OUT%/neu --template gemeinde \
  --schultraeger "Gemeinde Bärental" --bundesland NW --beginn 2027
step init-kreisstadt "neu/plan.toml" init @%OUT%/neu --schultraeger "Stadt Müllheim" \
  --bundesland BY --beginn 2027
for ex in musterstadt lindenau rheine; do
  P="$IN/$ex/plan.toml"
  step "check-$ex" "" check @"$P"
  step "check-json-$ex" "" check @"$P" --format json
  step "render-pdf-$ex" "plan.pdf" render @"$P" --to pdf -o @%OUT%/plan.pdf
  step "render-md-$ex" "plan.md" render @"$P" --to md -o @%OUT%/plan.md
  step "stats-$ex" "" stats @"$P"
  step "stats-json-$ex" "" stats @"$P" --format json
done
# A relative path with backslashes, from the plan's folder's parent.
if [ "$WINE" = 1 ]; then
  step "check-relative-backslash" "" check =musterstadt/plan.toml
  step "render-pdf-relative" "plan.pdf" render =musterstadt/plan.toml -o @%OUT%/plan.pdf
fi
step diff-text "" diff @"$M/plan-2024.toml" @"$M/plan.toml"
step diff-json "" diff @"$M/plan-2024.toml" @"$M/plan.toml" --format json
# The Synopse names the versions as given (a Windows path keeps its backslashes): the
# documents are compared for names given alike, from the folder that holds them.
cp "$M/plan-2024.toml" "$IN/fassung-2024.toml"
cp "$M/plan.toml" "$IN/fassung-2026.toml"
step diff-md "synopse.md" diff fassung-2024.toml fassung-2026.toml --format md -o @%OUT%/synopse.md
step diff-pdf "synopse.pdf" diff fassung-2024.toml fassung-2026.toml --format pdf -o @%OUT%/synopse.pdf
step render-vereinbarung "v.pdf" render @"$M/plan.toml" --dokument supportvereinbarung \
  --schule gs-am-park -o @%OUT%/v.pdf

# Under Wine: a PDF held open as a viewer holds it cannot be replaced; mep says so in
# German, exits with 2 and leaves the old file as it was (no comparison with the native
# build: Linux has no such lock).
held_open() {
  local dir="$WORK/out/held" result=ok detail="" code=0
  local pdf="$dir/plan.pdf"
  mkdir -p "$dir"
  printf '%%PDF alte Fassung\n' >"$pdf"
  wine "$WORK/bin/hold.exe" "$(arg_path "$pdf")" 300 >"$dir/hold.out" 2>&1 &
  local holder=$! waited=0
  until grep -q held "$dir/hold.out" 2>/dev/null; do
    sleep 1
    waited=$((waited + 1))
    if [ "$waited" -ge 120 ] || ! kill -0 "$holder" 2>/dev/null; then
      result=FAILED
      detail="hold.exe did not open the file"
      break
    fi
  done
  if [ "$result" = ok ]; then
    (cd "$IN" && NO_COLOR=1 MEP_LANG= wine "$BIN" render "$(arg_path "$IN/musterstadt/plan.toml")" \
      -o "$(arg_path "$pdf")") >"$dir/stdout" 2>"$dir/stderr" || code=$?
    if [ "$code" != 2 ]; then
      result=FAILED
      detail="exit $code, expected 2"
    elif ! grep -q "Die Datei ist in einem anderen Programm geöffnet" "$dir/stderr"; then
      result=FAILED
      detail="message"
    elif [ "$(cat "$pdf")" != "%PDF alte Fassung" ]; then
      result=FAILED
      detail="old file changed"
    elif [ "$(find "$dir" -name '.mep-*' | wc -l)" != 0 ]; then
      result=FAILED
      detail="temporary file left"
    fi
  fi
  kill "$holder" 2>/dev/null || true
  wait "$holder" 2>/dev/null || true
  if [ "$result" != ok ]; then
    FAILED=1
    echo "smoke: held-open-pdf failed ($detail); mep's stderr:" >&2
    cat "$dir/stderr" "$dir/hold.out" >&2 2>/dev/null || true
  fi
  ROWS+=("$(printf '%-28s %-6s %-10s %s' held-open-pdf "$code" "$result" "$detail")")
}
if [ "$WINE" = 1 ]; then
  held_open
fi

echo
if [ "$WINE" = 1 ]; then
  echo "Smoke suite: wine $(basename "$BIN") vs $NATIVE (CRLF + BOM plans, Z:\\ paths, umlaut folders)"
else
  echo "Smoke suite: $BIN vs $NATIVE"
fi
printf '%-28s %-6s %-10s %s\n' step exit result detail
printf '%s\n' "${ROWS[@]}"
TOTAL=${#ROWS[@]}
BAD=$(printf '%s\n' "${ROWS[@]}" | grep -cE 'DIFFERENT|FAILED' || true)
echo "$((TOTAL - BAD)) passed, $BAD failed"
exit "$FAILED"
