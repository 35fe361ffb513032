/*
 * test_boiler.c - table tests for the page-chrome classifier (boiler.h): navigation, menus,
 * bylines, view counters, Korean page chrome, copyright footers, addresses, phone and e-mail
 * lines, comment boxes and everything after them, the headline and its repeated copies, the
 * leading metadata prefix; and body prose that must stay body. Lines are invented.
 */
#include <string.h>

#include "analysis.h"
#include "boiler.h"
#include "cityties.h"
#include "document.h"
#include "harness.h"
#include "lexicon.h"

enum {
    BODY = 0,
    TITLE = CT_PARA_TITLE,
    BOIL = CT_PARA_BOILER,
    META = CT_PARA_BOILER | CT_PARA_META
};

typedef struct {
    const char *line;
    uint32_t want;
} row;

static ct_ctx ctx;

/* Classifies the lines of rows (joined by blank lines) and checks each paragraph's flags. */
static void run(const char *name, const row *rows, size_t n)
{
    char text[8192];
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += (size_t)snprintf(text + len, sizeof text - len, "%s\n\n", rows[i].line);
    ct_doc *d = NULL;
    char err[256];
    CHECK(ct_doc_from_memory(name, text, len, CT_FMT_TEXT, &d, err, sizeof err) == 0, "%s: %s",
          name, err);
    if (!d) return;
    ct_arena *a = ct_arena_new(0);
    ct_para *ps = NULL;
    size_t np = 0;
    CHECK(ct_boiler_classify(&ctx, d, a, &ps, &np) == 0, "%s: classify", name);
    CHECK(np == n, "%s: %zu paragraphs, want %zu", name, np, n);
    for (size_t i = 0; i < n && i < np; i++) {
        uint32_t got = ps[i].flags & (CT_PARA_BOILER | CT_PARA_TITLE | CT_PARA_META);
        CHECK(got == rows[i].want, "%s: \"%s\": flags %u, want %u", name, rows[i].line, got,
              rows[i].want);
        CHECK(ps[i].len == strlen(rows[i].line) &&
                  memcmp(d->text + ps[i].off, rows[i].line, ps[i].len) == 0,
              "%s: paragraph %zu is \"%.*s\"", name, i, (int)ps[i].len, d->text + ps[i].off);
    }
    /* the document itself is not changed */
    for (size_t i = 0; i < d->nparas; i++)
        CHECK(d->paras[i].flags == 0, "%s: doc paragraph %zu flagged", name, i);
    ct_arena_free(a);
    ct_doc_free(d);
}

static void test_news_page(void)
{
    static const row rows[] = {
        {"Go to Main Content", BOIL},
        {"Skip to content", BOIL},
        {"Home | News | International Relations | Contact Us", BOIL},
        {"International Relations News", BOIL},
        {"\xED\x8E\x98\xEC\x9D\xB4\xEC\xA7\x80 \xEC\xA0\x95\xEB\xB3\xB4", BOIL}, /* 페이지 정보 */
        {"\xE2\x80\xA2 Gimhae Mayor Welcomes Kaga Delegation", TITLE},           /* the menu copy */
        {"Writer Global Gimhae Day24-03-05 11:01 View 318", BOIL},
        {"Gimhae Mayor Welcomes Kaga Delegation", TITLE},
        {"By Yoon Seo-yeon", BOIL},
        {"Posted on March 5, 2024", BOIL},
        {"Hits 2,318", BOIL},
        {"Tuesday, March 5, 2024", META},
        {"2024.03.05 14:20", BOIL}, /* (taken for a phone line: BOIL without META) */
        {"Mayor Hong Tae-yong met a delegation from Kaga, Japan, at City Hall on Tuesday.", BODY},
        {"Photos of the signing show Mayor Hong and Mayor Sato shaking hands in the hall after "
         "the ceremony.",
         BODY},
        {"The two cities, sister cities since 1992, agreed to expand student exchanges and to "
         "hold a joint festival of pottery and local food in Kaga next autumn with artists from "
         "both cities and a youth orchestra from Gimhae",
         BODY},
        {"\xE2\x96\xB4 Tourism: joint marketing in both cities", TITLE},
        {"photo_gimhae_kaga_0305.jpg", BOIL},
        {"Tel. +82-55-330-3000 Fax. +82-55-330-3001", BOIL},
        {"E-mail: press@gimhae.example.kr", BOIL},
        {"Address: 93 Gimhae-daero 2401beon-gil, Gimhae-si, Gyeongsangnam-do 50922", BOIL},
        {"Copyright \xC2\xA9 2024 Gimhae City. All rights reserved.", BOIL},
        {"Share", BOIL},
    };
    run("news", rows, sizeof rows / sizeof *rows);
}

static void test_footer(void)
{
    /* after a comment box or a related-articles list, everything is chrome, even prose */
    static const row rows[] = {
        {"Suncheon Hosts Wetland Forum", TITLE},
        {"Mayor Noh Kwan-gyu opened the forum with delegates from Ramsar towns on Friday.", BODY},
        {"Leave a comment", BOIL},
        {"Your email address will not be published.", BOIL},
        {"Mayor Noh also met the Consul General of Japan, the other article says.", BOIL},
    };
    run("footer", rows, sizeof rows / sizeof *rows);
    static const row rows2[] = {
        {"Related Articles", BOIL},
        {"Daejeon and Seattle renew their pact for ten more years.", BOIL},
    };
    run("related", rows2, sizeof rows2 / sizeof *rows2);
    static const row rows3[] = {
        {"Yeosu met Cebu officials at the expo site to talk about ferries.", BODY},
        {"\xEB\x93\xB1\xEB\xA1\x9D\xEB\x90\x9C \xEB\x8C\x93\xEA\xB8\x80\xEC\x9D\xB4 "
         "\xEC\x97\x86\xEC\x8A\xB5\xEB\x8B\x88\xEB\x8B\xA4.", /* 등록된 댓글이 없습니다. */
         BOIL},
        {"Copyright(c) 2003 Yeosu City Hall", BOIL},
    };
    run("korean", rows3, sizeof rows3 / sizeof *rows3);
}

static void test_prose(void)
{
    /* body prose that starts with chrome words, holds digits or Hangul in passing */
    static const row rows[] = {
        {"News of the agreement reached Tashkent on Monday, officials said.", BODY},
        {"Share of exports to Vietnam rose to 12 percent last year, the city said.", BODY},
        {"The mayor, reached by phone at 10 a.m., said the 2024 budget was approved.", BODY},
        {"The word \xEC\x9E\x90\xEB\xA7\xA4\xEB\x8F\x84\xEC\x8B\x9C means sister city in Korean, "
         "the guide explained to the visitors.",
         BODY},
        {"Home to 3.3 million people, Busan is the second-largest city in Korea.", BODY},
    };
    run("prose", rows, sizeof rows / sizeof *rows);
}

/* The first 23 words of a long sentence; sixteen Korean words of four letters (64 letters: more
 * than 30 percent of a line's that holds them after that sentence and a few words more) */
#define TOUR                                                                                       \
    "The delegation toured the harbour, the old market, the new library and the museum of "        \
    "local crafts before a dinner with the council, "
#define KOREAN2                                                                                    \
    "\xEC\x9E\xAC\xEB\x8B\xA8\xEB\xB2\x95\xEC\x9D\xB8 "                                            \
    "\xEC\x9E\x90\xEB\xA7\xA4\xEB\x8F\x84\xEC\x8B\x9C"
#define KOREAN16                                                                                   \
    KOREAN2 " " KOREAN2 " " KOREAN2 " " KOREAN2 " " KOREAN2 " " KOREAN2 " " KOREAN2 " " KOREAN2

static void test_long_lines(void)
{
    /* The classifier stops counting words once no rule can depend on more; what it must still
     * see past that point: a copyright notice, letters of Korean page chrome; and literals
     * inside words, at the start of a line, after other text. */
    static const row rows[] = {
        {TOUR "and every photo in this gallery is under copyright.", BOIL},
        {TOUR "the mayor said \xEC\x9E\x90\xEB\xA7\xA4 today.", BODY},
        {TOUR "the mayor said " KOREAN16 ".", BOIL},
        {TOUR "the caf\xC3\xA9\xE2\x80\x99s owner said " KOREAN16 ".", BOIL},
        {TOUR "on the last day of the visit", BODY},
        {"Photos marked nocopyright may be shared freely.", BOIL},
        {"Full text at https://city.example.org/news", BOIL},
        {"Full text at www.example.org", BOIL},
        {"Harbour Cities Sign Pact on Ferries", TITLE},
        /* words longer than eight bytes, letters past ASCII inside them: three words, or four */
        {"B\xC3\xBCrgermeisterkonferenz Zusammenarbeit St\xC3\xA4\x64tepartnerschaften", BOIL},
        {"B\xC3\xBCrgermeisterkonferenz Zusammenarbeit St\xC3\xA4\x64tepartnerschaften 2024",
         TITLE},
        {"Partnerschaftsvereinbarung2024 Unterzeichnungszeremonie Rathaus", BOIL},
        {"Partnerschaftsvereinbarung-2024 Unterzeichnungszeremonie Rathaus", TITLE},
    };
    run("long", rows, sizeof rows / sizeof *rows);
}

static void test_word_counts(void)
{
    /* Lines with more words than any rule counts are settled by a count from below; these are
     * at its edges. Phone lines of 16 words, the most the phone rule takes, one with letters
     * past ASCII inside three words (a count that took those letters to part words would see
     * 19), and one of 17; a date line of twenty names, and one whose first word that is no name
     * comes after eight that are. */
    static const row rows[] = {
        {"Das B\xC3\xBCro f\xC3\xBCr St\xC3\xA4\x64tepartnerschaften im Rathaus ist erreichbar "
         "unter 02-2133-0500 oder 02-2133-0501.",
         BOIL},
        {"Call the city office in Busan at 02-2133-0500 or 02-2133-0501 from today.", BOIL},
        {"Call the city office in Busan at 02-2133-0500 or 02-2133-0501 from noon today.", BODY},
        {"Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec 2024.", META},
        {"Mon Tue Wed Thu Fri Sat Sun Jan and the mayors of Busan and Fukuoka signed the pact "
         "in 2024.",
         BODY},
    };
    run("word counts", rows, sizeof rows / sizeof *rows);
    /* a line of 19 words whose only letters past ASCII, two Hangul letters (more than 30 percent
     * of its three), stand at every place of its last 16 bytes */
    for (int k = 0; k < 16; k++) {
        char line[128];
        snprintf(line, sizeof line,
                 "x 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17%*s\xEC\x9E\x90\xEB\xA7\xA4.%*s", k,
                 "", 15 - k, "");
        size_t len = strlen(line);
        while (line[len - 1] == ' ') /* (a paragraph's trailing spaces are trimmed) */
            line[--len] = '\0';
        row rows2[] = {{line, BOIL}};
        run("hangul at the end", rows2, 1);
    }
}

static void test_line_end(void)
{
    /* A date line's words are read within the line alone: "May 2024 t", a paragraph followed
     * at once by "h" (the text's last paragraph cut one byte short), is no date line (its "t" is
     * no ordinal's "th"), but a line of three words, boilerplate. */
    static const char text[] = "May 2024 th";
    ct_doc *d = NULL;
    char err[256];
    CHECK(ct_doc_from_memory("line end", text, sizeof text - 1, CT_FMT_TEXT, &d, err, sizeof err) ==
                  0 &&
              d->nparas == 1 && d->paras[0].len == sizeof text - 1,
          "line end: one paragraph");
    if (!d || d->nparas != 1) {
        ct_doc_free(d);
        return;
    }
    d->paras[0].len--;
    ct_arena *a = ct_arena_new(0);
    ct_para *ps = NULL;
    size_t np = 0;
    CHECK(ct_boiler_classify(&ctx, d, a, &ps, &np) == 0 && np == 1 &&
              (ps[0].flags & (CT_PARA_BOILER | CT_PARA_TITLE | CT_PARA_META)) == BOIL,
          "line end: \"May 2024 t\" before \"h\" is boilerplate, no date line");
    ct_arena_free(a);
    ct_doc_free(d);
}

static void test_copyright_places(void)
{
    /* a copyright notice, a sign, a "(c)" and pipes at every place of a 16-byte block, and as a
     * line's last bytes (the notice's "gh" across two blocks too) */
    static const char *const marks[] = {"copyright", "All Rights Reserved", "\xC2\xA9", "(c) 2024",
                                        "| Home | News"};
    for (size_t t = 0; t < sizeof marks / sizeof *marks; t++)
        for (int k = 1; k <= 40; k++) {
            char line[256], end[256];
            snprintf(line, sizeof line, "Seoul City News%*s%s of the city and its partners", k, "",
                     marks[t]);
            snprintf(end, sizeof end, "Seoul City News%*s%s", k, "", marks[t]);
            row rows[] = {{line, BOIL}, {end, BOIL}};
            run("copyright places", rows, 2);
        }
}

static void test_cjk_tail(void)
{
    /* Korean page chrome after more words than any rule counts (so found past the point where
     * counting stops): two Hangul letters in every 32 bytes, the rest digits, at every place of
     * the ASCII skip's 32- and 8-byte blocks */
    for (int k = 0; k < 32; k++) {
        char line[4096];
        size_t len = (size_t)snprintf(line, sizeof line, TOUR TOUR TOUR "%*s", k, "");
        for (int i = 0; i < 72; i++)
            len += (size_t)snprintf(line + len, sizeof line - len,
                                    "123456789 123456789 12345 \xEC\x9E\x90\xEB\xA7\xA4");
        snprintf(line + len, sizeof line - len, ".");
        row rows[] = {{line, BOIL}};
        run("cjk tail", rows, 1);
    }
}

static void test_title_copies(void)
{
    /* a copy of a title is found past a bullet and trailing punctuation, whatever script the
     * title begins with; a line in other words (or another script) stays what it is */
    static const row rows[] = {
        {"\xE9\x87\x9C Busan and Fukuoka Sign a Ferry Pact", TITLE},
        {"\xEC\x9E\x90\xEB\xA7\xA4\xEB\x8F\x84\xEC\x8B\x9C \xED\x98\x91\xEC\x95\xBD", BOIL},
        {"Busan and Fukuoka signed a ferry pact on Monday, officials said.", BODY},
        {"\xE2\x80\xA2 \xE9\x87\x9C Busan and Fukuoka Sign a Ferry Pact.", TITLE},
    };
    run("titles", rows, sizeof rows / sizeof *rows);
    static const row rows2[] = {
        {"Busan and Fukuoka Sign a Ferry Pact", TITLE},
        {"\xEC\x9E\x90\xEB\xA7\xA4\xEB\x8F\x84\xEC\x8B\x9C \xED\x98\x91\xEC\x95\xBD", BOIL},
        {"\xC3\x89migr\xC3\xA9s in Busan and Fukuoka welcomed the pact on Monday.", BODY},
        {"- busan and fukuoka sign a ferry pact.", TITLE},
    };
    run("titles2", rows2, sizeof rows2 / sizeof *rows2);
    /* a letter past ASCII (not CJK) whose key begins in ASCII: a copy of a title in ASCII */
    static const row rows3[] = {
        {"Umit Ozdemir Visits Bursa", TITLE},
        {"The governor of Bursa met the visitors at the airport on Monday.", BODY},
        {"- \xC3\x9Cmit \xC3\x96zdemir visits Bursa.", TITLE},
    };
    run("titles3", rows3, sizeof rows3 / sizeof *rows3);
}

static void test_date_lines(void)
{
    /* a line of digits, month and weekday names (their first letters, any case; "am", "pm") is
     * a date or time line; a word that only starts like one is not a name */
    static const row rows[] = {
        {"Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec 2024", META},
        {"MONDAY Tuesday wednesday Thursday Friday Saturday Sunday 7", META},
        {"10 am - 3 PM, 2024", META},
        {"Sept. 5, 2024", META},
        {"Jab 2024", BOIL},
        {"Ap 2024", BOIL},
        {"Thx 2024", BOIL},
        {"Pmt 2024", META}, /* (two-letter names begin longer words) */
        {"Septembers 5", BOIL},
        {"Bank holiday on Mon 5, 2024", TITLE},
    };
    run("dates", rows, sizeof rows / sizeof *rows);
}

static void test_meta_prefix(void)
{
    const char *text = "date 2024-04-16 Mayor Park of Busan met the Governor of Kyoto on Monday.\n";
    ct_doc *d = NULL;
    char err[256];
    CHECK(ct_doc_from_memory("meta", text, strlen(text), CT_FMT_TEXT, &d, err, sizeof err) == 0,
          "meta doc");
    if (!d) return;
    ct_arena *a = ct_arena_new(0);
    ct_para *ps;
    size_t np = 0;
    CHECK(ct_boiler_classify(&ctx, d, a, &ps, &np) == 0 && np == 2, "meta: %zu paragraphs", np);
    if (np == 2) {
        CHECK(ps[0].off == 0 && ps[0].len == 16 && ps[0].flags == (uint32_t)META,
              "meta prefix [%u,+%u] flags %u", ps[0].off, ps[0].len, ps[0].flags);
        CHECK(ps[1].off == 16 && ps[1].flags == BODY &&
                  strncmp(d->text + ps[1].off, "Mayor Park", 10) == 0,
              "body after the prefix [%u,+%u] flags %u", ps[1].off, ps[1].len, ps[1].flags);
    }
    ct_arena_free(a);
    ct_doc_free(d);
}

int main(void)
{
    ctx.lex = ct_lexicons_load();
    if (!ctx.lex) return 1;
    test_news_page();
    test_footer();
    test_prose();
    test_long_lines();
    test_word_counts();
    test_copyright_places();
    test_line_end();
    test_cjk_tail();
    test_title_copies();
    test_date_lines();
    test_meta_prefix();
    ct_lexicons_free(ctx.lex);
    return harness_done("boiler");
}
