/*
 * test_document.c - table tests for reading articles (document.h): plain text, HTML, JSON Lines,
 * every kind of bad input, paragraph splitting, the raw-offset map of HTML, the reader over
 * files, folders and JSON Lines files; then a replay of the saved fuzz corpus
 * (tests/fuzz/corpus/<target>/) through the same entry points the fuzz harnesses call (the
 * store target through the harness's own check, tests/fuzz/fuzz_store.h).
 * All articles here are invented.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "cityties.h"
#include "dates.h"
#include "document.h"
#include "fuzz/fuzz_store.h"
#include "harness.h"
#include "lexicon.h"
#include "text.h"

/* ---- helpers ---- */

static ct_doc *load(const char *id, const char *s, ct_format fmt)
{
    ct_doc *d = NULL;
    char err[256];
    int rc = ct_doc_from_memory(id, s, strlen(s), fmt, &d, err, sizeof err);
    CHECK(rc == 0, "load %s: rc %d (%s)", id, rc, rc ? err : "");
    return d;
}

static int contains(const char *hay, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    for (size_t i = 0; i + m <= n; i++)
        if (memcmp(hay + i, needle, m) == 0) return 1;
    return 0;
}

/* The text of paragraph i as a NUL-terminated copy in buf. */
static const char *para(const ct_doc *d, size_t i, char *buf, size_t cap)
{
    if (i >= d->nparas) return "(none)";
    size_t n = d->paras[i].len < cap - 1 ? d->paras[i].len : cap - 1;
    memcpy(buf, d->text + d->paras[i].off, n);
    buf[n] = '\0';
    return buf;
}

static int write_file(const char *path, const void *bytes, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    size_t w = fwrite(bytes, 1, n, f);
    return fclose(f) == 0 && w == n ? 0 : -1;
}

/* ---- plain text, format detection ---- */

static void test_text(void)
{
    const char *s = "Busan and Seattle renewed their sister-city pact.\n";
    ct_doc *d = load("art-1", s, CT_FMT_TEXT);
    if (!d) return;
    CHECK_STR(ct_doc_id(d), "art-1");
    CHECK(ct_doc_url(d) == NULL, "text has no url");
    CHECK(ct_doc_meta_published(d) == NULL, "text has no metadata date");
    size_t rl, tl;
    const char *raw = ct_doc_raw(d, &rl), *text = ct_doc_text(d, &tl);
    CHECK(rl == strlen(s) && tl == strlen(s), "lengths %zu %zu", rl, tl);
    CHECK(raw == text, "plain text: the analysed text is the raw text itself");
    CHECK(d->format == CT_FMT_TEXT, "format %d", d->format);
    CHECK(ct_doc_raw_offset(d, 10) == 10, "text offsets are raw offsets");
    ct_doc_free(d);

    /* a NULL id names the document "stdin" */
    d = load(NULL, "Osaka welcomed a trade delegation.", CT_FMT_TEXT);
    if (d) CHECK_STR(ct_doc_id(d), "stdin");
    ct_doc_free(d);

    /* CT_FMT_AUTO by content */
    static const struct {
        const char *in;
        ct_format want;
    } autos[] = {
        {"Daegu signed an MOU with Almaty.", CT_FMT_TEXT},
        {"  \n{\"id\": \"j1\", \"text\": \"Incheon hosted the forum.\"}", CT_FMT_JSONL},
        {"<!DOCTYPE html><html><body><p>Gwangju met Leipzig.</p></body></html>", CT_FMT_HTML},
        {"<div>Suwon and Bandung exchanged letters.</div>", CT_FMT_HTML},
        {"<3 is not a tag; Ulsan met Hull.", CT_FMT_TEXT},
        /* a UTF-8 byte-order mark does not hide the format */
        {"\xEF\xBB\xBF{\"id\": \"b1\", \"text\": \"Gumi met Tours.\"}", CT_FMT_JSONL},
        {"\xEF\xBB\xBF<html><body><p>Gumi met Tours.</p></body></html>", CT_FMT_HTML},
        {"\xEF\xBB\xBFGumi met Tours.", CT_FMT_TEXT},
    };
    for (size_t i = 0; i < sizeof autos / sizeof *autos; i++) {
        d = load("auto", autos[i].in, CT_FMT_AUTO);
        if (d)
            CHECK(d->format == autos[i].want, "auto %zu: format %d, want %d", i, d->format,
                  autos[i].want);
        ct_doc_free(d);
    }
}

/* ---- paragraphs ---- */

static void test_paragraphs(void)
{
    static const struct {
        const char *in;
        size_t n;            /* paragraphs */
        const char *want[4]; /* their text */
        uint32_t off0;       /* offset of the first */
    } cases[] = {
        {"Line one.\nLine two.\n\nLine three.", 3, {"Line one.", "Line two.", "Line three."}, 0},
        /* hard-wrapped prose: a line starting lowercase continues the one above */
        {"The mayor met\nthe ambassador today.", 1, {"The mayor met\nthe ambassador today."}, 0},
        /* ... but not across a blank line, and not after a full stop */
        {"Headline here\n\nthe body starts lowercase.",
         2,
         {"Headline here", "the body starts lowercase."},
         0},
        {"It ended.\nthen more.", 2, {"It ended.", "then more."}, 0},
        /* leading white space (incl. NBSP) is trimmed, trailing CR and blanks too */
        {"   Indented line.\r\n\xC2\xA0Second.\r\n", 2, {"Indented line.", "Second."}, 3},
        {"\n\n\nLate start.", 1, {"Late start."}, 3},
        /* tabs and other ASCII white space before a line, and a continuation after them */
        {"\t\v\fTabbed in\n\tand wrapped.", 1, {"Tabbed in\n\tand wrapped."}, 3},
        /* bullets are never continuations */
        {"Topics\n\xE2\x96\xB4 tourism\n\xE2\x96\xB4 ports",
         3,
         {"Topics", "\xE2\x96\xB4 tourism", "\xE2\x96\xB4 ports"},
         0},
    };
    char buf[256];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ct_doc *d = load("p", cases[i].in, CT_FMT_TEXT);
        if (!d) continue;
        CHECK(d->nparas == cases[i].n, "case %zu: %zu paragraphs, want %zu", i, d->nparas,
              cases[i].n);
        for (size_t k = 0; k < cases[i].n && k < d->nparas; k++)
            CHECK_STR(para(d, k, buf, sizeof buf), cases[i].want[k]);
        if (d->nparas)
            CHECK(d->paras[0].off == cases[i].off0, "case %zu: off %u", i, d->paras[0].off);
        ct_doc_free(d);
    }
}

/* ---- HTML ---- */

static const char html_page[] =
    "<!DOCTYPE html>\n<html><head><title>Jeonju &amp; Sapporo News</title>\n"
    "<meta property=\"article:published_time\" content=\"2024-03-05T09:00:00+09:00\">\n"
    "<script>var menu = \"<p>Hidden script text</p>\";</script>\n"
    "<style>p { color: red }</style></head>\n"
    "<body><nav><a href=\"/\">Home</a> | <a href=\"/news\">Newsroom</a></nav>\n"
    "<h1>Jeonju&nbsp;Mayor &ldquo;Welcomes&rdquo; Sapporo Guests</h1>\n"
    "<p>Mayor Woo Beom-gi received   the delegation &mdash; twelve officials &#8212; at City "
    "Hall.</p>\n"
    "<p>The cities&#39; ties date to 2012. <b>Both</b> sides praised the <i>exchange</i>.</p>\n"
    "<!-- a comment that must not show -->\n"
    "<ul><li>Tourism</li><li>Culture</li></ul>\n"
    "<form><textarea>Leave a comment</textarea><button>Post</button></form>\n"
    "<footer>Copyright 2024 Jeonju City</footer>\n"
    "<script>alert(\"tracker\");</script></body></html>\n";

static void test_html(void)
{
    ct_doc *d = load("page", html_page, CT_FMT_HTML);
    if (!d) return;
    size_t n;
    const char *t = ct_doc_text(d, &n);
    CHECK(d->format == CT_FMT_HTML, "format %d", d->format);
    CHECK(t != ct_doc_raw(d, NULL), "HTML text is a new buffer");
    CHECK_STR(ct_doc_meta_published(d), "2024-03-05T09:00:00+09:00");
    /* dropped: script, style, nav, form, footer, comments */
    static const char *const gone[] = {
        "Hidden script",   "color: red", "Home",      "Newsroom", "tracker", "a comment",
        "Leave a comment", "Post",       "Copyright", "<",        "&amp;",   "&mdash;"};
    for (size_t i = 0; i < sizeof gone / sizeof *gone; i++)
        CHECK(!contains(t, n, gone[i]), "HTML text still holds \"%s\"", gone[i]);
    /* kept and decoded: title, entities, white space collapsed, inline elements joined */
    static const char *const kept[] = {
        "Jeonju & Sapporo News", "Jeonju Mayor \xE2\x80\x9CWelcomes\xE2\x80\x9D Sapporo Guests",
        "Mayor Woo Beom-gi received the delegation \xE2\x80\x94 twelve officials \xE2\x80\x94 at "
        "City Hall.",
        "The cities' ties date to 2012. Both sides praised the exchange."};
    for (size_t i = 0; i < sizeof kept / sizeof *kept; i++)
        CHECK(contains(t, n, kept[i]), "HTML text lacks \"%s\"", kept[i]);
    /* block structure: one paragraph per block */
    static const char *const paras[] = {
        "Jeonju & Sapporo News",
        "Jeonju Mayor \xE2\x80\x9CWelcomes\xE2\x80\x9D Sapporo Guests",
        "Mayor Woo Beom-gi received the delegation \xE2\x80\x94 twelve officials \xE2\x80\x94 at "
        "City Hall.",
        "The cities' ties date to 2012. Both sides praised the exchange.",
        "Tourism",
        "Culture"};
    char buf[256];
    CHECK(d->nparas == sizeof paras / sizeof *paras, "HTML: %zu paragraphs", d->nparas);
    for (size_t i = 0; i < sizeof paras / sizeof *paras && i < d->nparas; i++)
        CHECK_STR(para(d, i, buf, sizeof buf), paras[i]);

    /* the raw-offset map: every word of the text maps back to the same bytes in the raw
     * page, also after entities ("&amp;", "&nbsp;", "&ldquo;", "&#39;") and collapsed space */
    static const char *const words[] = {"Jeonju",   "Sapporo",    "News",   "Welcomes",  "Guests",
                                        "received", "delegation", "twelve", "officials", "Hall.",
                                        "ties",     "2012.",      "Both",   "exchange",  "Culture"};
    size_t rl;
    const char *raw = ct_doc_raw(d, &rl);
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        size_t m = strlen(words[i]);
        for (size_t off = 0; off + m <= n; off++) {
            if (memcmp(t + off, words[i], m) != 0) continue;
            size_t r = ct_doc_raw_offset(d, off);
            CHECK(r + m <= rl && memcmp(raw + r, words[i], m) == 0,
                  "raw offset of \"%s\" at text %zu is %zu: \"%.*s\"", words[i], off, r,
                  (int)(r + m <= rl ? m : 0), raw + r);
        }
    }
    /* the decoded '&' of "&amp;" maps to the entity's '&' */
    const char *amp = memchr(t, '&', n);
    CHECK(amp && raw[ct_doc_raw_offset(d, (size_t)(amp - t))] == '&', "& maps to &amp;");
    /* offsets in the middle of a word map inside it */
    const char *hall = strstr(t, "Hall.");
    if (hall) {
        size_t r = ct_doc_raw_offset(d, (size_t)(hall - t) + 2);
        CHECK(r < rl && raw[r] == 'l', "mid-word offset maps to '%c'", r < rl ? raw[r] : '?');
    }
    ct_doc_free(d);

    /* awkward references: a bare '&', legacy ones without ';' or decoded from a prefix */
    {
        static const char page[] = "<p>AT&T &copy2024 caf&eacute;s &notit; &Fake end\r\nnow</p>";
        static const char *const w2[] = {"AT&T", "2024", "s", "it;", "&Fake", "end", "now"};
        d = load("refs", page, CT_FMT_HTML);
        if (d) {
            t = ct_doc_text(d, &n);
            raw = ct_doc_raw(d, &rl);
            CHECK_STR(t, "AT&T \xC2\xA9"
                         "2024 caf\xC3\xA9s \xC2\xACit; &Fake end now\n");
            size_t from = 0;
            for (size_t i = 0; i < sizeof w2 / sizeof *w2; i++) {
                const char *at = strstr(t + from, w2[i]);
                if (!at) continue;
                size_t off = (size_t)(at - t), r = ct_doc_raw_offset(d, off), m = strlen(w2[i]);
                CHECK(r + m <= rl && memcmp(raw + r, w2[i], m) == 0,
                      "refs: \"%s\" at text %zu maps to raw %zu", w2[i], off, r);
                from = off + m;
            }
            CHECK(ct_doc_raw_offset(d, n) <= rl, "end of text maps inside raw");
        }
        ct_doc_free(d);
    }

    /* more metadata forms */
    static const struct {
        const char *html, *want;
    } metas[] = {
        {"<html><head><meta name=\"pubdate\" content=\"2022-07-05\"></head><body><p>Text "
         "here.</p></body></html>",
         "2022-07-05"},
        {"<html><head><meta itemprop=\"datePublished\" content=\"2021-11-30\"></head><body><p>Text "
         "here.</p></body></html>",
         "2021-11-30"},
        {"<html><body><article><time datetime=\"2019-05-14\">May 14</time><p>Text "
         "here.</p></article></body></html>",
         "2019-05-14"},
        {"<html><head><meta name=\"description\" content=\"x\"></head><body><p>No "
         "date.</p></body></html>",
         NULL},
    };
    for (size_t i = 0; i < sizeof metas / sizeof *metas; i++) {
        d = load("meta", metas[i].html, CT_FMT_HTML);
        if (d) CHECK_STR(ct_doc_meta_published(d), metas[i].want);
        ct_doc_free(d);
    }

    /* <br> and table cells break lines; inline tags do not */
    d = load("br",
             "<p>Gimhae<br>Kyoto</p><table><tr><td>Cell A</td><td>Cell B</td></tr></table>"
             "<p>a<span>b</span>c</p>",
             CT_FMT_HTML);
    if (d) {
        CHECK(d->nparas == 5, "br/td: %zu paragraphs", d->nparas);
        CHECK_STR(para(d, 0, buf, sizeof buf), "Gimhae");
        CHECK_STR(para(d, 1, buf, sizeof buf), "Kyoto");
        CHECK_STR(para(d, 4, buf, sizeof buf), "abc");
    }
    ct_doc_free(d);
}

/* ---- JSON Lines ---- */

static void test_jsonl(void)
{
    ct_doc *d = load("feed:1",
                     "{\"id\": \"cw-2024-017\", \"url\": \"https://news.example.org/a/17\", "
                     "\"published\": \"2024-04-18\", \"text\": \"Changwon and Nantes agreed to "
                     "\\\"deepen\\\" ties.\\nA second paragraph \\u2014 with a dash.\"}",
                     CT_FMT_JSONL);
    if (d) {
        CHECK_STR(ct_doc_id(d), "cw-2024-017");
        CHECK_STR(ct_doc_url(d), "https://news.example.org/a/17");
        CHECK_STR(ct_doc_meta_published(d), "2024-04-18");
        size_t n;
        const char *t = ct_doc_text(d, &n);
        CHECK(n == strlen(t), "text length");
        CHECK_STR(t, "Changwon and Nantes agreed to \"deepen\" ties.\nA second paragraph "
                     "\xE2\x80\x94 with a dash.");
        CHECK(d->nparas == 2, "JSON text: %zu paragraphs", d->nparas);
        CHECK(d->format == CT_FMT_JSONL, "format %d", d->format);
    }
    ct_doc_free(d);

    /* integer id; "date" stands in for "published"; no id keeps the given one */
    d = load("feed:2", "{\"id\": 42, \"date\": \"2003-11-20\", \"text\": \"Jinju met Eugene.\"}",
             CT_FMT_JSONL);
    if (d) {
        CHECK_STR(ct_doc_id(d), "42");
        CHECK_STR(ct_doc_meta_published(d), "2003-11-20");
        CHECK(ct_doc_url(d) == NULL, "no url");
    }
    ct_doc_free(d);
    d = load("feed:3", "{\"text\": \"Pohang hosted Zhangjiagang.\", \"id\": \"\"}", CT_FMT_JSONL);
    if (d) CHECK_STR(ct_doc_id(d), "feed:3");
    ct_doc_free(d);

    /* an "html" field is parsed as HTML, and so is a "text" field that holds a page */
    d = load("feed:4",
             "{\"id\": \"h\", \"html\": \"<html><body><nav>Menu</nav><p>Andong &amp; "
             "Hue.</p></body></html>\"}",
             CT_FMT_JSONL);
    if (d) {
        CHECK_STR(ct_doc_text(d, NULL), "Andong & Hue.\n");
        CHECK(d->format == CT_FMT_HTML, "html field: format %d", d->format);
        CHECK(ct_doc_raw_offset(d, 3) <= d->raw_len, "offset inside raw");
    }
    ct_doc_free(d);
}

/* JSON Lines records decode as jansson decodes them: the fast path for flat objects of strings
 * and jansson for everything else give the same fields, and the same errors. */
static void test_jsonl_flat(void)
{
    static const char *const lines[] = {
        "{\"id\":\"a1\",\"text\":\"Tarnow and Velk signed.\"}",
        " \t{ \"text\" : \"Tab\\there, slash \\/ quote \\\" backslash \\\\ \\b\\f\\r end\" } "
        "trailing",
        "{\"text\": \"caf\\u00e9 \\u20AC \\ud83d\\ude00 \\u0041\", \"url\": \"u\", \"extra\": "
        "\"x\"}",
        "{\"text\": \"raw UTF-8: M\xC3\xBCller \xE2\x80\x94 \xF0\x9F\x98\x80\"}",
        "{\"te\\u0078t\": \"escaped key\", \"published\": \"2024-01-02\", \"date\": \"1999\"}",
        "{\"text\": \"nul \\u0000 inside\"}",
        "{\"text\": \"lone \\udc00 low\"}",
        "{\"text\": \"lone \\ud800 high\"}",
        "{\"text\": \"bad \xC3\x28 utf8\"}",
        "{\"text\": \"overlong \xC0\xAF\"}",
        "{\"text\": \"surrogate \xED\xA0\x80 in UTF-8\"}",
        "{\"text\": \"control \x01 char\"}",
        "{\"text\": \"a\", \"text\": \"twice, the last wins\"}",
        "{\"id\": 7, \"text\": \"number id\"}",
        "{\"id\": \"n\", \"tags\": [\"x\", 1], \"text\": \"nested other field\"}",
        "{\"id\": \"n\", \"text\": \"unterminated}",
        "{\"id\": \"n\" \"text\": \"no colon\"}",
        "{}",
        "[\"not an object\"]",
        "{\"text\": \"bad escape \\x\"}",
        "{\"text\": \"short \\u12\"}",
        "{\"date\": \"2020-05-06\", \"text\": \"date only\", \"url\": \"https://x.example/\"}",
        /* runs of sixteen and eight plain bytes (read a block at a time) each followed by a byte
         * that is not: an escape, a UTF-8 sequence, the closing quote */
        "{\"text\": \"0123456789abcdef\\nq 01234567\\t 01234567\xC3\xBC "
        "0123456789abcdef01234567\"}",
        /* UTF-8 sequences inside a run that an escape or the quote ends, at several places of
         * a block; a key of more than 15 bytes with one (cut short where it is decoded) */
        "{\"text\": \"M\xC3\xBCller 0123456789abcdef\xE2\x80\x94\\\"quoted\\\" \xF0\x9F\x98\x80\\n"
        "0123456789abcdef\xC3\xA9\", \"a key of more than caf\xC3\xA9\": \"v\", \"id\": "
        "\"\xC3\xA9t\xC3\xA9\"}",
    };
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        const char *l = lines[i];
        json_error_t je;
        json_t *o = json_loadb(l, strlen(l), JSON_DISABLE_EOF_CHECK, &je);
        ct_doc *d = NULL;
        char err[256] = "";
        int rc = ct_doc_from_memory("flat", l, strlen(l), CT_FMT_JSONL, &d, err, sizeof err);
        if (ct_utf8_check(l, strlen(l)) < strlen(l)) {
            CHECK(rc == CT_EUTF8, "line %zu: bytes not UTF-8, rc %d", i, rc); /* checked first */
        } else if (!o || !json_is_object(o)) {
            CHECK(rc == CT_EJSON && strstr(err, o ? "not an object" : je.text),
                  "line %zu: rc %d, \"%s\"", i, rc, err);
        } else {
            json_t *t = json_object_get(o, "text"), *id = json_object_get(o, "id");
            json_t *u = json_object_get(o, "url"), *pub = json_object_get(o, "published");
            if (!pub) pub = json_object_get(o, "date");
            if (!json_is_string(t)) {
                CHECK(rc == CT_EJSON, "line %zu: no text, rc %d", i, rc);
            } else {
                CHECK(rc == 0, "line %zu: rc %d (%s)", i, rc, err);
                if (d) {
                    CHECK_STR(ct_doc_text(d, NULL), json_string_value(t));
                    if (json_is_string(id) && *json_string_value(id))
                        CHECK_STR(ct_doc_id(d), json_string_value(id));
                    CHECK_STR(ct_doc_url(d), json_is_string(u) ? json_string_value(u) : NULL);
                    CHECK_STR(ct_doc_meta_published(d),
                              json_is_string(pub) ? json_string_value(pub) : NULL);
                }
            }
        }
        json_decref(o);
        ct_doc_free(d);
    }
}

/* ---- bad input ---- */

static void test_bad(void)
{
    static const struct {
        const char *name;
        const char *bytes;
        size_t n;
        ct_format fmt;
        int want;
        const char *msg; /* a piece of the error message */
    } cases[] = {
        {"badutf8", "Seoul\xFF met Paris.", 17, CT_FMT_TEXT, CT_EUTF8, "invalid UTF-8 at byte 5"},
        {"overlong", "ab\xC0\xAF", 4, CT_FMT_TEXT, CT_EUTF8, "UTF-8"},
        {"surrogate", "x\xED\xA0\x80y", 5, CT_FMT_TEXT, CT_EUTF8, "byte 1"},
        {"truncated", "Mokpo\xE2\x80", 7, CT_FMT_TEXT, CT_EUTF8, "byte 5"},
        {"latin1", "Z\xFCrich", 6, CT_FMT_AUTO, CT_EUTF8, "UTF-8"},
        {"binary", "PK\x03\x04\0\0\x08\0", 8, CT_FMT_AUTO, CT_EBINARY, "NUL byte at offset 4"},
        {"nul", "Text\0more", 9, CT_FMT_TEXT, CT_EBINARY, "binary"},
        {"empty", "", 0, CT_FMT_AUTO, CT_EEMPTY, "empty"},
        {"blank", " \n\t\r\n  \n", 8, CT_FMT_TEXT, CT_EEMPTY, "empty"},
        {"nbsp", "\xC2\xA0\xE3\x80\x80\n", 6, CT_FMT_TEXT, CT_EEMPTY, "empty"},
        {"scriptonly", "<html><body><script>var a=1;</script></body></html>", 51, CT_FMT_HTML,
         CT_EEMPTY, "no text"},
        {"badjson", "{\"id\": \"x\", \"text\": ", 20, CT_FMT_JSONL, CT_EJSON, "malformed"},
        {"array", "[1, 2]", 6, CT_FMT_JSONL, CT_EJSON, "malformed"},
        {"notext", "{\"id\": \"x\", \"body\": \"Busan.\"}", 29, CT_FMT_JSONL, CT_EJSON, "text"},
        {"emptytext", "{\"id\": \"x\", \"text\": \"  \"}", 25, CT_FMT_JSONL, CT_EEMPTY, "x"},
        {"jsonutf8", "{\"text\": \"Gumi\xFF\"}", 16, CT_FMT_JSONL, CT_EUTF8, "UTF-8"},
        {"jsonnul", "{\"text\": \"a\\u0000b\"}", 20, CT_FMT_JSONL, CT_EJSON, "jsonnul"},
        /* bytes after a record the fast path read are checked too, at their offset in the line */
        {"jsontail", "{\"text\": \"Gumi\"} \xFF", 18, CT_FMT_JSONL, CT_EUTF8, "byte 17"},
        {"jsontailnul", "{\"text\": \"Gumi\"} \0", 18, CT_FMT_JSONL, CT_EBINARY, "offset 17"},
        {"jsonbomtail", "\xEF\xBB\xBF{\"text\": \"Gumi\"}\xC0", 20, CT_FMT_AUTO, CT_EUTF8,
         "byte 19"},
        {"jsonskipped", "{\"x\": \"\xED\xA0\x80\", \"text\": \"Gumi\"}", 28, CT_FMT_JSONL, CT_EUTF8,
         "byte 7"},
        {"jsonemptytail", "{}\xFF", 3, CT_FMT_JSONL, CT_EUTF8, "byte 2"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ct_doc *d = (ct_doc *)1;
        char err[256] = "";
        int rc = ct_doc_from_memory(cases[i].name, cases[i].bytes, cases[i].n, cases[i].fmt, &d,
                                    err, sizeof err);
        CHECK(rc == cases[i].want, "%s: rc %d, want %d (%s)", cases[i].name, rc, cases[i].want,
              err);
        CHECK(d == NULL, "%s: *out is NULL on failure", cases[i].name);
        CHECK(strstr(err, cases[i].msg) != NULL, "%s: error \"%s\" lacks \"%s\"", cases[i].name,
              err, cases[i].msg);
        /* named by the given id, or by the JSON record's own "id" ("x") */
        CHECK(strncmp(err, cases[i].name, strlen(cases[i].name)) == 0 ||
                  strncmp(err, "x: ", 3) == 0,
              "%s: error \"%s\" does not start with the document's name", cases[i].name, err);
        CHECK(strchr(err, '\n') == NULL, "%s: error is one line", cases[i].name);
        ct_doc_free(d == (ct_doc *)1 ? NULL : d);
    }
    /* err may be NULL */
    ct_doc *d;
    CHECK(ct_doc_from_memory("x", "", 0, CT_FMT_TEXT, &d, NULL, 0) == CT_EEMPTY, "NULL err");

    /* over the document limit, from memory */
    size_t big = (size_t)CT_MAX_DOC + 1;
    char *b = malloc(big);
    if (b) {
        memset(b, 'a', big);
        char err[256] = "";
        int rc = ct_doc_from_memory("huge", b, big, CT_FMT_TEXT, &d, err, sizeof err);
        CHECK(rc == CT_ETOOBIG, "huge: rc %d", rc);
        CHECK(strstr(err, "huge") && strstr(err, "16 MB"), "huge: error \"%s\"", err);
        /* exactly at the limit is accepted */
        rc = ct_doc_from_memory("limit", b, CT_MAX_DOC, CT_FMT_TEXT, &d, err, sizeof err);
        CHECK(rc == 0, "a document of exactly CT_MAX_DOC bytes: rc %d (%s)", rc, err);
        ct_doc_free(d);
        free(b);
    }
    /* every error code has a message */
    for (int rc = CT_EAMBIGUOUS; rc <= CT_OK; rc++)
        CHECK(ct_strerror(rc) && strcmp(ct_strerror(rc), "unknown error") != 0, "strerror %d", rc);
}

/* ---- the reader ---- */

typedef struct {
    int rc;         /* 1 or the CT_E* code */
    const char *id; /* id of the document (rc 1), or a piece of the error message */
} want_doc;

static void expect(ct_reader *r, const want_doc *w, size_t n, const char *what)
{
    for (size_t i = 0; i <= n; i++) {
        ct_doc *d = NULL;
        char err[768] = "";
        int rc = ct_reader_next(r, &d, err, sizeof err);
        if (i == n) {
            CHECK(rc == 0 && d == NULL, "%s: reader not at its end: rc %d (%s, %s)", what, rc,
                  d ? ct_doc_id(d) : "", err);
        } else if (w[i].rc == 1) {
            CHECK(rc == 1 && d && strcmp(ct_doc_id(d), w[i].id) == 0,
                  "%s #%zu: rc %d id %s err \"%s\", want %s", what, i, rc, d ? ct_doc_id(d) : "-",
                  err, w[i].id);
        } else {
            CHECK(rc == w[i].rc && d == NULL && strstr(err, w[i].id),
                  "%s #%zu: rc %d err \"%s\", want rc %d naming \"%s\"", what, i, rc, err, w[i].rc,
                  w[i].id);
            CHECK(strchr(err, '\n') == NULL, "%s #%zu: one-line error", what, i);
        }
        ct_doc_free(d);
        if (rc == 0) break;
    }
}

static void test_reader(void)
{
    char dir[] = "/tmp/ct_test_document.XXXXXX";
    if (!mkdtemp(dir)) {
        CHECK(0, "mkdtemp");
        return;
    }
    char p[512], sub[512];
#define PATH(name) (snprintf(p, sizeof p, "%s/%s", dir, name), p)
    write_file(PATH("a_mou.txt"), "Asan and Fremont signed an MOU.\n",
               strlen("Asan and Fremont signed an MOU.\n"));
    write_file(PATH("b_page.html"), "<html><body><p>Yeosu met Cebu.</p></body></html>",
               strlen("<html><body><p>Yeosu met Cebu.</p></body></html>"));
    const char *jl = "{\"id\": \"feed-1\", \"text\": \"Iksan met Nara.\"}\n"
                     "\n"
                     "{\"id\": \"feed-2\", \"text\": \"broken\n"
                     "{\"text\": \"Gunsan met Kobe.\"}\n"
                     "{\"id\": \"feed-4\", \"text\": \"Gyeongju met Xi'an.\"}\r\n";
    write_file(PATH("c_feed.jsonl"), jl, strlen(jl));
    write_file(PATH("d_blob.txt"), "GIF89a\0\0\0\x01", 10);
    write_file(PATH("e_empty.txt"), "", 0);
    write_file(PATH("f_latin1.txt"), "Z\xFCrich met Daejeon.", 19);
    write_file(PATH(".hidden.txt"), "Never read.", strlen("Never read."));
    snprintf(sub, sizeof sub, "%s/g_sub", dir);
    mkdir(sub, 0755);
    write_file(PATH("g_sub/h_inner.txt"), "Sejong met Lyon.", strlen("Sejong met Lyon."));
    const char *noext = "{\"id\": \"noext-1\", \"text\": \"Jeju met Bali.\"}\n";
    write_file(PATH("i_noext"), noext, strlen(noext));
    mkdir(PATH("j_emptydir"), 0755);
    const char *bomjl = "\xEF\xBB\xBF{\"id\": \"bom-1\", \"text\": \"Gumi met Tours.\"}\n"
                        "{\"id\": \"bom-2\", \"text\": \"Iksan met Nara.\"}\n";
    write_file(PATH("k_bom.jsonl"), bomjl, strlen(bomjl));

    /* a folder: recursive, sorted by name, dot files skipped, errors in place */
    const want_doc folder[] = {
        {1, "a_mou"},
        {1, "b_page"},
        {1, "feed-1"},
        {CT_EJSON, "c_feed:3: malformed JSON Lines record"},
        {1, "c_feed:4"}, /* a line without an id is named by file stem and line */
        {1, "feed-4"},
        {CT_EBINARY, "d_blob.txt: binary data"},
        {CT_EEMPTY, "e_empty.txt: empty document"},
        {CT_EUTF8, "f_latin1.txt: invalid UTF-8 at byte 1"},
        {1, "h_inner"},
        {1, "noext-1"},
        {1, "bom-1"}, /* a byte-order mark before the first line */
        {1, "bom-2"},
    };
    const char *paths[4] = {dir};
    ct_reader *r = NULL;
    CHECK(ct_reader_open(paths, 1, CT_FMT_AUTO, &r) == 0, "reader_open folder");
    if (r) expect(r, folder, sizeof folder / sizeof *folder, "folder");
    ct_reader_free(r);

    /* missing and unreadable paths are one error each and the batch goes on */
    char missing[512], notdir[512], dangling[512], ok[512];
    snprintf(missing, sizeof missing, "%s/no_such_file.txt", dir);
    snprintf(notdir, sizeof notdir, "%s/a_mou.txt/inside.txt", dir);
    snprintf(dangling, sizeof dangling, "%s/dangling.txt", dir);
    snprintf(ok, sizeof ok, "%s/g_sub/h_inner.txt", dir);
    CHECK(symlink("/nonexistent/cityties/target", dangling) == 0, "symlink");
    const char *list[] = {missing, notdir, dangling, ok};
    want_doc wl[] = {{CT_EIO, "no_such_file.txt: No such file or directory"},
                     {CT_EIO, "inside.txt: Not a directory"},
                     {CT_EIO, "dangling.txt: No such file"},
                     {1, "h_inner"}};
    r = NULL;
    CHECK(ct_reader_open(list, 4, CT_FMT_AUTO, &r) == 0, "reader_open list");
    if (r) expect(r, wl, 4, "paths");
    ct_reader_free(r);
    if (geteuid() != 0) { /* root reads anything; only check permissions as a user */
        snprintf(p, sizeof p, "%s/locked.txt", dir);
        write_file(p, "Locked away.", 12);
        chmod(p, 0);
        const char *one[] = {p};
        want_doc wp[] = {{CT_EIO, "locked.txt: Permission denied"}};
        r = NULL;
        if (ct_reader_open(one, 1, CT_FMT_AUTO, &r) == 0) expect(r, wp, 1, "locked");
        ct_reader_free(r);
    }

    /* --format overrides extensions: an HTML file read as text keeps its tags */
    snprintf(p, sizeof p, "%s/b_page.html", dir);
    const char *html[] = {p};
    r = NULL;
    if (ct_reader_open(html, 1, CT_FMT_TEXT, &r) == 0) {
        ct_doc *d = NULL;
        char err[256];
        CHECK(ct_reader_next(r, &d, err, sizeof err) == 1 && d && d->format == CT_FMT_TEXT &&
                  strstr(ct_doc_text(d, NULL), "<p>"),
              "--format text");
        ct_doc_free(d);
    }
    ct_reader_free(r);

    /* an empty folder yields nothing */
    snprintf(p, sizeof p, "%s/j_emptydir", dir);
    const char *empty[] = {p};
    r = NULL;
    if (ct_reader_open(empty, 1, CT_FMT_AUTO, &r) == 0) expect(r, NULL, 0, "empty folder");
    ct_reader_free(r);

    /* a 50 MB single-line file: CT_ETOOBIG naming it, then the next file is read */
    const size_t big = 50u << 20;
    char *line = malloc(big + 1);
    char bigtxt[512], bigjl[512];
    snprintf(bigtxt, sizeof bigtxt, "%s/big_line.txt", dir);
    snprintf(bigjl, sizeof bigjl, "%s/big_line.jsonl", dir);
    if (line) {
        memset(line, 'w', big);
        for (size_t i = 100; i < big; i += 100)
            line[i] = ' ';
        line[big] = '\n';
        CHECK(write_file(bigtxt, line, big + 1) == 0, "write 50 MB file");
        memcpy(line, "{\"text\": \"", 10);
        memcpy(line + big - 2, "\"}", 2);
        CHECK(write_file(bigjl, line, big + 1) == 0, "write 50 MB JSON line");
        free(line);
        const char *bl[] = {bigtxt, bigjl, ok};
        want_doc wb[] = {{CT_ETOOBIG, "big_line.txt: over the 16 MB document limit"},
                         {CT_ETOOBIG, "big_line:1:"},
                         {1, "h_inner"}};
        r = NULL;
        if (ct_reader_open(bl, 3, CT_FMT_AUTO, &r) == 0) expect(r, wb, 3, "50 MB");
        ct_reader_free(r);
    }
#undef PATH
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK(system(cmd) == 0, "cleanup");
}

/* ---- fuzz corpus replay ---- */

/* Feeds one saved input to the entry point its target fuzzes. Returns 0 when it ran. */
static int replay_one(const char *target, const char *bytes, size_t n, const ct_lexicons *lex)
{
    ct_doc *d = NULL;
    char err[256];
    if (strcmp(target, "store") == 0) return fuzz_store_one((const uint8_t *)bytes, n);
    if (strcmp(target, "dates") == 0) {
        ct_date_anchor anchors[] = {{{2022, 7, 5}, CT_TENSE_PAST, 0, lex},
                                    {{2003, 0, 0}, CT_TENSE_FUTURE, 0, lex},
                                    {{0, 0, 0}, CT_TENSE_UNKNOWN, 0, lex}};
        for (size_t a = 0; a < 3; a++) {
            const char *p = bytes, *end = bytes + n;
            while (p < end) {
                ct_date_expr e;
                const char *q = p;
                if (ct_date_scan(&q, end, &anchors[a], &e) == 0) {
                    if (q <= p || q > end) return -1; /* must advance, within bounds */
                    char buf[64];
                    ct_when_format(&e.value, buf, sizeof buf);
                    p = q;
                } else {
                    if (q != p) return -1; /* failure leaves the cursor alone */
                    p++;
                }
                /* the scanner is called at word starts only (its contract) */
                while (p < end && (((unsigned char)*p & 0xC0) == 0x80 ||
                                   ((unsigned char)p[-1] < 0x80 &&
                                    (((p[-1] | 32) >= 'a' && (p[-1] | 32) <= 'z') ||
                                     (p[-1] >= '0' && p[-1] <= '9')))))
                    p++;
            }
        }
        return 0;
    }
    ct_format fmt = strcmp(target, "html") == 0    ? CT_FMT_HTML
                    : strcmp(target, "jsonl") == 0 ? CT_FMT_JSONL
                                                   : CT_FMT_TEXT;
    int rc = ct_doc_from_memory("fuzz", bytes, n, fmt, &d, err, sizeof err);
    if (rc < 0) return d == NULL && err[0] ? 0 : -1;
    /* invariants: paragraphs inside the text, raw offsets inside the raw bytes */
    int bad = 0;
    for (size_t i = 0; i < d->nparas; i++)
        if ((size_t)d->paras[i].off + d->paras[i].len > d->len) bad = 1;
    for (size_t off = 0; off <= d->len; off += 7)
        if (ct_doc_raw_offset(d, off) > d->raw_len && d->format != CT_FMT_JSONL) bad = 1;
    ct_doc_free(d);
    return bad ? -1 : 0;
}

static void test_corpus(void)
{
    static const char *const targets[] = {"html", "jsonl", "text", "dates", "store"};
    ct_lexicons *lex = ct_lexicons_load();
    CHECK(lex != NULL, "lexicons");
    for (size_t t = 0; t < sizeof targets / sizeof *targets; t++) {
        char dir[256];
        snprintf(dir, sizeof dir, "tests/fuzz/corpus/%s", targets[t]);
        DIR *dp = opendir(dir);
        CHECK(dp != NULL, "no saved corpus %s (run from the repository root)", dir);
        if (!dp) continue;
        size_t files = 0, ok = 0;
        struct dirent *de;
        while ((de = readdir(dp))) {
            if (de->d_name[0] == '.') continue;
            char path[600];
            snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
            FILE *f = fopen(path, "rb");
            if (!f) continue;
            static char buf[1 << 20];
            size_t n = fread(buf, 1, sizeof buf, f);
            fclose(f);
            files++;
            if (replay_one(targets[t], buf, n, lex) == 0)
                ok++;
            else
                fprintf(stderr, "replay %s: invariant broken\n", path);
        }
        closedir(dp);
        CHECK(files > 0 && ok == files, "corpus %s: %zu of %zu inputs replayed cleanly", targets[t],
              ok, files);
    }
    ct_lexicons_free(lex);
}

int main(void)
{
    test_text();
    test_paragraphs();
    test_html();
    test_jsonl();
    test_jsonl_flat();
    test_bad();
    test_reader();
    test_corpus();
    return harness_done("document");
}
