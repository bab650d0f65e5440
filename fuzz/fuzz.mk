# fuzz/fuzz.mk — libFuzzer builds of the targets in fuzz/ (clang only).
# Include from the Makefile (`include fuzz/fuzz.mk`) or run as
#     make -f Makefile -f fuzz/fuzz.mk fuzz
#     make -f Makefile -f fuzz/fuzz.mk fuzz-run FUZZ_SECONDS=60
# `fuzz` builds libdyad.a instrumented for coverage and ASan/UBSan (with the
# debug arena, so arena misuse is visible) into build-fuzz/, then one binary
# per target: build-fuzz/fuzz-<target>. `fuzz-run` runs each for FUZZ_SECONDS
# on a scratch copy of its seed corpus (fuzz/corpus/<target>/ is left as is;
# add a finding there by hand, minimised, when its bug is fixed).
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 30
FUZZ_LIB_SAN  = -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_SAN      = -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_TARGETS  = $(filter-out standalone,$(basename $(notdir $(wildcard fuzz/*.c))))

.PHONY: fuzz fuzz-run
fuzz:
	$(MAKE) BUILD=build-fuzz CC=$(FUZZ_CC) OPT=-O1 LTO= \
		EXTRA_CFLAGS="$(FUZZ_LIB_SAN) -DDYAD_DEBUG_ARENA" build-fuzz/libdyad.a
	@for t in $(FUZZ_TARGETS); do \
		echo "$(FUZZ_CC) ... fuzz/$$t.c -o build-fuzz/fuzz-$$t"; \
		$(FUZZ_CC) $(CSTD) $(WARN) -O1 -g $(FUZZ_SAN) -Iinclude -Isrc $(PKG_CFLAGS) \
			-o build-fuzz/fuzz-$$t fuzz/$$t.c build-fuzz/libdyad.a $(LIBS) || exit 1; \
	done

fuzz-run: fuzz
	@rm -rf build-fuzz/findings && mkdir -p build-fuzz/findings
	@for t in $(FUZZ_TARGETS); do \
		rm -rf build-fuzz/corpus-$$t && mkdir -p build-fuzz/corpus-$$t && \
		cp fuzz/corpus/$$t/* build-fuzz/corpus-$$t/ && \
		echo "== $$t ($(FUZZ_SECONDS)s)" && \
		build-fuzz/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -timeout=10 \
			-print_final_stats=1 -artifact_prefix=build-fuzz/findings/$$t- \
			build-fuzz/corpus-$$t 2>&1 | \
			grep -E '^(==[0-9]+==ERROR|SUMMARY|stat::number_of_executed_units|Test unit written)'; \
	done
	@if [ -n "$$(ls build-fuzz/findings)" ]; then \
		echo "fuzz: findings (replay one with build-fuzz/fuzz-TARGET FILE):"; \
		ls build-fuzz/findings | sed 's/^/  build-fuzz\/findings\//'; exit 1; fi
