# Tierline: the two quick-start commands are `make run` and `make test`.
# Every target installs what is missing first (apt-get when run as root), then builds.

BUILD_DIR   ?= build
BUILD_TYPE  ?= RelWithDebInfo
JOBS        ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

# Debian 12 packages the build, the tests and the tools need.
DEB_PACKAGES := cmake ninja-build g++ clang-format sqlite3 dpkg-dev desktop-file-utils appstream \
    qt6-base-dev qt6-charts-dev libqt6sql6-sqlite libqt6sql6-psql postgresql \
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
    libgl1-mesa-dev libqt6opengl6-dev libqt6svg6

SOURCES = $(shell git ls-files '*.cpp' '*.h' 2>/dev/null)

.PHONY: all deps configure build run test test-asan fuzz bench screenshots package package-check format format-check update-translations clean

all: build

deps:
	@./.ci/ensure-packages.sh $(DEB_PACKAGES)

configure: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: build
	$(BUILD_DIR)/app/tierline $(ARGS)

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure --parallel $(JOBS) --label-exclude bench

# The whole suite built with AddressSanitizer and UBSan (any finding fails the test). Leak
# checking runs on every suite but the GUI ones: Qt's offscreen widgets, charts and text
# documents sometimes outlive a GUI test's exit under load (seen in CI, not alone), which
# LeakSanitizer would report as ours. ASan's memory errors and UBSan stay on for them.
ASAN_BUILD_DIR ?= build-asan
ASAN_ENV = UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS=suppressions=$(abspath tests/lsan.supp):print_suppressions=0
test-asan: deps
	@cmake -S . -B $(ASAN_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTIERLINE_SANITIZE=ON \
	    -DTIERLINE_BUILD_BENCHMARKS=OFF $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(ASAN_BUILD_DIR) --parallel $(JOBS)
	cd $(ASAN_BUILD_DIR) && $(ASAN_ENV) ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1 \
	    ctest --output-on-failure --parallel $(JOBS) --label-exclude 'bench|gui'
	cd $(ASAN_BUILD_DIR) && $(ASAN_ENV) ASAN_OPTIONS=detect_leaks=0:strict_string_checks=1 \
	    ctest --output-on-failure --parallel $(JOBS) --label-regex gui

# libFuzzer on the CSV reader (with the contacts import checks) and the catalog parser, each
# for FUZZ_SECONDS from the seed corpus in tests/data/fuzz/; new inputs go to build-fuzz/corpus.
FUZZ_SECONDS ?= 60
FUZZ_BUILD_DIR ?= build-fuzz
fuzz: deps
	@./.ci/ensure-packages.sh clang libclang-rt-14-dev
	@cmake -S . -B $(FUZZ_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	    -DCMAKE_CXX_COMPILER=clang++ -DTIERLINE_FUZZ=ON -DTIERLINE_BUILD_GUI=OFF \
	    -DTIERLINE_BUILD_TESTS=OFF -DTIERLINE_BUILD_BENCHMARKS=OFF >/dev/null
	@cmake --build $(FUZZ_BUILD_DIR) --parallel $(JOBS) --target fuzz_csvreader fuzz_catalog
	@for t in csvreader catalog; do \
	    mkdir -p $(FUZZ_BUILD_DIR)/corpus/$$t; \
	    echo "fuzz_$$t for $(FUZZ_SECONDS) s"; \
	    $(FUZZ_BUILD_DIR)/tests/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	        $(FUZZ_BUILD_DIR)/corpus/$$t tests/data/fuzz/$$t || exit 1; \
	done

bench: build
	cd $(BUILD_DIR) && ctest --output-on-failure --verbose --label-regex bench

# Pictures of every page and its dialogs in every language, in build/screenshots/.
SCREENSHOT_TESTS := tst_billingpage tst_contactspage tst_usagepage tst_mrrpage \
    tst_subscriptionwidget tst_smartlistspage tst_settingspage
screenshots: build
	@mkdir -p $(BUILD_DIR)/screenshots
	@for lang in en sv id it; do for t in $(SCREENSHOT_TESTS); do \
	    TIERLINE_SCREENSHOTS=$(abspath $(BUILD_DIR))/screenshots TIERLINE_LANG=$$lang \
	    QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/tests/ui/$$t screenshots >/dev/null || exit 1; \
	done; done
	@ls $(BUILD_DIR)/screenshots

package: build
	cd $(BUILD_DIR) && cpack -G DEB

# Validates the desktop metadata and runs the packaged CLI from the unpacked .deb.
package-check: package
	@./.ci/check-package.sh $(BUILD_DIR)

format:
	clang-format -i $(SOURCES)

format-check:
	@clang-format --dry-run --Werror $(SOURCES)

update-translations: configure
	cmake --build $(BUILD_DIR) --target update_translations

clean:
	rm -rf $(BUILD_DIR)
