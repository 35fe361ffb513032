/* fuzz_html.c - libFuzzer harness: ct_doc_from_memory in html mode, then the analysis. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_doc(data, size, CT_FMT_HTML);
    return 0;
}
