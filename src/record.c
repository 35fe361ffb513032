/*
 * record.c - the JSON record writer, and ct_extract_json() which ties the pipeline to it.
 *
 * JSON is written straight into a capped ct_buf (no intermediate tree): the record is built
 * once per article on the hot path. Pretty output indents the same tokens.
 */
#include "record.h"

#include <stdlib.h>
#include <string.h>

#include "cityties.h"
#include "dates.h"
#include "document.h"
#include "events.h"
#include "pipeline.h"

static const char *const title_names[CT_TITLE_COUNT] = {
    NULL,         "mayor",          "deputy_mayor", "governor",      "council_member",
    "ambassador", "consul_general", "consul",       "head_of_state", "minister",
    "official",   "business",       "academic",     "other"};

const char *ct_title_name(ct_title t)
{
    return t > CT_TITLE_NONE && t < CT_TITLE_COUNT ? title_names[t] : NULL;
}

#define QUOTED 8 /* string literals the writer remembers */

enum { QUOTED_SPAN = 1, QUOTED_DATE }; /* what a remembered literal was written for */

/* A JSON string written earlier in the record, for a value events and ties often share: the
 * evidence by its span, a date by its value. */
typedef struct {
    int kind;       /* QUOTED_*, 0 for none */
    uint64_t value; /* the span or the date, packed */
    size_t at, len; /* bytes of the output */
} quoted;

typedef struct {
    ct_buf *b;
    int pretty;
    int depth;
    int first;             /* no comma needed before the next item */
    quoted quoted[QUOTED]; /* the last literals remembered */
    size_t nquoted;        /* literals remembered: quoted[i % QUOTED] */
} writer;

/* Writes again the literal remembered for kind and value, if there is one; 1 when it did. */
static int quoted_again(writer *w, int kind, uint64_t value)
{
    ct_buf *b = w->b;
    size_t n = w->nquoted < QUOTED ? w->nquoted : QUOTED;
    for (size_t i = 0; i < n; i++) {
        const quoted *q = &w->quoted[i];
        if (q->kind != kind || q->value != value) continue;
        /* (data moves, if at all, before the copy) */
        if (ct_buf_reserve(b, q->len) == 0) {
            memcpy(b->data + b->len, b->data + q->at, q->len);
            b->len += q->len;
            b->data[b->len] = '\0';
        }
        return 1;
    }
    return 0;
}

/* Remembers the literal from output byte at to the end as written for kind and value. */
static void quoted_keep(writer *w, int kind, uint64_t value, size_t at)
{
    w->quoted[w->nquoted++ % QUOTED] = (quoted){kind, value, at, w->b->len - at};
}

static void nl(writer *w)
{
    if (!w->pretty) return;
    ct_buf_putc(w->b, '\n');
    for (int i = 0; i < w->depth; i++)
        ct_buf_puts(w->b, "  ");
}

static inline void sep(writer *w)
{
    if (!w->first) ct_buf_putc(w->b, ',');
    w->first = 0;
}

static inline void open_(writer *w, char c)
{
    ct_buf_putc(w->b, c);
    w->depth++;
    w->first = 1;
}

static inline void close_(writer *w, char c, int inline_)
{
    w->depth--;
    if (!w->first && !inline_) nl(w);
    ct_buf_putc(w->b, c);
    w->first = 0;
}

/* A field name as written: a comma, the name quoted, its colon and the space that pretty output
 * keeps, in room for the longest name so that it is copied whole, without its length asked.
 * FIELD("x") makes one of the literal x. The NUL it writes after the text keeps one byte of the
 * room past it, so that key() copies all of the text in sizeof text - 1 bytes, and a name too
 * long for that does not compile (C drops a literal's own NUL when the array has no room). */
typedef struct {
    char text[32]; /* ",\"name\": ", zero-padded (one NUL at least) */
    size_t len;    /* bytes of text */
} field;
#define FIELD(k) (&(const field){",\"" k "\": \0", sizeof(k) + 4})

/* Writes the field name f and its colon, after a comma unless it is the first. Compact output
 * takes the comma with the name, in one copy. */
static inline void key(writer *w, const field *f, int newline)
{
    size_t skip = 1; /* the comma, written by sep() or not needed */
    if (w->pretty) {
        sep(w);
        if (newline)
            nl(w);
        else
            ct_buf_putc(w->b, ' ');
    } else {
        skip = w->first;
        w->first = 0;
    }
    const char *t = f->text + skip;
    size_t len = f->len - skip - !w->pretty;
    if (w->b->max - w->b->len < sizeof f->text) { /* near the cap: the bytes it takes, or none */
        ct_buf_append(w->b, t, len);
        return;
    }
    if (ct_buf_reserve(w->b, sizeof f->text) < 0) return;
    char *d = w->b->data + w->b->len;
    memcpy(d, t, sizeof f->text - 1);
    d[len] = '\0';
    w->b->len += len;
}

static inline void str_or_null(writer *w, const char *s)
{
    if (s)
        ct_buf_json_str(w->b, s, strlen(s));
    else
        ct_buf_puts(w->b, "null");
}

static void kv_str(writer *w, const field *k, const char *v, int newline)
{
    key(w, k, newline);
    str_or_null(w, v);
}

/* Writes a word of the spec's vocabularies (a title, an event type, a kind, a topic: lowercase
 * ASCII letters and '_', which JSON writes as they are) quoted, or null for NULL, without
 * looking for bytes to escape. */
static inline void word(writer *w, const char *s)
{
    if (!s) {
        ct_buf_puts(w->b, "null");
        return;
    }
    size_t n = strlen(s);
    if (ct_buf_reserve(w->b, n + 2) < 0) return;
    char *d = w->b->data + w->b->len;
    d[0] = '"';
    memcpy(d + 1, s, n);
    d[n + 1] = '"';
    d[n + 2] = '\0';
    w->b->len += n + 2;
}

static void kv_word(writer *w, const field *k, const char *v)
{
    key(w, k, 0);
    word(w, v);
}

/* Writes the date d (null when it has none), the literal written for the same date before
 * copied. */
static void kv_date(writer *w, const field *k, const ct_when *d, int has)
{
    key(w, k, 0);
    uint64_t v = (uint64_t)(uint16_t)d->start.y << 48 | (uint64_t)(uint8_t)d->start.m << 40 |
                 (uint64_t)(uint8_t)d->start.d << 32 | (uint64_t)(uint16_t)d->end.y << 16 |
                 (uint64_t)(uint8_t)d->end.m << 8 | (uint8_t)d->end.d;
    if (has && quoted_again(w, QUOTED_DATE, v)) return;
    char buf[48];
    size_t n = has ? ct_when_format(d, buf, sizeof buf) : 0;
    size_t at = w->b->len;
    if (!n)
        ct_buf_puts(w->b, "null");
    else if (ct_buf_json_str(w->b, buf, n) == 0)
        quoted_keep(w, QUOTED_DATE, v, at);
}

static void str_list(writer *w, const field *k, const char *const *items, size_t n)
{
    key(w, k, 0);
    open_(w, '[');
    for (size_t i = 0; i < n; i++) {
        sep(w);
        str_or_null(w, items[i]);
    }
    close_(w, ']', 1);
}

/* Writes the pair [off,len] as printf's "[%zu,%zu]" would, without parsing a format. */
static void offset_pair(writer *w, size_t off, size_t len)
{
    ct_buf_putc(w->b, '[');
    ct_buf_putu(w->b, off);
    ct_buf_putc(w->b, ',');
    ct_buf_putu(w->b, len);
    ct_buf_putc(w->b, ']');
}

/* Writes the evidence s as a JSON string. Events and ties often quote the same sentence: the
 * literal written for it before is copied. */
static void evidence(writer *w, const ct_analysis *an, ct_span s)
{
    uint64_t v = (uint64_t)s.off << 32 | s.len;
    if (quoted_again(w, QUOTED_SPAN, v)) return;
    size_t at = w->b->len;
    if (ct_buf_json_str(w->b, an->text + s.off, s.len) == 0) quoted_keep(w, QUOTED_SPAN, v, at);
}

static void span(writer *w, const ct_analysis *an, ct_span s)
{
    key(w, FIELD("evidence"), 0);
    evidence(w, an, s);
    key(w, FIELD("span"), 0);
    offset_pair(w, s.off, s.len);
    if (an->doc && an->doc->map) {
        size_t a = ct_doc_raw_offset(an->doc, s.off);
        size_t b = ct_doc_raw_offset(an->doc, s.off + s.len);
        key(w, FIELD("raw_span"), 0);
        offset_pair(w, a, b > a ? b - a : 0);
    }
}

/* Does the place mention count as a place named in the body? */
static int body_place(const ct_analysis *an, const ct_place_mention *pm)
{
    if (pm->flags & (CT_PM_DEMONYM | CT_PM_IN_ORG)) return 0;
    return pm->sent >= an->nsents || !(an->sents[pm->sent].flags & CT_SENT_BOILER);
}

/* A place key written to the record's list, with its hash. */
typedef struct {
    uint32_t hash; /* key_hash() of key */
    const char *key;
} written_key;

/* A hash of the place key s[0..n) that tells most keys apart without a step per byte: its
 * length and its last four bytes ("gn:1838524", "cc:KR"), in the machine's byte order (the hash
 * is only compared within one record). */
static uint32_t key_hash(const char *s, size_t n)
{
    uint32_t h = (uint32_t)n;
    if (n >= 4) {
        uint32_t last;
        memcpy(&last, s + n - 4, 4);
        h ^= last * 2654435761u;
    }
    return h;
}

/* The keys of the body's place mentions, each once, at its first mention. The keys written so
 * far are kept with their hashes, and a key is compared only with those of its hash. Sets
 * `overflow` when memory runs out. */
static void write_places(writer *w, const ct_analysis *an)
{
    key(w, FIELD("places"), 1);
    open_(w, '[');
    written_key *done = NULL;
    if (an->places.n && !(done = ct_arena_alloc_raw(an->arena, an->places.n * sizeof *done))) {
        w->b->overflow = 1;
        return;
    }
    size_t ndone = 0;
    for (size_t i = 0; i < an->places.n; i++) {
        const ct_place_mention *pm = CT_VEC_AT(&an->places, ct_place_mention, i);
        if (!body_place(an, pm)) continue;
        size_t len = strlen(pm->key);
        uint32_t h = key_hash(pm->key, len);
        size_t j = 0;
        while (j < ndone && (done[j].hash != h || strcmp(done[j].key, pm->key) != 0))
            j++;
        if (j < ndone) continue;
        done[ndone++] = (written_key){h, pm->key};
        sep(w);
        ct_buf_json_str(w->b, pm->key, len);
    }
    close_(w, ']', 1);
}

static void write_people(writer *w, const ct_analysis *an)
{
    key(w, FIELD("people"), 1);
    open_(w, '[');
    for (size_t i = 0; i < an->people.n; i++) {
        const ct_person *p = CT_VEC_AT(&an->people, ct_person, i);
        if (!p->name) continue;
        sep(w);
        nl(w);
        open_(w, '{');
        kv_str(w, FIELD("name"), p->name, 0);
        kv_word(w, FIELD("title"), ct_title_name(p->title));
        kv_str(w, FIELD("of"), p->of, 0);
        str_list(w, FIELD("aliases"), p->aliases, p->naliases);
        close_(w, '}', 1);
    }
    close_(w, ']', 0);
}

static void write_orgs(writer *w, const ct_analysis *an)
{
    key(w, FIELD("organizations"), 1);
    open_(w, '[');
    for (size_t i = 0; i < an->orgs.n; i++) {
        const ct_org *o = CT_VEC_AT(&an->orgs, ct_org, i);
        sep(w);
        str_or_null(w, o->name);
    }
    close_(w, ']', 1);
}

static void write_topics(writer *w, uint32_t topics)
{
    key(w, FIELD("topics"), 0);
    open_(w, '[');
    for (int t = 0; ct_topic_names[t] && topics >> t; t++) /* (up to the last bit set) */
        if (topics & (1u << t)) {
            sep(w);
            word(w, ct_topic_names[t]);
        }
    close_(w, ']', 1);
}

static void write_event(writer *w, const ct_analysis *an, const ct_event *e)
{
    sep(w);
    nl(w);
    open_(w, '{');
    kv_word(w, FIELD("type"), ct_event_type_names[e->type]);
    switch (e->type) {
    case CT_EV_VISIT:
        str_list(w, FIELD("visitors"), e->people, e->npeople);
        str_list(w, FIELD("destinations"), e->keys, e->nkeys);
        break;
    case CT_EV_MEETING:
        str_list(w, FIELD("participants"), e->people, e->npeople);
        str_list(w, FIELD("parties"), e->keys, e->nkeys);
        kv_str(w, FIELD("place"), e->place, 0);
        break;
    case CT_EV_AGREEMENT:
        kv_word(w, FIELD("kind"), ct_tie_kind_names[e->kind]);
        str_list(w, FIELD("parties"), e->keys, e->nkeys);
        str_list(w, FIELD("signatories"), e->people, e->npeople);
        break;
    case CT_EV_SPEECH:
        kv_str(w, FIELD("speaker"), e->npeople ? e->people[0] : NULL, 0);
        kv_str(w, FIELD("venue"), e->name, 0);
        break;
    case CT_EV_CONFERENCE:
        kv_str(w, FIELD("name"), e->name, 0);
        kv_str(w, FIELD("place"), e->place, 0);
        str_list(w, FIELD("participants"), e->people, e->npeople);
        break;
    case CT_EV_CULTURAL:
        kv_str(w, FIELD("name"), e->name, 0);
        kv_str(w, FIELD("place"), e->place, 0);
        break;
    case CT_EV_HONOR:
        kv_str(w, FIELD("recipient"), e->npeople ? e->people[0] : NULL, 0);
        kv_str(w, FIELD("honor"), e->name, 0);
        kv_str(w, FIELD("by"), e->by, 0);
        break;
    }
    kv_date(w, FIELD("date"), &e->date, e->has_date);
    if (e->planned) {
        key(w, FIELD("planned"), 0);
        ct_buf_puts(w->b, "true");
    }
    write_topics(w, e->topics);
    span(w, an, e->evidence);
    close_(w, '}', 1);
}

static void write_tie(writer *w, const ct_analysis *an, const ct_tie *t)
{
    sep(w);
    nl(w);
    open_(w, '{');
    const char *cities[2] = {t->a, t->b};
    str_list(w, FIELD("cities"), cities, 2);
    kv_word(w, FIELD("kind"), ct_tie_kind_names[t->kind]);
    kv_date(w, FIELD("since"), &t->since, t->has_since);
    span(w, an, t->evidence);
    close_(w, '}', 1);
}

int ct_record_write(const ct_analysis *an, int pretty, ct_buf *out)
{
    writer w = {.b = out, .pretty = pretty, .first = 1};
    open_(&w, '{');
    kv_str(&w, FIELD("id"), an->doc ? an->doc->id : "test", 1);
    if (an->doc && an->doc->url) kv_str(&w, FIELD("url"), an->doc->url, 1);
    key(&w, FIELD("published"), 1);
    {
        char buf[48];
        size_t n = an->has_published ? ct_when_format(&an->published, buf, sizeof buf) : 0;
        if (n)
            ct_buf_json_str(out, buf, n);
        else
            ct_buf_puts(out, "null");
    }
    write_places(&w, an);
    write_people(&w, an);
    write_orgs(&w, an);
    key(&w, FIELD("events"), 1);
    open_(&w, '[');
    w.depth++;
    for (size_t i = 0; i < an->events.n; i++)
        write_event(&w, an, CT_VEC_AT(&an->events, ct_event, i));
    w.depth--;
    close_(&w, ']', 0);
    key(&w, FIELD("ties"), 1);
    open_(&w, '[');
    w.depth++;
    for (size_t i = 0; i < an->ties.n; i++)
        write_tie(&w, an, CT_VEC_AT(&an->ties, ct_tie, i));
    w.depth--;
    close_(&w, ']', 0);
    close_(&w, '}', 0);
    return out->overflow ? -1 : 0;
}

int ct_extract_json(const ct_ctx *ctx, const ct_doc *doc, int flags, char **out, size_t *len)
{
    *out = NULL;
    ct_arena *arena = ct_arena_new(256 * 1024);
    if (!arena) return CT_ENOMEM;
    ct_analysis *an = NULL;
    int rc = ct_analyze(ctx, doc, arena, CT_STAGE_ALL, &an);
    ct_buf b;
    ct_buf_init(&b, 64u << 20);
    /* Room for most records at once (field names, keys, and evidence quoted from the text)
     * instead of doubling from nothing; the buffer still grows past it when a record needs. */
    if (rc == 0 && (ct_buf_reserve(&b, 2 * doc->len + 4096) < 0 ||
                    ct_record_write(an, flags & CT_JSON_PRETTY, &b) < 0))
        rc = CT_ENOMEM;
    ct_arena_free(arena);
    if (rc < 0) {
        ct_buf_free(&b);
        return rc;
    }
    *out = b.data;
    if (len) *len = b.len;
    return 0;
}
