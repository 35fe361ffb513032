/* fuzz_text.c - libFuzzer harness: ct_doc_from_memory in text mode, then the analysis. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_doc(data, size, CT_FMT_TEXT);
    return 0;
}
