/*
 * record.h - writes an analysis as the extraction record of ../shared/spec/EXTRACTION.md.
 *
 * Every field of the spec is written for every article (empty lists where nothing was found).
 * Added fields: "url" when known; per event and tie "span": [offset, length] of the evidence in
 * the analysed text, and for HTML input "raw_span" into the original bytes.
 */
#ifndef CT_RECORD_H
#define CT_RECORD_H

#include "analysis.h"

/* Appends the record of an as JSON to out (one line, or indented when pretty). 0, or -1 when
 * out is full or memory runs out. */
int ct_record_write(const ct_analysis *an, int pretty, ct_buf *out);

/* The spec's name of a title ("mayor", ...), or NULL for CT_TITLE_NONE. */
const char *ct_title_name(ct_title t);

#endif
