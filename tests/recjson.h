/*
 * recjson.h - helpers for tests that run an invented article through the whole pipeline and
 * check its JSON record (test_events, test_styles, test_topics): extract, holds, str, event, tie.
 * Header-only: each function is static inline, so a test that does not use one is not warned about
 * it.
 */
#ifndef CT_TESTS_RECJSON_H
#define CT_TESTS_RECJSON_H

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cityties.h"

/* The record of text (plain text, id "t") as parsed JSON, which the caller frees; NULL when the
 * document is refused or the record does not parse. */
static inline json_t *extract(const ct_ctx *ctx, const char *text)
{
    ct_doc *doc;
    char err[256];
    if (ct_doc_from_memory("t", text, strlen(text), CT_FMT_TEXT, &doc, err, sizeof err) < 0)
        return NULL;
    char *json = NULL;
    size_t len;
    json_t *rec = NULL;
    if (ct_extract_json(ctx, doc, 0, &json, &len) == 0) rec = json_loads(json, 0, NULL);
    free(json);
    ct_doc_free(doc);
    return rec;
}

/* Does list (an array of strings) hold s? */
static inline int holds(json_t *list, const char *s)
{
    size_t i;
    json_t *v;
    json_array_foreach(list, i, v)
    {
        if (json_is_string(v) && strcmp(json_string_value(v), s) == 0) return 1;
    }
    return 0;
}

/* The string member k of object o, or NULL. */
static inline const char *str(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* The first event of type whose field f holds k (NULL k: any), or NULL. */
static inline json_t *event(json_t *rec, const char *type, const char *f, const char *k)
{
    size_t i;
    json_t *e;
    json_array_foreach(json_object_get(rec, "events"), i, e)
    {
        if (strcmp(json_string_value(json_object_get(e, "type")), type) != 0) continue;
        if (!k || holds(json_object_get(e, f), k)) return e;
    }
    return NULL;
}

/* The tie of kind between cities a and b, or NULL. */
static inline json_t *tie(json_t *rec, const char *a, const char *b, const char *kind)
{
    size_t i;
    json_t *t;
    json_array_foreach(json_object_get(rec, "ties"), i, t)
    {
        json_t *c = json_object_get(t, "cities");
        if (holds(c, a) && holds(c, b) && strcmp(str(t, "kind"), kind) == 0) return t;
    }
    return NULL;
}

#endif
