/*
 * test_topics.c - the topics of events (events.c, data/topics.tsv, data/field_cues.tsv) over
 * invented articles: which words name a field of cooperation, and which events they belong
 * to. Each case is an article (first line "date YYYY-MM-DD") and the topics its events must
 * (or must not) carry, checked on the JSON record.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cityties.h"
#include "harness.h"
#include "recjson.h"

/* Does some event of the type carry the topic? */
static int has_topic(json_t *rec, const char *type, const char *topic)
{
    size_t i, j;
    json_t *e, *t;
    json_array_foreach(json_object_get(rec, "events"), i, e)
    {
        if (strcmp(json_string_value(json_object_get(e, "type")), type) != 0) continue;
        json_array_foreach(json_object_get(e, "topics"), j,
                           t) if (strcmp(json_string_value(t), topic) == 0) return 1;
    }
    return 0;
}

/* An article whose meeting is told first and whose later sentences (past the ones that
 * elaborate the meeting) say `then`. */
static json_t *meeting_then(const ct_ctx *ctx, const char *then)
{
    char text[1024];
    snprintf(text, sizeof text,
             "date 2024-03-07 Mayor Anna Velk of Tarnow met with Mayor Petr Dusek of Olomouc at "
             "City Hall on Wednesday. The mayors walked through the old town. They had lunch "
             "together. %s\n",
             then);
    return extract(ctx, text);
}

int main(void)
{
    ct_ctx *ctx;
    if (ct_ctx_open(NULL, &ctx) < 0) {
        fprintf(stderr, "test_topics: no gazetteer (run make)\n");
        return 1;
    }
    json_t *r;

    /* The fields that qualify a noun of cooperation anywhere in the article are topics of its
     * meetings; other topic words of that sentence are not. */
    r = meeting_then(ctx, "Velk, a former football player, wants closer economic, scientific "
                          "and cultural exchanges between the cities.");
    CHECK(has_topic(r, "meeting", "trade_investment") &&
              has_topic(r, "meeting", "science_technology") &&
              has_topic(r, "meeting", "culture_arts"),
          "economic, scientific and cultural exchanges");
    CHECK(!has_topic(r, "meeting", "sports"), "a word outside the list is no field");
    json_decref(r);

    /* A list after the noun, with one stray word inside it. */
    r = meeting_then(ctx, "Dusek hopes for a partnership on tourism, trade, practical and health "
                          "projects.");
    CHECK(has_topic(r, "meeting", "tourism") && has_topic(r, "meeting", "trade_investment") &&
              has_topic(r, "meeting", "health_welfare"),
          "partnership on tourism, trade, practical and health projects");
    json_decref(r);

    /* "activities" is a noun of cooperation too. */
    r = meeting_then(ctx, "The cities will foster trust through cultural and sports activities.");
    CHECK(has_topic(r, "meeting", "culture_arts") && has_topic(r, "meeting", "sports"),
          "cultural and sports activities");
    json_decref(r);

    /* Ordinary field words: academia is education. */
    r = meeting_then(ctx, "Dusek looks forward to exchanges in academia and museums.");
    CHECK(has_topic(r, "meeting", "education_academia") && has_topic(r, "meeting", "culture_arts"),
          "exchanges in academia and museums");
    json_decref(r);

    /* Information technologies are digital government, as information technology is. */
    r = meeting_then(ctx, "Both want closer cooperation in information technologies.");
    CHECK(has_topic(r, "meeting", "digital_government"), "information technologies");
    json_decref(r);

    /* A list that stops: the words after "between" are not fields. */
    r = meeting_then(ctx, "Dusek praised the cooperation between the two port cities.");
    CHECK(!has_topic(r, "meeting", "maritime_ports"), "cooperation between ... port cities");
    json_decref(r);

    /* A topic word inside a place's name names the place. */
    r = extract(ctx, "date 2024-03-07 Mayor Lina Roos of Port Moresby signed a friendship "
                     "agreement with Tarnow on Tuesday.\n");
    CHECK(!has_topic(r, "agreement", "maritime_ports"), "Port Moresby is no port topic");
    json_decref(r);

    /* A longer phrase wins over its words: a tourism industry is tourism, not trade. */
    r = extract(ctx, "date 2024-03-07 Mayor Lina Roos of Tarnow met with Mayor Petr Dusek of "
                     "Olomouc on Monday to discuss the tourism industry and wetland protection.\n");
    CHECK(has_topic(r, "meeting", "tourism") && !has_topic(r, "meeting", "trade_investment"),
          "tourism industry");
    CHECK(has_topic(r, "meeting", "climate_environment"), "wetland protection");
    json_decref(r);

    /* A sentence that refers back to the trip gives the visit its topics. */
    r = extract(ctx, "date 2024-03-07 Mayor Anna Velk of Tarnow visited Olomouc on Monday. The "
                     "weather was fine. She stayed two nights. Snow fell on Tuesday. During her "
                     "visit, Velk praised the solar power plants of the region.\n");
    CHECK(has_topic(r, "visit", "energy"), "during her visit ... solar");
    json_decref(r);

    /* The fields of a trip are the topics of the article's visits. */
    r = extract(ctx, "date 2024-03-07 Mayor Anna Velk of Tarnow visited Olomouc on Monday. The "
                     "weather was fine. She stayed two nights. Snow fell on Tuesday. The trip "
                     "followed a trade mission to Brno last year.\n");
    CHECK(has_topic(r, "visit", "trade_investment"), "a trade mission");
    CHECK(!has_topic(r, "meeting", "trade_investment"), "a trip's fields are no meeting's");
    json_decref(r);

    /* Hosting a guest is no mega event; a bid to host the games is. */
    r = extract(ctx, "date 2024-03-07 Mayor Anna Velk of Tarnow met with Mayor Petr Dusek of "
                     "Olomouc on Monday, hosting him at a dinner before he bid farewell.\n");
    CHECK(!has_topic(r, "meeting", "mega_events"), "hosting a dinner");
    json_decref(r);
    r = extract(ctx, "date 2024-03-07 Mayor Anna Velk of Tarnow met with Mayor Petr Dusek of "
                     "Olomouc on Monday to discuss Tarnow's bid to host a future world cup.\n");
    CHECK(has_topic(r, "meeting", "mega_events"), "a bid to host the games");
    json_decref(r);

    /* What follows a trip tells what the visitors saw, not what the trip was for; what
     * follows a meeting may tell what was discussed. */
    r = extract(ctx, "date 2024-03-07 Mayor Anna Velk of Tarnow visited Olomouc on Monday. She "
                     "admired the old harbour and its fish market.\n");
    CHECK(!has_topic(r, "visit", "maritime_ports") && !has_topic(r, "visit", "trade_investment"),
          "the sights after a visit are no topics of it");
    json_decref(r);
    r = extract(ctx, "date 2024-03-07 Mayor Anna Velk of Tarnow met with Mayor Petr Dusek of "
                     "Olomouc on Monday. They talked about the old harbour.\n");
    CHECK(has_topic(r, "meeting", "maritime_ports"), "the sentence after a meeting");
    json_decref(r);

    /* A topic word inside an organisation's name names the body, not a field. */
    r = extract(ctx, "date 2024-03-07 Mayor Anna Velk of Tarnow met with Petr Dusek, president "
                     "of the Olomouc Technology Council, at City Hall on Monday.\n");
    CHECK(!has_topic(r, "meeting", "science_technology"), "the Olomouc Technology Council");
    json_decref(r);

    /* The portfolio of an office names the office. */
    r = extract(ctx, "date 2024-03-07 Mayor Anna Velk of Tarnow met with Petr Dusek, Minister of "
                     "Railways and Urban Planning of Slovakia, at City Hall on Monday.\n");
    CHECK(!has_topic(r, "meeting", "urban_planning_transport"), "Minister of Railways and ...");
    json_decref(r);

    /* The items of a list that a sentence about the fields opens with a colon. */
    r = meeting_then(ctx, "The areas of cooperation include the following:\n\n"
                          "\xe2\x80\xa2 Energy efficiency\n\n\xe2\x80\xa2 Culture and sport\n\n"
                          "The mayors then left for the airport after a long day of talks and "
                          "photographs with the local press and the staff.");
    CHECK(has_topic(r, "meeting", "energy") && has_topic(r, "meeting", "culture_arts") &&
              has_topic(r, "meeting", "sports"),
          "listed fields");
    json_decref(r);

    /* A stray word before a comma inside a list. */
    r = meeting_then(ctx, "They aim at cultural, social, educational and sports activities.");
    CHECK(has_topic(r, "meeting", "culture_arts") && has_topic(r, "meeting", "education_academia"),
          "cultural, social, educational and sports activities");
    json_decref(r);

    /* A field word in another sense: a culture of safety is no culture. */
    r = extract(ctx, "date 2024-03-07 Mayor Anna Velk of Tarnow met with Mayor Petr Dusek of "
                     "Olomouc on Monday to build a culture of safety on the roads.\n");
    CHECK(!has_topic(r, "meeting", "culture_arts"), "a culture of safety");
    json_decref(r);

    /* ... nor is a field word that ends a longer phrase before a noun of cooperation: a list
     * read backwards from the noun takes the longest phrase that ends at a token ("work
     * culture", none; "state of the art", four tokens), and goes on past it. */
    r = meeting_then(ctx, "They pledged tourism and work culture exchanges.");
    CHECK(has_topic(r, "meeting", "tourism") && !has_topic(r, "meeting", "culture_arts"),
          "tourism and work culture exchanges");
    json_decref(r);
    r = meeting_then(ctx, "They pledged sports and state of the art exchanges.");
    CHECK(has_topic(r, "meeting", "sports") && !has_topic(r, "meeting", "culture_arts"),
          "sports and state of the art exchanges");
    json_decref(r);
    /* A phrase that ends with the noun itself ("smart city initiatives", "tourist exchanges") is
     * an item of the list, which goes on before it. */
    r = meeting_then(ctx, "They pledged tourism and smart city initiatives.");
    CHECK(has_topic(r, "meeting", "tourism") && has_topic(r, "meeting", "smart_city"),
          "tourism and smart city initiatives");
    json_decref(r);
    r = meeting_then(ctx, "They pledged economic and tourist exchanges.");
    CHECK(has_topic(r, "meeting", "trade_investment") && has_topic(r, "meeting", "tourism"),
          "economic and tourist exchanges");
    json_decref(r);
    /* ... for its tokens before the noun alone: the walk goes on from the word before it, "new",
     * a stray word with no field after it short of "clubs", so the list ends short of "sports" */
    r = meeting_then(ctx, "They backed sports clubs and new tourist exchanges.");
    CHECK(has_topic(r, "meeting", "tourism") && !has_topic(r, "meeting", "sports"),
          "sports clubs and new tourist exchanges");
    json_decref(r);

    /* A noun of cooperation that ends a compound ("exchange-programs") qualifies its list. */
    r = meeting_then(ctx, "Velk wants more exchange-programs in tourism.");
    CHECK(has_topic(r, "meeting", "tourism"), "exchange-programs in tourism");
    json_decref(r);

    /* Two topic words 128 tokens apart in one sentence are each read for themselves (the
     * answers kept per token share a slot then). */
    char text[2048];
    size_t n = (size_t)snprintf(text, sizeof text,
                                "date 2024-03-07 Mayor Anna Velk of Tarnow met with Mayor Petr "
                                "Dusek of Olomouc on Monday to discuss tourism");
    for (int k = 0; k < 127; k++) /* 127 words between: "sports" is 128 tokens after */
        n += (size_t)snprintf(text + n, sizeof text - n, " and");
    snprintf(text + n, sizeof text - n, " sports.\n");
    r = extract(ctx, text);
    CHECK(has_topic(r, "meeting", "tourism") && has_topic(r, "meeting", "sports"),
          "tourism ... sports, 128 tokens apart");
    json_decref(r);

    /* A phrase cut by a nearer limit (what "an agreement on" qualifies: eight words, which end
     * inside "world cup" and "tourism industry") is read whole to the sentence's end: the
     * answers kept per token are kept with their limit. */
    r = extract(ctx, "date 2024-03-07 Mayor Anna Velk of Tarnow and Mayor Petr Dusek of Olomouc "
                     "signed an agreement on the planning of the big annual global world cup in "
                     "Tarnow on Monday.\n");
    CHECK(has_topic(r, "agreement", "mega_events"), "world cup, read to two limits");
    json_decref(r);
    r = extract(ctx, "date 2024-03-07 Mayor Anna Velk of Tarnow and Mayor Petr Dusek of Olomouc "
                     "signed an agreement on the first steps toward the next big tourism industry "
                     "fair on Monday.\n");
    CHECK(has_topic(r, "agreement", "tourism") && !has_topic(r, "agreement", "trade_investment"),
          "tourism industry, read to two limits");
    json_decref(r);

    /* A topic word that opens its sentence counts too (the words listed where a topic phrase may
     * start begin at the sentence's first token). */
    r = extract(ctx, "date 2024-03-07 Sports and culture were the focus as Mayor Anna Velk of "
                     "Tarnow met with Mayor Petr Dusek of Olomouc on Monday.\n");
    CHECK(has_topic(r, "meeting", "sports") && has_topic(r, "meeting", "culture_arts"),
          "sports and culture, the sentence's first words");
    json_decref(r);
    r = extract(ctx, "date 2024-03-07 Mayor Anna Velk of Tarnow visited Olomouc on Monday. "
                     "Tourism officials joined the visit.\n");
    CHECK(has_topic(r, "visit", "tourism"), "tourism, a sentence's first word");
    json_decref(r);
    /* ... and one that ends it, a paragraph's last word without a full stop */
    r = extract(ctx, "date 2024-03-07 Mayor Anna Velk of Tarnow visited Olomouc on Monday. The "
                     "weather was fine. During her visit she praised tourism\nShe left on "
                     "Tuesday.\n");
    CHECK(has_topic(r, "visit", "tourism"), "tourism, a sentence's last token");
    json_decref(r);

    /* The walk of the cues stops at a cue after four references (four agreements, then
     * "cooperation in"): a noun of travel past that point ("a trade mission") is read still. */
    r = extract(ctx, "date 2024-03-07 Mayor Anna Velk of Tarnow visited Olomouc on Monday. The "
                     "weather was fine. She stayed two nights. Snow fell on Tuesday. The "
                     "agreement, this agreement, the memorandum and the MOU built on cooperation "
                     "in culture and a trade mission to Brno last year.\n");
    CHECK(has_topic(r, "visit", "trade_investment"), "a trade mission after the cues' walk ends");
    json_decref(r);

    ct_ctx_free(ctx);
    return harness_done("topics");
}
