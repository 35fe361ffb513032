/*
 * segment.c - tokenizer and sentence splitter (rules in segment.h).
 *
 * One pass over each paragraph builds tokens, listing the words their own dot follows; a second
 * pass over the paragraph's tokens cuts sentences, passing over most tokens by one test. Then
 * ct_lex_mark() (lexicon.h) folds every token's key once and marks it, and the listed words get
 * their abbreviation flags, their lookups refused by those marks. Abbreviations come from
 * data/abbreviations.tsv.
 */
#include "segment.h"

#include <string.h>

#include "boiler.h"
#include "cityties.h"
#include "document.h"
#include "lexicon.h"
#include "text.h"

#define MAX_SENT_TOKENS 400

/* Appends the token text[off..off+len) to v in pieces of 65535 bytes at most, growing v as it
 * fills: tokenize()'s way when its room ends or a token is too long for one item. A piece has
 * CT_TOK_DIGIT only when a digit is among its own bytes. */
static int tok_push_cut(ct_arena *a, ct_vec *v, const char *text, uint32_t off, size_t len,
                        uint16_t flags)
{
    int cut = len > 65535;
    while (len > 0) {
        size_t l = len > 65535 ? 65535 : len;
        if (v->n == v->cap && ct_vec_grow(a, v) < 0) return CT_ENOMEM;
        uint16_t f = flags;
        if (cut && (flags & CT_TOK_DIGIT)) { /* a piece: its own digits */
            f &= (uint16_t)~CT_TOK_DIGIT;
            for (size_t j = off; j < off + l && !(f & CT_TOK_DIGIT); j++)
                if (ct_cp_is_digit((unsigned char)text[j])) f |= CT_TOK_DIGIT;
        }
        *CT_VEC_AT(v, ct_token, v->n++) = (ct_token){off, (uint16_t)l, f};
        off += (uint32_t)l;
        len -= l;
        flags &= (uint16_t) ~(CT_TOK_SPACE | CT_TOK_NL);
    }
    return 0;
}

/* Classes of bytes, for the tokenizer's one table load a byte (TOK_CLASS); bytes past ASCII
 * are decoded. White space is classed by the token flags it gives the next token, which take it
 * by one OR. */
enum {
    TC_LOWER = 1, /* a-z */
    TC_UPPER = 2, /* A-Z */
    TC_DIGIT = 4, /* 0-9 */
    TC_ALNUM = TC_LOWER | TC_UPPER | TC_DIGIT,
    /* a byte after which a word's run of ASCII letters and digits may go on (word_rest()): past
     * ASCII, a dot or a comma */
    TC_ON = 8,
    TC_SPACE = CT_TOK_SPACE, /* white space: ct_cp_is_space() of an ASCII byte */
    TC_NL = CT_TOK_NL        /* a line feed (with TC_SPACE) */
};
#define TC(c)                                                                                      \
    ((c) >= 'a' && (c) <= 'z'                     ? TC_LOWER                                       \
     : (c) >= 'A' && (c) <= 'Z'                   ? TC_UPPER                                       \
     : (c) >= '0' && (c) <= '9'                   ? TC_DIGIT                                       \
     : (c) == '\n'                                ? TC_SPACE | TC_NL                               \
     : (c) == ' ' || ((c) >= '\t' && (c) <= '\r') ? TC_SPACE                                       \
     : (c) >= 0x80 || (c) == '.' || (c) == ','    ? TC_ON                                          \
                                                  : 0)
#define TC4(c) TC(c), TC((c) + 1), TC((c) + 2), TC((c) + 3)
#define TC16(c) TC4(c), TC4((c) + 4), TC4((c) + 8), TC4((c) + 12)
#define TC64(c) TC16(c), TC16((c) + 16), TC16((c) + 32), TC16((c) + 48)
static const unsigned char TOK_CLASS[256] = {TC64(0), TC64(64), TC64(128), TC64(192)};
_Static_assert((TC_SPACE | TC_NL) <= 0xFF && ((TC_SPACE | TC_NL) & (TC_ALNUM | TC_ON)) == 0,
               "white space's token flags fit a class byte, apart from the other classes");

/* A word's flags by the TC_* of the letters and digits seen in it: CT_TOK_WORD with a letter,
 * else CT_TOK_NUM; CT_TOK_DIGIT with a digit. */
static const uint16_t SEEN_FLAGS[TC_ALNUM + 1] = {
    [0] = CT_TOK_NUM,
    [TC_DIGIT] = CT_TOK_NUM | CT_TOK_DIGIT,
    [TC_LOWER] = CT_TOK_WORD,
    [TC_UPPER] = CT_TOK_WORD,
    [TC_LOWER | TC_UPPER] = CT_TOK_WORD,
    [TC_LOWER | TC_DIGIT] = CT_TOK_WORD | CT_TOK_DIGIT,
    [TC_UPPER | TC_DIGIT] = CT_TOK_WORD | CT_TOK_DIGIT,
    [TC_ALNUM] = CT_TOK_WORD | CT_TOK_DIGIT,
};

/* The rest of a word from text[i] on (i < e), after the run of ASCII letters and digits it
 * begins with: ASCII letters and digits again, letters of any script, combining marks, and in
 * a number a dot or comma before a digit ("2019.05.14", "3,000": a digit of *seen comes
 * before it, so the dot or comma is never the word's first byte).
 * Returns the word's end; adds to *seen the TC_* of its ASCII letters and digits, and TC_LOWER
 * or TC_UPPER for a letter past ASCII; counts those capitals in *upper; adds CT_TOK_CJK to *flags
 * for a letter of CJK, and takes CT_TOK_ALNUM from them for a byte that is no ASCII letter or
 * digit. (Few words go on past their first run: tokenize() asks only when a byte past ASCII, a
 * dot or a comma ends it.) */
static size_t word_rest(const char *text, size_t i, size_t e, unsigned *seen, int *upper,
                        uint16_t *flags)
{
    while (i < e) {
        unsigned char c = (unsigned char)text[i];
        unsigned kc = TOK_CLASS[c];
        if (kc & TC_ALNUM) { /* ASCII letters and digits by one load */
            *seen |= kc;
            i++;
            continue;
        }
        if (c < 0x80) {
            /* other ASCII ends the word, but digits joined by . or , stay one number */
            if ((c == '.' || c == ',') && !(*seen & (TC_LOWER | TC_UPPER)) && i + 1 < e &&
                text[i + 1] >= '0' && text[i + 1] <= '9') {
                *flags &= (uint16_t)~CT_TOK_ALNUM;
                i++;
                continue;
            }
            break;
        }
        int32_t cp;
        size_t l = ct_utf8_decode(text + i, e - i, &cp); /* past ASCII (a decoded cp >= 0x80) */
        if (ct_cp_is_alpha(cp)) {
            if (ct_cp_is_upper(cp)) {
                *seen |= TC_UPPER;
                ++*upper;
            } else {
                *seen |= TC_LOWER;
            }
            if (ct_cp_is_cjk(cp)) *flags |= CT_TOK_CJK;
        } else if (!ct_cp_is_mark(cp)) {
            break; /* combining marks of any script stay inside the word; others end it */
        }
        *flags &= (uint16_t)~CT_TOK_ALNUM; /* a letter past ASCII, or a combining mark */
        i += l;
    }
    return i;
}

/* Appends k to stops (uint32_t). 0, or CT_ENOMEM. Not ct_vec_push(), which zeroes the item
 * first, of a size known only at run time: with it the 1k sample took 1.35 M instructions more. */
static inline int stop_push(ct_arena *a, ct_vec *stops, size_t k)
{
    if (stops->n == stops->cap && ct_vec_grow(a, stops) < 0) return CT_ENOMEM;
    ((uint32_t *)stops->items)[stops->n++] = (uint32_t)k;
    return 0;
}

/* Tokenizes text[b..e) onto v, and appends to dots (uint32_t) the index of every word token
 * that its own dot follows ("Nov.", the "S" of "U.S."): ct_segment()'s abbreviation candidates;
 * and to stops (uint32_t, ascending) the index of every punctuation token and of every token
 * before a line break: the tokens after which ct_segment()'s sentence pass may cut.
 * ASCII bytes are classed by TOK_CLASS; other characters are decoded and classed by text.h
 * (letters of any script, white space, combining marks). */
static int tokenize(ct_arena *a, ct_vec *v, ct_vec *dots, ct_vec *stops, const char *text, size_t b,
                    size_t e)
{
    /* v's next item and the end of its room, held here; v->n is set when a token does not fit
     * (tok_push_cut()) and at the end. v has room already (ct_segment() gives it its room at
     * once): arithmetic on the NULL items of an empty vector would be undefined. */
    ct_token *out = (ct_token *)v->items + v->n, *lim = (ct_token *)v->items + v->cap;
    /* the start of the run of ASCII letters and digits that ends text[b..e) (tail == e when
     * none): a run that begins before it ends at a byte that is none, before it */
    size_t tail = e;
    while (tail > b && (TOK_CLASS[(unsigned char)text[tail - 1]] & TC_ALNUM))
        tail--;
    uint16_t pre = CT_TOK_SPACE | CT_TOK_NL;
    size_t i = b;
    while (i < e) {
        unsigned char c0 = (unsigned char)text[i];
        /* its class, and k its letter or digit class: bytes, as the table's (as kc below) */
        unsigned char kb = TOK_CLASS[c0], k = kb & TC_ALNUM;
        if (kb & TC_SPACE) {
            pre |= (uint16_t)kb; /* CT_TOK_SPACE, and CT_TOK_NL for a line feed */
            i++;
            continue;
        }
        int32_t cp = c0;
        size_t l = 1;
        if (c0 >= 0x80) {
            l = ct_utf8_decode(text + i, e - i, &cp);
            if (ct_cp_is_space(cp)) {
                pre |= CT_TOK_SPACE;
                i += l;
                continue;
            }
        }
        size_t s = i;
        uint16_t f = pre;
        /* the white space byte that ends a word's run, when it does: passed over with the word,
         * its flags the next token's (a turn of the loop spared) */
        unsigned after = 0;
        if (k || (c0 >= 0x80 && ct_cp_is_alpha(cp))) { /* a letter or a digit */
            /* its flags but those of the letters and digits seen: a capital first, CT_TOK_ALNUM
             * while every byte so far is an ASCII letter or digit, CT_TOK_CJK (word_rest()) */
            uint16_t wf = (uint16_t)(CT_TOK_ALNUM |
                                     ((k ? k == TC_UPPER : ct_cp_is_upper(cp)) ? CT_TOK_CAP : 0));
            /* TC_* of its ASCII letters and digits, and TC_LOWER or TC_UPPER for its letters
             * past ASCII as well (TC_ALNUM's bits only) */
            unsigned seen = k;
            int upper = 0; /* its capitals past ASCII */
            /* the run of ASCII letters and digits it begins with (most words are nothing else),
             * by one load a byte in a loop of its own; word_rest() takes the rest, if any:
             * after a byte past ASCII, or a dot or comma. A run that begins before tail ends
             * before it: no bound to test, and two bytes are read a turn (the second is the
             * paragraph's). (Its first byte, when ASCII, is classed already.) */
            const unsigned char *p = (const unsigned char *)text + i + (k != 0);
            /* the class of the byte that ends the run (at e, a letter's or none: no TC_ON); a
             * byte, as the table's: gcc then tests each class where it loaded it, not a copy of
             * it masked (1.35 M instructions fewer on the 1k sample) */
            unsigned char kc = 0;
            if (i < tail) {
                for (;; p += 2) {
                    if (!((kc = TOK_CLASS[p[0]]) & TC_ALNUM)) break;
                    seen |= kc;
                    if (!((kc = TOK_CLASS[p[1]]) & TC_ALNUM)) {
                        p++;
                        break;
                    }
                    seen |= kc;
                }
            } else {
                for (; p < (const unsigned char *)text + e && ((kc = TOK_CLASS[*p]) & TC_ALNUM);
                     p++)
                    seen |= kc;
            }
            i = (size_t)(p - (const unsigned char *)text);
            if (kc & TC_ON)
                i = word_rest(text, i, e, &seen, &upper, &wf);
            else
                after = kc & (TC_SPACE | TC_NL);
            /* (a capital or a letter of CJK is a letter seen: a word's flags) */
            f |= (uint16_t)(SEEN_FLAGS[seen] | wf);
            if ((seen & (TC_LOWER | TC_UPPER)) == TC_UPPER) { /* no lowercase: count capitals */
                for (size_t j = s; j < i && upper < 2; j++)
                    upper += TOK_CLASS[(unsigned char)text[j]] == TC_UPPER;
                if (upper >= 2) f |= CT_TOK_UPPER;
            }
        } else { /* one punctuation or symbol character */
            f |= CT_TOK_PUNCT;
            i += l;
            if (c0 == '.' && out > (ct_token *)v->items && (out[-1].flags & CT_TOK_WORD) &&
                out[-1].off + out[-1].len == s) {
                uint32_t *d = ct_vec_push(a, dots);
                if (!d) return CT_ENOMEM;
                *d = (uint32_t)(out - 1 - (ct_token *)v->items);
            }
        }
        if (f & (CT_TOK_PUNCT | CT_TOK_NL)) { /* (this token's index is out's) */
            size_t at = (size_t)(out - (ct_token *)v->items);
            if ((f & CT_TOK_NL) && at > 0 && stop_push(a, stops, at - 1) < 0) return CT_ENOMEM;
            if ((f & CT_TOK_PUNCT) && stop_push(a, stops, at) < 0) return CT_ENOMEM;
        }
        if (i - s <= 65535 && out < lim) { /* the usual token: one item, with room for it */
            *out++ = (ct_token){(uint32_t)s, (uint16_t)(i - s), f};
        } else {
            v->n = (size_t)(out - (ct_token *)v->items);
            if (tok_push_cut(a, v, text, (uint32_t)s, i - s, f) < 0) return CT_ENOMEM;
            out = (ct_token *)v->items + v->n;
            lim = (ct_token *)v->items + v->cap;
        }
        pre = (uint16_t)after;
        i += after != 0;
    }
    v->n = (size_t)(out - (ct_token *)v->items);
    return 0;
}

static int tok_is(const ct_analysis *an, size_t i, const char *lit)
{
    return i < an->ntoks && ct_ieq(ct_tok_text(an, i), an->toks[i].len, lit);
}

static int is_closer(const ct_analysis *an, size_t i)
{
    const char *t = ct_tok_text(an, i);
    size_t n = an->toks[i].len;
    return (n == 1 && (*t == '"' || *t == '\'' || *t == ')' || *t == ']')) ||
           (n == 3 && (unsigned char)t[0] == 0xE2 && (unsigned char)t[1] == 0x80 &&
            ((unsigned char)t[2] == 0x9D || (unsigned char)t[2] == 0x99));
}

/* Is token i a list bullet (▴ ▲ ▶ • ■ ▪ ● ○ ◆ ◇ □ ·)? */
static int is_bullet(const ct_analysis *an, size_t i)
{
    int32_t cp;
    ct_utf8_decode(ct_tok_text(an, i), an->toks[i].len, &cp);
    return cp == 0x2022 || cp == 0x25B4 || cp == 0x25B2 || cp == 0x25B6 || cp == 0x25A0 ||
           cp == 0x25AA || cp == 0x25CF || cp == 0x25CB || cp == 0x25C6 || cp == 0x25C7 ||
           cp == 0x25A1 || cp == 0x00B7 || cp == 0x2023 || cp == 0x2043;
}

/* Does a sentence end after terminator token i (., !, ?) and before token j? */
static int ends_sentence(const ct_analysis *an, const ct_lexicon *abbr, size_t i, size_t j,
                         size_t end)
{
    const char *t = ct_tok_text(an, i);
    if (j >= end) return 1;
    const ct_token *next = &an->toks[j];
    if (!(next->flags & CT_TOK_SPACE)) return 0;
    int32_t cp;
    ct_utf8_decode(ct_tok_text(an, j), next->len, &cp);
    int opener = next->flags & CT_TOK_PUNCT; /* quote, bullet, bracket */
    if (!(next->flags & CT_TOK_CAP) && !(next->flags & CT_TOK_NUM) && !opener &&
        !(next->flags & CT_TOK_CJK))
        return 0;
    if (*t != '.') return 1;
    if (i == 0) return 1;
    const ct_token *prev = &an->toks[i - 1];
    if (!(prev->flags & CT_TOK_WORD) || (prev->flags & CT_TOK_SPACE && 0)) return 1;
    if (prev->off + prev->len != an->toks[i].off) return 1;
    const char *pw = ct_tok_text(an, i - 1);
    /* a single letter is an initial ("J. Smith", "U.S.") */
    int32_t c0;
    size_t l0 = ct_utf8_decode(pw, prev->len, &c0);
    if (l0 == prev->len && ct_cp_is_upper(c0)) return 0;
    if (tok_is(an, i - 1, "m") && i >= 3 && (tok_is(an, i - 3, "a") || tok_is(an, i - 3, "p")))
        return 1; /* "10 a.m. The" */
    if (abbr && ct_lex_lookup(abbr, pw, prev->len)) {
        /* "Nov. 3", "Mr. Kim": an abbreviation never ends a sentence before a capital or a
         * number; but "Co." or "Inc." does before a sentence-like start ("The", "He"). */
        if ((next->flags & CT_TOK_NUM) || !(next->flags & CT_TOK_CAP)) return 0;
        return tok_is(an, j, "The") || tok_is(an, j, "He") || tok_is(an, j, "She") ||
               tok_is(an, j, "It") || tok_is(an, j, "They") || tok_is(an, j, "This");
    }
    return 1;
}

int ct_segment(ct_analysis *an)
{
    ct_vec toks, sents, dots, stops;
    ct_vec_init(&toks, sizeof(ct_token));
    ct_vec_init(&sents, sizeof(ct_sentence));
    ct_vec_init(&dots, sizeof(uint32_t));  /* words their own dot follows (tokenize()) */
    ct_vec_init(&stops, sizeof(uint32_t)); /* a paragraph's stops (tokenize()) */
    /* The tokens' room at once, one token for every four bytes of text (the 1k sample has one
     * for 5.6, and no article more than one for four), so that the vector seldom grows: every
     * growth copies all tokens so far. */
    size_t room = an->len / 4 + 16;
    if (!(toks.items = ct_arena_alloc_raw(an->arena, room * sizeof(ct_token)))) return CT_ENOMEM;
    toks.cap = room;
    ct_para *paras = NULL;
    size_t nparas = 0;
    ct_para one;
    if (an->doc) {
        if (ct_boiler_classify(an->ctx, an->doc, an->arena, &paras, &nparas) < 0) return CT_ENOMEM;
    } else {
        one = (ct_para){0, (uint32_t)an->len, 0};
        paras = &one;
        nparas = 1;
    }
    const ct_lexicon *abbr = ct_lex(an->ctx->lex, "abbreviations");
    for (size_t p = 0; p < nparas; p++) {
        size_t first = toks.n, pe = (size_t)paras[p].off + paras[p].len;
        stops.n = 0;
        if (tokenize(an->arena, &toks, &dots, &stops, an->text, paras[p].off, pe) < 0)
            return CT_ENOMEM;
        const uint32_t *stop = stops.items;
        size_t sp = 0; /* stop[sp] the first stop at or past i, once i is there */
        an->toks = toks.items;
        an->ntoks = toks.n;
        size_t end = toks.n, start = first;
        /* In text without paragraphs of its own (tests), a blank line is a paragraph break. */
        for (size_t i = first; i < end; i++) {
            /* Most tokens are no terminator, before a next token in the paragraph with no line
             * break before it and within the sentence's cap: none of the rules below cuts after
             * them, and they are passed over here, to the first of the tokenizer's stops at or
             * past i (the others), or else to the token before the paragraph's end or the cap's
             * last. */
            const ct_token *tk = an->toks;
            size_t last = (end - start > MAX_SENT_TOKENS ? start + MAX_SENT_TOKENS : end) - 1;
            if (i < last) {
                while (sp < stops.n && stop[sp] < i)
                    sp++;
                i = sp < stops.n && stop[sp] < last ? stop[sp] : last;
            }
            const ct_token *t = &tk[i];
            int cut_after = 0;
            size_t j = i + 1;
            if (t->flags & CT_TOK_PUNCT && t->len == 1 &&
                (an->text[t->off] == '.' || an->text[t->off] == '!' || an->text[t->off] == '?')) {
                while (j < end && is_closer(an, j) && !(an->toks[j].flags & CT_TOK_SPACE))
                    j++;
                while (j < end && an->toks[j].flags & CT_TOK_PUNCT &&
                       an->text[an->toks[j].off] == '.')
                    j++;
                cut_after = ends_sentence(an, abbr, i, j, end);
            }
            if (!cut_after && j < end && (an->toks[j].flags & CT_TOK_NL)) {
                /* a blank line inside the paragraph */
                const char *s = an->text + t->off + t->len;
                const char *e = an->text + an->toks[j].off;
                int nl = 0;
                for (; s < e; s++)
                    nl += *s == '\n';
                if (nl >= 2) cut_after = 1;
            }
            /* a bullet at the start of a line begins a new sentence ("\n▴ Tourism ...") */
            if (!cut_after && j < end && (an->toks[j].flags & CT_TOK_NL) &&
                (an->toks[j].flags & CT_TOK_PUNCT) && is_bullet(an, j))
                cut_after = 1;
            if (j - start >= MAX_SENT_TOKENS) cut_after = 1;
            if (j >= end) cut_after = 1;
            if (cut_after) {
                ct_sentence *s = ct_vec_push(an->arena, &sents);
                if (!s) return CT_ENOMEM;
                s->tok = (uint32_t)start;
                s->ntok = (uint32_t)(j - start);
                s->off = an->toks[start].off;
                s->len = an->toks[j - 1].off + an->toks[j - 1].len - s->off;
                s->para = (uint32_t)p;
                s->flags = (paras[p].flags & CT_PARA_BOILER ? CT_SENT_BOILER : 0) |
                           (paras[p].flags & CT_PARA_TITLE ? CT_SENT_TITLE : 0);
                an->toks[start].flags |= CT_TOK_SENT;
                start = j;
                i = j - 1;
            }
        }
    }
    an->sents = sents.items;
    an->nsents = sents.n;
    int rc = ct_lex_mark(an->ctx->lex, an);
    if (rc < 0) return rc;
    /* Abbreviation flags, for extractors that read "Nov." or "Mr.": of the words their own dot
     * follows (the tokenizer listed them), after the marks, so that ct_lex_tok() refuses most
     * words by a bit */
    for (size_t d = 0; d < dots.n; d++) {
        uint32_t i = *CT_VEC_AT(&dots, uint32_t, d);
        if (ct_lex_tok(abbr, an, i) || an->toks[i].len == 1) an->toks[i].flags |= CT_TOK_ABBR;
    }
    return 0;
}

size_t ct_segment_sentence_of(const ct_analysis *an, size_t tok)
{
    size_t lo = 0, hi = an->nsents;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (an->sents[mid].tok <= tok)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

int ct_segment_quoted(const ct_analysis *an, size_t sent, size_t tok)
{
    size_t s0 = sent;
    while (s0 > 0 && an->sents[s0 - 1].para == an->sents[sent].para)
        s0--;
    int open = 0;
    for (size_t i = an->sents[s0].tok; i < tok; i++) {
        const ct_token *k = &an->toks[i];
        if (!(k->flags & CT_TOK_PUNCT)) continue;
        const char *c = an->text + k->off;
        if (k->len == 1 && *c == '"')
            open = !open;
        else if (k->len == 3 && memcmp(c, "\xe2\x80\x9c", 3) == 0)
            open = 1;
        else if (k->len == 3 && memcmp(c, "\xe2\x80\x9d", 3) == 0)
            open = 0;
    }
    return open;
}
