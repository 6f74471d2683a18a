# Thin wrapper: every target installs what is missing, then drives CMake presets (see CMakePresets.json).
.PHONY: run test test-dev test-asan bench fuzz crash-test package package-check deps format clean

deps:
	@bash scripts/setup-deps

build/dev/build.ninja: | deps
	cmake --preset dev

build/asan/build.ninja: | deps
	cmake --preset asan

build/release/build.ninja: | deps
	cmake --preset release

run: deps build/dev/build.ninja
	cmake --build --preset dev
	./build/dev/ui/huddle

# The whole suite, headless, once, in the ASan/UBSan build (-Og, asserts on, warnings as errors), with the
# PostgreSQL runs. One build rather than a plain one and a sanitized one: CI has two cores and 15 minutes, and
# a second full build would cost as long again while every test it ran is already run under the sanitizers.
# -Og rather than -O1: optimising was three quarters of a test source's compile time under ASan (-ftime-report),
# and -Og compiles about a third faster for tests that run only a little slower.
# The preset's ASAN_OPTIONS keep 32 MB of freed memory in ASan's quarantine instead of 256: a freed block is
# still caught when used again until 32 MB more have been freed, and handing back fresh pages and filling
# them was half of a sanitized program's time (a small demo: 3.3 s, 1.8 s; the suite: 270 s, 205 s).
test: test-asan

test-asan: deps build/asan/build.ninja
	cmake --build --preset asan
	ctest --preset asan

# The same suite without sanitizers, for a quicker run while developing (not part of `make test`).
test-dev: deps build/dev/build.ninja
	cmake --build --preset dev
	ctest --preset dev

# Every benchmark; the results also go to docs/bench.md as a table (scripts/bench-table.py).
bench: deps build/release/build.ninja
	cmake --build --preset release --target huddle-bench
	./build/release/tests/bench/huddle-bench | tee build/release/bench.txt
	python3 scripts/bench-table.py build/release/bench.txt > docs/bench.md

# Crash safety at length: huddle-cli import and bonus --lock killed with SIGKILL at KILL_RUNS random moments
# each (default 50), in the release build; `make test` runs 4 of each. HUDDLE_KILL_SEED=N repeats a run.
KILL_RUNS ?= 50
crash-test: deps build/release/build.ninja
	cmake --build --preset release --target huddle-cli tests_cli
	cd build/release/tests/cli && HUDDLE_KILL_RUNS=$(KILL_RUNS) ./tests_cli test_cli_kill

# libFuzzer on every parser, FUZZ_SECONDS each (default 600: ten minutes per target), starting from the seed
# corpus in tests/fuzz/corpus; new interesting inputs collect in build/fuzz/corpus. A crash stops with the input saved
# as crash-*: add it to tests/fuzz/corpus/<target>/ so it stays a regression test.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS = fuzz_csv fuzz_values fuzz_xlsx fuzz_json fuzz_cli
build/fuzz/build.ninja: | deps
	cmake --preset fuzz

fuzz: deps build/fuzz/build.ninja
	cmake --build --preset fuzz --target $(FUZZ_TARGETS)
	for t in $(FUZZ_TARGETS); do \
	  mkdir -p build/fuzz/corpus/$$t && \
	  ./build/fuzz/tests/fuzz/$$t -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -max_len=65536 -close_fd_mask=3 \
	    -artifact_prefix=build/fuzz/ build/fuzz/corpus/$$t tests/fuzz/corpus/$$t || exit 1; \
	done

package: deps build/release/build.ninja
	cmake --build --preset release
	cd build/release && cpack -G DEB

# The package as a site's IT meets it: metadata validated, contents listed, installed with apt, huddle-cli
# run from /usr/bin (scripts/check-package).
package-check: package
	bash scripts/setup-deps package
	bash scripts/check-package

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build
