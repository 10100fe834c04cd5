#!/bin/sh
# Installs what installer/build-linux.sh needs on Debian 12 / Ubuntu 22.04 or newer (run as root or with sudo):
# a JDK 17 with jlink, jdeps and jpackage and its jmods, Maven, fakeroot and dpkg-deb (to make the .deb),
# binutils (objcopy, for jlink's --strip-debug) and xvfb (to run the program once for the start-up archive
# where there is no display). Nothing of this is needed to run the installed program.
set -eu
apt-get update
apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven fakeroot binutils xvfb xauth
