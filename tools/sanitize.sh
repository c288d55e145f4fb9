#!/usr/bin/env bash
# The sanitizer job: every library and test built with AddressSanitizer and UndefinedBehaviorSanitizer
# (shared libraries: sanitizers cannot link statically; the libraries as unity batches, which also
# proves they compile that way), then the whole suite but the source-style checks, which read files
# and run no telc code, and the set-up command's test, which builds a telc of its own. Any report
# fails the run. Without -Werror: GCC 12 warns falsely (-Wmaybe-uninitialized inside std::regex)
# when sanitizers instrument it; the normal build keeps warnings fatal.
# Usage: tools/sanitize.sh [BUILD_DIR]   (default build-asan)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build-asan}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTELC_SANITIZE=ON -DTELC_STATIC_DEPS=OFF -DTELC_WERROR=OFF -DTELC_UNITY=ON \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g"
cmake --build "$build"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir "$build" --output-on-failure -j "$(nproc)" \
  -E '^(source_is_clang_tidy_clean|source_is_clang_formatted|libraries_never_print_exit_or_read_environment|readme_setup_command_installs_telc)$'
