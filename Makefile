# Thin wrapper: every target installs what is missing, then drives CMake presets (see CMakePresets.json).
.PHONY: run test test-dev test-asan bench package deps format clean

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

# The whole suite, headless, twice: the normal build and the ASan/UBSan build.
test: test-dev test-asan

test-dev: deps build/dev/build.ninja
	cmake --build --preset dev
	ctest --preset dev

test-asan: deps build/asan/build.ninja
	cmake --build --preset asan
	ctest --preset asan

bench: deps build/release/build.ninja
	cmake --build --preset release --target huddle-bench
	./build/release/tests/bench/huddle-bench

package: deps build/release/build.ninja
	cmake --build --preset release
	cd build/release && cpack -G DEB

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build
