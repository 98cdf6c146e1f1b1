#!/usr/bin/env bash
# Renders the chapter's activation figures with the plotnn binary given as $1 into folder $2.
# (Until the manifest command lands, this is the list of figures.)
set -euo pipefail
plotnn=$1
out=$2
mkdir -p "$out"
while read -r name args; do
  [ -z "$name" ] && continue
  for ext in png svg; do
    # shellcheck disable=SC2086
    eval "$plotnn $args --out $out/$name.$ext"
  done
  echo "wrote $out/$name.png, $out/$name.svg"
done <<'LIST'
3.4.2-sigmoid sigmoid --from -10 --to 10
3.4.2-tanh tanh --from -10 --to 10
3.4.2-relu relu --from -10 --to 10
3.4.2-leaky-relu-alpha-0.5 'leaky-relu(alpha=0.5)' --from -10 --to 10
3.4.2-softplus softplus --from -10 --to 10
LIST
