/* fuzz_store.c - libFuzzer harness: ct_store_put_article() of the input as a record's JSON, on
 * an in-memory store, each input in a batch rolled back after it (fuzz_store.h says what it
 * checks). */
#include "fuzz_store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (fuzz_store_one(data, size) != 0) abort();
    return 0;
}
