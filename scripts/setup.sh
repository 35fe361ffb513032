#!/bin/sh
# Installs the Debian packages cityties builds against (Debian 12 versions noted in README).
set -eu
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends build-essential pkg-config python3 npm \
    libjansson-dev libsqlite3-dev libutf8proc-dev libgumbo-dev time >/dev/null
