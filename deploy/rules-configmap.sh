#!/usr/bin/env bash
# Prints the Kubernetes objects that put a rules directory into the pods: the ConfigMap offer-advisor-rules, one key
# per file, and the Deployment of deploy/k8s/deployment.yaml with its rules volume's items made from the same
# listing, each key mounted back at the file's relative path. Usage, from the repository (kustomization.yaml):
#   deploy/rules-configmap.sh [RULES_DIR] > deploy/k8s/rules.yaml   (default: the repository's rules/)
# A ConfigMap holds no directories, hence keys with / written __ (data/levels.json is data__levels.json) and the
# items. Both come from one listing so that no file can be in one and not the other: a key without an item would
# never be mounted, and the server would run without the file, saying nothing.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
rules="${1:-$here/../rules}"
deployment="$here/k8s/deployment.yaml"
[ -d "$rules" ] || { echo "rules-configmap.sh: $rules is not a directory" >&2; exit 1; }

# Every file but hidden ones (an editor's swap file, or a mounted ConfigMap's ..data), in a stable order, so that
# an unchanged directory prints the same objects and applying them changes nothing. Not the scenarios/ folder: the
# rule author's tests travel with the rules, but the server never reads them, and they would fill the ConfigMap
# (at most 1 MiB) with cases.
mapfile -t files < <(cd "$rules" && LC_ALL=C find -L . -name '.?*' -prune -o -path ./scenarios -prune -o -type f -print |
  sed 's|^\./||' | LC_ALL=C sort)
[ "${#files[@]}" -gt 0 ] || { echo "rules-configmap.sh: $rules has no files" >&2; exit 1; }

keys=()
for file in "${files[@]}"; do
  # __ stands for /, so a name holding it could not be told apart; a key allows no other characters
  if [[ "$file" == *__* || ! "$file" =~ ^[-._a-zA-Z0-9/]+$ ]]; then
    echo "rules-configmap.sh: $file: a rules file's path may hold only letters, digits, '-', '.', '_' (not '__') and '/'" >&2
    exit 1
  fi
  keys+=("${file//\//__}")
done

# Whether a file can be a YAML block scalar and read back byte for byte: UTF-8 of printable characters, tabs and
# newlines only. YAML turns CR and the Unicode line separators into newlines and allows no other control character
# (U+0085 and the C1 controls, U+2028, U+2029, a byte order mark); such a file goes in binaryData, in base64.
is_text() {
  iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1 || return 1
  ! LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]\|\xc2[\x80-\x9f]\|\xe2\x80[\xa8\xa9]\|\xef\xbb\xbf\|\xef\xbf[\xbe\xbf]' "$1" &&
    [ "$(LC_ALL=C tr -d '\000' <"$1" | wc -c)" -eq "$(wc -c <"$1")" ]
}

binary=()
echo "apiVersion: v1"
echo "kind: ConfigMap"
echo "metadata:"
echo "  name: offer-advisor-rules"
echo "  labels:"
echo "    app.kubernetes.io/name: offer-advisor"
echo "data:"
for i in "${!files[@]}"; do
  path="$rules/${files[$i]}"
  if [ ! -s "$path" ]; then
    echo "  \"${keys[$i]}\": \"\""
  elif is_text "$path"; then
    # indented by 2 more than the key (|2), whatever the first line's spaces; + keeps every final newline, - keeps
    # none for a file that does not end with one
    if [ -z "$(tail -c 1 "$path")" ]; then chomp="+"; else chomp="-"; fi
    echo "  \"${keys[$i]}\": |2$chomp"
    sed 's/^/    /' "$path"
    [ "$chomp" = "-" ] && echo
  else
    binary+=("$i")
  fi
done
if [ "${#binary[@]}" -gt 0 ]; then
  echo "binaryData:"
  for i in "${binary[@]}"; do
    echo "  \"${keys[$i]}\": $(base64 <"$rules/${files[$i]}" | tr -d '\n')"
  done
fi

echo "---"
# deployment.yaml with the lines between its two markers replaced by the items, at the markers' indentation
awk -v items="$(for i in "${!files[@]}"; do printf '  - key: "%s"\n    path: "%s"\n' "${keys[$i]}" "${files[$i]}"; done)" '
  /# rules-configmap.sh: items begin$/ {
    print; indent = substr($0, 1, index($0, "#") - 1)
    print indent "items:"
    n = split(items, lines, "\n")
    for (i = 1; i <= n; i++) print indent lines[i]
    skipping = 1; begun = 1; next
  }
  /# rules-configmap.sh: items end$/ { skipping = 0; ended = 1 }
  !skipping { print }
  END { if (!begun || !ended) { print "rules-configmap.sh: the items markers are missing from deployment.yaml" > "/dev/stderr"; exit 1 } }
' "$deployment"
