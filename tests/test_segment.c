/*
 * test_segment.c - table tests for tokens and sentences (segment.h): abbreviations, initials,
 * quotes, bullets, em dashes, Hangul, numbers, token flags, exact byte offsets, the sentence
 * cap, and flags carried from a document's paragraphs. Runs on lexicons only (no gazetteer).
 * Sentences are invented.
 */
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "cityties.h"
#include "document.h"
#include "harness.h"
#include "lexicon.h"
#include "pipeline.h"
#include "segment.h"

static ct_ctx ctx; /* lexicons only: segmentation needs no gazetteer */

static ct_analysis *seg(ct_arena *a, const char *text)
{
    ct_arena_reset(a);
    ct_analysis *an = ct_analyze_text(&ctx, a, text, strlen(text), CT_STAGE_SEGMENT);
    CHECK(an != NULL, "segment \"%s\"", text);
    return an;
}

static void dump(const ct_analysis *an)
{
    for (size_t i = 0; i < an->nsents; i++)
        fprintf(stderr, "    sentence %zu: [%.*s]\n", i, (int)an->sents[i].len,
                an->text + an->sents[i].off);
}

/* Every token lies inside the text in order, covers exactly the non-space bytes between its
 * neighbours, and carries CT_TOK_SPACE exactly when white space precedes it. Sentences tile
 * the tokens. Returns 1 when all holds. */
static int offsets_exact(const ct_analysis *an)
{
    size_t pos = 0;
    for (size_t i = 0; i < an->ntoks; i++) {
        const ct_token *t = &an->toks[i];
        if (t->off < pos || t->off + t->len > an->len || t->len == 0) return 0;
        int gap_space = t->off > pos;
        for (size_t k = pos; k < t->off; k++) {
            unsigned char c = (unsigned char)an->text[k];
            /* only white space (ASCII, NBSP, ideographic) between tokens */
            if (!(c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0xC2 || c == 0xA0 ||
                  c == 0xE3 || c == 0x80))
                return 0;
        }
        if (i > 0 && gap_space != !!(t->flags & CT_TOK_SPACE)) return 0;
        pos = t->off + t->len;
    }
    size_t next = 0;
    for (size_t s = 0; s < an->nsents; s++) {
        const ct_sentence *st = &an->sents[s];
        if (st->tok != next || st->ntok == 0) return 0;
        const ct_token *a = &an->toks[st->tok], *b = &an->toks[st->tok + st->ntok - 1];
        if (st->off != a->off || st->off + st->len != b->off + b->len) return 0;
        if (!(a->flags & CT_TOK_SENT)) return 0;
        next = st->tok + st->ntok;
    }
    return next == an->ntoks;
}

static void test_sentences(ct_arena *a)
{
    static const struct {
        const char *in;
        const char *want[6];
    } cases[] = {
        /* abbreviations before numbers and names */
        {"Mayor Kim Dong-il arrived in Seattle on Nov. 3 with Mr. Park. They met at 10 a.m. on "
         "Friday.",
         {"Mayor Kim Dong-il arrived in Seattle on Nov. 3 with Mr. Park.",
          "They met at 10 a.m. on Friday."}},
        {"The talks ended at 3 p.m. The mayor then left for Oct. events in St. Louis.",
         {"The talks ended at 3 p.m.", "The mayor then left for Oct. events in St. Louis."}},
        {"Hanul Shipping Corp. signed the deal. Officials from St. Petersburg attended.",
         {"Hanul Shipping Corp. signed the deal.", "Officials from St. Petersburg attended."}},
        {"Envoys of the U.S. State Department met Dr. Lee in Oct. 2019 in Busan.",
         {"Envoys of the U.S. State Department met Dr. Lee in Oct. 2019 in Busan."}},
        {"He signed with Daesan Co. The firm builds ports.",
         {"He signed with Daesan Co.", "The firm builds ports."}},
        /* military ranks before a name */
        {"The envoy called on Maj. Ana Ruiz and Lt. Col. Jan Kos. They talked.",
         {"The envoy called on Maj. Ana Ruiz and Lt. Col. Jan Kos.", "They talked."}},
        /* a police rank ("Pol. Gen.", Thai usage) ends no sentence */
        {"The vice mayor called on Pol. Gen. Somchai Dee, the governor, at City Hall.",
         {"The vice mayor called on Pol. Gen. Somchai Dee, the governor, at City Hall."}},
        /* initials */
        {"Governor J. K. Tran of Oregon met Mr. R. Alvarez. The meeting was brief.",
         {"Governor J. K. Tran of Oregon met Mr. R. Alvarez.", "The meeting was brief."}},
        /* quotes, straight and curly */
        {"\"We will cooperate,\" Mayor Oh said. \"Ulsan is ready.\" The talks ended.",
         {"\"We will cooperate,\" Mayor Oh said.", "\"Ulsan is ready.\"", "The talks ended."}},
        {"\xE2\x80\x9CLet us begin.\xE2\x80\x9D The governor smiled.",
         {"\xE2\x80\x9CLet us begin.\xE2\x80\x9D", "The governor smiled."}},
        /* ! and ?, numbers after a stop, lowercase after a stop */
        {"Will Daegu win? It will! Yes. 2020 was quieter. e.g. the port grew.",
         {"Will Daegu win?", "It will!", "Yes.", "2020 was quieter. e.g. the port grew."}},
        /* em dashes inside a sentence */
        {"Mayor Lee \xE2\x80\x94 who arrived Sunday \xE2\x80\x94 met Governor Kim. Then lunch.",
         {"Mayor Lee \xE2\x80\x94 who arrived Sunday \xE2\x80\x94 met Governor Kim.",
          "Then lunch."}},
        /* Hangul, and a stop after Hangul */
        {"\xEC\x84\x9C\xEC\x9A\xB8\xEC\x8B\x9C\xEB\x8A\x94 \xEB\xB0\x9C\xED\x91\x9C\xED\x96\x88"
         "\xEB\x8B\xA4. Seoul announced it.",
         {"\xEC\x84\x9C\xEC\x9A\xB8\xEC\x8B\x9C\xEB\x8A\x94 \xEB\xB0\x9C\xED\x91\x9C\xED\x96\x88"
          "\xEB\x8B\xA4.",
          "Seoul announced it."}},
        /* a blank line ends a sentence even without a stop */
        {"Jinju Welcomes Delegation\n\nThe visitors arrived.",
         {"Jinju Welcomes Delegation", "The visitors arrived."}},
        /* a stop inside a number or a domain does not end anything */
        {"The budget grew 2.5 percent on 2019.05.14 per cityhall.example.kr today.",
         {"The budget grew 2.5 percent on 2019.05.14 per cityhall.example.kr today."}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ct_analysis *an = seg(a, cases[i].in);
        if (!an) continue;
        size_t n = 0;
        while (n < 6 && cases[i].want[n])
            n++;
        int ok = an->nsents == n;
        for (size_t k = 0; ok && k < n; k++)
            ok = an->sents[k].len == strlen(cases[i].want[k]) &&
                 memcmp(an->text + an->sents[k].off, cases[i].want[k], an->sents[k].len) == 0;
        CHECK(ok, "case %zu: %zu sentences, want %zu", i, an->nsents, n);
        if (!ok) dump(an);
        CHECK(offsets_exact(an), "case %zu: token/sentence offsets", i);
    }

    /* bullets at line starts begin sentences: "▴ Tourism ..." */
    ct_analysis *an = seg(a, "Agreed fields\n\xE2\x96\xB4 Tourism: joint marketing\n"
                             "\xE2\x96\xB4 Ports: data sharing\n\xE2\x80\xA2 Culture");
    if (an) {
        CHECK(an->nsents == 4, "bullets: %zu sentences", an->nsents);
        if (an->nsents != 4) dump(an);
        for (size_t s = 1; s < an->nsents; s++) {
            const ct_token *t = &an->toks[an->sents[s].tok];
            CHECK(t->len == 3 && (t->flags & CT_TOK_PUNCT), "sentence %zu starts at its bullet", s);
        }
        CHECK(offsets_exact(an), "bullets: offsets");
    }

    /* the 400-token cap */
    size_t words = 1000;
    char *longs = malloc(words * 5 + 1);
    if (longs) {
        char *p = longs;
        for (size_t i = 0; i < words; i++) {
            memcpy(p, "word ", 5);
            p += 5;
        }
        *p = '\0';
        an = seg(a, longs);
        if (an) {
            CHECK(an->nsents == 3, "1000 words: %zu sentences", an->nsents);
            for (size_t s = 0; s < an->nsents; s++)
                CHECK(an->sents[s].ntok <= 400, "sentence %zu: %u tokens", s, an->sents[s].ntok);
            CHECK(offsets_exact(an), "long: offsets");
        }
        free(longs);
    }

    /* ct_segment_sentence_of */
    an = seg(a, "One two. Three four. Five.");
    if (an && an->nsents == 3) {
        static const size_t want[] = {0, 0, 0, 1, 1, 1, 2, 2};
        CHECK(an->ntoks == 8, "tokens %zu", an->ntoks);
        for (size_t t = 0; t < 8 && t < an->ntoks; t++)
            CHECK(ct_segment_sentence_of(an, t) == want[t], "sentence_of(%zu) = %zu", t,
                  ct_segment_sentence_of(an, t));
    }

    /* ct_segment_quoted: a quotation runs over sentences of its paragraph */
    an = seg(a, "We met. \xe2\x80\x9cWe agree. We sign.\xe2\x80\x9d We left. \"We stay.\"");
    if (an && an->nsents >= 4) {
        size_t we[4] = {0}, n = 0;
        for (size_t t = 0; t < an->ntoks && n < 4; t++)
            if (an->toks[t].len == 2 && !memcmp(ct_tok_text(an, t), "We", 2)) we[n++] = t;
        CHECK(n == 4, "four 'We'");
        CHECK(!ct_segment_quoted(an, ct_segment_sentence_of(an, we[0]), we[0]), "before quotes");
        CHECK(ct_segment_quoted(an, ct_segment_sentence_of(an, we[2]), we[2]),
              "a quotation's second sentence");
        CHECK(!ct_segment_quoted(an, ct_segment_sentence_of(an, we[3]), we[3]), "after quotes");
    }
}

static void test_tokens(ct_arena *a)
{
    typedef struct {
        const char *text;
        uint16_t on, off; /* flags that must be set / clear */
    } tok;
    static const struct {
        const char *in;
        tok want[16];
    } cases[] = {
        {"Won-joon Park's MOU",
         {{"Won", CT_TOK_WORD | CT_TOK_CAP, CT_TOK_UPPER},
          {"-", CT_TOK_PUNCT, CT_TOK_SPACE},
          {"joon", CT_TOK_WORD, CT_TOK_CAP | CT_TOK_SPACE},
          {"Park", CT_TOK_WORD | CT_TOK_CAP | CT_TOK_SPACE, 0},
          {"'", CT_TOK_PUNCT, CT_TOK_SPACE},
          {"s", CT_TOK_WORD, 0},
          {"MOU", CT_TOK_WORD | CT_TOK_CAP | CT_TOK_UPPER | CT_TOK_SPACE, 0}}},
        {"G20 on 2019.05.14, 3,000 guests",
         {{"G20", CT_TOK_WORD | CT_TOK_CAP | CT_TOK_DIGIT, CT_TOK_NUM | CT_TOK_UPPER},
          {"on", CT_TOK_WORD, CT_TOK_CAP | CT_TOK_DIGIT},
          {"2019.05.14", CT_TOK_NUM | CT_TOK_DIGIT, CT_TOK_WORD},
          {",", CT_TOK_PUNCT, CT_TOK_SPACE | CT_TOK_DIGIT},
          {"3,000", CT_TOK_NUM | CT_TOK_SPACE | CT_TOK_DIGIT, 0},
          {"guests", CT_TOK_WORD, CT_TOK_DIGIT}}},
        /* a digit after letters past ASCII, and none in a word with them */
        {"M\xC3\xBCller7 Gro\xC3\x9F",
         {{"M\xC3\xBCller7", CT_TOK_WORD | CT_TOK_DIGIT, CT_TOK_ALNUM},
          {"Gro\xC3\x9F", CT_TOK_WORD, CT_TOK_DIGIT}}},
        {"Nov. 3 Mr. Oh U.S. Corp. St.",
         {{"Nov", CT_TOK_WORD | CT_TOK_ABBR, 0},
          {".", CT_TOK_PUNCT, 0},
          {"3", CT_TOK_NUM, CT_TOK_ABBR},
          {"Mr", CT_TOK_ABBR, 0},
          {".", CT_TOK_PUNCT, 0},
          {"Oh", CT_TOK_WORD, CT_TOK_ABBR},
          {"U", CT_TOK_ABBR, 0},
          {".", CT_TOK_PUNCT, 0},
          {"S", CT_TOK_ABBR, 0},
          {".", CT_TOK_PUNCT, 0},
          {"Corp", CT_TOK_ABBR, 0},
          {".", CT_TOK_PUNCT, 0},
          {"St", CT_TOK_ABBR, 0},
          {".", CT_TOK_PUNCT, 0}}},
        /* Hangul words, Hangul beside Latin, an em dash and a bullet as single tokens */
        {"\xEB\xB6\x80\xEC\x82\xB0\xEC\x8B\x9C Busan\xE2\x80\x94\xE2\x96\xB4Seoul",
         {{"\xEB\xB6\x80\xEC\x82\xB0\xEC\x8B\x9C", CT_TOK_WORD | CT_TOK_CJK, CT_TOK_CAP},
          {"Busan", CT_TOK_WORD | CT_TOK_CAP | CT_TOK_SPACE, CT_TOK_CJK},
          {"\xE2\x80\x94", CT_TOK_PUNCT, CT_TOK_SPACE},
          {"\xE2\x96\xB4", CT_TOK_PUNCT, CT_TOK_SPACE},
          {"Seoul", CT_TOK_WORD | CT_TOK_CAP, CT_TOK_SPACE}}},
        /* letters with diacritics and combining marks stay one word; NL is flagged */
        {"M\xC3\xBCller\nSo\xCC\x84ichiro",
         {{"M\xC3\xBCller", CT_TOK_WORD | CT_TOK_CAP, 0},
          {"So\xCC\x84ichiro", CT_TOK_WORD | CT_TOK_NL | CT_TOK_SPACE, 0}}},
        /* so do marks past the Latin accents' block: a Latin word with U+1DC4, a Devanagari one
         * with two of its signs (Mn) */
        {"Ko\xE1\xB7\x84per \xE0\xA4\xAE\xE0\xA5\x81\xE0\xA4\x82\xE0\xA4\xAC\xE0\xA4\x88",
         {{"Ko\xE1\xB7\x84per", CT_TOK_WORD | CT_TOK_CAP, 0},
          {"\xE0\xA4\xAE\xE0\xA5\x81\xE0\xA4\x82\xE0\xA4\xAC\xE0\xA4\x88",
           CT_TOK_WORD | CT_TOK_SPACE, CT_TOK_CAP}}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ct_analysis *an = seg(a, cases[i].in);
        if (!an) continue;
        size_t n = 0;
        while (n < 16 && cases[i].want[n].text)
            n++;
        CHECK(an->ntoks == n, "case %zu: %zu tokens, want %zu", i, an->ntoks, n);
        size_t pos = 0;
        for (size_t k = 0; k < n && k < an->ntoks; k++) {
            const tok *w = &cases[i].want[k];
            const ct_token *t = &an->toks[k];
            /* the expected offset: the next occurrence of the token's text */
            const char *at = strstr(cases[i].in + pos, w->text);
            size_t off = at ? (size_t)(at - cases[i].in) : (size_t)-1;
            CHECK(t->off == off && t->len == strlen(w->text),
                  "case %zu tok %zu: [%u,+%u] \"%.*s\", "
                  "want \"%s\" at %zu",
                  i, k, t->off, t->len, (int)t->len, an->text + t->off, w->text, off);
            CHECK((t->flags & w->on) == w->on && !(t->flags & w->off),
                  "case %zu tok %zu \"%s\": flags 0x%x (need 0x%x, not 0x%x)", i, k, w->text,
                  t->flags, w->on, w->off);
            if (at) pos = off + strlen(w->text);
        }
        CHECK(offsets_exact(an), "case %zu: offsets", i);
    }
}

/* A token longer than 65535 bytes is cut in pieces, each flagged CT_TOK_DIGIT only when a digit
 * is among its own bytes: the digit at the end of "aaa...a1" marks the last piece alone. */
static void test_cut_digits(ct_arena *a)
{
    size_t n = 65535 + 100;
    char *text = malloc(n + 1);
    if (!text) return;
    memset(text, 'a', n);
    text[n - 1] = '1';
    text[n] = '\0';
    ct_analysis *an = seg(a, text);
    CHECK(an && an->ntoks == 2, "a long word: two pieces");
    if (an && an->ntoks == 2) {
        CHECK(an->toks[0].len == 65535 && !(an->toks[0].flags & CT_TOK_DIGIT),
              "first piece: no digit (flags 0x%x)", an->toks[0].flags);
        CHECK((an->toks[1].flags & CT_TOK_DIGIT) != 0, "last piece: its digit (flags 0x%x)",
              an->toks[1].flags);
    }
    free(text);
}

/* A word that ends the text ends at the text's end, whatever lies past it: the text here is
 * a buffer of its bytes alone (no NUL after it), which ASan guards, ending in a letter and in
 * a digit. */
static void test_text_end(ct_arena *a)
{
    static const char *const texts[] = {"Mayor Kim met Busan", "G20", "x", "Busan 2019"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        size_t n = strlen(texts[i]);
        char *text = malloc(n);
        if (!text) return;
        memcpy(text, texts[i], n);
        ct_arena_reset(a);
        ct_analysis *an = ct_analyze_text(&ctx, a, text, n, CT_STAGE_SEGMENT);
        CHECK(an && an->ntoks > 0, "\"%s\": tokens", texts[i]);
        if (an && an->ntoks > 0) {
            const ct_token *t = &an->toks[an->ntoks - 1];
            CHECK(t->off + t->len == n, "\"%s\": the last token ends the text", texts[i]);
        }
        free(text);
    }
}

/* A text of more tokens than ct_segment() makes room for at once (one for every four bytes):
 * one punctuation token a byte, then a word, so that the vector grows past its first room and
 * keeps every token, in order. */
static void test_token_room(ct_arena *a)
{
    size_t n = 1000;
    char *text = malloc(n + 6);
    if (!text) return;
    memset(text, ',', n);
    memcpy(text + n, " Kaga", 6);
    ct_analysis *an = seg(a, text);
    CHECK(an && an->ntoks == n + 1, "%zu commas and a word: %zu tokens", n, an ? an->ntoks : 0);
    if (an && an->ntoks == n + 1) {
        size_t bad = 0;
        for (size_t i = 0; i < n; i++)
            bad +=
                an->toks[i].off != i || an->toks[i].len != 1 || !(an->toks[i].flags & CT_TOK_PUNCT);
        CHECK(bad == 0, "every comma its own token at its byte (%zu not)", bad);
        CHECK(an->toks[n].off == n + 1 && an->toks[n].len == 4, "the word last");
        CHECK(offsets_exact(an), "offsets exact");
    }
    free(text);
}

/* Sentences carry their paragraph's boilerplate and title flags from a document. */
static void test_doc_flags(ct_arena *a)
{
    const char *text = "Go to Main Content\n"
                       "Gimhae Mayor Visits Sister City Kaga\n"
                       "Mayor Hong Tae-yong left for Kaga on Monday. He will stay three days.\n"
                       "Copyright \xC2\xA9 2024 Gimhae City. All rights reserved.\n";
    ct_doc *d = NULL;
    char err[256];
    CHECK(ct_doc_from_memory("flags", text, strlen(text), CT_FMT_TEXT, &d, err, sizeof err) == 0,
          "doc");
    if (!d) return;
    ct_arena_reset(a);
    ct_analysis *an = NULL;
    CHECK(ct_analyze(&ctx, d, a, CT_STAGE_SEGMENT, &an) == 0 && an, "analyze");
    if (an) {
        static const struct {
            const char *start;
            uint32_t flags;
            uint32_t para;
        } want[] = {{"Go to", CT_SENT_BOILER, 0},
                    {"Gimhae Mayor", CT_SENT_TITLE, 1},
                    {"Mayor Hong", 0, 2},
                    {"He will", 0, 2},
                    {"Copyright", CT_SENT_BOILER, 3},
                    {"All rights", CT_SENT_BOILER, 3}};
        size_t n = sizeof want / sizeof *want;
        CHECK(an->nsents == n, "doc: %zu sentences", an->nsents);
        if (an->nsents != n) dump(an);
        for (size_t s = 0; s < n && s < an->nsents; s++) {
            const ct_sentence *st = &an->sents[s];
            CHECK(strncmp(an->text + st->off, want[s].start, strlen(want[s].start)) == 0 &&
                      st->flags == want[s].flags && st->para == want[s].para,
                  "doc sentence %zu: flags %u para %u \"%.*s\"", s, st->flags, st->para,
                  (int)st->len, an->text + st->off);
        }
        CHECK(offsets_exact(an), "doc: offsets");
    }
    ct_doc_free(d);
}

int main(void)
{
    ctx.lex = ct_lexicons_load();
    ct_arena *a = ct_arena_new(0);
    if (!ctx.lex || !a) return 1;
    test_sentences(a);
    test_tokens(a);
    test_cut_digits(a);
    test_text_end(a);
    test_token_room(a);
    test_doc_flags(a);
    ct_arena_free(a);
    ct_lexicons_free(ctx.lex);
    return harness_done("segment");
}
