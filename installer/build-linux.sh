#!/usr/bin/env bash
# Builds ThiĐua's Linux packages with jpackage and a runtime made by jlink (see installer/README.md):
#   target/installer/ThiDua/                      the app image (runs in place: ThiDua/bin/ThiDua)
#   target/installer/thidua_<version>-1_amd64.deb the Debian package (installs into /opt/thidua)
#
# Usage: installer/build-linux.sh [--skip-build] [--no-cds] [--app-image-only] [--app-version X.Y.Z]
#   --skip-build       use target/thidua.jar as it is instead of running "mvn package" first
#   --no-cds           no class-data-sharing archive (start-up is slower; see installer/README.md)
#   --app-image-only   stop after the app image (no .deb: needs neither fakeroot nor dpkg-deb)
#   --app-version V    the package's version (default: the pom's version without "-SNAPSHOT"); numbers only
#
# Needs a JDK 17 or newer (java, jdeps, jlink, jpackage), Maven, and for the .deb fakeroot and dpkg-deb, and
# objcopy (binutils) for jlink's --strip-debug. The archive is made by running the program once: that needs a
# display ($DISPLAY) or xvfb-run. installer/install-build-deps-debian.sh installs what Debian lacks.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
out="$root/target/installer"

build=yes cds=yes deb=yes version=
while [ $# -gt 0 ]; do
    case "$1" in
        --skip-build) build=no ;;
        --no-cds) cds=no ;;
        --app-image-only) deb=no ;;
        --app-version) version=${2:?--app-version needs a value}; shift ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

# --- what the build needs ---------------------------------------------------------------------------------
missing=()
for tool in java jdeps jlink jpackage mvn objcopy; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ "$deb" = yes ]; then
    for tool in fakeroot dpkg-deb; do command -v "$tool" >/dev/null || missing+=("$tool"); done
fi
if [ "$cds" = yes ] && [ -z "${DISPLAY:-}" ] && ! command -v xvfb-run >/dev/null; then
    missing+=("xvfb-run (or a \$DISPLAY)")
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "Missing: ${missing[*]}" >&2
    echo "On Debian/Ubuntu: sudo installer/install-build-deps-debian.sh (JDK 17, Maven, fakeroot, binutils, xvfb)" >&2
    exit 1
fi
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${java_major%%.*}" -lt 17 ]; then
    echo "jpackage needs JDK 17 or newer; this is $java_major" >&2
    exit 1
fi

# --- the version: the pom's, numbers only (Debian and MSI want numbers) ------------------------------------
if [ -z "$version" ]; then
    version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -n 1)
    version=${version%-SNAPSHOT}
fi
if ! [[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
    echo "The package version must be numbers (e.g. 1.2.3), not \"$version\"" >&2
    exit 1
fi

# --- the program -------------------------------------------------------------------------------------------
if [ "$build" = yes ]; then
    (cd "$root" && mvn -B -ntp -q -DskipTests package)
fi
jar="$root/target/thidua.jar"
[ -f "$jar" ] || { echo "No $jar: run without --skip-build" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/thidua.jar"

# --- the runtime: the JDK modules the jar uses (JavaFX is inside the jar, on the class path) ---------------
# jdeps finds the static uses; the rest are found only at run time: Vietnamese collation and dates
# (jdk.localedata), legacy charsets (jdk.charsets), zip file systems (jdk.zipfs) and EC crypto (jdk.crypto.ec).
echo "jdeps: finding the modules the program needs…"
modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$jar" | tail -n 1)
modules="$modules,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.crypto.ec"
echo "jlink: $modules"
jlink --add-modules "$modules" --include-locales=en,vi --strip-debug --no-man-pages --no-header-files \
    --generate-cds-archive --output "$out/runtime"

# --- the app image -----------------------------------------------------------------------------------------
common=(--name ThiDua --app-version "$version" --vendor "ThiĐua"
    --description "ThiĐua – quản lý thi đua, khen thưởng / emulation and commendation work for a department"
    --copyright "ThiĐua")
# A heap of 192 MB holds the largest work measured (the register of 100,000 awards open and searched: about 110 MB
# in use) and keeps the whole process under 400 MB (364 MB at its peak, with the start-up archive mapped); without
# a limit the JVM would take a quarter of the machine's memory and the process passes 400 MB while it reads.
java_options=(--java-options "-XX:TieredStopAtLevel=1" --java-options "-Xmx192m")
if [ "$cds" = yes ]; then
    # A missing or stale archive only costs speed: the JVM runs without it (-Xshare:auto) and says nothing.
    java_options+=(--java-options "-XX:SharedArchiveFile=\$APPDIR/thidua.jsa" --java-options "-Xlog:cds=off"
        --java-options "-Xlog:cds+dynamic=off")
fi
echo "jpackage: app image…"
jpackage --type app-image "${common[@]}" --dest "$out" --input "$out/input" --main-jar thidua.jar \
    --main-class vn.thidua.app.Main --runtime-image "$out/runtime" --icon "$here/icons/thidua-256.png" \
    "${java_options[@]}"
image="$out/ThiDua"

# bin/thidua, what the menu entry starts: the JVM with the options of lib/app/ThiDua.cfg, as bin/ThiDua does,
# but without JDK 17 jpackage's launcher asking dpkg (dpkg -S, dpkg -L, twice each) at every start which
# package it belongs to, which costs from 0.2 s on a quiet machine to over 0.6 s on a busy one.
jvm_args=$(sed -n 's/^java-options=//p' "$image/lib/app/ThiDua.cfg" | sed 's|\$APPDIR|"$root/lib/app"|g' | tr '\n' ' ')
cat > "$image/bin/thidua" <<LAUNCHER
#!/bin/sh
# Starts ThiĐua (the window, or the command line with arguments) with the options of lib/app/ThiDua.cfg.
root=\$(cd "\$(dirname "\$(readlink -f "\$0")")/.." && pwd)
exec "\$root/lib/runtime/bin/java" ${jvm_args}-Djpackage.app-path="\$root/bin/thidua" \\
    -cp "\$root/lib/app/thidua.jar" vn.thidua.app.Main "\$@"
LAUNCHER
chmod 755 "$image/bin/thidua"

# --- the class-data-sharing archive: the classes of one start-up, dumped by the image's own runtime --------
# On JDK 17 an archive holds the class path it was made with and is ignored when the jar is elsewhere, so it
# is made with the image seen at /opt/thidua, where the .deb installs it: in a private mount namespace
# (unshare), without touching the real /opt. The app image run in place from target/ starts without it.
# It also holds the jar's modification time, which jpackage does not keep when it makes the .deb: the .deb's
# postinst sets it back (see the .deb step below).
if [ "$cds" = yes ]; then
    echo "CDS: starting the program once on a demo office to record its classes…"
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    "$image/lib/runtime/bin/java" -cp "$image/lib/app/thidua.jar" vn.thidua.app.Main --data "$work/data" demo \
        > "$work/demo.log" 2>&1 || { cat "$work/demo.log" >&2; exit 1; }
    installed=/opt/thidua
    cat > "$work/dump.sh" <<DUMP
set -e
mount -t tmpfs thidua-build /opt
mkdir "$installed"
mount --bind "$image" "$installed"
exec "$installed/lib/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit="$installed/lib/app/thidua.jsa" \\
    -Dthidua.startupReport="$work/started" -cp "$installed/lib/app/thidua.jar" vn.thidua.app.Main --data "$work/data"
DUMP
    if unshare --mount --map-root-user true 2>/dev/null; then
        namespace=(unshare --mount --map-root-user)
    elif unshare --mount true 2>/dev/null; then
        namespace=(unshare --mount)
    else
        echo "unshare cannot make a mount namespace here (unprivileged user namespaces are off): run as root," >&2
        echo "or build with --no-cds (start-up is then about twice as slow)." >&2
        exit 1
    fi
    if [ -n "${DISPLAY:-}" ]; then
        timeout 120 "${namespace[@]}" sh "$work/dump.sh" > "$work/cds.log" 2>&1 || true
    else
        timeout 120 xvfb-run -a -s "-screen 0 1366x768x24" "${namespace[@]}" sh "$work/dump.sh" > "$work/cds.log" 2>&1 || true
    fi
    if [ ! -f "$work/started" ] || [ ! -f "$image/lib/app/thidua.jsa" ]; then
        cat "$work/cds.log" >&2
        echo "The program did not start to make the archive (above); build with --no-cds to go without." >&2
        exit 1
    fi
    echo "CDS: archive of $(du -h "$image/lib/app/thidua.jsa" | cut -f1), the window was up in $(cat "$work/started") ms"
fi

# --- the Debian package --------------------------------------------------------------------------------------
if [ "$deb" = yes ]; then
    echo "jpackage: .deb…"
    mkdir "$out/resources"
    cp "$here/linux/"* "$out/resources/"
    sed -i "s/JAR_MTIME/$(stat -c %Y "$image/lib/app/thidua.jar")/" "$out/resources/postinst"
    jpackage --type deb "${common[@]}" --dest "$out" --app-image "$image" --resource-dir "$out/resources" \
        --icon "$here/icons/thidua-256.png" --linux-package-name thidua --linux-package-deps libgtk-3-0 \
        --linux-shortcut --linux-menu-group "Office" --linux-app-category misc \
        --linux-deb-maintainer "thidua@localhost"
    ls -l "$out"/*.deb
fi
echo "Done: $image"
