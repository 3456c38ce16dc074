# Sourced before the docs' shell examples run (DocsExamplesIT). Every curl of an example goes through the function
# below, which records the HTTP status of its answer. An example that promises a status says so in a comment,
# `# → 409 ...`, at the end of the command or on the line after it; ShellExamples turns that comment into a call of
# docs_expect. An answer nobody promised must be a 2xx. After a write to timeline-service the examples go on only
# once projection-service has applied it (the digests agree), as a reader typing the next command would find it.
# A command must exit 0, as in a reader's shell: a pipeline by its last command.
set -e

DOCS_STATE="$(mktemp -d)"
trap 'rm -rf "$DOCS_STATE"' EXIT

# Kept in a file too: a curl in a pipeline or in $(...) runs in a subshell, whose exit alone would go unnoticed.
docs_fail() {
  echo "DOCS-EXAMPLE-FAILED: $*" | tee -a "$DOCS_STATE/failed" >&2
  exit 1
}

# The answer of the last curl that no expectation has checked yet: "<status> <url>".
docs_settle() {
  if [ -s "$DOCS_STATE/failed" ]; then
    exit 1
  fi
  if [ -s "$DOCS_STATE/unchecked" ]; then
    local status url
    read -r status url < "$DOCS_STATE/unchecked"
    : > "$DOCS_STATE/unchecked"
    case "$status" in
      2??) ;;
      *) docs_fail "$url answered $status, and the text promises no such answer" ;;
    esac
  fi
}

docs_expect() {
  local expected=$1 status url
  [ -s "$DOCS_STATE/unchecked" ] || docs_fail "the text promises $expected, but no request was made before it"
  read -r status url < "$DOCS_STATE/unchecked"
  : > "$DOCS_STATE/unchecked"
  [ "$status" = "$expected" ] || docs_fail "$url answered $status; the text promises $expected"
}

docs_caught_up() {
  local events timeline
  for _ in $(seq 300); do
    events=$(command curl -s "http://127.0.0.1:$DOCS_TIMELINE_PORT/api/events/digest" | tr -d ' \n')
    timeline=$(command curl -s "http://127.0.0.1:$DOCS_PROJECTION_PORT/api/timeline/digest" | tr -d ' \n')
    [ -n "$events" ] && [ "$events" = "$timeline" ] && return 0
    sleep 0.1
  done
  docs_fail "projection-service did not catch up with timeline-service within 30 s ($timeline against $events)"
}

curl() {
  docs_settle
  local errors url="" write=false status rc=0
  for argument in "$@"; do
    case "$argument" in
      http://* | https://* | localhost* | 127.0.0.1*) url=$argument ;;
      -d | --data* | -F | --form | -T | --upload-file | -XPOST | POST | PUT | PATCH | DELETE) write=true ;;
    esac
  done
  errors="$(mktemp -p "$DOCS_STATE")"
  command curl "$@" --write-out '%{stderr}%{http_code}' 2> "$errors" || rc=$?
  status=$(tail -c 3 "$errors")
  head -c -3 "$errors" >&2
  echo "$status $url" > "$DOCS_STATE/unchecked"
  if [ "$write" = true ] && [[ $status == 2?? ]] && [[ $url == *":$DOCS_TIMELINE_PORT/"* ]]; then
    docs_caught_up
  fi
  return "$rc"
}
