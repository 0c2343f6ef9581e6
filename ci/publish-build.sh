#!/usr/bin/env bash
# The one script both CI workflows call (.github/workflows/publish.yml, .gitlab-ci.yml), so the publishing logic
# lives, and is tested, in the repository (PublishScriptTest) rather than only in YAML.
#
#   ci/publish-build.sh check              content check; problems become pull-request annotations
#   ci/publish-build.sh test               the README's test command, through .ci/run
#   ci/publish-build.sh build URL [MAP]    the site for base URL URL into MAP (default: public), with its manifest;
#                                          compared with what is live at URL when that can be fetched
#
# Environment:
#   KENNISBANK     how to run the generator (default: ./kennisbank)
#   SITE_SOURCE    the site folder, relative to the repository (default: .)
#   ANNOTATIONS    github | gitlab | none (default: from GITHUB_ACTIONS / GITLAB_CI)
#   PREVIOUS_SITE  a folder or URL with the published site's sitemap.xml and manifest.txt, or "none"
#                  (default: the build's URL)
set -euo pipefail
cd "$(dirname "$0")/.."

kennisbank=${KENNISBANK:-./kennisbank}
source_dir=${SITE_SOURCE:-.}
if [ -z "${ANNOTATIONS:-}" ]; then
  if [ "${GITHUB_ACTIONS:-}" = true ]; then ANNOTATIONS=github
  elif [ "${GITLAB_CI:-}" = true ]; then ANNOTATIONS=gitlab
  else ANNOTATIONS=none
  fi
fi
# GitLab reads this file as a Code Quality report (.gitlab-ci.yml: artifacts:reports:codequality).
codequality=${CODEQUALITY_REPORT:-gl-code-quality-report.json}

usage() {
  sed -n '5,9p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# GitHub's workflow-command escaping: data escapes % CR LF, properties also : and ,
gh_data() { local s=${1//%/%25}; s=${s//$'\r'/%0D}; printf '%s' "${s//$'\n'/%0A}"; }
gh_prop() { local s; s=$(gh_data "$1"); s=${s//:/%3A}; printf '%s' "${s//,/%2C}"; }
json_string() {
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//$'\t'/\\t}
  s=${s//$'\r'/\\r}
  printf '"%s"' "${s//$'\n'/\\n}"
}

# Reads the generator's problem lines (path:line:column: error|warning [CODE]: message) on stdin, prints each
# line as it came, and turns it into an annotation for the CI host that runs us: a GitHub workflow command, or an
# entry of GitLab's Code Quality report (shown in the merge request).
annotate() {
  local line path row col severity code message first=1 file
  local pattern='^(.+):([0-9]+):([0-9]+): (error|warning) \[([A-Z0-9_]+)\]: (.*)$'
  [ "$ANNOTATIONS" = gitlab ] && printf '[' >"$codequality"
  while IFS= read -r line; do
    printf '%s\n' "$line"
    [[ $line =~ $pattern ]] || continue
    path=${BASH_REMATCH[1]} row=${BASH_REMATCH[2]} col=${BASH_REMATCH[3]}
    severity=${BASH_REMATCH[4]} code=${BASH_REMATCH[5]} message=${BASH_REMATCH[6]}
    file=$path
    [ "$source_dir" != . ] && file="${source_dir%/}/$path"
    case "$ANNOTATIONS" in
      github)
        printf '::%s file=%s,line=%s,col=%s,title=%s::%s\n' "$severity" "$(gh_prop "$file")" "$row" "$col" \
          "$(gh_prop "$code")" "$(gh_data "$message")"
        ;;
      gitlab)
        [ $first = 1 ] || printf ',' >>"$codequality"
        first=0
        printf '{"description":%s,"check_name":%s,"fingerprint":"%s","severity":"%s","location":{"path":%s,"lines":{"begin":%s}}}' \
          "$(json_string "$message")" "$(json_string "$code")" \
          "$(printf '%s' "$line" | sha256sum | cut -c1-32)" \
          "$([ "$severity" = error ] && echo major || echo minor)" "$(json_string "$file")" "$row" >>"$codequality"
        ;;
    esac
  done
  [ "$ANNOTATIONS" = gitlab ] && printf ']\n' >>"$codequality"
  return 0
}

# Runs the generator; its problems (stderr) are shown and annotated once it is done, on stdout, where the CI host
# reads workflow commands. Keeps its exit code.
run_annotated() {
  local status=0
  "$kennisbank" "$@" 2>"$work/problemen.txt" || status=$?
  annotate <"$work/problemen.txt"
  return "$status"
}

# Fetches FILE of the previously published site into TARGET; empty TARGET when there is none (the first run).
previous_file() {
  local name=$1 target=$2 from=${PREVIOUS_SITE:-${base_url:-}}
  rm -f "$target"
  [ -n "$from" ] && [ "$from" != none ] || return 0
  case "$from" in
    http://*|https://*)
      if command -v curl >/dev/null 2>&1; then
        curl -fsSL --max-time 30 "${from%/}/$name" -o "$target" 2>/dev/null || rm -f "$target"
      fi
      ;;
    *) [ -f "$from/$name" ] && cp "$from/$name" "$target" ;;
  esac
  return 0
}

previous_sitemap_args() {
  previous_file sitemap.xml "$work/vorige-sitemap.xml"
  if [ -s "$work/vorige-sitemap.xml" ]; then
    printf '%s\n' --previous-sitemap "$work/vorige-sitemap.xml"
  fi
}

check() {
  local args
  mapfile -t args < <(previous_sitemap_args)
  run_annotated check --source "$source_dir" "${args[@]}"
}

build() {
  local output=$1 args
  mapfile -t args < <(previous_sitemap_args)
  run_annotated build --source "$source_dir" --base-url "$base_url" --output "$output" "${args[@]}"
  # What this build changes against the live site, for the reviewer (and the job log).
  previous_file manifest.txt "$work/vorige-manifest.txt"
  if [ -s "$work/vorige-manifest.txt" ]; then
    "$kennisbank" diff "$work/vorige-manifest.txt" "$output/manifest.txt" | tee "$work/verschil.txt"
    if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
      { echo '### Wat deze build verandert aan de gepubliceerde site'; echo; echo '```'; cat "$work/verschil.txt"; echo '```'; } >>"$GITHUB_STEP_SUMMARY"
    fi
  else
    echo "Geen vorige site gevonden om mee te vergelijken (eerste publicatie?)."
  fi
}

command=${1:-}
[ -n "$command" ] || usage
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case "$command" in
  check) [ $# = 0 ] || usage; check ;;
  test) [ $# = 0 ] || usage; bash .ci/run ;;
  build)
    [ $# -ge 1 ] && [ $# -le 2 ] || usage
    base_url=$1
    case "$base_url" in http://*/|https://*/) ;; http://*|https://*) base_url="$base_url/" ;; *)
      echo "fout: het basisadres '$base_url' moet beginnen met https:// (bijvoorbeeld https://owner.github.io/kennisbank/)." >&2; exit 2 ;;
    esac
    build "${2:-public}"
    ;;
  *) usage ;;
esac
