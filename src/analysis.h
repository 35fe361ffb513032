/*
 * analysis.h - the state of one article as it flows through the pipeline:
 *
 *   document (text + paragraphs) -> segment (tokens, sentences)
 *     -> mentions (places, dates, people, organisations) -> events and ties -> record
 *
 * Each stage reads what the earlier ones wrote and appends its own part; nothing is written
 * twice. Ownership: a ct_analysis and everything it points to lives in its arena (one arena per
 * article, freed with one call); `text` is borrowed from the ct_doc, which outlives it. Spans
 * are byte offsets into `text`, which are also offsets into the original input for plain text
 * and JSON Lines, and map back to the raw HTML through ct_doc's offset map.
 */
#ifndef CT_ANALYSIS_H
#define CT_ANALYSIS_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "text.h"

typedef struct ct_ctx ct_ctx; /* loaded gazetteer and lexicons, read-only, shared */
typedef struct ct_doc ct_doc; /* one input document (document.h) */
typedef struct ct_gazetteer ct_gazetteer;
typedef struct ct_lexicons ct_lexicons;

typedef struct {
    uint32_t off; /* byte offset into the analysed text */
    uint32_t len; /* bytes */
} ct_span;

/* ---- tokens and sentences (segment.c) ---- */

enum {
    CT_TOK_WORD = 1 << 0,  /* letters (may contain digits: "G20", "3Fl") */
    CT_TOK_NUM = 1 << 1,   /* digits only */
    CT_TOK_PUNCT = 1 << 2, /* one punctuation or symbol character */
    CT_TOK_CAP = 1 << 3,   /* first character is an uppercase letter */
    CT_TOK_UPPER = 1 << 4, /* every letter uppercase, at least two letters ("SMG", "MOU") */
    CT_TOK_SPACE = 1 << 5, /* white space precedes the token */
    CT_TOK_NL = 1 << 6,    /* a line break precedes the token */
    CT_TOK_CJK = 1 << 7,   /* Hangul, Han or Kana */
    CT_TOK_SENT = 1 << 8,  /* first token of a sentence */
    CT_TOK_ABBR = 1 << 9,  /* word followed by its own abbreviation dot ("Nov", "Mr", "U.S") */
    /* ASCII letters and digits only, as the tokenizer saw them: its key is its bytes lowered */
    CT_TOK_ALNUM = 1 << 10,
    /* an ASCII digit among its bytes ("2019", "G20", "3,000"): the tokenizer saw it for free */
    CT_TOK_DIGIT = 1 << 11,
};

typedef struct {
    uint32_t off;   /* byte offset into text */
    uint16_t len;   /* bytes (tokens longer than 65535 bytes are cut) */
    uint16_t flags; /* CT_TOK_* */
} ct_token;

enum {
    CT_SENT_TITLE = 1 << 0, /* a headline or heading, not body prose */
    CT_SENT_BOILER = 1 << 1 /* page chrome kept only for offsets; extractors skip it */
};

/* A token's key alone (text.h), folded once per article by ct_lex_mark(): a span's key is its
 * tokens' keys joined by single spaces where a separator stands between them. */
typedef struct {
    const char *key; /* NUL-terminated (arena), or NULL when longer than 255 bytes (not kept) */
    uint32_t h;      /* FNV-1a of key's bytes (CT_FNV32_*, text.h) when key is kept: hashed once */
    uint8_t len;     /* bytes of key */
    uint8_t lead;    /* a separator (hyphen, dot, ...) comes before the key's first byte */
    uint8_t trail;   /* one comes after its last byte (for an empty key: the token has one) */
} ct_tok_key;

typedef struct {
    uint32_t off, len;  /* the sentence's bytes in text */
    uint32_t tok, ntok; /* its tokens: toks[tok .. tok+ntok) */
    uint32_t para;      /* index of its paragraph in the document */
    uint32_t flags;     /* CT_SENT_* */
} ct_sentence;

/* ---- dates (dates.c) ---- */

/* A calendar value at some precision. y == 0 means the year is unknown ("XXXX"); m == 0 means
 * month precision is absent (year only); d == 0 means day precision is absent. m or d == -1
 * means that part is present but unknown ("XX"). */
typedef struct {
    int16_t y;
    int8_t m, d;
} ct_ymd;

/* A date or a span. end.y == 0 && end.m == 0 && end.d == 0 means not a span. */
typedef struct {
    ct_ymd start, end;
} ct_when;

/* ---- mentions ---- */

enum { CT_PLACE_CITY = 1, CT_PLACE_ADMIN1 = 2, CT_PLACE_COUNTRY = 3 };
enum {
    CT_PM_DEMONYM = 1 << 0, /* adjective or demonym ("Chinese"): gives a key, is no place named */
    CT_PM_IN_ORG = 1 << 1,  /* inside an organisation's name: not a place of the record */
    CT_PM_GOV = 1 << 2,     /* names the city government ("SMG", "Busan City Hall") */
};

typedef struct {
    uint32_t tok, ntok; /* tokens covered */
    char key[24];       /* "gn:1838524", "a1:US.WA", "cc:SI" */
    char cc[3];         /* ISO2 country of the place */
    uint8_t kind;       /* CT_PLACE_* */
    uint8_t flags;      /* CT_PM_* */
    uint32_t sent;      /* sentence index */
} ct_place_mention;

enum {
    CT_DM_DATE = 1,     /* a point or span in time */
    CT_DM_ANNIV = 2,    /* "the 10th anniversary": n = 10, value = the anniversary's year */
    CT_DM_DURATION = 3, /* "for the past 26 years": n = 26, value = publication year - n */
    CT_DM_SINCE = 4,    /* "since 1993": value = 1993 */
};

typedef struct {
    uint32_t tok, ntok; /* tokens covered */
    uint8_t kind;       /* CT_DM_* */
    uint8_t future;     /* resolved as future relative to publication */
    int16_t n;          /* the count for ANNIV and DURATION */
    ct_when value;      /* resolved value */
    uint32_t sent;      /* sentence index */
} ct_date_mention;

/* Titles of the spec's vocabulary. */
typedef enum {
    CT_TITLE_NONE = 0,
    CT_TITLE_MAYOR,
    CT_TITLE_DEPUTY_MAYOR,
    CT_TITLE_GOVERNOR,
    CT_TITLE_COUNCIL_MEMBER,
    CT_TITLE_AMBASSADOR,
    CT_TITLE_CONSUL_GENERAL,
    CT_TITLE_CONSUL,
    CT_TITLE_HEAD_OF_STATE,
    CT_TITLE_MINISTER,
    CT_TITLE_OFFICIAL,
    CT_TITLE_BUSINESS,
    CT_TITLE_ACADEMIC,
    CT_TITLE_OTHER,
    CT_TITLE_COUNT
} ct_title;

typedef struct {
    const char *name;     /* fullest form used in the article, as written */
    const char **aliases; /* other forms seen (arena) */
    uint32_t naliases;
    ct_title title;
    const char *of;     /* place key or organisation name, or NULL */
    uint32_t first_tok; /* first mention */
} ct_person;

enum {
    CT_PERM_NAME = 1,    /* a full or partial name */
    CT_PERM_TITLE = 2,   /* a title alone ("the mayor") */
    CT_PERM_PRONOUN = 3, /* he, she */
};

typedef struct {
    uint32_t tok, ntok; /* tokens covered (name only, or title + name) */
    int32_t person;     /* index into people, or -1 when unresolved */
    uint8_t kind;       /* CT_PERM_* */
    ct_title title;     /* title given at this mention */
    char of[24];        /* place key of the title at this mention ("Mayor of Busan"), or "" */
    uint32_t sent;
} ct_person_mention;

typedef struct {
    const char *name;    /* full name as written, first full mention */
    const char *acronym; /* defined acronym, or NULL */
    uint32_t first_tok;
} ct_org;

typedef struct {
    uint32_t tok, ntok;
    int32_t org; /* index into orgs */
    uint32_t sent;
} ct_org_mention;

/* ---- the analysis of one article ---- */

typedef struct ct_analysis {
    ct_arena *arena;
    const ct_ctx *ctx;
    const ct_doc *doc;
    const char *text; /* analysed text (borrowed from doc) */
    size_t len;

    ct_token *toks;
    size_t ntoks;
    ct_sentence *sents;
    size_t nsents;
    uint64_t *lexmask;   /* per token, the lexicons a span starting there may match, or NULL
                            (ct_lex_mark() in lexicon.h) */
    uint64_t *lexword;   /* per token, the lexicons having a key whose first word is the token's
                            key (ct_lex_mark()), or NULL */
    uint64_t *lexfull;   /* per token, the lexicons having the token's key itself for a key
                            (ct_lex_mark()), or NULL */
    ct_tok_key *tokkeys; /* per token, its key (ct_lex_mark() in lexicon.h), or NULL */

    ct_when published; /* publication date; published.start.y == 0 when unknown */
    int has_published;

    ct_vec places;                    /* ct_place_mention, in text order */
    ct_vec dates;                     /* ct_date_mention, in text order */
    ct_vec people;                    /* ct_person */
    struct ct_name_cache *name_cache; /* people.c: the people's names parsed once, or NULL */
    ct_vec person_mentions;           /* ct_person_mention, in text order */
    ct_vec orgs;                      /* ct_org */
    ct_vec org_mentions;              /* ct_org_mention, in text order */
    ct_vec events;                    /* ct_event (events.h) */
    ct_vec ties;                      /* ct_tie (events.h) */
} ct_analysis;

/* The context: what all threads share, read-only after ct_ctx_open(). */
struct ct_ctx {
    ct_gazetteer *gaz;            /* NULL when no gazetteer index could be loaded */
    ct_lexicons *lex;             /* lexicons compiled from data/NAME.tsv files */
    struct ct_events_lex *events; /* the events stage's tables of lex (events.h), or NULL */
};

/* Text of token i. */
static inline const char *ct_tok_text(const ct_analysis *an, size_t i)
{
    return an->text + an->toks[i].off;
}

/* Is token i the word lit (ASCII case aside)? The length test first: inlined, strlen(lit) is a
 * constant and most tokens are refused without a byte compared. */
static inline __attribute__((always_inline)) int ct_tok_is(const ct_analysis *an, size_t i,
                                                           const char *lit)
{
    size_t n = strlen(lit);
    return an->toks[i].len == n && ct_ieq(ct_tok_text(an, i), n, lit);
}

#endif
