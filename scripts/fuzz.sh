#!/usr/bin/env bash
# Runs each libFuzzer target (Fuzz/: text import, YAML, JSON, reference DOCX) for SECONDS
# (default 60), seeded with Fuzz/Seeds, the samples, the templates and ../shared (seeds,
# corpora) where present. Fails on any crash, leak of the RSS limit or input slower than 20 s;
# the input that did it is kept under .build-fuzz/crashes/TARGET/.
#   bash scripts/fuzz.sh [SECONDS] [TARGET…]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
(( ${#targets[@]} )) || targets=(FuzzTextImport FuzzYAML FuzzJSON FuzzReferenceDocx)
scratch=.build-fuzz

echo "vanban: building the fuzz targets (-sanitize=fuzzer) into $scratch" >&2
(cd Fuzz && swift build -c release --scratch-path "../$scratch" -Xswiftc -sanitize=fuzzer >&2)

# Seed folders per target: what exists is copied in, so libFuzzer reads one folder each.
seed() {
  local target="$1"; shift
  local folder="$scratch/seeds/$target"
  rm -rf "$folder"; mkdir -p "$folder"
  for source in "$@"; do
    [[ -e "$source" ]] || continue
    if [[ -d "$source" ]]; then find "$source" -type f -exec cp {} "$folder/" \; ; else cp "$source" "$folder/"; fi
  done
}
seed FuzzTextImport Fuzz/Seeds/text ../shared/seeds ../shared/corpus ../shared/corpus-more
seed FuzzYAML Fuzz/Seeds/yaml Samples/qd-257-mn-thien-ton.yaml Samples/profile-mn-hoa-sen.yaml Samples/mn-hoa-sen Tests/Fixtures Templates/regulations
find "$scratch/seeds/FuzzYAML" -type f ! -name '*.yaml' -delete
seed FuzzJSON Fuzz/Seeds/json
seed FuzzReferenceDocx Samples/mn-hoa-sen ../shared/corpus-docx
find "$scratch/seeds/FuzzReferenceDocx" -type f ! -name '*.docx' -delete

max_len() { case "$1" in FuzzReferenceDocx) echo 200000 ;; FuzzTextImport) echo 8192 ;; *) echo 65536 ;; esac; }

status=0
summary=()
for target in "${targets[@]}"; do
  corpus="$scratch/corpus/$target"; crashes="$scratch/crashes/$target"
  mkdir -p "$corpus" "$crashes"
  log="$scratch/$target.log"
  echo "vanban: fuzzing $target for ${seconds}s" >&2
  # Swift's own backtracer would catch the signal first; let libFuzzer report and save the input.
  if SWIFT_BACKTRACE=enable=no "$scratch/release/$target" -max_total_time="$seconds" -max_len="$(max_len "$target")" \
       -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$crashes/" \
       "$corpus" "$scratch/seeds/$target" >"$log" 2>&1; then
    result="ok"
  else
    result="CRASH (see $log and $crashes/)"
    status=1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
  summary+=("$target: $runs executions, $coverage edges covered, $result")
done
printf '%s\n' "${summary[@]}"
exit $status
