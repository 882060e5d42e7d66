#!/usr/bin/env bash
# Does the README's test command pass on a fresh clone with no ../shared beside it?
#
#   tests/fresh_clone_check.sh                         # a clean virtualenv: installs everything
#   tests/fresh_clone_check.sh --system-site-packages  # reuse installed packages (quicker)
#
# Clones the committed HEAD into a temporary folder, makes a virtualenv there, unsets
# INCLUSIVE_LINT_CORPUS and runs the install and test command exactly as the README gives it.
# Prints the pytest summary and the time taken; exits with the test command's status.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd -P)"
branch="$(git -C "$repo" rev-parse --abbrev-ref HEAD)"
work="$(mktemp -d "${TMPDIR:-/tmp}/inclusive-lint-fresh.XXXXXX")"
trap 'rm -rf "$work"' EXIT
git clone -q --branch "$branch" "$repo" "$work/clone"
cd "$work/clone"
if [ -e ../shared ]; then echo "fresh_clone_check: ../shared exists beside the clone" >&2; exit 2; fi
"${PYTHON:-python3}" -m venv "$@" "$work/venv"
# shellcheck disable=SC1091
. "$work/venv/bin/activate"
unset INCLUSIVE_LINT_CORPUS INCLUSIVE_LINT_SERVER
export PIP_DISABLE_PIP_VERSION_CHECK=1
cmd="$(grep -m1 -E "^pip install '\.\[test\]' && python -m pytest" README.md)"
[ -n "$cmd" ] || { echo "fresh_clone_check: no test command found in README.md" >&2; exit 2; }
echo "fresh_clone_check: $(git rev-parse --short HEAD) in $work/clone: $cmd"
start=$(date +%s)
status=0
eval "$cmd" || status=$?
echo "fresh_clone_check: exit $status after $(( $(date +%s) - start )) s"
exit $status
