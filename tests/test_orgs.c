/* test_orgs.c - organisation spotting (orgs.h) on invented sentences. */
#include <string.h>

#include "cityties.h"
#include "harness.h"
#include "orgs.h"
#include "pipeline.h"

typedef struct {
    const char *text;
    const char *want[4]; /* organisation names, NULL-terminated */
    const char *acronym; /* acronym of the first, or NULL */
} org_case;

static const org_case cases[] = {
    {"Officials from the Daegu Port Authority attended.", {"Daegu Port Authority"}, NULL},
    {"The Lyon Chamber of Commerce and Industry hosted a dinner.",
     {"Lyon Chamber of Commerce and Industry"},
     NULL},
    {"She studied at the University of Leeds before joining.", {"University of Leeds"}, NULL},
    {"The Nordic Urban Policy Council (NUPC) met. NUPC members agreed.",
     {"Nordic Urban Policy Council"},
     "NUPC"},
    {"NUPC (Nordic Urban Policy Council) met in Oslo.", {"Nordic Urban Policy Council"}, "NUPC"},
    {"The Maple Sake Brewery and the Cedar Wine Factory signed a deal.",
     {"Maple Sake Brewery", "Cedar Wine Factory"},
     NULL},
    {"The delegation visited the Port of Rotterdam on Friday.", {"Port of Rotterdam"}, NULL},
    {"Staff of the Consulate General of Japan in Busan came.",
     {"Consulate General of Japan in Busan"},
     NULL},
    {"Chairperson of the Lakeside Rowing Federation Anna Berg spoke.",
     {"Lakeside Rowing Federation"},
     NULL},
    {"Seoul Metropolitan Government officials and Busan City Hall staff met.", {NULL}, NULL},
    {"City Council Member Amy Stone attended.", {NULL}, NULL},
    /* a city's council is the city government */
    {"The Lyon City Council approved the plan.", {NULL}, NULL},
    /* a title word inside the name, not before a person */
    {"The Nordic Association of Mayors met.", {"Nordic Association of Mayors"}, NULL},
    /* "and" joins inside a name; "and the" separates two */
    {"The Federation of Artists and Cultural Organization of Norway met.",
     {"Federation of Artists and Cultural Organization of Norway"},
     NULL},
    /* an ordinal is not part of the name */
    {"The Third Alpine Ceramic Exposition Foundation opened.",
     {"Alpine Ceramic Exposition Foundation"},
     NULL},
    /* "in X" only after a consulate, embassy or mission */
    {"The Bergen Trade and Investment Office in Oslo opened.",
     {"Bergen Trade and Investment Office"},
     NULL},
    /* "of X and Y" runs on over a common noun, not over a person's name */
    {"The Abu Dhabi Department of Culture and Tourism hosted a dinner.",
     {"Abu Dhabi Department of Culture and Tourism"},
     NULL},
    {"Joe Harwell from the University of Dayton and Mike Dorsey from Lakeview Energy came.",
     {"University of Dayton", "Lakeview Energy"},
     NULL},
    /* a given name after "X of Country" opens a person's name */
    {"Charge d'Affaires of the Embassy of Chile Ana Soto spoke.", {"Embassy of Chile"}, NULL},
    /* a city's duma is the city government too */
    {"The Kazan City Duma approved the plan.", {NULL}, NULL},
    /* a name inside the city government's place mention ("City of Port of Spain") is the city's */
    {"The City of Port of Spain approved the plan.", {NULL}, NULL},
};

int main(void)
{
    ct_ctx *ctx = NULL;
    if (ct_ctx_open(NULL, &ctx) != 0 || !ctx) {
        printf("orgs: skipped (no context)\n");
        return 0;
    }
    ct_arena *arena = ct_arena_new(1 << 16);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const org_case *oc = &cases[i];
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, oc->text, strlen(oc->text), CT_STAGE_ORGS);
        CHECK(an != NULL, "analysis %zu", i);
        if (!an) continue;
        size_t nwant = 0;
        for (; nwant < 4 && oc->want[nwant]; nwant++) {
            int found = 0;
            for (size_t k = 0; k < an->orgs.n; k++)
                found |= !strcmp(CT_VEC_AT(&an->orgs, ct_org, k)->name, oc->want[nwant]);
            CHECK(found, "case %zu: want %s (first got %s)", i, oc->want[nwant],
                  an->orgs.n ? CT_VEC_AT(&an->orgs, ct_org, 0)->name : "-");
        }
        CHECK(an->orgs.n == nwant, "case %zu: %zu orgs, want %zu", i, an->orgs.n, nwant);
        if (oc->acronym && an->orgs.n) {
            const ct_org *o = CT_VEC_AT(&an->orgs, ct_org, 0);
            CHECK_STR(o->acronym, oc->acronym);
        }
    }
    /* acronym mentions link to the organisation; places inside orgs are flagged */
    {
        const char *t = "The Nordic Urban Policy Council (NUPC) met. NUPC members agreed. "
                        "The Daegu Port Authority sent staff.";
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_ORGS);
        CHECK(an && an->org_mentions.n == 4, "four org mentions (the acronym in parentheses too)");
        if (an && an->org_mentions.n == 4) {
            const ct_org_mention *m = CT_VEC_AT(&an->org_mentions, ct_org_mention, 2);
            CHECK(m->org == 0 && m->ntok == 1, "acronym mention");
            size_t st = 0, nt = 0;
            CHECK(ct_orgs_covering(an, m->tok, &st, &nt) == 0 && nt == 1, "covering");
            /* the first mention from its first token; nothing before it */
            const ct_org_mention *m0 = CT_VEC_AT(&an->org_mentions, ct_org_mention, 0);
            CHECK(ct_orgs_covering(an, m0->tok, &st, &nt) == 0 && st == m0->tok && nt == m0->ntok,
                  "covering the first mention's first token");
            CHECK(m0->tok > 0 && ct_orgs_covering(an, m0->tok - 1, NULL, NULL) == -1,
                  "nothing covers the token before it");
            /* the last mention to its last token; nothing after it */
            const ct_org_mention *ml = CT_VEC_AT(&an->org_mentions, ct_org_mention, 3);
            size_t last = ml->tok + ml->ntok - 1;
            CHECK(ct_orgs_covering(an, last, &st, &nt) == ml->org && st == ml->tok,
                  "covering the last mention's last token");
            CHECK(ct_orgs_covering(an, last + 1, NULL, NULL) == -1,
                  "nothing covers the token after it");
            CHECK(!strcmp(ct_orgs_kind(an, 1), "port"), "kind port (a port authority)");
            /* no place of the record inside the organisation's name */
            const ct_org_mention *om = CT_VEC_AT(&an->org_mentions, ct_org_mention, 3);
            int unflagged = 0;
            for (size_t i = 0; i < an->places.n; i++) {
                const ct_place_mention *pm = CT_VEC_AT(&an->places, ct_place_mention, i);
                if (pm->tok >= om->tok && pm->tok < om->tok + om->ntok)
                    unflagged += !(pm->flags & CT_PM_IN_ORG);
            }
            CHECK(unflagged == 0, "places inside the org are flagged");
        }
    }
    /* the same name again (by key: case and hyphens aside) is the same organisation, and a
     * sentence whose capitalised words begin no head word names none */
    {
        const char *t = "The Daegu Port Authority met. Mayor Kim Dong-hoon spoke in Daegu. "
                        "The DAEGU PORT-AUTHORITY agreed.";
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_ORGS);
        CHECK(an && an->orgs.n == 1 && an->org_mentions.n == 2,
              "one organisation named twice (%zu, %zu mentions)", an ? an->orgs.n : 0,
              an ? an->org_mentions.n : 0);
        if (an && an->org_mentions.n == 2)
            CHECK(CT_VEC_AT(&an->org_mentions, ct_org_mention, 1)->org == 0 &&
                      CT_VEC_AT(&an->org_mentions, ct_org_mention, 1)->sent == 2,
                  "the second mention, in the third sentence, is the first organisation");
    }
    /* the places inside an organisation's name are flagged, from its first token ("Japan") to
     * its last ("Leeds"); a place next to one is not ("Oslo") */
    {
        const char *t =
            "In Oslo the University of Leeds met the Japan-Korea Friendship Association.";
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_ORGS);
        size_t inside = 0, flagged = 0, outside_flagged = 0;
        for (size_t i = 0; an && i < an->places.n; i++) {
            const ct_place_mention *pm = CT_VEC_AT(&an->places, ct_place_mention, i);
            size_t st = 0, nt = 0;
            int in = ct_orgs_covering(an, pm->tok, &st, &nt) >= 0 && pm->tok + pm->ntok <= st + nt;
            inside += in;
            flagged += in && (pm->flags & CT_PM_IN_ORG);
            outside_flagged += !in && (pm->flags & CT_PM_IN_ORG);
        }
        CHECK(an && an->orgs.n == 2 && an->places.n == 3 && inside == 2 && flagged == 2 &&
                  !outside_flagged,
              "places in organisations: %zu orgs, %zu places, %zu inside, %zu flagged, %zu "
              "outside flagged",
              an ? an->orgs.n : 0, an ? an->places.n : 0, inside, flagged, outside_flagged);
    }
    /* kinds: a council for something is a body, not an assembly */
    {
        const char *t =
            "The Nordic Council for the Promotion of Trade met the Bergen County Council.";
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_ORGS);
        CHECK(an && an->orgs.n == 2, "two councils");
        if (an && an->orgs.n == 2) {
            CHECK(!strcmp(ct_orgs_kind(an, 0), "other"), "council for: other (%s)",
                  ct_orgs_kind(an, 0));
            CHECK(!strcmp(ct_orgs_kind(an, 1), "council"), "county council: council");
        }
    }
    {
        const char *t = "The Lyon Twinning Association met the Oslo Port Authority.";
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_ORGS);
        CHECK(an && an->orgs.n == 2, "association and authority");
        if (an && an->orgs.n == 2) {
            CHECK(!strcmp(ct_orgs_kind(an, 0), "ngo"), "association: ngo (%s)",
                  ct_orgs_kind(an, 0));
            CHECK(!strcmp(ct_orgs_kind(an, 1), "port"), "port authority: port, not its Authority");
        }
    }
    /* a head phrase whose first word is no head word itself decides too */
    {
        const char *t = "The Lakeside Executive Authority met the Hanam People's Congress.";
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_ORGS);
        CHECK(an && an->orgs.n == 2, "executive authority and people's congress");
        if (an && an->orgs.n == 2) {
            CHECK(!strcmp(ct_orgs_kind(an, 0), "gov"), "executive authority: gov (%s)",
                  ct_orgs_kind(an, 0));
            CHECK(!strcmp(ct_orgs_kind(an, 1), "council"), "people's congress: council (%s)",
                  ct_orgs_kind(an, 1));
        }
    }
    ct_arena_free(arena);
    ct_ctx_free(ctx);
    return harness_done("orgs");
}
