#!/usr/bin/env bash
# Build the Debian package from the frozen Linux bundle.
#
#   scripts/build_deb.sh BUNDLE_DIR [OUT_DIR]      (OUT_DIR default: dist/ of this checkout)
#
# BUNDLE_DIR is the folder scripts/build_linux_bundle.sh makes (OUT/dist/Boundary). Writes
# OUT_DIR/boundary_<version>_<arch>.deb with dpkg-deb: the bundle under /opt/boundary,
# `boundary-app` and `boundary` on PATH as links in /usr/bin (the frozen launcher is the
# `boundary` command when started under that name), the desktop entry and the icon in their
# standard places. Depends lists the Debian packages of the system libraries the bundle's
# programs and libraries load but do not carry (found with objdump; glibc with the newest
# symbol version they use), so that `apt install ./boundary_….deb` pulls them in. No
# maintainer scripts: dpkg's triggers refresh the menu and icon caches, and removing the
# package leaves no file of it behind. xz at level 1: 52 MiB in half a minute (level 6 saves 7 MiB
# for four times the time). Needs dpkg-deb and objdump (binutils).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bundle=$(cd "${1:?usage: build_deb.sh BUNDLE_DIR [OUT_DIR]}" && pwd)
out=${2:-$root/dist}
mkdir -p "$out"
out=$(cd "$out" && pwd)
for file in boundary-app boundary.desktop boundary.png; do
  [ -f "$bundle/$file" ] || { echo "build_deb: $bundle/$file is missing" >&2; exit 1; }
done

# The version from the frozen program itself, through the `boundary` name it answers to.
version=$( (exec -a boundary "$bundle/boundary-app" --version) | awk '{print $2}')
arch=$(dpkg --print-architecture)
triplet="$(uname -m)-linux-gnu"
deb="$out/boundary_${version}_${arch}.deb"

work=$(mktemp -d -t boundary-deb.XXXXXX)
trap 'rm -rf "$work"' EXIT
stage="$work/root"
mkdir -p "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/icons/hicolor/256x256/apps" "$stage/usr/share/doc/boundary" "$stage/DEBIAN"
cp -a "$bundle" "$stage/opt/boundary"
# The tarball's menu helper and loose copies have their own places in a package.
rm -f "$stage/opt/boundary/install.sh" "$stage/opt/boundary/boundary.desktop" \
  "$stage/opt/boundary/boundary.png"
ln -s /opt/boundary/boundary-app "$stage/usr/bin/boundary-app"
ln -s /opt/boundary/boundary-app "$stage/usr/bin/boundary"
install -m 644 "$bundle/boundary.desktop" "$stage/usr/share/applications/boundary.desktop"
install -m 644 "$bundle/boundary.png" "$stage/usr/share/icons/hicolor/256x256/apps/boundary.png"
cat > "$stage/usr/share/doc/boundary/copyright" <<'EOF'
Boundary: MIT License.
The bundle in /opt/boundary also carries Python (PSF License), Qt and PySide6 (LGPL-3.0),
and the Python libraries listed in /opt/boundary/_internal/*.dist-info, each under its own
license, found there.
EOF
chmod -R u+rwX,go+rX,go-w "$stage"

# --- Depends: the packages of the libraries the bundle loads from the system --------------
elf_files() {
  find "$stage/opt/boundary" -type f \( -name '*.so' -o -name '*.so.*' -o -perm -u+x \) \
    -exec sh -c 'for f; do [ "$(head -c 4 "$f" | tail -c 3)" = ELF ] && echo "$f"; done' _ {} +
}
package_of() {  # the Debian package that provides the library $1 for this architecture
  local soname=$1 name number package
  case $soname in
    libc.so.*|libm.so.*|libdl.so.*|libpthread.so.*|librt.so.*|libutil.so.*|libresolv.so.*|ld-linux*)
      echo libc6; return ;;
  esac
  package=$(dpkg-query -S "*/$soname" 2>/dev/null | awk -F': ' -v t="/$triplet/$soname" \
    'index($2, t) { split($1, p, ":"); print p[1]; exit }')
  if [ -z "$package" ]; then
    # Not installed here: the name Debian's library policy gives it (libfoo.so.1 -> libfoo1,
    # libfoo2.so.1 -> libfoo2-1), if the archive knows that package.
    name=${soname%%.so.*}
    number=${soname##*.so.}
    number=${number%%.*}
    case $name in *[0-9]) package="$name-$number" ;; *) package="$name$number" ;; esac
    package=$(echo "$package" | tr '[:upper:]_' '[:lower:]-')
    if ! apt-cache show --no-all-versions "$package" >/dev/null 2>&1; then
      echo "build_deb: no Debian package found for $soname (tried $package)" >&2
      return 1
    fi
  fi
  echo "$package"
}
mapfile -t elves < <(elf_files)
bundled=$(find "$stage/opt/boundary" -name '*.so*' -printf '%f\n' | sort -u)
needed=$(objdump -p "${elves[@]}" | awk '$1 == "NEEDED" {print $2}' | sort -u)
glibc=$(objdump -T "${elves[@]}" | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' \
  | sort -V | tail -n 1)
packages=()
while read -r soname; do
  packages+=("$(package_of "$soname")")
done < <(comm -23 <(echo "$needed") <(echo "$bundled"))
# The bundled fontconfig reads the system's /etc/fonts; fontconfig-config brings a font too.
packages+=(fontconfig-config)
depends=$(printf '%s\n' "${packages[@]}" | sort -u | sed "s/^libc6\$/libc6 (>= $glibc)/" \
  | paste -sd, - | sed 's/,/, /g')

installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<EOF
Package: boundary
Version: $version
Architecture: $arch
Maintainer: ${DEB_MAINTAINER:-Boundary <dev@boundary.invalid>}
Installed-Size: $installed_size
Depends: $depends
Section: mail
Priority: optional
Description: out-of-office replies on every mail account with one click
 Boundary is a tray app that keeps work boundaries: it sets and clears the
 out-of-office reply on Exchange, Microsoft 365, Gmail and IMAP (Sieve) accounts
 together, on a schedule or when you step away. The boundary command does the
 same from a terminal.
EOF

start=$(date +%s)
dpkg-deb --root-owner-group -Zxz -z1 --build "$stage" "$deb" >/dev/null
built=$(date +%s)
echo "build_deb: $deb: $(( $(stat -c %s "$deb") / 1024 / 1024 )) MiB, packed in $((built - start)) s"
echo "build_deb: Depends: $depends"
