/*
 * test_record.c - the extraction record (record.h, ct_extract_json): every field of
 * ../shared/spec/EXTRACTION.md present for every article with empty lists where nothing was
 * found, valid JSON parsed back with jansson, one line unless pretty, pretty output the same
 * value, values of the spec's vocabularies, evidence and spans that point at the text (and
 * raw_span at the raw HTML). Articles are invented.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "cityties.h"
#include "dates.h"
#include "document.h"
#include "events.h"
#include "harness.h"
#include "lexicon.h"
#include "pipeline.h"
#include "record.h"

static const char *const fields[] = {"id",     "published", "places", "people", "organizations",
                                     "events", "ties",      NULL};

static json_t *parse(const char *s, size_t len, const char *what)
{
    json_error_t je;
    json_t *v = json_loadb(s, len, 0, &je);
    CHECK(json_is_object(v), "%s: not a JSON object: %s (line %d col %d)", what, je.text, je.line,
          je.column);
    if (!json_is_object(v)) {
        json_decref(v);
        return NULL;
    }
    return v;
}

static int in_list(const char *s, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strcmp(s, list[i]) == 0) return 1;
    return 0;
}

/* Checks the shape of one record against the spec; doc is the article it came from. */
static void check_shape(json_t *r, const ct_doc *doc, const char *what)
{
    for (size_t i = 0; fields[i]; i++)
        CHECK(json_object_get(r, fields[i]) != NULL, "%s: field \"%s\" missing", what, fields[i]);
    CHECK(json_is_string(json_object_get(r, "id")), "%s: id", what);
    json_t *pub = json_object_get(r, "published");
    CHECK(json_is_null(pub) || json_is_string(pub), "%s: published", what);
    static const char *const lists[] = {"places", "people", "organizations",
                                        "events", "ties",   NULL};
    for (size_t i = 0; lists[i]; i++)
        CHECK(json_is_array(json_object_get(r, lists[i])), "%s: %s is a list", what, lists[i]);

    size_t i;
    json_t *v;
    json_array_foreach(json_object_get(r, "places"), i, v)
    {
        const char *k = json_string_value(v);
        CHECK(k && (strncmp(k, "gn:", 3) == 0 || strncmp(k, "a1:", 3) == 0 ||
                    strncmp(k, "cc:", 3) == 0),
              "%s: place key %s", what, k ? k : "(not a string)");
    }
    static const char *const titles[] = {"mayor",      "deputy_mayor",
                                         "governor",   "council_member",
                                         "ambassador", "consul_general",
                                         "consul",     "head_of_state",
                                         "minister",   "official",
                                         "business",   "academic",
                                         "other",      NULL};
    json_array_foreach(json_object_get(r, "people"), i, v)
    {
        json_t *t = json_object_get(v, "title"), *of = json_object_get(v, "of");
        CHECK(json_is_string(json_object_get(v, "name")), "%s: person name", what);
        CHECK(json_is_null(t) || (json_is_string(t) && in_list(json_string_value(t), titles)),
              "%s: person title", what);
        CHECK(json_is_null(of) || json_is_string(of), "%s: person of", what);
    }
    json_array_foreach(json_object_get(r, "organizations"), i, v)
        CHECK(json_is_string(v), "%s: organization", what);
    static const char *const types[] = {"visit",      "meeting",        "agreement", "speech",
                                        "conference", "cultural_event", "honor",     NULL};
    static const char *const kinds[] = {"sister", "friendship", "mou", "cooperation", NULL};
    static const char *const topics[] = {"tourism",
                                         "climate_environment",
                                         "gender_equity",
                                         "digital_government",
                                         "smart_city",
                                         "culture_arts",
                                         "trade_investment",
                                         "maritime_ports",
                                         "urban_planning_transport",
                                         "energy",
                                         "education_academia",
                                         "health_welfare",
                                         "sports",
                                         "mega_events",
                                         "youth",
                                         "science_technology",
                                         NULL};
    size_t tl, rl;
    const char *text = ct_doc_text(doc, &tl), *raw = ct_doc_raw(doc, &rl);
    json_array_foreach(json_object_get(r, "events"), i, v)
    {
        const char *type = json_string_value(json_object_get(v, "type"));
        CHECK(type && in_list(type, types), "%s: event type %s", what, type ? type : "-");
        json_t *d = json_object_get(v, "date");
        CHECK(json_is_null(d) || json_is_string(d), "%s: event date", what);
        if (type && strcmp(type, "agreement") == 0) {
            const char *k = json_string_value(json_object_get(v, "kind"));
            CHECK(k && in_list(k, kinds), "%s: agreement kind", what);
        }
        size_t k;
        json_t *tp;
        json_array_foreach(json_object_get(v, "topics"), k, tp)
            CHECK(json_is_string(tp) && in_list(json_string_value(tp), topics), "%s: topic", what);
        /* evidence is copied from the text, and span points at it */
        const char *ev = json_string_value(json_object_get(v, "evidence"));
        json_t *span = json_object_get(v, "span");
        CHECK(ev && json_array_size(span) == 2, "%s: event evidence and span", what);
        if (ev && json_array_size(span) == 2) {
            size_t off = (size_t)json_integer_value(json_array_get(span, 0));
            size_t len = (size_t)json_integer_value(json_array_get(span, 1));
            CHECK(off + len <= tl && len == strlen(ev) && memcmp(text + off, ev, len) == 0,
                  "%s: span [%zu,%zu] is the evidence \"%s\"", what, off, len, ev);
            json_t *rs = json_object_get(v, "raw_span");
            if (doc->map) {
                CHECK(json_array_size(rs) == 2, "%s: HTML event has raw_span", what);
                size_t ro = (size_t)json_integer_value(json_array_get(rs, 0));
                size_t rn = (size_t)json_integer_value(json_array_get(rs, 1));
                CHECK(ro + rn <= rl, "%s: raw_span inside the raw page", what);
                /* the evidence's first word starts the raw span */
                size_t w = 0;
                while (w < len && ev[w] != ' ')
                    w++;
                CHECK(ro + w <= rl && memcmp(raw + ro, ev, w) == 0,
                      "%s: raw_span starts with \"%.*s\"", what, (int)w, ev);
            }
        }
    }
    json_array_foreach(json_object_get(r, "ties"), i, v)
    {
        json_t *c = json_object_get(v, "cities");
        const char *k = json_string_value(json_object_get(v, "kind"));
        CHECK(json_array_size(c) == 2, "%s: tie has two cities", what);
        CHECK(k && in_list(k, kinds), "%s: tie kind", what);
        json_t *since = json_object_get(v, "since");
        CHECK(json_is_null(since) || json_is_string(since), "%s: tie since", what);
    }
}

static ct_doc *doc_of(const char *id, const char *s, ct_format fmt)
{
    ct_doc *d = NULL;
    char err[256];
    int rc = ct_doc_from_memory(id, s, strlen(s), fmt, &d, err, sizeof err);
    CHECK(rc == 0, "%s: %s", id, err);
    return d;
}

/* Extracts d compact and pretty; checks both and that they are the same value. */
static json_t *extract(const ct_ctx *ctx, const ct_doc *d, const char *what)
{
    char *one = NULL, *pretty = NULL;
    size_t n1 = 0, n2 = 0;
    CHECK(ct_extract_json(ctx, d, 0, &one, &n1) == 0 && one, "%s: extract", what);
    CHECK(ct_extract_json(ctx, d, CT_JSON_PRETTY, &pretty, &n2) == 0 && pretty,
          "%s: extract --pretty", what);
    json_t *r = NULL;
    if (one && pretty) {
        CHECK(n1 == strlen(one) && n2 == strlen(pretty), "%s: lengths", what);
        CHECK(memchr(one, '\n', n1) == NULL, "%s: compact record is one line", what);
        CHECK(memchr(pretty, '\n', n2) != NULL, "%s: pretty record is indented", what);
        r = parse(one, n1, what);
        json_t *p = parse(pretty, n2, what);
        CHECK(r && p && json_equal(r, p), "%s: pretty and compact differ", what);
        json_decref(p);
        if (r) check_shape(r, d, what);
    }
    free(one);
    free(pretty);
    return r;
}

static const char article[] =
    "Changwon Mayor Hong Nam-pyo Visits Sister City Izmir\n"
    "\n"
    "Mayor Hong Nam-pyo of Changwon arrived in Izmir, Turkey, on Nov. 3, 2022 for a three-day "
    "visit marking the 10th anniversary of the sister-city tie between the two port cities.\n"
    "\n"
    "On Nov. 4, Mayor Hong met Mayor Tunc Soyer of Izmir at Izmir City Hall, where the two "
    "mayors signed an MOU on maritime tourism and \"green port\" cooperation.\n"
    "\n"
    "Copyright (c) 2022 Changwon City. All rights reserved.\n";

static void test_extract(const ct_ctx *ctx)
{
    /* nothing to find: every field still there, lists empty, published null */
    ct_doc *d =
        doc_of("quiet-day", "The weather on the coast stayed mild this week.\n", CT_FMT_TEXT);
    if (d) {
        json_t *r = extract(ctx, d, "empty");
        if (r) {
            CHECK_STR(json_string_value(json_object_get(r, "id")), "quiet-day");
            CHECK(json_is_null(json_object_get(r, "published")), "published null");
            static const char *const lists[] = {"places", "people", "organizations", "events",
                                                "ties"};
            for (size_t i = 0; i < 5; i++)
                CHECK(json_array_size(json_object_get(r, lists[i])) == 0, "%s empty", lists[i]);
            CHECK(json_object_get(r, "url") == NULL, "no url for plain text");
            CHECK(json_object_size(r) == 7, "exactly the spec's fields: %zu", json_object_size(r));
        }
        json_decref(r);
    }
    ct_doc_free(d);

    /* JSON Lines: id, url and published come through */
    d = doc_of("feed:1",
               "{\"id\": \"gm-0418\", \"url\": \"https://news.example.org/gm/0418\", "
               "\"published\": \"2024-04-18\", \"text\": \"Gwangmyeong hosted a delegation "
               "from Lyon on Wednesday.\"}",
               CT_FMT_JSONL);
    if (d) {
        json_t *r = extract(ctx, d, "jsonl");
        if (r) {
            CHECK_STR(json_string_value(json_object_get(r, "id")), "gm-0418");
            CHECK_STR(json_string_value(json_object_get(r, "url")),
                      "https://news.example.org/gm/0418");
            CHECK_STR(json_string_value(json_object_get(r, "published")), "2024-04-18");
        }
        json_decref(r);
    }
    ct_doc_free(d);

    /* a real article: shape of every part, evidence spans, the footer kept out of places */
    d = doc_of("changwon-izmir", article, CT_FMT_TEXT);
    if (d) {
        json_t *r = extract(ctx, d, "article");
        if (r) {
            CHECK(json_array_size(json_object_get(r, "places")) >= 2, "article: places found");
            CHECK(json_array_size(json_object_get(r, "events")) >= 1, "article: events found");
        }
        json_decref(r);
    }
    ct_doc_free(d);

    /* the same article as HTML: raw_span points into the page */
    char html[4096];
    snprintf(html, sizeof html,
             "<html><head><title>Changwon &amp; Izmir</title></head><body><nav>Home | "
             "News</nav><h1>Changwon Mayor Hong Nam-pyo Visits Sister City Izmir</h1>"
             "<p>Mayor Hong Nam-pyo of Changwon arrived in Izmir, Turkey, on Nov. 3, 2022 for a "
             "three-day visit marking the 10th anniversary of the sister-city tie.</p>"
             "<p>On Nov. 4, Mayor Hong met Mayor Tunc Soyer of Izmir at Izmir City Hall, where "
             "the two mayors signed an MOU on maritime tourism &amp; &ldquo;green port&rdquo; "
             "cooperation.</p><footer>Copyright 2022</footer></body></html>");
    d = doc_of("changwon-izmir-html", html, CT_FMT_HTML);
    if (d) {
        json_t *r = extract(ctx, d, "html");
        json_decref(r);
    }
    ct_doc_free(d);
}

/* ct_record_write over a segment-only analysis: the skeleton, and a full buffer. */
static void test_write(void)
{
    ct_ctx lexonly = {.gaz = NULL, .lex = ct_lexicons_load()};
    ct_arena *a = ct_arena_new(0);
    const char *text = "Quotes \"and\" back\\slashes\ttabs.";
    ct_analysis *an = ct_analyze_text(&lexonly, a, text, strlen(text), CT_STAGE_SEGMENT);
    CHECK(an != NULL, "segment");
    if (an) {
        ct_buf b;
        ct_buf_init(&b, 1 << 16);
        CHECK(ct_record_write(an, 0, &b) == 0, "write");
        CHECK_STR(b.data, "{\"id\":\"test\",\"published\":null,\"places\":[],\"people\":[],"
                          "\"organizations\":[],\"events\":[],\"ties\":[]}");
        ct_buf_clear(&b);
        CHECK(ct_record_write(an, 1, &b) == 0, "write pretty");
        json_t *r = parse(b.data, b.len, "pretty skeleton");
        CHECK(r && json_object_size(r) == 7, "pretty skeleton fields");
        json_decref(r);
        ct_buf_free(&b);
        ct_buf_init(&b, 20);
        CHECK(ct_record_write(an, 0, &b) == -1 && b.overflow, "a full buffer is an error");
        ct_buf_free(&b);

        /* places: each key once, at its first body mention; keys are told apart by more than
         * their hashes ("gn:1112782" and "gn:9992782" share their length and last four bytes) */
        static const char *const keys[] = {"gn:1112782", "gn:9992782", "gn:1112782",
                                           "cc:KR",      "gn:9992782", "gn:1835848"};
        ct_vec_init(&an->places, sizeof(ct_place_mention));
        for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
            ct_place_mention *pm = ct_vec_push(a, &an->places);
            if (!pm) break;
            strcpy(pm->key, keys[i]);
            pm->sent = (uint32_t)an->nsents; /* past the sentences: the body */
            pm->flags = i == 5 ? CT_PM_IN_ORG : 0;
        }
        ct_buf_init(&b, 1 << 16);
        CHECK(ct_record_write(an, 0, &b) == 0 &&
                  strstr(b.data, "\"places\":[\"gn:1112782\",\"gn:9992782\",\"cc:KR\"]"),
              "places once each: %s", b.data ? b.data : "");
        ct_buf_free(&b);

        /* an event's topics: every bit set, up to the last name */
        int ntopics = 0;
        while (ct_topic_names[ntopics])
            ntopics++;
        ct_vec_init(&an->events, sizeof(ct_event));
        ct_event *ev0 = ct_vec_push(a, &an->events);
        if (ev0 && ntopics >= 2) {
            ev0->type = CT_EV_VISIT;
            ev0->topics = 1u | 1u << (ntopics - 1);
            ct_buf_init(&b, 1 << 16);
            char want[128];
            snprintf(want, sizeof want, "\"topics\":[\"%s\",\"%s\"]", ct_topic_names[0],
                     ct_topic_names[ntopics - 1]);
            CHECK(ct_record_write(an, 0, &b) == 0 && strstr(b.data, want), "event topics: %s",
                  b.data ? b.data : "");
            ct_buf_free(&b);
        }
        ct_vec_init(&an->events, sizeof(ct_event));

        /* evidence quoted again is the same literal, and a span from the same offset with
         * another length is another */
        static const ct_span ev[] = {{0, 12}, {0, 12}, {0, 6}, {13, 17}, {0, 12}};
        ct_vec_init(&an->ties, sizeof(ct_tie));
        for (size_t i = 0; i < sizeof ev / sizeof *ev; i++) {
            ct_tie *t = ct_vec_push(a, &an->ties);
            if (!t) break;
            t->a = "gn:1835848";
            t->b = "gn:1850147";
            t->evidence = ev[i];
        }
        ct_buf_init(&b, 1 << 16);
        CHECK(ct_record_write(an, 0, &b) == 0, "write ties");
        const char *q = b.data ? b.data : "";
        static const char *const want[] = {"\"Quotes \\\"and\\\"\"", "\"Quotes \\\"and\\\"\"",
                                           "\"Quotes\"", "\"back\\\\slashes\\ttabs\"",
                                           "\"Quotes \\\"and\\\"\""};
        for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
            const char *at = strstr(q, "\"evidence\":");
            CHECK(at && strncmp(at + 11, want[i], strlen(want[i])) == 0 &&
                      at[11 + strlen(want[i])] == ',',
                  "tie %zu evidence: %.40s", i, at ? at + 11 : "(none)");
            q = at ? at + 1 : q;
        }
        ct_buf_free(&b);

        /* a date written again is the same literal; dates apart in any part are apart */
        static const ct_when since[] = {
            {{2015, 10, 0}, {0, 0, 0}},     {{2015, 10, 0}, {0, 0, 0}},
            {{2015, 10, 3}, {0, 0, 0}},     {{2015, 11, 0}, {0, 0, 0}},
            {{2016, 10, 0}, {0, 0, 0}},     {{2015, 10, 1}, {2015, 10, 3}},
            {{2015, 10, 1}, {2015, 10, 4}}, {{2015, 10, 1}, {2015, 11, 3}},
            {{2015, 10, 1}, {2016, 10, 3}}};
        ct_vec_init(&an->ties, sizeof(ct_tie));
        for (size_t i = 0; i < sizeof since / sizeof *since; i++) {
            ct_tie *t = ct_vec_push(a, &an->ties);
            if (!t) break;
            t->a = "gn:1835848";
            t->b = "gn:1850147";
            t->since = since[i];
            t->has_since = 1;
        }
        ct_buf_init(&b, 1 << 16);
        CHECK(ct_record_write(an, 0, &b) == 0, "write ties with dates");
        q = b.data ? b.data : "";
        for (size_t i = 0; i < sizeof since / sizeof *since; i++) {
            char d[48] = "\"";
            size_t n = ct_when_format(&since[i], d + 1, sizeof d - 3);
            memcpy(d + 1 + n, "\",", 3);
            const char *at = strstr(q, "\"since\":");
            CHECK(at && strncmp(at + 8, d, strlen(d)) == 0, "tie %zu since %s: %.20s", i, d,
                  at ? at + 8 : "(none)");
            q = at ? at + 1 : q;
        }
        ct_buf_free(&b);
    }

    /* The vocabularies' words are written without an escape: each is lowercase ASCII and '_' */
    const char *words[CT_TITLE_COUNT + CT_EV_HONOR + CT_KIND_COOPERATION + 48];
    size_t nw = 0;
    for (int t = 0; t < CT_TITLE_COUNT; t++)
        if (ct_title_name((ct_title)t)) words[nw++] = ct_title_name((ct_title)t);
    for (int t = CT_EV_VISIT; t <= CT_EV_HONOR; t++)
        words[nw++] = ct_event_type_names[t];
    for (int t = CT_KIND_SISTER; t <= CT_KIND_COOPERATION; t++)
        words[nw++] = ct_tie_kind_names[t];
    for (int t = 0; ct_topic_names[t] && nw < sizeof words / sizeof *words; t++)
        words[nw++] = ct_topic_names[t];
    for (size_t i = 0; i < nw; i++) {
        size_t bad = 0;
        for (const char *c = words[i]; *c; c++)
            bad += !((*c >= 'a' && *c <= 'z') || *c == '_');
        CHECK(*words[i] && !bad, "vocabulary word \"%s\" needs no escape", words[i]);
    }

    /* The writer's (and the JSON reader's) sixteen-byte scan, and its plain C form that other
     * machines compile: one byte of every value at every place of a block, against the byte
     * test */
    size_t wrong = 0, wrong_words = 0;
    for (unsigned c = 0; c < 256; c++)
        for (size_t i = 0; i < 16; i++) {
            unsigned char w16[16];
            memset(w16, 'a', sizeof w16);
            w16[i] = (unsigned char)c;
            wrong += ct_buf_json_plain16(w16) != ct_buf_json_plain((unsigned char)c);
            wrong_words += ct_buf_json_plain16_words(w16) != ct_buf_json_plain((unsigned char)c);
        }
    CHECK(wrong == 0, "ct_buf_json_plain16: %zu bytes misjudged", wrong);
    CHECK(wrong_words == 0, "ct_buf_json_plain16_words: %zu bytes misjudged", wrong_words);

    /* The writer's strings near the cap, where room for the worst case (six bytes a byte) is
     * lacking: written whole when they fit, refused whole when they do not. */
    ct_buf b;
    ct_buf_init(&b, 8);
    CHECK(ct_buf_json_str(&b, "a\"b", 3) == 0 && b.len == 6, "json_str fits under the cap");
    CHECK_STR(b.data, "\"a\\\"b\"");
    CHECK(ct_buf_json_str(&b, "c", 1) == -1 && b.overflow && b.len == 6, "json_str past the cap");
    ct_buf_free(&b);
    ct_buf_init(&b, 10);
    CHECK(ct_buf_json_str(&b, "\x01\x02", 2) == -1 && b.overflow && b.len == 0,
          "json_str whose escapes pass the cap");
    ct_buf_free(&b);
    ct_arena_free(a);
    ct_lexicons_free(lexonly.lex);

    static const struct {
        ct_title t;
        const char *name;
    } titles[] = {{CT_TITLE_NONE, NULL},
                  {CT_TITLE_MAYOR, "mayor"},
                  {CT_TITLE_DEPUTY_MAYOR, "deputy_mayor"},
                  {CT_TITLE_COUNCIL_MEMBER, "council_member"},
                  {CT_TITLE_CONSUL_GENERAL, "consul_general"},
                  {CT_TITLE_HEAD_OF_STATE, "head_of_state"},
                  {CT_TITLE_OTHER, "other"},
                  {CT_TITLE_COUNT, NULL}};
    for (size_t i = 0; i < sizeof titles / sizeof *titles; i++)
        CHECK_STR(ct_title_name(titles[i].t), titles[i].name);
}

int main(void)
{
    ct_ctx *ctx = NULL;
    int rc = ct_ctx_open(NULL, &ctx);
    if (rc < 0) rc = ct_ctx_open("build/gazetteer.bin", &ctx);
    CHECK(rc == 0, "context: %s (set CITYTIES_GAZ or run `make`)", ct_strerror(rc));
    if (ctx) test_extract(ctx);
    test_write();
    ct_ctx_free(ctx);
    return harness_done("record");
}
