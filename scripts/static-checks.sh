#!/usr/bin/env bash
# `npm test`'s first step: the type check (svelte-check) and the lint (eslint, prettier --check) side by side. Each
# uses about one core, so on a 2-core machine both take the time of the longer. Outputs are printed one after the
# other, not interleaved; fails if either fails.
set -uo pipefail

# Both read .svelte-kit/tsconfig.json ($lib paths), which sync writes: once, before either starts.
npx svelte-kit sync || exit 1

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
npm run --silent check >"$out/check" 2>&1 &
check=$!
npm run --silent lint >"$out/lint" 2>&1 &
lint=$!
wait "$check"
check_status=$?
wait "$lint"
lint_status=$?

echo "── npm run check (exit $check_status)"
cat "$out/check"
echo "── npm run lint (exit $lint_status)"
cat "$out/lint"
[ "$check_status" -eq 0 ] && [ "$lint_status" -eq 0 ]
