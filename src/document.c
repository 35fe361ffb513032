/*
 * document.c - reading inputs: plain text, HTML (gumbo), JSON Lines (a decoder of its own for
 * the usual flat object of strings, jansson for everything else); the reader over files,
 * folders and standard input; paragraph splitting.
 *
 * Every input is checked before analysis: NUL bytes mean binary (CT_EBINARY), bytes that are not
 * UTF-8 fail with the offset of the first bad byte (CT_EUTF8), no visible text is CT_EEMPTY, and
 * anything over CT_MAX_DOC is CT_ETOOBIG. Errors never stop the reader: the caller reports the
 * one document and asks for the next.
 */
#include "document.h"

#include <dirent.h>
#include <errno.h>
#include <gumbo.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "arena.h"
#include "text.h"

static int fail(char *err, size_t errlen, int rc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static int fail(char *err, size_t errlen, int rc, const char *fmt, ...)
{
    if (err && errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
    }
    return rc;
}

void ct_doc_free(ct_doc *doc)
{
    if (!doc) return;
    if (doc->text != doc->raw) free(doc->text); /* doc->raw shares the doc's allocation */
    free(doc->id);
    free(doc->url);
    free(doc->meta_published);
    free(doc->paras);
    free(doc->map);
    free(doc);
}

const char *ct_doc_id(const ct_doc *doc)
{
    return doc->id;
}
const char *ct_doc_url(const ct_doc *doc)
{
    return doc->url;
}
const char *ct_doc_meta_published(const ct_doc *doc)
{
    return doc->meta_published;
}
const char *ct_doc_raw(const ct_doc *doc, size_t *len)
{
    if (len) *len = doc->raw_len;
    return doc->raw;
}
const char *ct_doc_text(const ct_doc *doc, size_t *len)
{
    if (len) *len = doc->len;
    return doc->text;
}

size_t ct_doc_raw_offset(const ct_doc *doc, size_t off)
{
    if (!doc->map || doc->nmap == 0) return off;
    /* Binary search for the last pair whose text offset is <= off. */
    size_t lo = 0, hi = doc->nmap;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (doc->map[2 * mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    if (off < doc->map[0]) return doc->map[1];
    size_t r = doc->map[2 * lo + 1] + (off - doc->map[2 * lo]);
    return r < doc->raw_len ? r : doc->raw_len; /* never past the raw bytes */
}

/* ---- validation ---- */

static int check_size(const char *id, size_t n, char *err, size_t errlen)
{
    if (n > CT_MAX_DOC)
        return fail(err, errlen, CT_ETOOBIG, "%s: %zu bytes, over the %u MB document limit", id, n,
                    CT_MAX_DOC >> 20);
    return 0;
}

/* The bytes s[0..n), which stand at offset base of the input, hold no NUL and are UTF-8. */
static int check_text(const char *id, const char *s, size_t n, size_t base, char *err,
                      size_t errlen)
{
    const char *nul = memchr(s, '\0', n);
    if (nul)
        return fail(err, errlen, CT_EBINARY, "%s: binary data (NUL byte at offset %zu)", id,
                    base + (size_t)(nul - s));
    size_t bad = ct_utf8_check(s, n);
    if (bad < n)
        return fail(err, errlen, CT_EUTF8, "%s: invalid UTF-8 at byte %zu", id, base + bad);
    return 0;
}

static int check_bytes(const char *id, const char *s, size_t n, char *err, size_t errlen)
{
    int rc = check_size(id, n, err, errlen);
    return rc < 0 ? rc : check_text(id, s, n, 0, err, errlen);
}

static int has_visible_text(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        int32_t cp;
        i += ct_utf8_decode(s + i, n - i, &cp);
        if (!ct_cp_is_space(cp)) return 1;
    }
    return 0;
}

/* ---- paragraphs ---- */

/* A paragraph is one line; in plain text a line that begins with a lowercase letter continues
 * the one just above it (hard-wrapped text) unless that one ended a sentence. Leading white
 * space is trimmed from each paragraph. */
int ct_doc_paragraphs(ct_doc *doc)
{
    size_t cap = 16, n = 0;
    ct_para *ps = malloc(cap * sizeof *ps);
    if (!ps) return CT_ENOMEM;
    const char *t = doc->text;
    size_t i = 0, len = doc->len;
    while (i < len) {
        const char *lf = memchr(t + i, '\n', len - i);
        size_t eol = lf ? (size_t)(lf - t) : len;
        size_t b = i, e = eol;
        while (b < e) {
            unsigned char c = (unsigned char)t[b];
            if (c < 0x80) { /* ASCII without a decode */
                if (c != ' ' && (c < '\t' || c > '\r')) break;
                b++;
                continue;
            }
            int32_t cp;
            size_t l = ct_utf8_decode(t + b, e - b, &cp);
            if (!ct_cp_is_space(cp)) break;
            b += l;
        }
        while (e > b && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\r'))
            e--;
        if (e > b) {
            /* continuation only in plain text (HTML blocks are paragraphs already) and only
             * when the previous paragraph ended on the line just above, without a full stop;
             * a lowercase ASCII letter is its own first byte */
            int cont = n > 0 && t[b] >= 'a' && t[b] <= 'z' && doc->format != CT_FMT_HTML;
            if (cont) {
                size_t prev_end = ps[n - 1].off + ps[n - 1].len;
                size_t nl = 0;
                for (size_t k = prev_end; k < b; k++)
                    nl += t[k] == '\n';
                char last = t[prev_end - 1];
                if (nl == 1 && last != '.' && last != '!' && last != '?' && last != ':') {
                    ps[n - 1].len = (uint32_t)(e - ps[n - 1].off);
                    i = eol + 1;
                    continue;
                }
            }
            if (n == cap) {
                cap *= 2;
                ct_para *np = realloc(ps, cap * sizeof *ps);
                if (!np) {
                    free(ps);
                    return CT_ENOMEM;
                }
                ps = np;
            }
            ps[n].off = (uint32_t)b;
            ps[n].len = (uint32_t)(e - b);
            ps[n].flags = 0;
            n++;
        }
        i = eol + 1;
    }
    free(doc->paras);
    doc->paras = ps;
    doc->nparas = n;
    return 0;
}

/* ---- HTML ---- */

typedef struct {
    ct_buf text;   /* extracted text */
    uint32_t *map; /* (text off, raw off) pairs */
    size_t nmap, capmap;
    int space;       /* a space is pending before the next text */
    char *published; /* from meta or <time>, malloc'd */
} html_out;

static int html_skip(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_MENU:
        return 1;
    default:
        return 0;
    }
}

static int html_block(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_TITLE:
        return 1;
    default:
        return 0;
    }
}

static void html_newline(html_out *h)
{
    if (h->text.len && h->text.data[h->text.len - 1] != '\n') ct_buf_putc(&h->text, '\n');
    h->space = 0;
}

/* Where the decoded code point s[i..i+l) came from in the node's original text orig[*j..):
 * advances *j past its source (an entity "&amp;", a CR LF pair, or the same bytes). Returns 1
 * when the source was a character reference, so the caller starts a new map pair after it. */
static int html_src_step(const char *orig, size_t norig, size_t *j, const char *s, size_t n,
                         size_t i, size_t l)
{
    size_t k = *j;
    if (k >= norig) return 0;
    if (orig[k] == '&') {
        size_t e = k + 1;
        if (e < norig && orig[e] == '#') e++;
        if (e < norig && (orig[e] == 'x' || orig[e] == 'X') && orig[e - 1] == '#') e++;
        while (e < norig && (((orig[e] | 32) >= 'a' && (orig[e] | 32) <= 'z') ||
                             (orig[e] >= '0' && orig[e] <= '9')))
            e++;
        if (e < norig && orig[e] == ';') e++;
        /* a legacy reference may decode from a prefix of the name ("&copy2024" is "©2024",
         * "&notit;" is "¬it;"): end it where the source meets the next decoded byte again */
        if (e > k + 2 && i + l < n && (e >= norig || orig[e] != s[i + l]))
            for (size_t q = k + 2; q < e; q++)
                if (orig[q] == s[i + l]) {
                    e = q;
                    break;
                }
        /* a bare '&' ("AT&T") decodes to itself; "&amp;" decodes to '&' too */
        int literal = s[i] == '&' &&
                      !(e - k >= 4 && (ct_ieq(orig + k, 4, "&amp") || ct_ieq(orig + k, 4, "&#38") ||
                                       ct_ieq(orig + k, 4, "&#x2")));
        if (e > k + 1 && !literal) {
            *j = e;
            return 1;
        }
    }
    if (orig[k] == '\r' && s[i] == '\n') {
        k++;
        if (k < norig && orig[k] == '\n') k++;
        *j = k;
        return 1;
    }
    *j = k + l < norig ? k + l : norig;
    return 0;
}

/* Adds the map pair (text offset, raw offset); -1 when out of memory. */
static int html_pair(html_out *h, size_t off, size_t raw)
{
    if (h->nmap == h->capmap) {
        size_t cap = h->capmap ? h->capmap * 2 : 64;
        uint32_t *m = realloc(h->map, cap * 2 * sizeof *m);
        if (!m) return -1;
        h->map = m;
        h->capmap = cap;
    }
    h->map[2 * h->nmap] = (uint32_t)off;
    h->map[2 * h->nmap + 1] = (uint32_t)raw;
    h->nmap++;
    return 0;
}

/* Bytes from s[0] (and from orig[0], when orig is not NULL) that html_text() may take whole,
 * at most n (and norig): ASCII that is white space when space is set, not white space when it is
 * not, each standing for itself in the source, which holds no '&' or CR there
 * (html_src_step() would only step over each). */
static inline size_t html_ascii_run(const char *s, size_t n, const char *orig, size_t norig,
                                    int space)
{
    size_t t = 0;
    if (orig && norig < n) n = norig;
    while (t < n) {
        unsigned char c = (unsigned char)s[t];
        if (c >= 0x80 || (c == ' ' || (c >= '\t' && c <= '\r')) != space) break;
        if (orig && (orig[t] == '&' || orig[t] == '\r')) break;
        t++;
    }
    return t;
}

/* Appends the decoded text s[0..n) of one node, collapsing runs of white space. orig[0..norig)
 * is the node's source text before entities were decoded (or NULL), starting at raw_off in the
 * raw bytes: walking both in step keeps the (text offset, raw offset) map exact. A pair is
 * added per run of non-space characters and after every character reference. Stretches of
 * plain ASCII are taken whole; the rest a code point at a time. */
static void html_text(html_out *h, const char *s, size_t n, const char *orig, size_t norig,
                      size_t raw_off)
{
    size_t i = 0, j = 0;
    if (!orig) norig = 0;
    while (i < n) {
        size_t t = html_ascii_run(s + i, n - i, orig ? orig + j : NULL, norig - j, 1);
        if (t) {
            h->space = h->text.len && h->text.data[h->text.len - 1] != '\n';
            i += t;
            j += orig ? t : 0;
            continue;
        }
        int32_t cp;
        size_t l = ct_utf8_decode(s + i, n - i, &cp);
        if (ct_cp_is_space(cp)) {
            h->space = h->text.len && h->text.data[h->text.len - 1] != '\n';
            if (orig) html_src_step(orig, norig, &j, s, n, i, l);
            i += l;
            continue;
        }
        if (h->space) {
            ct_buf_putc(&h->text, ' ');
            h->space = 0;
        }
        /* one run of non-space characters */
        int pair = 1;
        while (i < n) {
            t = html_ascii_run(s + i, n - i, orig ? orig + j : NULL, norig - j, 0);
            if (t) { /* at most its first character starts a pair */
                if (pair && html_pair(h, h->text.len, raw_off + (orig ? j : i)) < 0) return;
                pair = 0;
                ct_buf_append(&h->text, s + i, t);
                i += t;
                j += orig ? t : 0;
                continue;
            }
            l = ct_utf8_decode(s + i, n - i, &cp);
            if (ct_cp_is_space(cp)) break;
            size_t src = orig ? j : i;
            int ref = orig ? html_src_step(orig, norig, &j, s, n, i, l) : 0;
            if ((pair || ref) && html_pair(h, h->text.len, raw_off + src) < 0) return;
            pair = ref; /* the character after a reference starts a new pair */
            ct_buf_append(&h->text, s + i, l);
            i += l;
        }
    }
}

static const char *attr(const GumboVector *attrs, const char *name)
{
    GumboAttribute *a = gumbo_get_attribute(attrs, name);
    return a ? a->value : NULL;
}

static void html_meta(html_out *h, const GumboElement *el)
{
    if (h->published) return;
    if (el->tag == GUMBO_TAG_META) {
        const char *name = attr(&el->attributes, "property");
        if (!name) name = attr(&el->attributes, "name");
        if (!name) name = attr(&el->attributes, "itemprop");
        const char *content = attr(&el->attributes, "content");
        static const char *const keys[] = {"article:published_time",
                                           "datepublished",
                                           "pubdate",
                                           "publishdate",
                                           "date",
                                           "dc.date",
                                           "dc.date.issued",
                                           "og:published_time",
                                           "sailthru.date",
                                           NULL};
        if (name && content)
            for (int k = 0; keys[k]; k++)
                if (ct_ieq(name, strlen(name), keys[k])) {
                    h->published = strdup(content);
                    return;
                }
    } else if (el->tag == GUMBO_TAG_TIME) {
        const char *dt = attr(&el->attributes, "datetime");
        if (dt) h->published = strdup(dt);
    }
}

static void html_walk(html_out *h, const GumboNode *node, int depth)
{
    if (depth > 512) return; /* hostile nesting */
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
        const GumboText *tx = &node->v.text;
        int src = node->type == GUMBO_NODE_TEXT && tx->original_text.data;
        html_text(h, tx->text, strlen(tx->text), src ? tx->original_text.data : NULL,
                  src ? tx->original_text.length : 0, tx->start_pos.offset);
        return;
    }
    if (node->type == GUMBO_NODE_WHITESPACE) {
        h->space = h->text.len && h->text.data[h->text.len - 1] != '\n';
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT &&
        node->type != GUMBO_NODE_TEMPLATE)
        return;
    const GumboVector *children;
    if (node->type == GUMBO_NODE_DOCUMENT) {
        children = &node->v.document.children;
    } else {
        const GumboElement *el = &node->v.element;
        html_meta(h, el);
        if (el->tag == GUMBO_TAG_HEAD) {
            /* keep <title> text: a headline is part of the article */
            for (unsigned i = 0; i < el->children.length; i++) {
                const GumboNode *c = el->children.data[i];
                if (c->type == GUMBO_NODE_ELEMENT) {
                    html_meta(h, &c->v.element);
                    for (unsigned k = 0; k < c->v.element.children.length; k++) {
                        const GumboNode *m = c->v.element.children.data[k];
                        if (m->type == GUMBO_NODE_ELEMENT) html_meta(h, &m->v.element);
                    }
                    if (c->v.element.tag == GUMBO_TAG_TITLE) {
                        html_walk(h, c, depth + 1);
                        html_newline(h);
                    }
                }
            }
            return;
        }
        if (html_skip(el->tag)) return;
        children = &el->children;
        if (html_block(el->tag)) html_newline(h);
    }
    for (unsigned i = 0; i < children->length; i++)
        html_walk(h, children->data[i], depth + 1);
    if (node->type == GUMBO_NODE_ELEMENT && html_block(node->v.element.tag)) html_newline(h);
}

/* gumbo's allocator: its tree lives in an arena freed whole after the walk, so neither its many
 * small allocations nor its frees, nor walking the tree again to free it, cost a call each. What
 * gumbo frees (the old room of the vectors and buffers it grows) stays until then: the peak on a
 * 5 MB page rises by about a twentieth (87 -> 92 MB), bounded as the page is (CT_MAX_DOC). */
static void *html_alloc(void *arena, size_t n)
{
    return ct_arena_alloc_raw(arena, n);
}

static void html_free(void *arena, void *p)
{
    (void)arena;
    (void)p;
}

static int doc_from_html(ct_doc *doc, char *err, size_t errlen)
{
    html_out h = {0};
    ct_buf_init(&h.text, CT_MAX_DOC);
    GumboOptions opt = kGumboDefaultOptions;
    opt.allocator = html_alloc;
    opt.deallocator = html_free;
    opt.userdata = ct_arena_new(64 * 1024);
    GumboOutput *out = opt.userdata ? gumbo_parse_with_options(&opt, doc->raw, doc->raw_len) : NULL;
    if (!out) {
        ct_arena_free(opt.userdata);
        ct_buf_free(&h.text);
        return fail(err, errlen, CT_ENOMEM, "%s: HTML parser failed", doc->id);
    }
    html_walk(&h, out->document, 0);
    ct_arena_free(opt.userdata);
    if (h.text.overflow) {
        ct_buf_free(&h.text);
        free(h.map);
        free(h.published);
        return fail(err, errlen, CT_ETOOBIG, "%s: extracted text over the document limit", doc->id);
    }
    doc->text = h.text.data ? h.text.data : strdup("");
    doc->len = h.text.len;
    doc->map = h.map;
    doc->nmap = h.nmap;
    if (h.published && !doc->meta_published)
        doc->meta_published = h.published;
    else
        free(h.published);
    return doc->text ? 0 : CT_ENOMEM;
}

/* ---- construction ---- */

/* Length of a UTF-8 byte-order mark at s (3), or 0. */
static size_t bom_len(const char *s, size_t n)
{
    return n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

static int looks_html(const char *s, size_t n)
{
    size_t i = bom_len(s, n);
    while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
        i++;
    if (i >= n || s[i] != '<') return 0;
    size_t m = n - i < 2048 ? n - i : 2048;
    for (size_t k = i; k + 5 < i + m; k++) {
        if (s[k] != '<') continue;
        const char *p = s + k + 1;
        if (ct_ieq(p, 5, "html>") || ct_ieq(p, 5, "html ") || ct_ieq(p, 5, "!doct") ||
            ct_ieq(p, 5, "body>") || ct_ieq(p, 5, "head>") || ct_ieq(p, 2, "p>") ||
            ct_ieq(p, 4, "div>") || ct_ieq(p, 4, "div "))
            return 1;
    }
    return 0;
}

static char *json_string_dup(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    if (json_is_string(v)) return strndup(json_string_value(v), json_string_length(v));
    if (json_is_integer(v)) {
        char tmp[32];
        snprintf(tmp, sizeof tmp, "%lld", (long long)json_integer_value(v));
        return strdup(tmp);
    }
    return NULL;
}

/* ---- JSON Lines fast path ----
 * A record line is nearly always one flat object of strings. json_flat() decodes exactly that,
 * as jansson does, and declines anything else (a number, true/false/null, nesting, one of the
 * fields read below given twice, \u0000, a lone surrogate, a control character, bytes that are
 * not UTF-8), which jansson then parses, with its own answers and error messages. */

enum { JF_ID, JF_URL, JF_PUBLISHED, JF_DATE, JF_TEXT, JF_HTML, JF_N };
static const char *const jf_keys[JF_N] = {"id", "url", "published", "date", "text", "html"};

static int jf_hex4(const char *p, const char *end, unsigned *v)
{
    if (end - p < 4) return 0;
    unsigned x = 0;
    for (int i = 0; i < 4; i++) {
        unsigned c = (unsigned char)p[i], d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if ((c | 32) >= 'a' && (c | 32) <= 'f')
            d = (c | 32) - 'a' + 10;
        else
            return 0;
        x = x << 4 | d;
    }
    *v = x;
    return 1;
}

/* Bytes from p, at most e - p, that stand for themselves in a JSON string (ct_buf_json_plain()).
 * With SSE2 (and GCC's count of trailing zeros) sixteen at a time, the first that does not
 * found in the block's mask (a signed compare: bytes of 0x80 or more are below 0x20 too);
 * ct_buf_json_plain16() and a byte at a time elsewhere (test_document passes with either). */
static inline size_t jf_plain_run(const unsigned char *p, const unsigned char *e)
{
    const unsigned char *q = p;
#if defined(__SSE2__) && defined(__GNUC__)
    for (; e - q >= 16; q += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)q);
        __m128i bad = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                                   _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                                _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
        unsigned m = (unsigned)_mm_movemask_epi8(bad);
        if (m) return (size_t)(q - p) + (size_t)__builtin_ctz(m);
    }
#else
    while (e - q >= 16 && ct_buf_json_plain16(q))
        q += 16;
#endif
    while (q < e && ct_buf_json_plain(*q))
        q++;
    return (size_t)(q - p);
}

/* Decodes the JSON string after the opening quote at *pp into out (cap bytes, or NULL to only
 * check it; *len gets the decoded length, written or not). Returns 1 with *pp past the closing
 * quote, or 0 to decline. Bytes that stand for themselves (plain ASCII, and well-formed UTF-8
 * sequences past it) are copied a run at a time, the run ending only at an escape or the quote;
 * past cap a run is cut short (a caller with less room than the string only tells whether the
 * decoded string fits). */
static int jf_string(const char **pp, const char *end, char *out, size_t cap, size_t *len)
{
    const unsigned char *p = (const unsigned char *)*pp, *e = (const unsigned char *)end;
    const unsigned char *run = p; /* the bytes from run to p stand for themselves */
    size_t o = 0;
    while (p < e) {
        p += jf_plain_run(p, e);
        if (p == e) break;
        unsigned c = *p;
        if (c >= 0x80) {
            /* a well-formed sequence only (ct_utf8_decode() gives 1 for a byte that starts
             * none): anything else is for jansson to refuse */
            int32_t cp;
            size_t n = ct_utf8_decode((const char *)p, (size_t)(e - p), &cp);
            if (n < 2) return 0;
            p += n;
            continue;
        }
        size_t rl = (size_t)(p - run);
        if (out && o < cap) memcpy(out + o, run, rl < cap - o ? rl : cap - o);
        o += rl;
        if (c == '"') {
            *pp = (const char *)p + 1;
            *len = o;
            return 1;
        }
        if (c < 0x20) return 0;
        char buf[4];
        size_t bl = 0;
        if (e - p < 2) return 0;
        switch (p[1]) {
        case '"':
            buf[bl++] = '"';
            break;
        case '\\':
            buf[bl++] = '\\';
            break;
        case '/':
            buf[bl++] = '/';
            break;
        case 'b':
            buf[bl++] = '\b';
            break;
        case 'f':
            buf[bl++] = '\f';
            break;
        case 'n':
            buf[bl++] = '\n';
            break;
        case 'r':
            buf[bl++] = '\r';
            break;
        case 't':
            buf[bl++] = '\t';
            break;
        case 'u': {
            unsigned v, w;
            if (!jf_hex4((const char *)p + 2, end, &v) || v == 0 || (v >= 0xDC00 && v <= 0xDFFF))
                return 0;
            if (v >= 0xD800 && v <= 0xDBFF) {
                if (e - p < 12 || p[6] != '\\' || p[7] != 'u' ||
                    !jf_hex4((const char *)p + 8, end, &w) || w < 0xDC00 || w > 0xDFFF)
                    return 0;
                v = 0x10000 + ((v - 0xD800) << 10) + (w - 0xDC00);
                p += 6;
            }
            if (v < 0x80) {
                buf[bl++] = (char)v;
            } else if (v < 0x800) {
                buf[bl++] = (char)(0xC0 | v >> 6);
                buf[bl++] = (char)(0x80 | (v & 0x3F));
            } else if (v < 0x10000) {
                buf[bl++] = (char)(0xE0 | v >> 12);
                buf[bl++] = (char)(0x80 | ((v >> 6) & 0x3F));
                buf[bl++] = (char)(0x80 | (v & 0x3F));
            } else {
                buf[bl++] = (char)(0xF0 | v >> 18);
                buf[bl++] = (char)(0x80 | ((v >> 12) & 0x3F));
                buf[bl++] = (char)(0x80 | ((v >> 6) & 0x3F));
                buf[bl++] = (char)(0x80 | (v & 0x3F));
            }
            p += 4;
            break;
        }
        default:
            return 0;
        }
        p += 2;
        if (out && o + bl <= cap) memcpy(out + o, buf, bl);
        o += bl;
        run = p;
    }
    return 0;
}

static const char *jf_ws(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    return p;
}

/* The fields jf_keys of the flat JSON object of strings s[0..n) into f[] (malloc'ed, NULL when
 * absent), and in *used the bytes up to its closing brace. Returns 1, or 0 (f[] all NULL) to
 * decline. Bytes it reads without declining are UTF-8 and hold no NUL. */
static int json_flat(const char *s, size_t n, char *f[JF_N], size_t *used)
{
    const char *p = jf_ws(s, s + n), *end = s + n;
    for (int k = 0; k < JF_N; k++)
        f[k] = NULL;
    if (p >= end || *p++ != '{') return 0;
    p = jf_ws(p, end);
    if (p < end && *p == '}') {
        *used = (size_t)(p + 1 - s);
        return 1;
    }
    /* Each field is decoded once, into scratch room for the whole line (a JSON string decodes
     * to at most its encoded length), then copied to a string of its own size; the text (or
     * HTML), most of the line, keeps the room itself, and a later field takes new room. */
    char *scratch = NULL;
    for (;;) {
        if (p >= end || *p++ != '"') goto decline;
        char key[16];
        size_t kl;
        if (!jf_string(&p, end, key, sizeof key - 1, &kl)) goto decline;
        int k = -1;
        if (kl < sizeof key) {
            key[kl] = '\0';
            for (int j = 0; j < JF_N && k < 0; j++)
                if (!strcmp(key, jf_keys[j])) k = j;
        }
        p = jf_ws(p, end);
        if (p >= end || *p++ != ':') goto decline;
        p = jf_ws(p, end);
        if (p >= end || *p++ != '"') goto decline;
        if (k >= 0) {
            if (f[k]) goto decline; /* given twice: jansson keeps the last */
            size_t vl;
            if ((!scratch && !(scratch = malloc(n + 1))) || !jf_string(&p, end, scratch, n, &vl))
                goto decline;
            if (k == JF_TEXT || k == JF_HTML) {
                f[k] = scratch;
                scratch = NULL;
            } else if (!(f[k] = malloc(vl + 1))) {
                goto decline;
            } else {
                memcpy(f[k], scratch, vl);
            }
            f[k][vl] = '\0';
        } else {
            size_t vl;
            if (!jf_string(&p, end, NULL, 0, &vl)) goto decline;
        }
        p = jf_ws(p, end);
        if (p < end && *p == '}') {
            free(scratch);
            *used = (size_t)(p + 1 - s);
            return 1;
        }
        if (p >= end || *p++ != ',') goto decline;
        p = jf_ws(p, end);
    }
decline:
    free(scratch);
    for (int k = 0; k < JF_N; k++) {
        free(f[k]);
        f[k] = NULL;
    }
    return 0;
}

static int doc_from_json(ct_doc *doc, char *err, size_t errlen)
{
    size_t bom = bom_len(doc->raw, doc->raw_len); /* a file's first line may carry one */
    char *f[JF_N];
    size_t used = 0;
    int flat = json_flat(doc->raw + bom, doc->raw_len - bom, f, &used);
    /* The line's bytes were not checked before (ct_doc_from_memory()): those of the object
     * json_flat() read are UTF-8 without NUL, so only the bytes after it are checked here; a
     * line it declined is checked whole. */
    size_t from = flat ? bom + used : 0;
    int rc = check_text(doc->id, doc->raw + from, doc->raw_len - from, from, err, errlen);
    if (rc < 0) {
        for (int k = 0; k < JF_N; k++)
            free(f[k]);
        return rc;
    }
    if (!flat) {
        json_error_t je;
        json_t *obj = json_loadb(doc->raw + bom, doc->raw_len - bom, JSON_DISABLE_EOF_CHECK, &je);
        if (!obj || !json_is_object(obj)) {
            json_decref(obj);
            return fail(err, errlen, CT_EJSON, "%s: malformed JSON Lines record: %s", doc->id,
                        obj ? "not an object" : je.text);
        }
        for (int k = 0; k < JF_N; k++)
            f[k] = json_string_dup(obj, jf_keys[k]);
        json_decref(obj);
    }
    char *id = f[JF_ID];
    if (id && *id) {
        free(doc->id);
        doc->id = id;
    } else {
        free(id);
    }
    doc->url = f[JF_URL];
    doc->meta_published = f[JF_PUBLISHED] ? f[JF_PUBLISHED] : f[JF_DATE];
    if (f[JF_PUBLISHED]) free(f[JF_DATE]);
    char *text = f[JF_TEXT] ? f[JF_TEXT] : f[JF_HTML];
    int html = !f[JF_TEXT] && f[JF_HTML];
    if (f[JF_TEXT]) free(f[JF_HTML]);
    if (!text) return fail(err, errlen, CT_EJSON, "%s: JSON record has no \"text\" field", doc->id);
    /* The JSON line stays the raw input; the analysed text is the decoded field. */
    size_t n = strlen(text);
    /* json_flat() declines bytes that are not UTF-8, \u0000 and lone surrogates, and decodes
     * no longer than the line, whose size was checked: its fields pass check_bytes() as they
     * are. */
    rc = flat ? 0 : check_bytes(doc->id, text, n, err, errlen);
    if (rc < 0) {
        free(text);
        return rc;
    }
    if (html || looks_html(text, n)) {
        /* Parse the field as HTML; offsets then map into the field, not the JSON line. */
        char *raw = doc->raw;
        size_t raw_len = doc->raw_len;
        doc->raw = text;
        doc->raw_len = n;
        rc = doc_from_html(doc, err, errlen);
        doc->raw = raw;
        doc->raw_len = raw_len;
        free(text);
        doc->format = CT_FMT_HTML;
        free(doc->map); /* offsets into the decoded field would mislead: drop the map */
        doc->map = NULL;
        doc->nmap = 0;
        return rc;
    }
    doc->text = text;
    doc->len = n;
    return 0;
}

int ct_doc_from_memory(const char *id, const char *bytes, size_t n, ct_format fmt, ct_doc **out,
                       char *err, size_t errlen)
{
    *out = NULL;
    if (!id) id = "stdin";
    if (fmt == CT_FMT_AUTO) {
        size_t i = bom_len(bytes, n);
        while (i < n && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\t'))
            i++;
        fmt = i < n && bytes[i] == '{' ? CT_FMT_JSONL
              : looks_html(bytes, n)   ? CT_FMT_HTML
                                       : CT_FMT_TEXT;
    }
    /* A JSON line's bytes are checked by doc_from_json(), most of them as they are decoded. The
     * answers are the same: a NUL or a byte that is not UTF-8 counts as visible text below. */
    int rc = fmt == CT_FMT_JSONL ? check_size(id, n, err, errlen)
                                 : check_bytes(id, bytes, n, err, errlen);
    if (rc < 0) return rc;
    if (!has_visible_text(bytes, n)) return fail(err, errlen, CT_EEMPTY, "%s: empty document", id);
    /* the raw bytes live right after the doc, in one allocation (n is within CT_MAX_DOC) */
    ct_doc *doc = malloc(sizeof *doc + n + 1);
    if (!doc) return fail(err, errlen, CT_ENOMEM, "%s: out of memory", id);
    memset(doc, 0, sizeof *doc);
    doc->raw = (char *)(doc + 1);
    doc->id = strdup(id);
    if (!doc->id) {
        ct_doc_free(doc);
        return fail(err, errlen, CT_ENOMEM, "%s: out of memory", id);
    }
    memcpy(doc->raw, bytes, n);
    doc->raw[n] = '\0';
    doc->raw_len = n;
    doc->format = fmt;
    if (fmt == CT_FMT_HTML)
        rc = doc_from_html(doc, err, errlen);
    else if (fmt == CT_FMT_JSONL)
        rc = doc_from_json(doc, err, errlen);
    else {
        doc->text = doc->raw;
        doc->len = n;
    }
    if (rc == 0 && !has_visible_text(doc->text, doc->len))
        rc = fail(err, errlen, CT_EEMPTY, "%s: no text in document", doc->id);
    if (rc == 0) rc = ct_doc_paragraphs(doc);
    if (rc < 0) {
        if (rc == CT_ENOMEM) fail(err, errlen, rc, "%s: out of memory", doc->id);
        ct_doc_free(doc);
        return rc;
    }
    *out = doc;
    return 0;
}

/* ---- reader ---- */

struct ct_reader {
    char **files; /* expanded paths, in order; "-" is standard input */
    char **errs;  /* per file: an error found while expanding (or NULL) */
    size_t n, next;
    ct_format fmt;
    FILE *jsonl; /* open JSON Lines file being read line by line */
    char *jsonl_name;
    size_t jsonl_line;
    char *line;
    size_t line_cap;
    ct_buf line_id; /* the current line's id "name:line", rewritten for each */
};

static int reader_add(ct_reader *r, const char *path, const char *errmsg)
{
    char **f = realloc(r->files, (r->n + 1) * sizeof *f);
    if (!f) return CT_ENOMEM;
    r->files = f;
    char **e = realloc(r->errs, (r->n + 1) * sizeof *e);
    if (!e) return CT_ENOMEM;
    r->errs = e;
    r->files[r->n] = strdup(path);
    r->errs[r->n] = errmsg ? strdup(errmsg) : NULL;
    if (!r->files[r->n]) return CT_ENOMEM;
    r->n++;
    return 0;
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int reader_expand(ct_reader *r, const char *path, int depth)
{
    struct stat st;
    if (strcmp(path, "-") == 0) return reader_add(r, path, NULL);
    if (stat(path, &st) != 0) {
        char msg[512];
        snprintf(msg, sizeof msg, "%s: %s", path, strerror(errno));
        return reader_add(r, path, msg);
    }
    if (!S_ISDIR(st.st_mode)) return reader_add(r, path, NULL);
    if (depth > 32) return 0;
    DIR *d = opendir(path);
    if (!d) {
        char msg[512];
        snprintf(msg, sizeof msg, "%s: %s", path, strerror(errno));
        return reader_add(r, path, msg);
    }
    char **names = NULL;
    size_t n = 0;
    struct dirent *de;
    int rc = 0;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.') continue;
        char **nn = realloc(names, (n + 1) * sizeof *nn);
        if (!nn) {
            rc = CT_ENOMEM;
            break;
        }
        names = nn;
        size_t len = strlen(path) + strlen(de->d_name) + 2;
        names[n] = malloc(len);
        if (!names[n]) {
            rc = CT_ENOMEM;
            break;
        }
        snprintf(names[n], len, "%s%s%s", path, path[strlen(path) - 1] == '/' ? "" : "/",
                 de->d_name);
        n++;
    }
    closedir(d);
    if (n) qsort(names, n, sizeof *names, name_cmp);
    for (size_t i = 0; i < n; i++) {
        if (rc == 0) rc = reader_expand(r, names[i], depth + 1);
        free(names[i]);
    }
    free(names);
    return rc;
}

int ct_reader_open(const char *const *paths, size_t npaths, ct_format fmt, ct_reader **out)
{
    ct_reader *r = calloc(1, sizeof *r);
    if (!r) return CT_ENOMEM;
    r->fmt = fmt;
    ct_buf_init(&r->line_id, 511); /* (the id a 512-byte array held) */
    int rc = 0;
    if (npaths == 0) rc = reader_add(r, "-", NULL);
    for (size_t i = 0; i < npaths && rc == 0; i++)
        rc = reader_expand(r, paths[i], 0);
    if (rc < 0) {
        ct_reader_free(r);
        return rc;
    }
    *out = r;
    return 0;
}

void ct_reader_free(ct_reader *r)
{
    if (!r) return;
    for (size_t i = 0; i < r->n; i++) {
        free(r->files[i]);
        free(r->errs[i]);
    }
    free(r->files);
    free(r->errs);
    if (r->jsonl && r->jsonl != stdin) fclose(r->jsonl);
    free(r->jsonl_name);
    free(r->line);
    ct_buf_free(&r->line_id);
    free(r);
}

/* The file stem: base name without its last extension. */
static char *stem(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    return strndup(base, n);
}

static ct_format format_of(const char *path, ct_format fmt)
{
    if (fmt != CT_FMT_AUTO) return fmt;
    const char *dot = strrchr(path, '.');
    if (!dot) return CT_FMT_AUTO;
    if (ct_ieq(dot, strlen(dot), ".html") || ct_ieq(dot, strlen(dot), ".htm")) return CT_FMT_HTML;
    if (ct_ieq(dot, strlen(dot), ".jsonl") || ct_ieq(dot, strlen(dot), ".ndjson") ||
        ct_ieq(dot, strlen(dot), ".json"))
        return CT_FMT_JSONL;
    if (ct_ieq(dot, strlen(dot), ".txt")) return CT_FMT_TEXT;
    return CT_FMT_AUTO;
}

/* Reads a whole stream, refusing more than CT_MAX_DOC bytes. */
static int slurp(FILE *f, char **out, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) return CT_ENOMEM;
    for (;;) {
        if (n == cap) {
            if (cap > CT_MAX_DOC) {
                free(buf);
                return CT_ETOOBIG;
            }
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                return CT_ENOMEM;
            }
            buf = nb;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
    }
    if (ferror(f)) {
        free(buf);
        return CT_EIO;
    }
    if (n > CT_MAX_DOC) {
        free(buf);
        return CT_ETOOBIG;
    }
    *out = buf;
    *len = n;
    return 0;
}

/* Next line of the open JSON Lines stream as one document. 1, 0 at its end, or an error. */
static int reader_jsonl_next(ct_reader *r, ct_doc **doc, char *err, size_t errlen)
{
    for (;;) {
        ssize_t n = getline(&r->line, &r->line_cap, r->jsonl);
        if (n < 0) {
            if (r->jsonl != stdin) fclose(r->jsonl);
            r->jsonl = NULL;
            return 0;
        }
        r->jsonl_line++;
        size_t len = (size_t)n;
        while (len && (r->line[len - 1] == '\n' || r->line[len - 1] == '\r'))
            len--;
        size_t i = 0;
        while (i < len && (r->line[i] == ' ' || r->line[i] == '\t'))
            i++;
        if (i == len) continue; /* blank lines separate nothing */
        /* the id "name:line", written without parsing a format each line (the name is a file
         * name's stem, so it fits) */
        ct_buf *id = &r->line_id;
        ct_buf_clear(id);
        if (ct_buf_puts(id, r->jsonl_name) < 0 || ct_buf_putc(id, ':') < 0 ||
            ct_buf_putu(id, r->jsonl_line) < 0)
            return fail(err, errlen, CT_ENOMEM, "%s:%zu: out of memory", r->jsonl_name,
                        r->jsonl_line);
        int rc = ct_doc_from_memory(id->data, r->line, len, CT_FMT_JSONL, doc, err, errlen);
        return rc < 0 ? rc : 1;
    }
}

int ct_reader_next(ct_reader *r, ct_doc **doc, char *err, size_t errlen)
{
    *doc = NULL;
    if (r->jsonl) {
        int rc = reader_jsonl_next(r, doc, err, errlen);
        if (rc != 0) return rc;
    }
    while (r->next < r->n) {
        size_t i = r->next++;
        const char *path = r->files[i];
        if (r->errs[i]) return fail(err, errlen, CT_EIO, "%s", r->errs[i]);
        int is_stdin = strcmp(path, "-") == 0;
        ct_format fmt = is_stdin ? r->fmt : format_of(path, r->fmt);
        FILE *f = is_stdin ? stdin : fopen(path, "rb");
        if (!f) return fail(err, errlen, CT_EIO, "%s: %s", path, strerror(errno));
        if (is_stdin && fmt == CT_FMT_AUTO) {
            /* standard input starting with '{' is JSON Lines, read line by line */
            int c;
            while ((c = getc(f)) == ' ' || c == '\n' || c == '\r' || c == '\t')
                ;
            if (c != EOF) ungetc(c, f);
            if (c == '{') fmt = CT_FMT_JSONL;
        }
        if (fmt == CT_FMT_JSONL) {
            r->jsonl = f;
            free(r->jsonl_name);
            r->jsonl_name = is_stdin ? strdup("stdin") : stem(path);
            r->jsonl_line = 0;
            int rc = reader_jsonl_next(r, doc, err, errlen);
            if (rc != 0) return rc;
            continue;
        }
        char *bytes = NULL;
        size_t n = 0;
        int rc = slurp(f, &bytes, &n);
        if (!is_stdin) fclose(f);
        char *id = is_stdin ? strdup("stdin") : stem(path);
        if (!id) {
            free(bytes);
            return CT_ENOMEM;
        }
        if (rc == CT_ETOOBIG)
            rc = fail(err, errlen, rc, "%s: over the %u MB document limit", path, CT_MAX_DOC >> 20);
        else if (rc < 0)
            rc = fail(err, errlen, rc, "%s: %s", path, ct_strerror(rc));
        else if (fmt == CT_FMT_AUTO && n > bom_len(bytes, n) && bytes[bom_len(bytes, n)] == '{' &&
                 !is_stdin) {
            /* a JSON Lines file without the extension */
            free(bytes);
            free(id);
            f = fopen(path, "rb");
            if (!f) return fail(err, errlen, CT_EIO, "%s: %s", path, strerror(errno));
            r->jsonl = f;
            free(r->jsonl_name);
            r->jsonl_name = stem(path);
            r->jsonl_line = 0;
            rc = reader_jsonl_next(r, doc, err, errlen);
            if (rc != 0) return rc;
            continue;
        } else {
            rc = ct_doc_from_memory(id, bytes, n, fmt, doc, err, errlen);
            if (rc < 0 && err && errlen && strncmp(err, id, strlen(id)) == 0 && !is_stdin) {
                /* name the path, not only the id */
                char tmp[768];
                snprintf(tmp, sizeof tmp, "%s%s", path, err + strlen(id));
                snprintf(err, errlen, "%s", tmp);
            }
        }
        free(bytes);
        free(id);
        return rc < 0 ? rc : 1;
    }
    return 0;
}
