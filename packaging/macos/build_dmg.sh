#!/usr/bin/env bash
# Sign Boundary.app, put it in a .dmg, and notarize it: each signing step runs only when its
# secrets are in the environment, and says so when it is skipped.
#
#   packaging/macos/build_dmg.sh DIST_DIR      (DIST_DIR/Boundary.app from packaging/boundary.spec)
#
# Writes DIST_DIR/Boundary-<version>-macos-<arch>.dmg. Environment (GitHub secrets):
#   MACOS_CERTIFICATE            base64 of the "Developer ID Application" certificate (.p12)
#   MACOS_CERTIFICATE_PASSWORD   its password
#   MACOS_SIGNING_IDENTITY       e.g. "Developer ID Application: Example Ltd (ABCDE12345)"
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   notarization (an app-specific password)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dist=$(cd "$1" && pwd)
app="$dist/Boundary.app"
version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")
dmg="$dist/Boundary-$version-macos-$(uname -m).dmg"

sign=no
if [ -n "${MACOS_CERTIFICATE:-}" ] && [ -n "${MACOS_CERTIFICATE_PASSWORD:-}" ] \
   && [ -n "${MACOS_SIGNING_IDENTITY:-}" ]; then
  sign=yes
  # A keychain of its own, deleted when the script ends, holds the certificate.
  keychain="$RUNNER_TEMP/boundary-signing.keychain-db"
  keychain_password=$(uuidgen)
  trap 'security delete-keychain "$keychain" 2>/dev/null || true' EXIT
  echo "$MACOS_CERTIFICATE" | base64 --decode > "$RUNNER_TEMP/certificate.p12"
  security create-keychain -p "$keychain_password" "$keychain"
  security set-keychain-settings -lut 3600 "$keychain"
  security unlock-keychain -p "$keychain_password" "$keychain"
  security import "$RUNNER_TEMP/certificate.p12" -k "$keychain" \
    -P "$MACOS_CERTIFICATE_PASSWORD" -T /usr/bin/codesign
  rm -f "$RUNNER_TEMP/certificate.p12"
  security set-key-partition-list -S apple-tool:,apple: -s -k "$keychain_password" "$keychain"
  # Add it to the search list, keeping the keychains already there (one quoted path a line;
  # read line by line, as macOS's bash 3.2 has no mapfile, so paths with spaces stay whole).
  keychains=()
  while IFS= read -r line; do
    line=${line#*\"}
    keychains+=("${line%\"*}")
  done < <(security list-keychains -d user)
  security list-keychains -d user -s "$keychain" ${keychains[@]+"${keychains[@]}"}

  echo "Signing $app as $MACOS_SIGNING_IDENTITY (hardened runtime)"
  codesign --force --deep --timestamp --options runtime \
    --entitlements "$here/entitlements.plist" --sign "$MACOS_SIGNING_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
else
  echo "Signing skipped: MACOS_CERTIFICATE, MACOS_CERTIFICATE_PASSWORD and" \
       "MACOS_SIGNING_IDENTITY are not all set. The app is ad-hoc signed only; Gatekeeper" \
       "will ask people to open it with right-click > Open."
fi

echo "Making $dmg"
rm -f "$dmg"
dmgbuild -s "$here/dmg_settings.py" -D app="$app" "Boundary $version" "$dmg"

if [ "$sign" = yes ]; then
  codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$dmg"
fi
if [ "$sign" = yes ] && [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] \
   && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  echo "Notarizing $dmg (this waits for Apple's answer, usually a few minutes)"
  xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$dmg"
else
  echo "Notarization skipped: it needs a signed app and APPLE_ID, APPLE_TEAM_ID and" \
       "APPLE_APP_PASSWORD."
fi
echo "$dmg"
