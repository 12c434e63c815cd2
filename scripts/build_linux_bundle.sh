#!/usr/bin/env bash
# Build the Linux bundle from this checkout and run the frozen app's self-test.
#
#   scripts/build_linux_bundle.sh [OUT_DIR]        (default: a new temporary folder)
#
# Uses the Python in $PYTHON (default: python) with this checkout installed (pip install -e
# ".[test]" brings PyInstaller too). Writes OUT_DIR/dist/Boundary (the bundle folder) and
# OUT_DIR/boundary-VERSION-linux-ARCH.tar.gz, unpacks the tarball again and runs
# `boundary-app --self-test` from it on Qt's offscreen platform, with its own BOUNDARY_HOME and
# HOME inside OUT_DIR. Prints the build time and the sizes; exits non-zero if anything fails,
# for instance a provider or a library the freeze left out.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-python}
out=${1:-$(mktemp -d -t boundary-bundle.XXXXXX)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

installed=$("$python" -c 'import boundary_app, pathlib; print(pathlib.Path(boundary_app.__file__).parent.parent)')
if [ "$installed" != "$root" ]; then
  echo "build_linux_bundle: $python imports boundary_app from $installed, not from $root;" >&2
  echo "install this checkout first: $python -m pip install -e \".[test]\"" >&2
  exit 1
fi
version=$("$python" -c 'import boundary_app; print(boundary_app.__version__)')
arch=$(uname -m)
tarball="$out/boundary-$version-linux-$arch.tar.gz"

start=$(date +%s)
"$python" -m PyInstaller "$root/packaging/boundary.spec" --noconfirm --log-level WARN \
  --distpath "$out/dist" --workpath "$out/work"
bundle="$out/dist/Boundary"
cp "$root/packaging/linux/boundary.desktop" "$root/packaging/linux/install.sh" "$bundle/"
cp "$out/work/boundary/icons/boundary.png" "$bundle/boundary.png"
tar -C "$out/dist" -czf "$tarball" Boundary
built=$(date +%s)

# The self-test runs from the unpacked tarball: what a person downloads is what is tested.
rm -rf "$out/check" && mkdir -p "$out/check/home"
tar -C "$out/check" -xzf "$tarball"
QT_QPA_PLATFORM=offscreen BOUNDARY_HOME="$out/check/home" HOME="$out/check/home" \
  XDG_CONFIG_HOME="$out/check/home/.config" "$out/check/Boundary/boundary-app" --self-test
tested=$(date +%s)

folder_mb=$(du -sm "$bundle" | cut -f1)
tar_mb=$(( $(stat -c %s "$tarball") / 1024 / 1024 ))
echo "build_linux_bundle: built in $((built - start)) s, self-test passed in $((tested - built)) s"
echo "build_linux_bundle: bundle folder $bundle: ${folder_mb} MiB"
echo "build_linux_bundle: tarball $tarball: ${tar_mb} MiB"
