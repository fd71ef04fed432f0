#!/bin/sh
# frontend-maven-plugin cannot download Node on a closed network: point its install directory at
# the system's node and npm instead (Node 20+ required).
set -e
dir="$1"
node=$(command -v node) || { echo "Node 20+ is required: node is not on the PATH" >&2; exit 1; }
npm=$(command -v npm) || { echo "npm is required: npm is not on the PATH" >&2; exit 1; }
major=$("$node" -p 'process.versions.node.split(".")[0]')
[ "$major" -ge 20 ] || { echo "Node 20+ is required, found $("$node" --version)" >&2; exit 1; }
npm_cli=$(readlink -f "$npm")
npm_dir=$(dirname "$(dirname "$npm_cli")")
mkdir -p "$dir/node_modules"
ln -sfn "$(readlink -f "$node")" "$dir/node"
ln -sfn "$npm_dir" "$dir/node_modules/npm"
