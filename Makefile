# dyad — build, test and benchmark recipes.
# `make` builds build/dyad, build/libdyad.a and build/libdyad.so.
# `make demo` installs missing Debian packages, builds, and codes examples/.
# `make check` runs every test (unit, spec, conformance, e2e).

CC      ?= cc
BUILD   ?= build
OPT     ?= -O2
# link-time optimisation across the library's files (gcc); fat objects, so a
# program linked without LTO still finds code in libdyad.a, which gcc-ar
# indexes; LTO= turns it off
LTO     ?= -flto=auto -ffat-lto-objects
AR       = $(if $(LTO),gcc-ar,ar)
WERROR  ?=
CSTD     = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
WARN     = -Wall -Wextra -Wshadow -Wpedantic -Wno-unused-parameter $(if $(WERROR),-Werror)
CFLAGS  ?= $(OPT) -g
ALL_CFLAGS = $(CSTD) $(WARN) $(CFLAGS) $(LTO) -fPIC -fvisibility=hidden -Iinclude -Isrc $(EXTRA_CFLAGS)
PKGS     = icu-uc zlib sqlite3 libpq
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null) $(shell pkg-config --cflags libpq 2>/dev/null || echo -I/usr/include/postgresql)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lpq
LIBS     = $(PKG_LIBS) -lpthread -lm $(EXTRA_LIBS)

LIB_SRC   = $(wildcard src/lib/*.c src/util/*.c src/out/*.c src/store/*.c)
CLI_SRC   = $(wildcard src/cli/*.c)
LIB_OBJ   = $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ   = $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_SRC  = $(wildcard tests/unit/test_*.c)
UNIT_BIN  = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all demo check unit spec conformance e2e asan fuzz bench format clean deps gen
all: $(BUILD)/dyad $(BUILD)/libdyad.a $(BUILD)/libdyad.so

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "CC $<"
	@$(CC) $(ALL_CFLAGS) $(PKG_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/libdyad.a: $(LIB_OBJ)
	@rm -f $@
	@echo "AR $@"
	@$(AR) rcs $@ $^

$(BUILD)/libdyad.so: $(LIB_OBJ)
	@echo "LD $@"
	@$(CC) $(CFLAGS) $(LTO) -shared -o $@ $^ $(LIBS)

$(BUILD)/dyad: $(CLI_OBJ) $(BUILD)/libdyad.a
	@echo "LD $@"
	@$(CC) $(CFLAGS) $(LTO) $(EXTRA_LIBS) -o $@ $(CLI_OBJ) $(BUILD)/libdyad.a $(LIBS)

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	@echo "CC $@"
	@$(CC) $(ALL_CFLAGS) $(PKG_CFLAGS) -o $@ $< $(BUILD)/libdyad.a $(LIBS) -lcmocka

deps:
	@tools/install-deps.sh

demo: deps all
	$(BUILD)/dyad code examples/*.txt

unit: all $(UNIT_BIN)
	@for t in $(UNIT_BIN); do $$t >/dev/null 2>&1 && echo "ok   $$t" || { echo "FAIL $$t"; exit 1; }; done

check: deps all $(UNIT_BIN)
	@tests/run-all.sh $(BUILD)

# one family of suites at a time (each also runs within `make check`)
spec: all
	@DYAD=$(CURDIR)/$(BUILD)/dyad sh tests/spec/run-spec.sh
conformance: all
	@for s in tests/conformance/run-*.sh; do DYAD=$(CURDIR)/$(BUILD)/dyad sh $$s || exit 1; done
e2e: all
	@for s in tests/e2e/run-*.sh; do DYAD=$(CURDIR)/$(BUILD)/dyad BUILD=$(CURDIR)/$(BUILD) sh $$s >/dev/null 2>&1 && echo "ok   $$s" || { echo "FAIL $$s"; exit 1; }; done

asan:
	$(MAKE) BUILD=build-asan OPT=-O1 LTO= EXTRA_CFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -DDYAD_DEBUG_ARENA" EXTRA_LIBS="-fsanitize=address,undefined" all $(patsubst $(BUILD)/%,build-asan/%,$(UNIT_BIN))

bench: all
	@bench/run.sh $(BUILD)

format:
	clang-format -i $$(git ls-files '*.c' '*.h')

clean:
	rm -rf build build-asan build-fuzz

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)
include fuzz/fuzz.mk

# regenerate committed tables from their sources (Debian data packages, ../shared codes)
gen:
	python3 tools/gen_lemma.py
	python3 tools/gen_cameo.py
	python3 tools/gen_countries.py -o dict/countries.actors
