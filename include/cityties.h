/*
 * cityties.h - the public interface of libcityties: read articles, extract city-diplomacy
 * records (../shared/spec/EXTRACTION.md), and keep them in a knowledge base.
 *
 * Conventions: functions return 0 on success and a negative CT_E* code on failure (turn it into
 * text with ct_strerror()); results come back through out-parameters. The library never exits,
 * aborts or prints; the CLI (cli/) decides how to report. Opaque handles have _open/_free or
 * _new/_free pairs; strings returned by accessors are owned by the handle they came from.
 *
 * Threads: one ct_ctx may be shared by any number of threads (it is read-only after opening);
 * ct_doc and ct_reader belong to one thread at a time.
 */
#ifndef CITYTIES_H
#define CITYTIES_H

#include <stddef.h>

#define CT_VERSION "0.1.0"

enum {
    CT_OK = 0,
    CT_ENOMEM = -1,     /* out of memory */
    CT_EIO = -2,        /* a file could not be read or written */
    CT_EUTF8 = -3,      /* input is not valid UTF-8 */
    CT_EBINARY = -4,    /* input looks binary (NUL bytes) */
    CT_EEMPTY = -5,     /* input has no text */
    CT_ETOOBIG = -6,    /* input is larger than the document limit */
    CT_EJSON = -7,      /* malformed JSON or JSON Lines record */
    CT_EGAZ = -8,       /* the gazetteer index is missing, damaged or of another version */
    CT_EDB = -9,        /* the knowledge base failed */
    CT_ENOTFOUND = -10, /* no such thing */
    CT_EARG = -11,      /* invalid argument */
    CT_EAMBIGUOUS = -12 /* a name matches several things */
};

/* Largest document accepted, in bytes: larger inputs fail with CT_ETOOBIG. */
#define CT_MAX_DOC (16u << 20)

const char *ct_strerror(int rc);

/* ---- context: gazetteer + lexicons ---- */

typedef struct ct_ctx ct_ctx;

/* Opens the gazetteer index at gaz_path, or when NULL at $CITYTIES_GAZ, then beside the
 * executable (gazetteer.bin), then at the installed default. Fails with CT_EGAZ. */
int ct_ctx_open(const char *gaz_path, ct_ctx **out);
/* Why ct_ctx_open(gaz_path) failed with CT_EGAZ, naming the index it tried, into buf. */
void ct_ctx_gaz_error(const char *gaz_path, char *buf, size_t cap);
void ct_ctx_free(ct_ctx *ctx);

/* ---- documents ---- */

typedef enum {
    CT_FMT_AUTO = 0, /* by extension (.html/.htm, .jsonl/.json/.ndjson), then by content */
    CT_FMT_TEXT,
    CT_FMT_HTML,
    CT_FMT_JSONL
} ct_format;

typedef struct ct_doc ct_doc;
typedef struct ct_reader ct_reader;

/* A document from memory. `id` names it in errors and in the record; fmt CT_FMT_JSONL takes one
 * JSON object ({"id", "text" or "html", "url", "published"}). On failure *out is NULL and err
 * holds a one-line reason. */
int ct_doc_from_memory(const char *id, const char *bytes, size_t n, ct_format fmt, ct_doc **out,
                       char *err, size_t errlen);
void ct_doc_free(ct_doc *doc);
const char *ct_doc_id(const ct_doc *doc);
const char *ct_doc_url(const ct_doc *doc);               /* NULL when unknown */
const char *ct_doc_meta_published(const ct_doc *doc);    /* metadata date string, or NULL */
const char *ct_doc_raw(const ct_doc *doc, size_t *len);  /* the bytes as read */
const char *ct_doc_text(const ct_doc *doc, size_t *len); /* the text that was analysed */

/* Reads documents from files, folders (recursively, sorted by name) or standard input ("-" or
 * no paths). Each JSON Lines line is one document. */
int ct_reader_open(const char *const *paths, size_t npaths, ct_format fmt, ct_reader **out);
/* Returns 1 with *doc set (caller frees), 0 at the end, or a negative code for one bad document
 * or path, with err naming it; call again to go on with the next. */
int ct_reader_next(ct_reader *r, ct_doc **doc, char *err, size_t errlen);
void ct_reader_free(ct_reader *r);

/* ---- extraction ---- */

enum { CT_JSON_PRETTY = 1 };

/* Extracts one record and writes it as JSON (one line unless CT_JSON_PRETTY) into a malloc'd
 * NUL-terminated string *out (caller frees). */
int ct_extract_json(const ct_ctx *ctx, const ct_doc *doc, int flags, char **out, size_t *len);

#endif
