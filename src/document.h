/*
 * document.h - one input article: its raw bytes, the text the analysis reads, and the
 * paragraphs of that text with what they are (body, title, page chrome).
 *
 * Inputs are plain text, HTML (parsed with gumbo: script/style/nav dropped, entities decoded,
 * block elements become line breaks) or one JSON Lines object. For plain text and for the
 * "text" of JSON Lines, the analysed text is the raw text itself, so every offset is an offset
 * into the original bytes; for HTML, ct_doc_raw_offset() maps a text offset back to the raw
 * byte where that piece of text came from.
 *
 * Boilerplate (site navigation, comment boxes, counters, Korean page chrome, bylines, copyright
 * footers, addresses and phone numbers) is never deleted: its paragraphs are flagged
 * CT_PARA_BOILER so extractors skip them while the publication-date finder can still read them.
 * The patterns are data (data/boilerplate.tsv).
 *
 * Ownership: a ct_doc owns all its strings and arrays; free it with ct_doc_free().
 */
#ifndef CT_DOCUMENT_H
#define CT_DOCUMENT_H

#include <stddef.h>
#include <stdint.h>

#include "cityties.h"

enum {
    CT_PARA_BOILER = 1 << 0, /* page chrome: skipped by extractors */
    CT_PARA_TITLE = 1 << 1,  /* a headline or heading */
    CT_PARA_META = 1 << 2    /* a metadata line ("date 2023-10-13", "Posted on ...") */
};

typedef struct {
    uint32_t off, len; /* bytes of text */
    uint32_t flags;    /* CT_PARA_* */
} ct_para;

struct ct_doc {
    char *id;             /* record id: file stem or JSON id */
    char *url;            /* or NULL */
    char *meta_published; /* date string from metadata, or NULL */
    char *raw;            /* bytes as read, NUL-terminated, in the doc's allocation */
    size_t raw_len;
    char *text; /* analysed text: == raw for plain text */
    size_t len;
    ct_para *paras; /* in text order */
    size_t nparas;
    uint32_t *map; /* HTML only: pairs (text offset, raw offset), ascending */
    size_t nmap;
    ct_format format; /* what it was read as */
};

/* Raw byte offset of text offset off. */
size_t ct_doc_raw_offset(const ct_doc *doc, size_t off);

/* Splits doc->text into paragraphs and flags boilerplate and titles. Exposed for tests. */
int ct_doc_paragraphs(ct_doc *doc);

#endif
