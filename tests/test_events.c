/*
 * test_events.c - events and ties over invented sentences: every pattern of the events stage
 * (visits, meetings, agreements, planned, topics, ties and their `since`) and its traps
 * (negation, generic statements, headlines, other pairs quoted as examples).
 *
 * Each case is an article (first line "date YYYY-MM-DD" so the dates stage has an anchor) and
 * the facts its record must (or must not) hold, checked on the JSON record itself.
 */
#include <dirent.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "cityties.h"
#include "document.h"
#include "harness.h"
#include "pipeline.h"
#include "recjson.h"
#include "record.h"

static size_t count(json_t *rec, const char *type)
{
    size_t i, n = 0;
    json_t *e;
    json_array_foreach(json_object_get(rec, "events"), i, e) n +=
        strcmp(json_string_value(json_object_get(e, "type")), type) == 0;
    return n;
}

/* Is there an agreement between a and b (among its parties)? */
static int agreed(json_t *rec, const char *a, const char *b)
{
    size_t i;
    json_t *e;
    json_array_foreach(json_object_get(rec, "events"), i, e)
    {
        if (strcmp(json_string_value(json_object_get(e, "type")), "agreement") != 0) continue;
        json_t *p = json_object_get(e, "parties");
        if (holds(p, a) && holds(p, b)) return 1;
    }
    return 0;
}

/* The record of text, with the events stage run over the earlier stages' analysis as the
 * pipeline runs it (fast 1), or without the lexicon marks (ct_lex_mark()) and the context's
 * tables of the stage (ct_events_lex_open()), which it then looks up itself (fast 0); malloc'd,
 * NULL on failure. */
static char *events_record(const ct_ctx *ctx, const char *text, size_t len, int fast)
{
    ct_ctx plain = *ctx;
    if (!fast) plain.events = NULL;
    ct_doc *doc;
    char err[256];
    if (ct_doc_from_memory("t", text, len, CT_FMT_TEXT, &doc, err, sizeof err) < 0) return NULL;
    ct_arena *a = ct_arena_new(0);
    ct_analysis *an = NULL;
    char *out = NULL;
    if (a && ct_analyze(&plain, doc, a, CT_STAGE_PEOPLE, &an) == 0) {
        if (!fast) an->lexmask = an->lexword = NULL;
        ct_buf b;
        ct_buf_init(&b, 1 << 24);
        if (ct_events_find(an) == 0 && ct_record_write(an, 0, &b) == 0 && b.data)
            out = strdup(b.data);
        ct_buf_free(&b);
    }
    ct_arena_free(a);
    ct_doc_free(doc);
    return out;
}

/* The events stage gives the same records with the lexicon marks and the context's tables as
 * without them: every gate, filter and skip it takes by the marks refuses only what the
 * lexicons would refuse, and the tables the context keeps are the ones it would look up. Over
 * the articles of the dev corpus (../shared/corpus/dev) or, without it, examples/. */
static void same_without_marks(const ct_ctx *ctx)
{
    const char *dir = "../shared/corpus/dev";
    DIR *d = opendir(dir);
    if (!d) d = opendir(dir = "examples");
    CHECK(d != NULL, "no articles to read");
    size_t n = 0, differ = 0;
    for (struct dirent *de; d && (de = readdir(d));) {
        size_t nl = strlen(de->d_name);
        if (nl < 4 || strcmp(de->d_name + nl - 4, ".txt") != 0) continue;
        char path[1024], *text = NULL;
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        FILE *f = fopen(path, "rb");
        long len = -1;
        if (f && fseek(f, 0, SEEK_END) == 0 && (len = ftell(f)) >= 0 &&
            fseek(f, 0, SEEK_SET) == 0 && (text = malloc((size_t)len + 1)) &&
            fread(text, 1, (size_t)len, f) == (size_t)len) {
            char *want = events_record(ctx, text, (size_t)len, 0);
            char *got = events_record(ctx, text, (size_t)len, 1);
            CHECK(want && got, "%s: no record", path);
            if (want && got && strcmp(want, got) != 0 && !differ++)
                fprintf(stderr, "%s: as the pipeline runs:\n%s\nwithout:\n%s\n", path, got, want);
            n++;
            free(want);
            free(got);
        }
        free(text);
        if (f) fclose(f);
    }
    if (d) closedir(d);
    CHECK(differ == 0, "%zu of %zu records differ with the marks and tables", differ, n);
    CHECK(n > 0, "no article read in %s", dir);
}

/* GeoNames ids of the cities the cases use. */
#define DAEGU "gn:1835329"
#define QINGDAO "gn:1797929"
#define ULSAN "gn:1833747"
#define PORTLAND "gn:5746545"
#define INCHEON "gn:1843564"
#define TIANJIN "gn:1792947"
#define DALIAN "gn:1814087"
#define NAGOYA "gn:1856057"
#define OSAKA "gn:1853909"
#define SEOUL "gn:1835848"
#define AICHI "a1:JP.01"
#define DAEJEON "gn:1835235"
#define JEONJU "gn:1845457"
#define HARBIN "gn:2037013"
#define HANGZHOU "gn:1808926"
#define NANJING "gn:1799962"
#define SAPPORO "gn:2128295"
#define KANAZAWA "gn:1860243"
#define ISHIKAWA "a1:JP.15"
#define LYON "gn:2996944"
#define TURIN "gn:3165524"
#define GDANSK "gn:3099434"

/* Does the meeting of Daegu in the record of text hold topic? -1 when no such meeting is read. */
static int meeting_topic(const ct_ctx *ctx, const char *text, const char *topic)
{
    json_t *r = extract(ctx, text);
    json_t *e = event(r, "meeting", "parties", DAEGU);
    int held = e ? holds(json_object_get(e, "topics"), topic) : -1;
    json_decref(r);
    return held;
}

int main(void)
{
    ct_ctx *ctx;
    if (ct_ctx_open(NULL, &ctx) < 0) {
        fprintf(stderr, "test_events: no gazetteer (run make)\n");
        return 1;
    }
    json_t *r;

    /* An agreement signed by two named cities, with its kind, date and a tie since then. */
    r = extract(ctx, "date 2015-05-04 Daegu and Qingdao signed a sister city agreement on May 3, "
                     "2015, pledging cooperation in tourism and trade.\n");
    json_t *e = event(r, "agreement", "parties", DAEGU);
    CHECK(e && holds(json_object_get(e, "parties"), QINGDAO), "agreement Daegu-Qingdao");
    CHECK_STR(e ? str(e, "kind") : NULL, "sister");
    CHECK_STR(e ? str(e, "date") : NULL, "2015-05-03");
    CHECK(e && holds(json_object_get(e, "topics"), "tourism") &&
              holds(json_object_get(e, "topics"), "trade_investment"),
          "agreement topics");
    json_t *t = tie(r, DAEGU, QINGDAO, "sister");
    CHECK(t != NULL, "sister tie from the agreement");
    CHECK_STR(t ? str(t, "since") : NULL, "2015-05-03");
    CHECK(e && str(e, "evidence") && strstr(str(e, "evidence"), "signed a sister city"),
          "evidence is the sentence");
    json_decref(r);

    /* "the agreement" takes the kind the headline named; an MOU is an MOU. */
    r = extract(ctx, "Ulsan signs friendship city agreement with Portland\n\n"
                     "date 2019-03-02 Ulsan Mayor Song Cheol-ho inked the agreement with Portland "
                     "on Friday at City Hall.\n");
    e = event(r, "agreement", "parties", ULSAN);
    CHECK_STR(e ? str(e, "kind") : NULL, "friendship");
    json_decref(r);
    r = extract(ctx, "date 2019-03-02 Daegu and Qingdao signed a memorandum of understanding on "
                     "smart city cooperation.\n");
    e = event(r, "agreement", "parties", DAEGU);
    CHECK_STR(e ? str(e, "kind") : NULL, "mou");
    CHECK(e && holds(json_object_get(e, "topics"), "smart_city"), "MOU topic smart_city");
    json_decref(r);

    /* One side unnamed: the home city signed, the city the article names most (three times),
     * not the one it names first; each mention's key is tallied apart from the others. */
    r = extract(ctx, "date 2021-05-03 Daegu sent flowers on Friday. Incheon held a port "
                     "festival, and Incheon welcomed many tourists. Incheon was busy all week. "
                     "Officials signed a friendship agreement with Portland on May 2, 2021.\n");
    CHECK(agreed(r, INCHEON, PORTLAND), "home city: the one named most");
    CHECK(!agreed(r, DAEGU, PORTLAND), "home city: not the one named first");
    json_decref(r);
    /* ... unless the first mayor's city, with its three more, passes it, named after it. */
    r = extract(ctx, "date 2021-05-03 Incheon held a port festival, and Incheon welcomed many "
                     "tourists. Incheon was busy all week. Daegu Mayor Kim Tae-ho sent flowers on "
                     "Friday. Officials signed a friendship agreement with Portland on May 2, "
                     "2021.\n");
    CHECK(agreed(r, DAEGU, PORTLAND), "home city: the first mayor's, named once after");
    json_decref(r);

    /* A sentence that states an event of its own (a visit) gives its topics to none of the
     * events before it: to neither of the two of one sentence, which both ask of it. */
    r = extract(ctx, "date 2021-05-03 Daegu Mayor Kim met Qingdao Mayor Li on May 2, 2021, and "
                     "the two cities signed a memorandum of understanding. A Qingdao delegation "
                     "will visit Daegu in June to discuss tourism.\n");
    e = event(r, "meeting", "parties", DAEGU);
    CHECK(e && !holds(json_object_get(e, "topics"), "tourism"), "no topic from a visit: meeting");
    e = event(r, "agreement", "parties", DAEGU);
    CHECK(e && !holds(json_object_get(e, "topics"), "tourism"), "no topic from a visit: pact");
    e = event(r, "visit", "destinations", DAEGU);
    CHECK(e && holds(json_object_get(e, "topics"), "tourism"), "the visit's own topic");
    json_decref(r);

    /* A planned tour of several cities is one planned visit with several destinations. */
    r = extract(ctx, "date 2022-12-01 Incheon Mayor Yoo Jeong-bok will visit Tianjin and "
                     "Dalian next April.\n");
    e = event(r, "visit", "destinations", TIANJIN);
    CHECK(e && holds(json_object_get(e, "destinations"), DALIAN), "visit to Tianjin and Dalian");
    CHECK(e && json_is_true(json_object_get(e, "planned")), "future visit is planned");
    CHECK(e && json_array_size(json_object_get(e, "visitors")) == 1, "one visitor");
    json_decref(r);

    /* A standing relationship with arithmetic: 20 years before a 2020 article. */
    r = extract(ctx, "date 2020-06-01 Ulsan has been a sister city of Portland for the past 20 "
                     "years.\n");
    t = tie(r, ULSAN, PORTLAND, "sister");
    CHECK(t != NULL, "sister tie from a statement");
    CHECK_STR(t ? str(t, "since") : NULL, "2000");
    CHECK(count(r, "agreement") == 0, "a tie stated without a signing is no agreement");
    json_decref(r);

    /* A history of two kinds with their own years. */
    r = extract(ctx, "date 2018-01-05 Seoul Mayor Kim Dong-il met reporters on Friday.\n\n"
                     "Nagoya was a friendship city of Seoul in 2001 and was upgraded into a "
                     "sister city in 2009.\n");
    t = tie(r, SEOUL, NAGOYA, "friendship");
    CHECK_STR(t ? str(t, "since") : NULL, "2001");
    t = tie(r, SEOUL, NAGOYA, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "2009");
    json_decref(r);

    /* The anniversary of a relationship gives its beginning. */
    r = extract(ctx, "date 2023-05-12 Daegu and Qingdao celebrated the 30th anniversary of their "
                     "sister city relationship on Thursday.\n");
    t = tie(r, DAEGU, QINGDAO, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "1993");
    json_decref(r);

    /* Traps: negation, a generic statement, a headline. */
    r = extract(ctx, "date 2021-02-02 The visit of Incheon Mayor Yoo Jeong-bok to Osaka was "
                     "cancelled because of the pandemic.\n");
    CHECK(count(r, "visit") == 0, "a cancelled visit is no event");
    json_decref(r);
    r = extract(ctx, "date 2021-02-02 Seoul has 23 sister cities around the world.\n");
    CHECK(json_array_size(json_object_get(r, "ties")) == 0, "a generic statement makes no tie");
    json_decref(r);
    r = extract(ctx, "Incheon Mayor Visits Osaka\n\n"
                     "date 2021-02-02 The city released its budget plan on Monday.\n");
    CHECK(count(r, "visit") == 0, "a headline alone makes no visit");
    json_decref(r);

    /* A guest received at City Hall visited the city; the meeting has both sides. */
    r = extract(ctx, "date 2024-04-18 Mayor Hong Joon-pyo of Daegu met with Mayor Yang Wei of "
                     "Qingdao at City Hall on Wednesday to discuss port cooperation.\n");
    e = event(r, "meeting", "parties", DAEGU);
    CHECK(e && holds(json_object_get(e, "parties"), QINGDAO), "meeting parties");
    CHECK(e && json_array_size(json_object_get(e, "participants")) == 2, "two participants");
    CHECK_STR(e ? str(e, "date") : NULL, "2024-04-17");
    CHECK(e && holds(json_object_get(e, "topics"), "maritime_ports"), "meeting topic");
    e = event(r, "visit", "destinations", DAEGU);
    CHECK(e != NULL, "the guest's visit to the host city");
    json_decref(r);

    /* A delegation's named members are its visitors; a group hosted at home visited it. */
    r = extract(ctx, "date 2016-09-10 A delegation from Ulsan visited Portland on Friday. The "
                     "delegation included Ulsan Mayor Kim Gi-hyeon and Ulsan councilor Park "
                     "Seong-min.\n");
    e = event(r, "visit", "destinations", PORTLAND);
    CHECK(e && json_array_size(json_object_get(e, "visitors")) == 2, "delegation members visit");
    json_decref(r);
    r = extract(ctx, "date 2016-09-10 Daegu hosted a delegation from Qingdao on Thursday.\n");
    e = event(r, "visit", "destinations", DAEGU);
    CHECK(e && holds(json_object_get(e, "visitors"), QINGDAO), "hosted group visited the host");
    json_decref(r);

    /* "the two cities" refers back to the article's pair. */
    r = extract(ctx, "date 2016-09-10 Daegu Mayor Kwon Young-sik met Qingdao Mayor Zhang Xin "
                     "in Daegu on Friday. The two cities signed an MOU on tourism.\n");
    e = event(r, "agreement", "parties", DAEGU);
    CHECK(e && holds(json_object_get(e, "parties"), QINGDAO), "the two cities: the pair");
    CHECK_STR(e ? str(e, "kind") : NULL, "mou");
    json_decref(r);

    /* A signing that took place and an upgrade still planned, in one sentence. */
    r = extract(ctx, "date 2024-03-13 Daegu Mayor Hong Joon-pyo received Qingdao officials on "
                     "Tuesday. The two cities signed a memorandum of understanding in 2019 and "
                     "plan to upgrade it to a formal friendship agreement later this year.\n");
    t = tie(r, DAEGU, QINGDAO, "mou");
    CHECK_STR(t ? str(t, "since") : NULL, "2019");
    CHECK(tie(r, DAEGU, QINGDAO, "friendship") == NULL, "a planned upgrade is no tie yet");
    json_decref(r);

    /* Another pair's story quoted as an example is not the article's. */
    r = extract(ctx, "date 2024-03-13 Like Seoul and Nagoya, which became sister cities in "
                     "2009, Daegu and Qingdao hope to deepen their ties. Daegu Mayor Hong Joon-pyo "
                     "would like to "
                     "visit Qingdao next year.\n");
    CHECK(tie(r, SEOUL, NAGOYA, "sister") == NULL, "an example pair makes no tie");
    CHECK(event(r, "visit", "destinations", QINGDAO) != NULL, "'would like to visit' is a visit");
    json_decref(r);

    /* An invitation is a planned visit by the invited. */
    r = extract(ctx, "date 2024-03-13 Daegu Mayor Hong Joon-pyo invited Qingdao Mayor Zhang Xin "
                     "to the Daegu International Forum next year.\n");
    e = event(r, "visit", "destinations", DAEGU);
    CHECK(e && json_is_true(json_object_get(e, "planned")), "an invitation is a planned visit");
    CHECK(e && json_array_size(json_object_get(e, "visitors")) == 1, "the invited visits");
    json_decref(r);

    /* The base verb after a future cue states the planned event: "will lead a delegation to",
     * "plans to lead a delegation to" a visit; "is scheduled to receive" a guest a meeting. */
    r = extract(ctx, "date 2024-01-10 Lyon Mayor Claire Morvan will lead a delegation to Turin "
                     "in April.\n");
    e = event(r, "visit", "destinations", TURIN);
    CHECK(e && json_is_true(json_object_get(e, "planned")), "'will lead a delegation to': planned");
    CHECK_STR(e ? str(e, "date") : NULL, "2024-04");
    json_decref(r);
    r = extract(ctx, "date 2024-01-10 Lyon Mayor Claire Morvan plans to lead a delegation to "
                     "Turin in April.\n");
    e = event(r, "visit", "destinations", TURIN);
    CHECK(e && json_is_true(json_object_get(e, "planned")), "'plans to lead a delegation'");
    json_decref(r);
    r = extract(ctx, "date 2024-01-10 Lyon Mayor Claire Morvan is scheduled to receive Turin "
                     "Mayor Paolo Ferri at City Hall on Feb. 20.\n");
    e = event(r, "meeting", "parties", TURIN);
    CHECK(e && json_is_true(json_object_get(e, "planned")), "'scheduled to receive': planned");
    json_decref(r);
    /* "hopes to visit ... in May" in October is next May, as "plans to" and "will" are. */
    r = extract(ctx, "date 2023-10-19 Turin Mayor Paolo Ferri hopes to visit Lyon in May.\n");
    e = event(r, "visit", "destinations", LYON);
    CHECK_STR(e ? str(e, "date") : NULL, "2024-05");
    json_decref(r);

    /* "invited X to visit Y": the invited's planned visit, and no trip of the inviter. */
    r = extract(ctx, "date 2024-01-10 Lyon Mayor Claire Morvan invited Turin Mayor Paolo Ferri to "
                     "visit Lyon next year.\n");
    CHECK(count(r, "visit") == 1, "an invitation to visit is one visit");
    e = event(r, "visit", "destinations", LYON);
    CHECK(e && json_array_size(json_object_get(e, "visitors")) == 1, "only the invited visits");
    CHECK(e && json_is_true(json_object_get(e, "planned")), "an invitation to visit: planned");
    json_decref(r);

    /* "During her visit to Y last month, Mayor X signed ...": X's visit, with its date. */
    r = extract(ctx, "date 2024-01-10 During her visit to Turin last month, Lyon Mayor Claire "
                     "Morvan signed a tourism MOU with Turin Mayor Paolo Ferri.\n");
    e = event(r, "visit", "destinations", TURIN);
    CHECK(e && json_array_size(json_object_get(e, "visitors")) == 1 &&
              holds(json_object_get(e, "visitors"), "Claire Morvan"),
          "a possessive's trip is the main clause's subject's");
    CHECK_STR(e ? str(e, "date") : NULL, "2023-12");
    json_decref(r);

    /* A fronted phrase recalls the meeting told before; its people are not in the new one. */
    r = extract(ctx, "date 2024-04-18 Mayor Hong Joon-pyo of Daegu met with Mayor Yang Wei of "
                     "Qingdao on Wednesday. Following the meeting with Mayor Hong, Mayor Yang met "
                     "with officials from the Daegu Tourism Organization.\n");
    CHECK(count(r, "meeting") == 2, "two meetings");
    {
        size_t i;
        json_t *m, *second = NULL;
        json_array_foreach(json_object_get(r, "events"), i,
                           m) if (strcmp(str(m, "type"), "meeting") == 0) second = m;
        CHECK(second && json_array_size(json_object_get(second, "participants")) == 1,
              "Mayor Hong is not in the second meeting");
    }
    json_decref(r);
    r = extract(ctx, "date 2024-04-18 As a sign of friendship, Daegu planted trees from Qingdao "
                     "under their sister city agreement.\n");
    CHECK(count(r, "agreement") == 0, "'a sign of' signs nothing");
    json_decref(r);

    /* An undated event takes the story's date, never a year its lead recalls. */
    r = extract(ctx, "date 2022-03-03 Daegu and Qingdao renewed their sister city agreement. "
                     "The tie grew out of a student exchange in 2019.\n");
    e = event(r, "agreement", "parties", DAEGU);
    CHECK(e && !json_is_string(json_object_get(e, "date")), "no recalled year as the date");
    json_decref(r);

    /* "the visit of X to Y"; a group that arrived came to the home city; invited officials. */
    r = extract(ctx, "date 2024-03-13 Daegu Mayor Hong Joon-pyo said the first official visit of "
                     "Mayor Zhang Xin to Daegu was a success.\n");
    CHECK(event(r, "visit", "destinations", DAEGU) != NULL, "visit of X to Y");
    json_decref(r);
    r = extract(ctx, "date 2024-03-13 Daegu Mayor Hong Joon-pyo opened the fair in Daegu on "
                     "Monday. Twelve delegates arrived on Tuesday from Qingdao for the fair.\n");
    e = event(r, "visit", "visitors", QINGDAO);
    CHECK(e && holds(json_object_get(e, "destinations"), DAEGU), "arrived from X: to home");
    json_decref(r);
    r = extract(ctx, "date 2024-03-13 Daegu Mayor Hong Joon-pyo hopes to invite Qingdao "
                     "officials to Daegu next year.\n");
    e = event(r, "visit", "visitors", QINGDAO);
    CHECK(e && json_is_true(json_object_get(e, "planned")), "invited officials plan a visit");
    json_decref(r);

    /* A purpose clause takes the future of the verb it serves. */
    r = extract(ctx, "date 2019-06-20 Daegu Mayor Kwon Young-sik will then meet Qingdao Mayor "
                     "Zhang Xin at the city hall of Qingdao to sign an agreement on trade.\n");
    e = event(r, "agreement", "parties", DAEGU);
    CHECK(e && json_is_true(json_object_get(e, "planned")), "'will meet ... to sign': planned");
    json_decref(r);

    /* The anniversary of a pact stands for the relationship it began. */
    r = extract(ctx, "date 2003-11-05 Daegu declared Nov. 3 a day of Qingdao to mark the 10th "
                     "anniversary of the establishment of a cooperation pact between the two "
                     "cities.\n");
    t = tie(r, DAEGU, QINGDAO, "cooperation");
    CHECK_STR(t ? str(t, "since") : NULL, "1993");
    json_decref(r);

    /* With no publication date, a yearless date takes the year the article last wrote. */
    r = extract(ctx, "Daegu Mayor Hong Joon-pyo arrived in Qingdao on Nov. 3, 2022 for a visit. "
                     "On Nov. 4, Mayor Hong met Qingdao Mayor Zhang Xin at the city hall.\n");
    e = event(r, "meeting", "parties", QINGDAO);
    CHECK_STR(e ? str(e, "date") : NULL, "2022-11-04");
    json_decref(r);

    /* A meeting with no place read and no word of hosting makes no visit. */
    r = extract(ctx, "date 2024-04-18 Daegu Mayor Hong Joon-pyo met with Qingdao Mayor Zhang Xin "
                     "and agreed to study a joint trade office.\n");
    CHECK(count(r, "meeting") == 1 && count(r, "visit") == 0, "no assumed visit");
    json_decref(r);

    /* A subordinate clause has its own subject. */
    r = extract(ctx, "date 2023-09-12 Daegu Mayor Hong Joon-pyo and Qingdao Mayor Zhang Xin "
                     "signed the agreement when Hong flew to Qingdao on Sept. 8.\n");
    e = event(r, "visit", "destinations", QINGDAO);
    CHECK(e && json_array_size(json_object_get(e, "visitors")) == 1, "only Hong flew");
    json_decref(r);

    /* The fields of cooperation stated anywhere are topics of the meetings and agreements. */
    r = extract(ctx, "date 2024-04-18 Mayor Hong Joon-pyo of Daegu met with Mayor Yang Wei of "
                     "Qingdao at City Hall on Wednesday. The mayors toured the harbour. Both "
                     "cities pledged cooperation in the fields of sports and youth exchange.\n");
    e = event(r, "meeting", "parties", DAEGU);
    CHECK(e && holds(json_object_get(e, "topics"), "sports") &&
              holds(json_object_get(e, "topics"), "youth"),
          "fields stated later are the meeting's topics");
    json_decref(r);

    /* ... and fields stated before any event of the kind is told: the fields pass asks which
     * kinds the article's events take over all of them, not over those told so far */
    r = extract(ctx, "date 2024-04-18 Daegu and Qingdao are partners in the fields of culture "
                     "and tourism. Mayor Hong Joon-pyo of Daegu met Mayor Yang Wei of Qingdao on "
                     "Wednesday.\n");
    e = event(r, "meeting", "parties", DAEGU);
    CHECK(e && holds(json_object_get(e, "topics"), "culture_arts") &&
              holds(json_object_get(e, "topics"), "tourism"),
          "fields stated before the meeting is told");
    json_decref(r);
    r = extract(ctx, "date 2024-04-18 Daegu sent a trade mission to Osaka last year. Mayor Hong "
                     "Joon-pyo of Daegu visited Qingdao on Wednesday.\n");
    e = event(r, "visit", "destinations", QINGDAO);
    CHECK(e && holds(json_object_get(e, "topics"), "trade_investment"),
          "a trade mission told before the visit");
    json_decref(r);

    /* A list of fields reads the longest phrase that ends or starts at each of its tokens, as
     * topics_of() does ("corporate culture", none, not its "culture"), while the skip asks every
     * phrase that starts in the sentence, one inside a longer phrase too: whether the fields
     * pass reads a sentence's lists or skips them as adding nothing must not change what the
     * meeting takes. Each pair differs only in what makes the pass read them: a topic outside
     * those held ("and trade"), or no fields held yet (no first sentence). */
#define MET "Mayor Hong Joon-pyo of Daegu met Mayor Yang Wei of Qingdao on Wednesday. "
    int when_skipped = meeting_topic(
        ctx, "date 2024-04-18 " MET "The two cities pledged corporate culture exchanges.\n",
        "culture_arts");
    int when_read = meeting_topic(ctx,
                                  "date 2024-04-18 " MET
                                  "The two cities pledged corporate culture exchanges and trade.\n",
                                  "culture_arts");
    CHECK(when_skipped >= 0 && when_skipped == when_read,
          "a list's phrase inside a longer one, read or skipped alike");
    when_read = meeting_topic(
        ctx, "date 2024-04-18 " MET "They agreed on trade and corporate culture exchanges.\n",
        "culture_arts");
    when_skipped = meeting_topic(ctx,
                                 "date 2024-04-18 The two cities pledged cooperation in trade. " MET
                                 "They agreed on trade and corporate culture exchanges.\n",
                                 "culture_arts");
    CHECK(when_read >= 0 && when_skipped == when_read, "a noun's list, read or skipped alike");
#undef MET

    /* The fields of a trip are the visits' topics even when the fields of cooperation already
     * hold them: a noun of travel is read for its own kind of fields. */
    r = extract(ctx, "date 2024-04-18 Mayor Hong Joon-pyo of Daegu visited Qingdao on "
                     "Wednesday. Both cities pledged cooperation in trade. Daegu sent a trade "
                     "mission to Osaka last year.\n");
    e = event(r, "visit", "destinations", QINGDAO);
    CHECK(e && holds(json_object_get(e, "topics"), "trade_investment"),
          "a trade mission after cooperation in trade");
    json_decref(r);

    /* ... and the fields of cooperation those of a meeting when no trip holds them: with no
     * visit told, the fields of trips are no one's */
    r = extract(ctx, "date 2024-04-18 Mayor Hong Joon-pyo of Daegu held a video call with Mayor "
                     "Yang Wei of Qingdao on Wednesday. The call lasted an hour. Officials from "
                     "both cities took part. The weather was fine. Both cities pledged "
                     "cooperation in sports.\n");
    e = event(r, "meeting", "parties", DAEGU);
    CHECK(e && holds(json_object_get(e, "topics"), "sports") && count(r, "visit") == 0,
          "fields of cooperation with no trip told");
    json_decref(r);
    r = extract(ctx, "date 2024-04-18 Mayor Hong Joon-pyo of Daegu met with Mayor Yang Wei of "
                     "Qingdao in Qingdao on Wednesday. Hong led a trade mission to Qingdao. The "
                     "weather was fine. Reporters waited outside. Both cities pledged cooperation "
                     "in trade.\n");
    e = event(r, "meeting", "parties", DAEGU);
    CHECK(e && holds(json_object_get(e, "topics"), "trade_investment"),
          "fields of cooperation that a trip's fields hold");
    json_decref(r);

    /* A decision to sign is a plan, not a signing. */
    r = extract(ctx, "date 2022-03-03 Daegu councillors have voted to renew the city's sister "
                     "city agreement with Qingdao.\n");
    e = event(r, "agreement", "parties", DAEGU);
    CHECK(e && json_is_true(json_object_get(e, "planned")), "'voted to renew' is planned");
    json_decref(r);

    /* "The X delegation will visit Y" after a visit to Y by people of X retells that trip. */
    r = extract(ctx,
                "date 2024-03-04 A delegation from Daegu, led by Mayor Hong Joon-pyo of "
                "Daegu, is visiting Qingdao from the 12th until the 14th.\n\nThe trip marks ten "
                "years of ties. Both sides expect more flights.\n\nThe Daegu delegation "
                "will also tour Qingdao's harbour.\n");
    CHECK(count(r, "visit") == 1 && !event(r, "visit", "visitors", DAEGU), "a trip retold");
    json_decref(r);

    /* The date after a verb of reporting is the news's, not the event's. */
    r = extract(ctx, "date 2024-03-10 Daegu said on the 9th that Mayor Hong Joon-pyo is touring "
                     "Qingdao, the partner city of Daegu in China, with a stay there from the 8th "
                     "to the 11th.\n");
    e = event(r, "visit", "destinations", QINGDAO);
    CHECK_STR(e ? str(e, "date") : NULL, "2024-03-08/2024-03-11");
    json_decref(r);

    /* A headline's full date refines the month the body gives. */
    r = extract(ctx, "date 2019-03-06\n\nDaegu and Qingdao Sign Pact on March 3, 2019\n\nA "
                     "delegation led by Mayor Hong Joon-pyo of Daegu arrived in Qingdao in March "
                     "2019. Mayor Hong Joon-pyo of Daegu and Mayor Zhang Xin of Qingdao signed "
                     "the memorandum of understanding.\n");
    e = event(r, "agreement", "parties", QINGDAO);
    CHECK_STR(e ? str(e, "date") : NULL, "2019-03-03");
    json_decref(r);

    /* "Ahead of the signing, X met Y": the date of the signing told before. */
    r = extract(ctx, "date 2015-08-03 On March 3, Daegu and Qingdao signed a twinning charter. "
                     "Ahead of the signing, Mayor Hong Joon-pyo of Daegu met with Mayor Zhang Xin "
                     "of Qingdao.\n");
    e = event(r, "meeting", "parties", QINGDAO);
    CHECK_STR(e ? str(e, "date") : NULL, "2015-03-03");
    json_decref(r);

    /* An event's date is its own clause's: a verb coordinated by "and" has its own date (the
     * meeting on Tuesday), and the visit spans the arrival and the meeting there. */
    r = extract(ctx, "date 2024-03-15 Daegu Mayor Han Do-yun arrived in Osaka on Monday and met "
                     "Osaka Mayor Kenji Arata on Tuesday.\n");
    e = event(r, "meeting", "parties", OSAKA);
    CHECK_STR(e ? str(e, "date") : NULL, "2024-03-12");
    e = event(r, "visit", "destinations", OSAKA);
    CHECK_STR(e ? str(e, "date") : NULL, "2024-03-11/2024-03-12");
    json_decref(r);
    r = extract(ctx, "date 2024-03-15 A delegation from Daegu arrived in Osaka on Saturday and was "
                     "welcomed by Osaka Mayor Kenji Arata at a reception on Sunday evening.\n");
    e = event(r, "meeting", "parties", OSAKA);
    CHECK_STR(e ? str(e, "date") : NULL, "2024-03-10");
    json_decref(r);
    /* So has one that "then", "before" or "after" opens. */
    r = extract(ctx, "date 2024-03-15 Daegu Mayor Han Do-yun arrived in Osaka on Monday, then met "
                     "Osaka Mayor Kenji Arata on Tuesday.\n");
    e = event(r, "meeting", "parties", OSAKA);
    CHECK_STR(e ? str(e, "date") : NULL, "2024-03-12");
    json_decref(r);
    r = extract(ctx, "date 2024-03-15 Daegu Mayor Han Do-yun arrived in Osaka on Monday before "
                     "meeting Osaka Mayor Kenji Arata on Tuesday.\n");
    e = event(r, "meeting", "parties", OSAKA);
    CHECK_STR(e ? str(e, "date") : NULL, "2024-03-12");
    json_decref(r);
    r = extract(ctx, "date 2024-03-15 Daegu Mayor Han Do-yun arrived in Osaka on Tuesday after "
                     "meeting Osaka Mayor Kenji Arata in Nagoya on Monday.\n");
    e = event(r, "meeting", "parties", OSAKA);
    CHECK_STR(e ? str(e, "date") : NULL, "2024-03-11");
    json_decref(r);
    /* A relative clause's date is its own, and the main clause's is not its. */
    r = extract(ctx, "date 2024-03-15 Daegu Mayor Han Do-yun, who arrived in Osaka on Monday, met "
                     "Osaka Mayor Kenji Arata on Tuesday.\n");
    e = event(r, "meeting", "parties", OSAKA);
    CHECK_STR(e ? str(e, "date") : NULL, "2024-03-12");
    e = event(r, "visit", "destinations", OSAKA);
    CHECK_STR(e ? str(e, "date") : NULL, "2024-03-11/2024-03-12");
    json_decref(r);
    r = extract(ctx, "date 2024-03-15 Daegu Mayor Han Do-yun, who first visited Qingdao in 2019, "
                     "met Qingdao Mayor Liu Wenbo on March 5.\n");
    e = event(r, "meeting", "parties", QINGDAO);
    CHECK_STR(e ? str(e, "date") : NULL, "2024-03-05");
    json_decref(r);
    r = extract(ctx, "date 2024-03-15 Daegu Mayor Han Do-yun, who first visited Qingdao, China, in "
                     "2019, met Qingdao Mayor Liu Wenbo on March 5.\n");
    e = event(r, "meeting", "parties", QINGDAO);
    CHECK_STR(e ? str(e, "date") : NULL, "2024-03-05");
    json_decref(r);
    r = extract(ctx, "date 2024-03-15 Qingdao Mayor Liu Wenbo, who took office in 2019 in Qingdao, "
                     "China, received Daegu Mayor Han Do-yun in Qingdao, China, on March 5.\n");
    e = event(r, "meeting", "parties", DAEGU);
    CHECK_STR(e ? str(e, "date") : NULL, "2024-03-05");
    json_decref(r);
    /* With no date of its own, the main clause takes none of a relative clause's, nor a
     * relative clause the main clause's (the forum's September is not the visit's). */
    r = extract(ctx, "date 2024-03-15 Daegu Mayor Han Do-yun, who took office in 2019, visited "
                     "Osaka.\n");
    e = event(r, "visit", "destinations", OSAKA);
    CHECK(e && !json_is_string(json_object_get(e, "date")), "no relative clause's year");
    json_decref(r);
    r = extract(ctx, "date 2024-03-15 Osaka Mayor Kenji Arata, who is on a week-long visit to "
                     "Daegu, invited Daegu Mayor Han Do-yun to a forum in Osaka in September.\n");
    e = event(r, "visit", "destinations", DAEGU);
    CHECK(e && !json_is_string(json_object_get(e, "date")), "no main clause's month");
    json_decref(r);
    /* Nor does a relative clause's year make the trip one recalled from the past (whose party
     * "the delegation" would not be), nor date a tour that names its cities next. */
    r = extract(ctx, "date 2024-03-15 Daegu Mayor Han Do-yun, who took office in 2019, arrived in "
                     "Osaka on Monday with a delegation.\n\nThe delegation met Osaka Mayor Kenji "
                     "Arata on Tuesday.\n");
    e = event(r, "meeting", "participants", "Han Do-yun");
    CHECK_STR(e ? str(e, "date") : NULL, "2024-03-12");
    json_decref(r);
    r = extract(ctx, "date 2024-03-15 Daegu Mayor Han Do-yun, who took office in 2019, will tour "
                     "Europe.\n\nHe will visit Lyon.\n");
    e = event(r, "visit", "destinations", LYON);
    CHECK(e && !json_is_string(json_object_get(e, "date")), "no tour dated by a relative clause");
    json_decref(r);
    /* Days a visit lists with "and" are days of one trip; days weeks apart are two trips. */
    r = extract(ctx, "date 2024-03-15 Daegu Mayor Han Do-yun visited Osaka on Saturday and "
                     "Sunday.\n");
    e = event(r, "visit", "destinations", OSAKA);
    CHECK_STR(e ? str(e, "date") : NULL, "2024-03-09/2024-03-10");
    json_decref(r);
    r = extract(ctx, "date 2024-03-30 Daegu Mayor Han Do-yun visited Osaka on March 2 and March "
                     "28.\n");
    e = event(r, "visit", "destinations", OSAKA);
    CHECK_STR(e ? str(e, "date") : NULL, "2024-03-02");
    json_decref(r);

    /* A signing where one side is at home was a visit by the other side; a visit told in the
     * same sentence is not told again. */
    r = extract(ctx, "date 2023-12-11 In France on March 2, Kalush Mayor Ivan Petrenko and Troyes "
                     "Mayor Marc Dubois signed a twinning charter.\n");
    e = event(r, "visit", "destinations", "cc:FR");
    CHECK(e && holds(json_object_get(e, "visitors"), "Ivan Petrenko") &&
              !holds(json_object_get(e, "visitors"), "Marc Dubois"),
          "the guest signing abroad visited");
    CHECK_STR(e ? str(e, "date") : NULL, "2023-03-02");
    json_decref(r);
    r = extract(ctx, "date 2023-12-11 Daegu Mayor Hong Joon-pyo visited Qingdao on Monday and "
                     "signed a trade pact with its Mayor, Zhang Xin, at City Hall.\n");
    CHECK(count(r, "visit") == 1 && !event(r, "visit", "destinations", DAEGU), "one visit only");
    json_decref(r);

    /* A trip announced with its dates but no city, its members listed after "including",
     * goes on in the next sentence: its travellers, its dates, every city of the list ("A,
     * Korea, and B, Japan, before heading to C"). */
    r = extract(
        ctx, "date 2024-05-20 From May 13 to 18, 2024, Mayor Anna Velk of Tarnow and I went "
             "on a trade mission to East Asia with business leaders, including Chamber President "
             "Piotr Nowak. We visited shipping partners in Busan, South Korea, and Osaka, "
             "Japan, before travelling on to Nagoya for talks with Mayor Takeshi "
             "Kawamura.\n");
    e = event(r, "visit", "destinations", NAGOYA);
    CHECK(e && holds(json_object_get(e, "destinations"), OSAKA) &&
              holds(json_object_get(e, "destinations"), "gn:1838524") &&
              holds(json_object_get(e, "visitors"), "Anna Velk") &&
              holds(json_object_get(e, "visitors"), "Piotr Nowak"),
          "a trip's travellers and cities");
    CHECK_STR(e ? str(e, "date") : NULL, "2024-05-13/2024-05-18");
    json_decref(r);

    /* A visit to a country goes to the city of it named nearby; the hosts of that country
     * who accompany the guests are no visitors; a trade delegation travels. */
    r = extract(ctx, "date 2023-05-10 Mayor Anna Velk of Tarnow flew to Japan on May 2. Two days "
                     "later she met Mayor Takeshi Kawamura of Nagoya.\n");
    e = event(r, "visit", "visitors", "Anna Velk");
    CHECK(e && holds(json_object_get(e, "destinations"), NAGOYA) &&
              !holds(json_object_get(e, "destinations"), "cc:JP"),
          "the city, not its country");
    json_decref(r);
    r = extract(ctx, "date 2023-09-10 Mayor Anna Velk of Tarnow toured China last week. Governor "
                     "Wang Hong of Hubei Province accompanied her.\n");
    e = event(r, "visit", "visitors", "Anna Velk");
    CHECK(e && !holds(json_object_get(e, "visitors"), "Wang Hong"), "a host is no visitor");
    json_decref(r);
    r = extract(ctx, "date 2011-12-19 Mayor Anna Velk of Tarnow led a week-long trade delegation "
                     "to Japan and Korea.\n");
    CHECK(event(r, "visit", "destinations", "cc:JP") != NULL, "a trade delegation");
    json_decref(r);

    /* A visit spans the days of the trip's signing there; "X was with Y" accompanies it. */
    r = extract(ctx, "date 2023-05-12 Mayor Anna Velk of Tarnow flew to Nagoya on May 2. Velk was "
                     "with Councillor Piotr Nowak of Tarnow. On May 3, Tarnow and Nagoya signed a "
                     "friendship agreement in Nagoya.\n");
    e = event(r, "visit", "destinations", NAGOYA);
    CHECK(e && holds(json_object_get(e, "visitors"), "Piotr Nowak"), "'was with' accompanies");
    CHECK_STR(e ? str(e, "date") : NULL, "2023-05-02/2023-05-03");
    json_decref(r);

    /* The sentence that lists a trip's members may give its date. */
    r = extract(ctx, "date 2024-03-20 A delegation from Daegu will travel to Qingdao for a trade "
                     "fair.\n\nThe delegation, consisting of Mayor Hong Joon-pyo of Daegu and "
                     "Councillor Lee Min of Daegu, starts its programme in Qingdao on Tuesday, "
                     "April 2.\n");
    e = event(r, "visit", "destinations", QINGDAO);
    CHECK_STR(e ? str(e, "date") : NULL, "2024-04-02");
    json_decref(r);

    /* No one visits home. */
    r = extract(ctx, "date 2017-06-12 A delegation from Daegu visited Qingdao on Friday. The "
                     "group, with the mayor of Daegu among them, was in the region for Daegu's "
                     "trade week with Qingdao.\n");
    CHECK(!event(r, "visit", "destinations", DAEGU), "no visit home");
    json_decref(r);

    /* One host among the guests does not make a destination home. */
    r = extract(ctx, "date 2024-05-20 Mayor Anna Velk of Tarnow and Councillor Jan Kos of Nagoya "
                     "visited Osaka and Nagoya last week.\n");
    CHECK(event(r, "visit", "destinations", NAGOYA) != NULL, "a guest's destination");
    json_decref(r);

    /* Who attends an occasion elsewhere, with a stated home, visited it; an invitation to
     * attend is a planned visit; attending at home is no visit. */
    r = extract(ctx, "date 2022-08-05 Councillor Ivan Petrenko of Kalush and a choir from his town "
                     "attended a concert held in June at the music hall of Troyes, France.\n");
    e = event(r, "visit", "visitors", "Ivan Petrenko");
    CHECK(e && holds(json_object_get(e, "destinations"), "gn:2971549"), "attended elsewhere");
    json_decref(r);
    r = extract(ctx, "date 2024-07-31 Mayor Anna Velk of Tarnow invited Mayor Takeshi Kawamura of "
                     "Nagoya to take part in Tarnow's spring fair.\n");
    e = event(r, "visit", "visitors", "Takeshi Kawamura");
    CHECK(e && json_is_true(json_object_get(e, "planned")), "invited to attend: planned");
    json_decref(r);
    r = extract(ctx, "date 2024-07-31 Mayor Anna Velk of Tarnow attended the forum in Tarnow on "
                     "Monday.\n");
    CHECK(count(r, "visit") == 0, "attending at home");
    json_decref(r);

    /* A visit to a region goes to the city of it the sentence names. */
    r = extract(ctx, "date 2018-05-08 On 2 May 2018, Vice Mayor Li Wei of Wuhan led a delegation "
                     "to meet Kang Min, Governor of Jeju, at Jeju City Hall.\n");
    e = event(r, "visit", "visitors", "Li Wei");
    CHECK(e && holds(json_object_get(e, "destinations"), "gn:1846266") &&
              !holds(json_object_get(e, "destinations"), "a1:KR.01"),
          "the region's city named");
    json_decref(r);

    /* "..., who was touring X": the person the relative clause follows. */
    r = extract(ctx, "date 2018-07-27 On July 26, Mayor Anna Velk of Tarnow hosted a lunch for "
                     "Mayor Takeshi Kawamura of Nagoya, who was touring Poland with a trade "
                     "team.\n");
    CHECK(event(r, "visit", "visitors", "Takeshi Kawamura") &&
              !event(r, "visit", "visitors", "Anna Velk"),
          "the relative clause's subject");
    json_decref(r);

    /* A meeting inside a trip falls on the day told since, within the trip's days. */
    r = extract(ctx,
                "date 2017-05-12 From May 3 to May 8, 2017, Mayor Anna Velk of Tarnow and I "
                "went on a trade mission to Japan with Councillor Piotr Nowak of Tarnow. We "
                "visited Osaka and Tokyo. On Saturday, May 6, we took a bus to the hills. That "
                "evening we met with Mayor Takeshi Kawamura of Nagoya.\n");
    e = event(r, "meeting", "participants", "Takeshi Kawamura");
    CHECK_STR(e ? str(e, "date") : NULL, "2017-05-06");
    e = event(r, "visit", "destinations", OSAKA);
    CHECK_STR(e ? str(e, "date") : NULL, "2017-05-03/2017-05-08");
    json_decref(r);

    /* A meeting "at X City Hall" is held in X, whatever city the article is about. */
    r = extract(ctx, "date 2020-11-20 Nagoya Mayor Takeshi Kawamura is busy this year. Talks "
                     "took place at Tarnow City Hall on Thursday between Mayor Takeshi Kawamura of "
                     "Nagoya and Councillor Anna Velk of Tarnow. Nagoya hopes for more. Nagoya "
                     "firms agreed.\n");
    e = event(r, "visit", "visitors", "Takeshi Kawamura");
    CHECK(e && holds(json_object_get(e, "destinations"), "gn:757026") &&
              !event(r, "visit", "visitors", "Anna Velk"),
          "the hall's city");
    json_decref(r);

    /* An undated trip spans the days of its signings there; a meeting takes no span. */
    r = extract(ctx, "date 2003-05-20 Mayor Anna Velk of Tarnow went to Nagoya with a group of "
                     "artists. On May 3, Tarnow and Nagoya signed a pact on libraries in Nagoya. "
                     "While in Nagoya on May 4, Mayor Velk also signed a memorandum on schools "
                     "with Nagoya.\n");
    e = event(r, "visit", "destinations", NAGOYA);
    CHECK_STR(e ? str(e, "date") : NULL, "2003-05-03/2003-05-04");
    json_decref(r);
    r = extract(ctx, "date 2017-06-20 Trade grew this year. Ties are strong. Mayor Anna Velk of "
                     "Tarnow toured Japan from June 6 until June 14. She met Mayor Takeshi "
                     "Kawamura of Nagoya.\n");
    e = event(r, "meeting", "participants", "Takeshi Kawamura");
    CHECK(e && !(str(e, "date") && strchr(str(e, "date"), '/')), "a meeting is one day");
    json_decref(r);

    /* "X hosted a delegation from Y": X is where, whatever "in Z" comes later. */
    r = extract(ctx, "date 2015-11-02 Daegu hosted a delegation from Qingdao in May, and thanks "
                     "to a trade office based in Qingdao, ties between Daegu and Qingdao have "
                     "grown, Daegu said.\n");
    e = event(r, "visit", "visitors", QINGDAO);
    CHECK(e && holds(json_object_get(e, "destinations"), DAEGU), "the hosting city");
    json_decref(r);

    /* The country's city may come three sentences later ("On arrival in Osaka ..."). */
    r = extract(ctx, "date 2011-12-19 Mayor Anna Velk of Tarnow led a trade delegation to Japan. "
                     "The goal was trade. She also hoped for tourism. On arrival in Osaka she "
                     "signed an MOU with the city.\n");
    CHECK(event(r, "visit", "destinations", OSAKA) && !event(r, "visit", "destinations", "cc:JP"),
          "the first stop");
    json_decref(r);

    /* "The charter was signed in X ... A and B signed the agreement": A from elsewhere
     * visited X. */
    r = extract(ctx, "date 2024-03-10 Tarnow and Nagoya have signed a twinning agreement.\n\nThe "
                     "charter was signed in Nagoya on 2 March after a concert. Tarnow Mayor "
                     "Anna Velk and Nagoya Mayor Takeshi Kawamura signed the twinning "
                     "agreement.\n");
    e = event(r, "visit", "visitors", "Anna Velk");
    CHECK(e && holds(json_object_get(e, "destinations"), NAGOYA) &&
              !event(r, "visit", "visitors", "Takeshi Kawamura"),
          "signed in X, the sentence before");
    json_decref(r);

    /* An invitation to take part in an occasion the next sentence holds elsewhere: a planned
     * visit there, on the occasion's dates. */
    r = extract(ctx, "date 2023-05-01 Mayor Anna Velk of Tarnow has received an invitation to "
                     "take part in a book fair. The fair will be held from 2 to 6 June 2023 in "
                     "Nagoya, Japan.\n");
    e = event(r, "visit", "destinations", NAGOYA);
    CHECK(e && json_is_true(json_object_get(e, "planned")), "an invitation: planned");
    CHECK_STR(e ? str(e, "date") : NULL, "2023-06-02/2023-06-06");
    json_decref(r);

    /* "will attend the fair in X next week": a planned visit with its own dates. */
    r = extract(ctx, "date 2023-09-01 Mayor Anna Velk of Tarnow will attend the trade fair in "
                     "Nagoya next week.\n");
    e = event(r, "visit", "destinations", NAGOYA);
    CHECK(e && json_is_true(json_object_get(e, "planned")), "will attend: planned");
    CHECK_STR(e ? str(e, "date") : NULL, "2023-09-04/2023-09-10");
    json_decref(r);

    /* "She leaves Nagoya on May 5": the last day of the trip. */
    r = extract(ctx, "date 2023-05-03 Mayor Anna Velk of Tarnow visited Nagoya on May 2 to "
                     "discuss ties. She leaves Nagoya on May 5.\n");
    e = event(r, "visit", "destinations", NAGOYA);
    CHECK_STR(e ? str(e, "date") : NULL, "2023-05-02/2023-05-05");
    json_decref(r);

    /* An undated agreement told after the lead is background: no story date; "During the
     * trip, X and Y signed a pact" takes the visit's date. */
    r = extract(ctx, "date 2023-10-31 On Monday, Mayor Anna Velk of Tarnow met Mayor Takeshi "
                     "Kawamura of Nagoya in Tarnow. They discussed trade. Ties are strong. Tarnow "
                     "has signed twinning pacts with Osaka and Kobe.\n");
    e = event(r, "agreement", "parties", OSAKA);
    CHECK(e && !str(e, "date"), "background agreement undated");
    json_decref(r);
    r = extract(ctx, "date 2023-09-10 Trade grew on Sept. 1. Ties are strong. Exchanges grew. A "
                     "delegation led by Mayor Anna Velk of Tarnow visited Nagoya on Sept. 6. "
                     "During the trip, Tarnow and Nagoya signed a twinning pact.\n");
    e = event(r, "agreement", "parties", NAGOYA);
    CHECK_STR(e ? str(e, "date") : NULL, "2023-09-06");
    json_decref(r);

    /* The stops of one tour share its span. */
    r = extract(ctx, "date 2023-09-10 Mayor Anna Velk of Tarnow was in Osaka on Sept. 5. Mayor "
                     "Anna Velk of Tarnow visited Nagoya on Sept. 6.\n");
    e = event(r, "visit", "destinations", OSAKA);
    CHECK_STR(e ? str(e, "date") : NULL, "2023-09-05/2023-09-06");
    e = event(r, "visit", "destinations", NAGOYA);
    CHECK_STR(e ? str(e, "date") : NULL, "2023-09-05/2023-09-06");
    json_decref(r);

    /* "Their itinerary also includes visits to ...": planned stops. */
    r = extract(ctx, "date 2023-10-31 Eight councillors led by Mayor Anna Velk of Tarnow arrived "
                     "in Nagoya on Monday. Their itinerary also includes visits to Osaka and "
                     "Kobe.\n");
    e = event(r, "visit", "destinations", OSAKA);
    CHECK(e && json_is_true(json_object_get(e, "planned")), "a schedule plans");
    json_decref(r);

    /* "in the Polish capital": the capital the article names, where the guest went. */
    r = extract(ctx, "date 2024-07-31 Mayor Anna Velk of Tarnow met Mayor Jan Kos of Warsaw in "
                     "the Polish capital on Friday for talks on trade.\n");
    e = event(r, "visit", "visitors", "Anna Velk");
    CHECK(e && holds(json_object_get(e, "destinations"), "gn:756135"), "the capital");
    json_decref(r);

    /* "a visit to Lowbridge" (no place the tables hold) has no later place as destination; "a
     * visit to Mayor X of Y" still goes to Y. */
    r = extract(ctx, "date 2023-05-03 Mayor Anna Velk of Tarnow spoke of her visit to Lowbridge "
                     "in 1975 and of old friends in Nagoya.\n");
    CHECK(!event(r, "visit", "destinations", NAGOYA), "an unknown destination");
    json_decref(r);
    r = extract(ctx, "date 2023-05-03 Mayor Anna Velk of Tarnow paid a courtesy visit to Mayor "
                     "Takeshi Kawamura of Nagoya on Monday.\n");
    CHECK(event(r, "visit", "destinations", NAGOYA) != NULL, "a visit to a mayor");
    json_decref(r);

    /* Speeches and conferences are read too. */
    r = extract(ctx, "date 2019-06-20 Seoul Mayor Park Won-joon will give a keynote speech at "
                     "the Asia Leadership Forum in Tokyo next week.\n");
    CHECK(count(r, "speech") == 1, "a speech");
    json_decref(r);

    /* A travelling party introduced with its members is who "we" and "the delegation" are
     * later: its visits and meetings take every member. */
    r = extract(ctx, "date 2019-05-20 From May 12-16, 2019, Daegu Mayor Kwon Young-sik and I "
                     "joined a trade mission to Asia with leadership from the chamber, including "
                     "Chairman Park Sung-jin and Director Lee Min-ho. We visited customers in "
                     "Osaka, Japan, and Nagoya, Japan, before heading to Qingdao. Once at City "
                     "Hall, we met with Qingdao Mayor Zhang Xin and his staff.\n");
    e = event(r, "visit", "visitors", "Lee Min-ho");
    CHECK(e && json_array_size(json_object_get(e, "visitors")) == 3, "the party visits");
    CHECK(e && holds(json_object_get(e, "destinations"), OSAKA) &&
              holds(json_object_get(e, "destinations"), NAGOYA) &&
              holds(json_object_get(e, "destinations"), QINGDAO),
          "every leg of the trip, containers skipped");
    e = event(r, "meeting", "participants", "Zhang Xin");
    CHECK(e && holds(json_object_get(e, "participants"), "Park Sung-jin") &&
              holds(json_object_get(e, "participants"), "Kwon Young-sik"),
          "'we met with': the party meets");
    json_decref(r);

    /* "his delegation": the leader's companions, not the host's. */
    r = extract(ctx, "date 2024-02-25 Daegu Mayor Kwon Young-sik led a delegation to Qingdao on "
                     "February 23. Councillor Lee Min-ho of Daegu accompanied Mayor Kwon and "
                     "Qingdao Mayor Zhang Xin was joined by Director Wang Lin of Qingdao. Mayor "
                     "Zhang welcomed Mayor Kwon and his delegation to Qingdao.\n");
    e = event(r, "visit", "destinations", QINGDAO);
    CHECK(e && holds(json_object_get(e, "visitors"), "Lee Min-ho"), "the companion visits");
    CHECK(e && !holds(json_object_get(e, "visitors"), "Wang Lin"), "who joins the host stays");
    e = event(r, "meeting", "participants", "Zhang Xin");
    CHECK(e && holds(json_object_get(e, "participants"), "Lee Min-ho"),
          "'his delegation' joins the meeting");
    json_decref(r);

    /* An unnamed delegation is its city; a quoted "we" is the speaker's side; a trip recalled
     * from the past forms no party. */
    r = extract(ctx, "date 2016-09-12 A delegation from Ulsan travelled to Portland on Friday. "
                     "Portland Mayor Ted Wheeler welcomed the group at City Hall.\n");
    e = event(r, "meeting", "parties", PORTLAND);
    CHECK(e && holds(json_object_get(e, "parties"), ULSAN), "'the group' is the Ulsan party");
    json_decref(r);
    r = extract(ctx, "date 2016-09-12 Daegu Mayor Kwon Young-sik and Councillor Lee Min-ho "
                     "visited Qingdao on Friday. \"We welcomed many guests this year,\" said "
                     "Qingdao Mayor Zhang Xin, who met Osaka Mayor Ito Ken.\n");
    e = event(r, "meeting", "participants", "Ito Ken");
    CHECK(e && !holds(json_object_get(e, "participants"), "Lee Min-ho"), "a quoted 'we'");
    json_decref(r);
    r = extract(ctx, "date 2016-09-12 The festival recalls the visit of Ito Ken to Daegu in "
                     "1975. Daegu Mayor Kwon Young-sik welcomed the group at City Hall.\n");
    e = event(r, "meeting", "participants", "Kwon Young-sik");
    CHECK(!e || !holds(json_object_get(e, "participants"), "Ito Ken"), "a recalled trip");
    json_decref(r);

    /* A reception: "offered a warm welcome to"; "was also extended to" and "joining us were"
     * add guests to it; the guests from elsewhere visited the host city. */
    r = extract(ctx, "date 2022-12-30 Daegu Mayor Kwon Young-sik offered a warm welcome to "
                     "Qingdao councillor Zhang Xin and Councillor Wang Lin to Daegu. Kwon "
                     "described the links between the cities. A welcome was also extended to "
                     "Osaka Mayor Ito Ken and Councillor Sato Jun. Joining us were Director "
                     "Lee Min-ho of Daegu.\n");
    e = event(r, "meeting", "participants", "Kwon Young-sik");
    CHECK(e && holds(json_object_get(e, "participants"), "Wang Lin") &&
              holds(json_object_get(e, "participants"), "Ito Ken") &&
              holds(json_object_get(e, "participants"), "Lee Min-ho"),
          "one reception, every guest");
    e = event(r, "visit", "visitors", "Ito Ken");
    CHECK(e && holds(json_object_get(e, "destinations"), DAEGU), "the guest visited the host");
    CHECK(!event(r, "visit", "visitors", "Lee Min-ho"), "who joins the hosts visits nothing");
    json_decref(r);

    /* Who attended "the meeting" joined the meeting told before; who attended another occasion
     * later ("the signing ceremony" two sentences on) did not. */
    r = extract(ctx, "date 2023-11-16 On November 15, Daegu Mayor Kwon Young-sik met with "
                     "Qingdao Mayor Zhang Xin. The two sides signed a memorandum on trade. The "
                     "cities have long ties. Councillor Lee Min-ho of Daegu and Director Wang Lin "
                     "of Qingdao participated in the meeting.\n");
    CHECK(count(r, "meeting") == 1, "one meeting");
    e = event(r, "meeting", "participants", "Kwon Young-sik");
    CHECK(e && holds(json_object_get(e, "participants"), "Wang Lin"), "attended the meeting");
    json_decref(r);
    r = extract(ctx, "date 2023-11-16 On November 15, Daegu Mayor Kwon Young-sik met with "
                     "Qingdao Mayor Zhang Xin. The cities have long ties. They signed a "
                     "memorandum on trade. Councillor Lee Min-ho of Daegu attended the signing "
                     "ceremony.\n");
    e = event(r, "meeting", "participants", "Kwon Young-sik");
    CHECK(e && !holds(json_object_get(e, "participants"), "Lee Min-ho"), "another occasion");
    json_decref(r);

    /* "flew from" arrives where the story is told; "the members of the delegation were" and
     * "X was with" add travellers. */
    r = extract(ctx, "date 2023-09-12 Daegu Mayor Kwon Young-sik opened the Daegu trade fair on "
                     "Monday. Qingdao Mayor Zhang Xin and his delegation flew from China to "
                     "attend the fair. The members of the delegation were Councillor Wang Lin "
                     "of Qingdao and Director Li Wei of Qingdao.\n");
    e = event(r, "visit", "visitors", "Zhang Xin");
    CHECK(e && holds(json_object_get(e, "destinations"), DAEGU), "flew from X: to home");
    CHECK(e && holds(json_object_get(e, "visitors"), "Li Wei"), "members of the delegation");
    json_decref(r);
    r = extract(ctx, "date 2023-09-12 Daegu Mayor Kwon Young-sik flew to Qingdao on Sept. 8. "
                     "Kwon was with Councillor Lee Min-ho of Daegu.\n");
    e = event(r, "visit", "destinations", QINGDAO);
    CHECK(e && holds(json_object_get(e, "visitors"), "Lee Min-ho"), "'was with' travels");
    json_decref(r);

    /* "The delegation, including X" names members of the party's trip however far back it
     * was told; "a trade delegation to" is a trip; "the Conference of Mayors" is no mayor. */
    r = extract(ctx, "date 2011-12-19 Conference of Mayors President Daegu Mayor Kwon Young-sik "
                     "led an eleven-day trade delegation to Osaka and Nagoya. The goal was "
                     "trade. The cities are ports. Many firms came. Osaka Mayor Ito Ken is the "
                     "head of the Association of Mayors. The delegation including Councillor Lee "
                     "Min-ho of Daegu was given a warm welcome.\n");
    e = event(r, "visit", "destinations", OSAKA);
    CHECK(e && holds(json_object_get(e, "destinations"), NAGOYA), "a trade delegation to");
    CHECK(e && holds(json_object_get(e, "visitors"), "Lee Min-ho"), "'the delegation including'");
    CHECK(e && !holds(json_object_get(e, "visitors"), "Ito Ken"), "'of Mayors' is no one");
    json_decref(r);

    /* A meeting "at" the seat of a city's government is held in that city. */
    r = extract(ctx, "date 2024-07-31 Daegu Mayor Kwon Young-sik and Qingdao Mayor Zhang Xin met "
                     "at the General Office of the People's Government of Qingdao Municipality on "
                     "Tuesday.\n");
    e = event(r, "meeting", "participants", "Zhang Xin");
    CHECK_STR(e ? str(e, "place") : NULL, QINGDAO);
    e = event(r, "visit", "visitors", "Kwon Young-sik");
    CHECK(e && holds(json_object_get(e, "destinations"), QINGDAO), "the guest of the seat");
    json_decref(r);

    /* A delegation from a region: its members are the people of its cities named nearby. */
    r = extract(ctx, "date 2013-11-01 Tribute to Suwon Mayor Yeom Tae-young in Portland. A "
                     "delegation from Gyeonggi Province, Korea, toured Portland from October 28 "
                     "through November 1.\n");
    e = event(r, "visit", "destinations", PORTLAND);
    CHECK(e && holds(json_object_get(e, "visitors"), "Yeom Tae-young"), "a member from the region");
    json_decref(r);

    /* Agreements and ties of the agreement rules below use cities no test above uses. */
    /* Agreements with several partners: one per partner with the side they all signed with. */
    r = extract(ctx, "date 2021-06-01 Daejeon has signed twinning agreements with Lyon and "
                     "Turin.\n");
    CHECK(agreed(r, DAEJEON, LYON) && agreed(r, DAEJEON, TURIN), "one agreement per partner");
    CHECK(!agreed(r, LYON, TURIN), "partners on one side are not paired");
    CHECK(tie(r, DAEJEON, TURIN, "sister") && !tie(r, LYON, TURIN, "sister"), "their ties");
    json_decref(r);
    r = extract(ctx, "date 2021-06-01 Mayor Kim Do-hyun of Daejeon and the mayors of Harbin, "
                     "Nanjing and Hangzhou extended their friendship agreements on Monday in a "
                     "joint ceremony where all four signed.\n");
    CHECK(agreed(r, DAEJEON, HARBIN) && agreed(r, DAEJEON, NANJING) && agreed(r, DAEJEON, HANGZHOU),
          "the party outside the list signed with each");
    CHECK(!agreed(r, HARBIN, NANJING), "the listed cities are one side");
    json_decref(r);
    /* Agreements told apart with ";" take the dates of their own part. */
    r = extract(ctx, "date 2020-05-05 The archive of Jeonju shows that on March 8, 1997 a "
                     "cooperation accord was concluded between Jeonju and Harbin; in 1999 and 2012 "
                     "between Jeonju and Sapporo on culture.\n");
    t = tie(r, JEONJU, HARBIN, "cooperation");
    CHECK_STR(t ? str(t, "since") : NULL, "1997-03-08");
    t = tie(r, JEONJU, SAPPORO, "cooperation");
    CHECK_STR(t ? str(t, "since") : NULL, "1999");
    CHECK(!agreed(r, HARBIN, SAPPORO), "no agreement between the partners");
    json_decref(r);

    /* Partners listed after a relationship phrase are the home city's, each with its year. */
    r = extract(ctx, "date 2020-02-02 Jeonju Mayor Woo Beom-ki welcomed the consul. Jeonju has "
                     "formed sister city relationships with Harbin in 1979 and Aichi Prefecture "
                     "in 2004.\n");
    t = tie(r, JEONJU, HARBIN, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "1979");
    t = tie(r, JEONJU, AICHI, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "2004");
    json_decref(r);
    r = extract(ctx, "date 2020-02-02 Mayor Woo Beom-ki of Jeonju thanked guests from Sapporo. "
                     "Woo said the city's twin towns, Lyon in France and Gdansk in Poland, sent "
                     "choirs as well.\n");
    CHECK(tie(r, JEONJU, LYON, "sister") && tie(r, JEONJU, GDANSK, "sister"),
          "twin towns listed are the home city's");
    CHECK(!tie(r, LYON, GDANSK, "sister") && !tie(r, SAPPORO, GDANSK, "sister"),
          "no tie among the listed towns");
    json_decref(r);
    /* A city is no partner of its own region. */
    r = extract(ctx, "date 2020-02-02 Kanazawa is a sister city of Ishikawa Prefecture.\n");
    CHECK(tie(r, KANAZAWA, ISHIKAWA, "sister") == NULL, "no tie with the own region");
    json_decref(r);

    /* A renewal dates no tie; an agreement the lead reports takes the story's date, one told
     * later without a date of its own is background. */
    r = extract(ctx, "date 2022-03-03 Lyon and Turin renewed their twinning agreement on "
                     "March 1.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK(t && json_is_null(json_object_get(t, "since")), "a renewal dates no tie");
    json_decref(r);
    r = extract(ctx, "date 2021-05-05 Jeonju Mayor Woo Beom-ki received Harbin Mayor Sun Zhe on "
                     "Tuesday. Jeonju and Harbin signed an MOU on food. The mayors toured a "
                     "market. They tasted noodles. Jeonju has also signed an MOU with Nanjing.\n");
    t = tie(r, JEONJU, HARBIN, "mou");
    CHECK_STR(t ? str(t, "since") : NULL, "2021-05-04");
    t = tie(r, JEONJU, NANJING, "mou");
    CHECK(t && json_is_null(json_object_get(t, "since")), "background: since unknown");
    e = event(r, "agreement", "parties", NANJING);
    CHECK(e && json_is_null(json_object_get(e, "date")), "background: date unknown");
    json_decref(r);
    /* The partners of a signing are not tied to each other by its document phrase. */
    r = extract(ctx, "date 2021-06-01 Mayor Kim Do-hyun of Daejeon spoke to reporters. The city "
                     "has signed twinning agreements with Lyon and Turin.\n");
    CHECK(tie(r, DAEJEON, TURIN, "sister") && !tie(r, LYON, TURIN, "sister"),
          "signed with two partners");
    json_decref(r);

    /* A generic document word: its own qualifier, a reference back, or a kind named later. */
    r = extract(ctx, "date 2003-11-05 Jeonju signed an MOU with Harbin on Nov. 2. On Nov. 3, "
                     "Mayor Kim of Jeonju also signed an agreement on port cooperation with "
                     "Nanjing.\n");
    CHECK(tie(r, JEONJU, NANJING, "cooperation") && !tie(r, JEONJU, NANJING, "mou"),
          "an agreement on cooperation is no MOU");
    json_decref(r);
    r = extract(ctx, "date 2016-10-31 Jeonju Mayor Kim Wan-ju visited Sapporo. Jeonju and "
                     "Sapporo signed a pact of sports and youth in 1998.\n");
    CHECK(tie(r, JEONJU, SAPPORO, "cooperation") != NULL, "a pact of sports");
    json_decref(r);
    r = extract(ctx, "date 2013-07-19 Jeonju plans to sign an MOU with Harbin. In 2009, Jeonju "
                     "signed similar agreements with Nanjing and Hangzhou.\n");
    CHECK(tie(r, JEONJU, NANJING, "mou") && tie(r, JEONJU, HANGZHOU, "mou"),
          "similar agreements are of the last kind");
    json_decref(r);
    r = extract(ctx, "date 2016-06-14 Lyon and Turin signed an accord to share transit data. "
                     "Mayor Rossi said the twinning agreement would last for decades.\n");
    CHECK(tie(r, LYON, TURIN, "sister") && !tie(r, LYON, TURIN, "cooperation"),
          "the kind named later");
    json_decref(r);
    r = extract(ctx, "date 2016-06-14 Lyon and Turin signed an accord to share transit data. "
                     "Students of the twin towns met in July.\n");
    CHECK(tie(r, LYON, TURIN, "cooperation") && !tie(r, LYON, TURIN, "mou"),
          "no document kind named later: cooperation");
    json_decref(r);

    /* One sentence may report several documents, each with its own phrase. */
    r = extract(ctx, "date 2009-10-01 Lyon and Turin signed an MOU on rail, became twin towns "
                     "and concluded a cooperation agreement on museums.\n");
    CHECK(tie(r, LYON, TURIN, "mou") && tie(r, LYON, TURIN, "cooperation") &&
              tie(r, LYON, TURIN, "sister"),
          "an MOU, twin towns and a cooperation agreement");
    CHECK(count(r, "agreement") == 2, "two documents");
    json_decref(r);
    /* The dateline says where the story was filed, not who signed. */
    r = extract(ctx, "JEONJU, Korea, May 3 (Agency) -- Leaders of Aichi Prefecture and the "
                     "city of Harbin signed a friendship agreement on Friday.\n");
    CHECK(tie(r, AICHI, HARBIN, "friendship") && !tie(r, JEONJU, HARBIN, "friendship"),
          "no party from the dateline");
    json_decref(r);
    /* ... nor who is tied: "the two cities" and a list before the tie noun are the body's, in
     * datelines of every agency's style, or none */
    r = extract(ctx, "date 2023-02-03\nSEOUL, Feb 3 (Reuters) - Daegu Mayor Kim Ha-neul met "
                     "Qingdao Mayor Wu Tiemin on Friday. The two cities have been sister cities "
                     "since 1993.\n");
    t = tie(r, DAEGU, QINGDAO, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "1993");
    CHECK(!tie(r, SEOUL, DAEGU, "sister"), "the two cities: not the dateline's");
    json_decref(r);
    r = extract(ctx, "date 2023-06-05\nGDANSK, June 5 - Lyon Mayor Paul Verdier met Turin Mayor "
                     "Marco Bellini on Monday. The two cities have been twin towns since 1958.\n");
    CHECK(tie(r, LYON, TURIN, "sister") && !tie(r, GDANSK, LYON, "sister"),
          "the two cities: not the dateline's, without an agency");
    json_decref(r);
    r = extract(ctx, "date 2023-05-03\nGDANSK, May 3 (afp) -- Lyon Mayor Paul Verdier met Turin "
                     "Mayor Marco Bellini to mark 30 years of sisterhood between the two "
                     "cities.\n");
    CHECK(tie(r, LYON, TURIN, "sister") && !tie(r, GDANSK, LYON, "sister"),
          "between the two cities: not the dateline's");
    json_decref(r);
    r = extract(ctx, "date 2023-02-03\nSEOUL, South Korea (AP) \xe2\x80\x94 Lyon and Turin, twin "
                     "towns since 1958, signed a tourism pact on Friday.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "1958");
    CHECK(!tie(r, SEOUL, LYON, "sister") && !tie(r, SEOUL, TURIN, "sister"),
          "a list before the tie noun: not the dateline");
    json_decref(r);
    r = extract(ctx, "date 2023-02-03\nSEOUL, Feb 3 (Reuters) - Lyon and Turin signed a trade "
                     "pact on Friday. The two cities have been twin towns since 1958.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "1958");
    CHECK(!tie(r, SEOUL, LYON, "sister"), "an agency's bureau is not the story's city");
    json_decref(r);
    /* a dateline without a date: the place, then a bracket or a dash */
    r = extract(ctx, "date 2023-02-03\nGDANSK (AP) \xe2\x80\x94 Lyon and Turin, twin towns since "
                     "1958, signed a tourism pact on Friday.\n");
    CHECK(tie(r, LYON, TURIN, "sister") && !tie(r, GDANSK, LYON, "sister") &&
              !agreed(r, GDANSK, LYON),
          "\"GDANSK (AP) \xe2\x80\x94\": no party, no partner");
    json_decref(r);
    r = extract(ctx, "date 2023-02-03\nSEOUL -- Daegu Mayor Kim Ha-neul met Qingdao Mayor Wu "
                     "Tiemin on Friday. The two cities have been sister cities since 1993.\n");
    CHECK(tie(r, DAEGU, QINGDAO, "sister") && !tie(r, SEOUL, DAEGU, "sister"),
          "\"SEOUL --\": not the two cities");
    json_decref(r);
    /* a publisher's own dateline, no agency's, may be the story's city */
    r = extract(ctx, "date 2023-03-12\nSEOUL, March 12 - The city government signed a sister "
                     "city agreement with Nagoya on Tuesday.\n");
    CHECK(tie(r, SEOUL, NAGOYA, "sister") != NULL, "the city: the publisher's dateline");
    json_decref(r);
    /* the body naming the dateline's city again makes it a party */
    r = extract(ctx, "date 2023-03-12\nSEOUL, March 12 (Yonhap) -- Seoul and Nagoya, sister "
                     "cities since 1991, signed a tourism pact on Tuesday.\n");
    t = tie(r, SEOUL, NAGOYA, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "1991");
    json_decref(r);

    /* The partner is the city, not the region of the same name. */
    r = extract(ctx, "date 2015-04-01 Jeonju Mayor Kim Seung-su greeted visitors from Daejeon "
                     "City, Daejeon. The Daejeon group saw Jeonju with Daejeon officials. The two "
                     "cities signed an agreement on film.\n");
    CHECK(tie(r, JEONJU, DAEJEON, "cooperation") != NULL, "the city of the same name");
    json_decref(r);

    /* The home city alone signed: the other side is the article's partner, unless "with"
     * names a partner the gazetteer does not know. */
    r = extract(ctx, "date 2020-03-03 A delegation from Harbin came to Jeonju on Monday. Harbin "
                     "officials toured a market. Jeonju Mayor Woo Beom-ki greeted them. Jeonju "
                     "signed a friendship city accord in June 2010.\n");
    t = tie(r, JEONJU, HARBIN, "friendship");
    CHECK_STR(t ? str(t, "since") : NULL, "2010-06");
    json_decref(r);
    r = extract(ctx, "date 2020-03-03 A delegation from Harbin came to Jeonju on Monday. Harbin "
                     "officials toured a market. Jeonju Mayor Woo Beom-ki greeted them. Jeonju "
                     "signed a twinning agreement with Tarnowo Town in 1981.\n");
    CHECK(tie(r, JEONJU, HARBIN, "sister") == NULL, "no guess for an unknown partner");
    json_decref(r);

    /* `since` by counting: an anniversary from the sentence's date, a duration from the
     * story's year when publication is unknown; a loose count gives none. */
    r = extract(ctx, "Lyon Mayor Anne Velk and Turin Mayor Ivo Brand marked the 25th anniversary "
                     "of their twinning on June 9, 2019.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "1994");
    json_decref(r);
    r = extract(ctx, "On 14 May 2016, Lyon Mayor Anne Velk received Turin Mayor Ivo Brand. She "
                     "praised the twinning between Lyon and Turin, which has endured for 12 "
                     "years.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "2004");
    json_decref(r);
    r = extract(ctx, "date 2022-09-01 Lyon and Turin have more than forty years of twinning "
                     "behind them.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK(t && json_is_null(json_object_get(t, "since")), "more than forty years: unknown");
    json_decref(r);
    /* A founding verb takes its own clause's date, or the date the sentence opens with. */
    r = extract(ctx, "date 2018-08-01 On July 12, Lyon Mayor Anne Velk met Turin Mayor Ivo Brand "
                     "to establish a strategic partnership between the cities.\n");
    t = tie(r, LYON, TURIN, "cooperation");
    CHECK_STR(t ? str(t, "since") : NULL, "2018-07-12");
    json_decref(r);
    r = extract(ctx, "date 2024-04-16 Jeonju Mayor Woo Beom-ki spoke in Jeonju. Since opening a "
                     "trade office in Harbin in 1990, Jeonju has established friendship cities "
                     "with Nanjing and Hangzhou.\n");
    t = tie(r, JEONJU, NANJING, "friendship");
    CHECK(t && json_is_null(json_object_get(t, "since")), "the date of another clause");
    json_decref(r);
    /* The goal of a change ("became", "upgraded ... to", "elevated ... to") begins on its own
     * clause's date, not on a "since" or count of the tie it changed; an ending's date is never
     * a tie's beginning. */
    r = extract(ctx, "date 2019-09-20 Lyon and Turin, friendship cities since 1993, became sister "
                     "cities in 2012.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "2012");
    t = tie(r, LYON, TURIN, "friendship");
    CHECK_STR(t ? str(t, "since") : NULL, "1993");
    json_decref(r);
    r = extract(ctx, "date 2019-09-20 Lyon and Turin, friendship cities since 1993, became sister "
                     "cities.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK(t && json_is_null(json_object_get(t, "since")), "another phrase's since");
    json_decref(r);
    r = extract(ctx, "date 2019-09-20 Lyon and Turin became sister cities, after being friendship "
                     "cities since 1993.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK(t && json_is_null(json_object_get(t, "since")), "the next phrase's since");
    t = tie(r, LYON, TURIN, "friendship");
    CHECK_STR(t ? str(t, "since") : NULL, "1993");
    json_decref(r);
    r = extract(ctx, "date 2019-09-20 Lyon had been a friendship city of Turin since 1993, and the "
                     "two upgraded the tie to sister city status in 2012.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "2012");
    json_decref(r);
    r = extract(ctx, "date 2019-09-20 Lyon and Turin elevated their ties to sister-city status on "
                     "Tuesday, 14 years after becoming friendship cities.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "2019-09-17");
    t = tie(r, LYON, TURIN, "friendship");
    CHECK_STR(t ? str(t, "since") : NULL, "2005");
    json_decref(r);
    /* A document upgrading a relationship is of the kind it upgrades it to. */
    r = extract(ctx, "date 2019-09-20 Lyon and Turin, friendship cities since 2007, signed an "
                     "agreement upgrading their relationship to sister cities on Tuesday.\n");
    e = event(r, "agreement", "parties", LYON);
    CHECK_STR(e ? str(e, "kind") : NULL, "sister");
    CHECK_STR(e ? str(e, "date") : NULL, "2019-09-17");
    t = tie(r, LYON, TURIN, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "2019-09-17");
    t = tie(r, LYON, TURIN, "friendship");
    CHECK_STR(t ? str(t, "since") : NULL, "2007");
    json_decref(r);
    r = extract(ctx, "date 2019-09-20 Lyon and Turin ended their sister city relationship earlier "
                     "this month.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK(t && json_is_null(json_object_get(t, "since")), "the ending's month");
    json_decref(r);
    r = extract(ctx, "date 2019-09-20 Lyon terminated its sister-city ties with Turin last "
                     "year.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK(t && json_is_null(json_object_get(t, "since")), "the ending's year");
    json_decref(r);

    /* Organisations as parties: the list after "between", or organisations alone signing; an
     * "an agreement" of the body takes no kind from an earlier document. */
    r = extract(
        ctx, "date 2011-12-19 On his last day in Lyon, the mayor saw the signing of a "
             "Memorandum of Understanding between the Velk Chamber of Commerce and the Tarnow Port "
             "Authority.\n\nLater, the Velk Design Association and the Tarnow Film "
             "Council signed an agreement to swap residencies.\n");
    e = event(r, "agreement", "parties", "Velk Chamber of Commerce");
    CHECK(e && holds(json_object_get(e, "parties"), "Tarnow Port Authority") &&
              !holds(json_object_get(e, "parties"), LYON),
          "an MOU between two organisations");
    e = event(r, "agreement", "parties", "Tarnow Film Council");
    CHECK(e && holds(json_object_get(e, "parties"), "Velk Design Association"),
          "organisations signing");
    CHECK_STR(e ? str(e, "kind") : NULL, "cooperation");
    CHECK(json_array_size(json_object_get(r, "ties")) == 0, "organisations have no ties");
    json_decref(r);

    /* An organisation, a company or a country after "with" is the other side of the one place
     * or organisation signing: an agreement event, with no tie (a tie joins two cities or
     * regions); an embassy signs for its country. What follows "with" must name the partner
     * ("with the help of Vietnam" names none). */
    static const struct {
        const char *text, *a, *b, *kind; /* b NULL: no agreement */
    } with_partner[] = {
        {"Lyon signed an MOU with the Velk Trade Organization on Monday.", LYON,
         "Velk Trade Organization", "mou"},
        {"Lyon Metropolitan City signed a business agreement with Velk Electronics on Monday.",
         LYON, "Velk Electronics", "cooperation"},
        {"Mayor Ana Velk of Lyon signed a memorandum of understanding with the World Bank on "
         "Monday.",
         LYON, "World Bank", "mou"},
        {"The Lyon Port Authority signed an MOU with the Port of Turin on Monday.",
         "Lyon Port Authority", "Port of Turin", "mou"},
        {"Lyon signed an MOU with the Embassy of Finland on Monday.", LYON, "cc:FI", "mou"},
        {"Lyon signed a cooperation agreement with Vietnam on Monday.", LYON, "cc:VN",
         "cooperation"},
        {"Lyon signed an MOU with the help of Vietnam on Monday.", LYON, NULL, NULL},
    };
    for (size_t i = 0; i < sizeof with_partner / sizeof *with_partner; i++) {
        char text[256];
        snprintf(text, sizeof text, "date 2024-03-15\n%s\n", with_partner[i].text);
        r = extract(ctx, text);
        if (!with_partner[i].b) {
            CHECK(count(r, "agreement") == 0, "case %zu: no partner named", i);
        } else {
            e = event(r, "agreement", "parties", with_partner[i].a);
            CHECK(e && holds(json_object_get(e, "parties"), with_partner[i].b) &&
                      json_array_size(json_object_get(e, "parties")) == 2,
                  "case %zu: agreement with %s", i, with_partner[i].b);
            CHECK_STR(e ? str(e, "kind") : NULL, with_partner[i].kind);
            CHECK_STR(e ? str(e, "date") : NULL, "2024-03-11");
        }
        CHECK(json_array_size(json_object_get(r, "ties")) == 0, "case %zu: no tie", i);
        json_decref(r);
    }

    /* The country is the partner, not a city of it the article names elsewhere (nor a tie). */
    r = extract(ctx, "date 2024-03-15 Mayor Ana Velk of Lyon visited Hanoi on Monday. Lyon signed "
                     "an MOU with Vietnam on Tuesday.\n");
    CHECK(agreed(r, LYON, "cc:VN") && !agreed(r, LYON, "gn:1581130"), "an MOU with the country");
    CHECK(json_array_size(json_object_get(r, "ties")) == 0, "no tie with the country's city");
    json_decref(r);

    /* An organisation that is the verb's subject signs with the one city after "with": the
     * home city is not guessed as the other side. */
    r = extract(ctx, "date 2024-03-15 Mayor Ana Velk of Lyon visited Turin on Monday. The Lyon "
                     "Tourism Organization has signed an MOU with Turin.\n");
    CHECK(agreed(r, "Lyon Tourism Organization", TURIN) && !agreed(r, LYON, TURIN),
          "an MOU of an organisation with a city");
    CHECK(json_array_size(json_object_get(r, "ties")) == 0, "no tie with the organisation");
    json_decref(r);

    /* "the accord ... dated": a document of the article's pair, signed that day; a signing
     * told in the past with a time to come names the document's term. */
    r = extract(ctx, "date 2015-10-24 Lyon Mayor Anne Velk and Turin Mayor Ivo Brand have signed "
                     "a joint work plan for rail and food for 2017-2019. The plan builds "
                     "on the accord on rail dated May 9, 1998.\n");
    t = tie(r, LYON, TURIN, "cooperation");
    CHECK_STR(t ? str(t, "since") : NULL, "1998-05-09");
    e = event(r, "agreement", "parties", LYON);
    CHECK(e && !json_is_true(json_object_get(e, "planned")), "signed: not planned");
    json_decref(r);
    /* A date far after the phrase belongs to another clause. */
    r = extract(ctx, "date 2017-06-01 A new chapter of the twinning of Lyon and Turin opened "
                     "when a troupe of young dancers from Turin performed in Lyon in May 2017.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK(t && json_is_null(json_object_get(t, "since")), "a later clause's date");
    json_decref(r);

    /* A region named bare by the name of a city the article names is that city; a phrase
     * that titles a place dates nothing after it. */
    r = extract(ctx, "date 2016-02-02 A delegation from Niigata City, Niigata Prefecture, "
                     "toured Lyon. Lyon signed a twinning agreement with Niigata on Monday.\n");
    CHECK(tie(r, LYON, "gn:1855431", "sister") && !tie(r, LYON, "a1:JP.29", "sister"),
          "the city, not the region of its name");
    json_decref(r);
    r = extract(ctx, "date 2013-11-01 Choirs from Turin toured twin town Lyon from March 3 to "
                     "March 9.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK(t && json_is_null(json_object_get(t, "since")), "the tour's dates are not the tie's");
    json_decref(r);

    /* Who attends an occasion in a city other than their own visited it; not who attends at
     * home, nor an attendee whose city the article does not state. */
    r = extract(ctx, "date 2022-08-01 Mayor Kwon Young-sik of Daegu and Director Lee Min-ho "
                     "attended the anniversary celebration in Qingdao on Sunday.\n");
    e = event(r, "visit", "destinations", QINGDAO);
    CHECK(e && holds(json_object_get(e, "visitors"), "Kwon Young-sik"), "attended in X");
    CHECK(e && !holds(json_object_get(e, "visitors"), "Lee Min-ho"), "no home, no visit");
    json_decref(r);
    r = extract(ctx, "date 2022-08-01 Mayor Kwon Young-sik of Daegu attended the festival in "
                     "Daegu on Sunday.\n");
    CHECK(count(r, "visit") == 0, "attending at home is no visit");
    json_decref(r);

    /* The city that hosts is where the meeting is; no party visits its own city. */
    r = extract(ctx, "date 2017-06-10 A delegation from Daegu visited Osaka on Friday. Daegu "
                     "hosted a delegation from Osaka in October 2015, with the cultural center "
                     "headquartered in Osaka. The group, which included Daegu's mayor, was in "
                     "the area to mark Daegu's tie with Qingdao.\n");
    e = event(r, "visit", "visitors", OSAKA);
    CHECK(e && holds(json_object_get(e, "destinations"), DAEGU), "Daegu hosted: Osaka visited");
    e = event(r, "visit", "visitors", DAEGU);
    CHECK(e && !holds(json_object_get(e, "destinations"), DAEGU), "no visit to its own city");
    json_decref(r);

    /* A signatory from elsewhere signing where the text places the signing visited it. */
    r = extract(ctx, "date 2023-12-10 On December 9, in Japan, Daegu Mayor Kwon Young-sik and "
                     "Osaka Mayor Ito Ken signed a twinning agreement.\n");
    e = event(r, "visit", "visitors", "Kwon Young-sik");
    CHECK(e && holds(json_object_get(e, "destinations"), "cc:JP"), "signed in Japan: visited");
    CHECK(!event(r, "visit", "visitors", "Ito Ken"), "the host signs at home");
    json_decref(r);
    r = extract(ctx, "date 2023-12-10 Daegu Mayor Kwon Young-sik and his Osaka counterpart Ito "
                     "Ken inked the agreement Tuesday at the provincial office of Daegu.\n");
    e = event(r, "visit", "visitors", "Ito Ken");
    CHECK(e && holds(json_object_get(e, "destinations"), DAEGU), "signed at the host's office");
    json_decref(r);
    r = extract(ctx, "date 2023-12-10 Daegu Mayor Kwon Young-sik visited Osaka and signed an "
                     "agreement with its mayor, Ito Ken, at City Hall.\n");
    CHECK(!event(r, "visit", "visitors", "Ito Ken"), "the host of a trip visits nothing");
    json_decref(r);

    /* "the delegation led by X": X leads the party (an unnamed delegation's key gives way);
     * who tells a story is not in it; "Japan's Osaka" is Osaka. */
    r = extract(ctx, "date 2019-09-08 A delegation from Chinese city of Weifang visited Daegu "
                     "Sept. 6. Kim Min-su, a spokesman, told reporters that the delegation led by "
                     "Wang Lin, head of the Weifang municipality, met with Daegu Mayor Kwon "
                     "Young-sik. The delegation was in Japan's Osaka city on Sept. 5.\n");
    e = event(r, "visit", "destinations", OSAKA);
    CHECK(e && holds(json_object_get(e, "visitors"), "Wang Lin"), "the leader's trip to Osaka");
    CHECK(e && !holds(json_object_get(e, "destinations"), "cc:JP"), "Japan's Osaka: Osaka");
    e = event(r, "meeting", "participants", "Kwon Young-sik");
    CHECK(e && holds(json_object_get(e, "participants"), "Wang Lin"), "the leader meets");
    CHECK(e && !holds(json_object_get(e, "participants"), "Kim Min-su"), "the teller does not");
    json_decref(r);

    /* Where the invited come from is no destination; "the delegates", "their schedule". */
    r = extract(ctx, "date 2024-07-31 Daegu Mayor Kwon Young-sik invited Qingdao Mayor Zhang "
                     "Xin, as well as firms from Qingdao, to take part in Daegu's expo.\n");
    e = event(r, "visit", "visitors", "Zhang Xin");
    CHECK(e && holds(json_object_get(e, "destinations"), DAEGU), "invited to Daegu's expo");
    json_decref(r);
    r = extract(ctx, "date 2023-10-31 Daegu Mayor Kwon Young-sik opened the Daegu fair in Daegu "
                     "on Monday. Twelve delegates led by Qingdao Mayor Zhang Xin arrived Monday "
                     "from Qingdao. The delegates will be in town all week. Their schedule also "
                     "includes visits to the harbour in Osaka.\n");
    e = event(r, "visit", "destinations", OSAKA);
    CHECK(e && holds(json_object_get(e, "visitors"), "Zhang Xin"), "'their schedule': the party");
    json_decref(r);

    /* A relationship renewed is no document signed; "the deadline for signing" is a plan. */
    r = extract(ctx, "date 2022-09-01 Mayor Anne Velk of Lyon met Mayor Ivo Brand of Turin last "
                     "week to renew the long twinning between Lyon and Turin.\n");
    CHECK(count(r, "agreement") == 0, "renewing a relationship signs nothing");
    json_decref(r);
    r = extract(ctx, "date 2013-07-19 Mayor Anne Velk of Lyon said the deadline for signing an "
                     "MOU with Turin had not been fixed.\n");
    CHECK(tie(r, LYON, TURIN, "mou") == NULL, "a deadline is still to come");
    json_decref(r);

    /* "dated" dates a document, not a relationship. */
    r = extract(ctx, "date 2019-04-04 Mayor Anne Velk of Lyon welcomed Mayor Ivo Brand of Turin. "
                     "The twinning between Lyon and Turin dated back to 1958.\n");
    CHECK(count(r, "agreement") == 0, "a relationship dating back signs nothing");
    json_decref(r);

    /* One place and its partners in the plural, none named, is a generic statement; "one of
     * the city's twin towns" names a partner. */
    r = extract(ctx, "date 2021-02-02 Mayor Anne Velk of Lyon opened the fair. Turin has 12 twin "
                     "towns around the world.\n");
    CHECK(tie(r, LYON, TURIN, "sister") == NULL, "a city's own partners, unnamed");
    json_decref(r);
    r = extract(ctx, "date 2021-02-02 Mayor Anne Velk of Lyon opened the fair. Turin, one of the "
                     "city's twin towns, sent a choir.\n");
    CHECK(tie(r, LYON, TURIN, "sister") != NULL, "one of the city's twin towns");
    json_decref(r);

    /* A headline dates the ties the body tells, and states none of its own. */
    r = extract(ctx, "Lyon and Turin mark 30 years of twinning\n\ndate 2019-05-05 Lyon Mayor Anne "
                     "Velk welcomed Turin Mayor Ivo Brand on Friday. The twin towns held a "
                     "fair.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "1989");
    json_decref(r);
    r = extract(ctx, "Lyon-Turin Twinning Society\n\ndate 2019-05-05 Lyon Mayor Anne Velk opened "
                     "a fair in Lyon on Friday. Turin sent a choir.\n");
    CHECK(tie(r, LYON, TURIN, "sister") == NULL, "a headline states no tie of its own");
    json_decref(r);

    /* The place that has the listed partners is their anchor, though not the home city. */
    r = extract(ctx, "date 2020-02-02 Jeonju Mayor Woo Beom-ki met the press in Jeonju on Monday. "
                     "He said Jeonju admires Lyon. Lyon has twinning agreements with Gdansk and "
                     "Turin.\n");
    CHECK(tie(r, LYON, GDANSK, "sister") && tie(r, LYON, TURIN, "sister") &&
              !tie(r, JEONJU, GDANSK, "sister"),
          "the subject has them");
    json_decref(r);

    /* A friendship formalized is a friendship tie. */
    r = extract(ctx, "date 2024-01-10 Lyon and Turin have worked together on opera since they "
                     "formalized their friendship in 1996.\n");
    t = tie(r, LYON, TURIN, "friendship");
    CHECK_STR(t ? str(t, "since") : NULL, "1996");
    json_decref(r);

    /* "the two towns forged ties in 1961" dates the pair's one tie. */
    r = extract(ctx, "date 2023-06-30 Lyon Mayor Anne Velk hosted Turin Mayor Ivo Brand on Friday. "
                     "The twin towns held a fair. Ever since the two towns forged ties in 1961, "
                     "many students have travelled.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "1961");
    json_decref(r);

    /* "when the twinning agreement was made": a signing; "a decision was made" is none. */
    r = extract(ctx, "date 2013-03-12 Guests from Turin came to Lyon on Monday. Lyon Mayor Anne "
                     "Velk said she visited Turin in 1991 when the twinning agreement was made.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "1991");
    CHECK(count(r, "agreement") == 1, "an agreement was made");
    json_decref(r);
    r = extract(ctx, "date 2013-03-12 Lyon Mayor Anne Velk met Turin Mayor Ivo Brand on Monday. "
                     "A decision was made on the twin towns' youth fund.\n");
    CHECK(count(r, "agreement") == 0, "a decision made is no agreement");
    json_decref(r);

    /* "the Governor of X" marks the region: it stays the party. */
    r = extract(ctx, "date 2016-02-02 A delegation from Niigata City toured Lyon. The Governor of "
                     "Niigata signed a twinning agreement with Lyon on Monday.\n");
    CHECK(tie(r, LYON, "a1:JP.29", "sister") && !tie(r, LYON, "gn:1855431", "sister"),
          "the governor's region");
    json_decref(r);

    /* "the mayor" or "she" alone gives no party: whom it refers to is a guess. */
    r = extract(ctx, "date 2023-06-22 Mayor Anne Velk of Lyon left for Poland on Monday. She met "
                     "Mayor Ivo Brand of Turin in Gdansk. The mayor will sign a letter of intent "
                     "with Harbin next week.\n");
    CHECK(agreed(r, LYON, HARBIN) && !agreed(r, TURIN, HARBIN), "the home city signs");
    json_decref(r);

    /* An anniversary to come is no relationship to come. */
    r = extract(ctx, "date 2022-05-05 Lyon Mayor Anne Velk received Turin Mayor Ivo Brand on "
                     "Monday. The two sides planned a festival for the 30th anniversary of their "
                     "twinning next year.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "1993");
    json_decref(r);

    /* ", and in X he will ..." opens a clause of its own: X is no party. */
    r = extract(ctx,
                "date 2023-06-22 Jeonju Mayor Woo Beom-ki will tour Europe from June 26. In "
                "Lyon, the mayor is scheduled to sign a letter of intent on food with the city "
                "government, and in Turin he will visit a museum.\n");
    CHECK(agreed(r, JEONJU, LYON) && !agreed(r, LYON, TURIN) && !agreed(r, JEONJU, TURIN),
          "the other clause's place");
    json_decref(r);

    /* A document upgraded is a signing, dated from its own verb on; a relationship upgraded
     * is none. */
    r = extract(ctx, "date 2012-05-09 Lyon and Turin signed an MOU on rail in 2004 and upgraded it "
                     "into a twinning agreement two years later.\n");
    CHECK(count(r, "agreement") == 2, "an MOU and its upgrade");
    t = tie(r, LYON, TURIN, "sister");
    CHECK(t && !(str(t, "since") && strcmp(str(t, "since"), "2004") == 0),
          "the upgrade is not of 2004");
    json_decref(r);
    r = extract(ctx,
                "date 2016-06-20 Lyon Mayor Anne Velk visited Turin. The friendship of Lyon and "
                "Turin, both ports, got upgraded to twin towns in 2010.\n");
    CHECK(count(r, "agreement") == 0, "a relationship upgraded signs nothing");
    t = tie(r, LYON, TURIN, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "2010");
    json_decref(r);

    /* The document of a signing still to come states no tie. */
    r = extract(ctx, "date 2023-08-29 To deepen ties between Lyon and Turin, the Turin delegation "
                     "will arrive in the port today to sign the Twin Towns Charter between the two "
                     "cities.\n");
    e = event(r, "agreement", "parties", LYON);
    CHECK(e && json_is_true(json_object_get(e, "planned")), "a planned signing");
    CHECK(tie(r, LYON, TURIN, "sister") == NULL, "no tie yet");
    json_decref(r);

    /* A relationship far off in the sentence or celebrated by the headline does not type "an
     * agreement". */
    r = extract(ctx, "Lyon and Turin mark 20 years of twinning\n\ndate 2019-05-05 Lyon Mayor Anne "
                     "Velk will sign an agreement with Turin to promote exchanges among students, "
                     "artists and firms of both cities by establishing a twinning between their "
                     "schools.\n");
    e = event(r, "agreement", "parties", TURIN);
    CHECK_STR(e ? str(e, "kind") : NULL, "cooperation");
    json_decref(r);
    r = extract(ctx,
                "Lyon signs twinning agreement with Turin\n\ndate 2019-05-05 Lyon Mayor Anne "
                "Velk signed an agreement with Turin on Friday. The deal covers rail and food.\n");
    e = event(r, "agreement", "parties", TURIN);
    CHECK_STR(e ? str(e, "kind") : NULL, "sister");
    json_decref(r);

    /* A first-person piece: "I" is the byline's author, staff of the office it names; a quoted
     * "I" is the speaker. */
    r = extract(ctx, "Daegu Mayor Visits Qingdao - May 2019\nby Lena Park, Policy Aide, Office "
                     "of Mayor Kwon\nFrom May 12-16, 2019, Daegu Mayor Kwon Young-sik and I "
                     "traveled to Qingdao. \"I am glad,\" said Qingdao Mayor Zhang Xin. We met "
                     "with Mayor Zhang at City Hall.\n");
    e = event(r, "visit", "destinations", QINGDAO);
    CHECK(e && holds(json_object_get(e, "visitors"), "Lena Park"), "'I' is the author");
    e = event(r, "meeting", "participants", "Zhang Xin");
    CHECK(e && holds(json_object_get(e, "participants"), "Lena Park"), "'we' holds the author");
    {
        size_t i;
        json_t *p;
        int found = 0;
        json_array_foreach(json_object_get(r, "people"), i,
                           p) if (str(p, "name") && !strcmp(str(p, "name"), "Lena Park")) found =
            str(p, "title") && !strcmp(str(p, "title"), "official") && str(p, "of") &&
            !strcmp(str(p, "of"), DAEGU);
        CHECK(found, "the author: an official of the mayor's city");
    }
    json_decref(r);

    /* A word of accompanying adds only the people beside it. */
    r = extract(ctx, "date 2024-04-18 Mayor Hong Joon-pyo of Daegu met with Mayor Yang Wei of "
                     "Qingdao at City Hall on Wednesday. According to Professor Kim Min-su of "
                     "Daegu, the city's programs have long included culture and trade.\n");
    e = event(r, "meeting", "participants", "Yang Wei");
    CHECK(e && !holds(json_object_get(e, "participants"), "Kim Min-su"), "not beside the cue");
    json_decref(r);

    /* Who accompanies joins the visit or the meeting told just before, each alone: a meeting
     * with no visit ("by video conference"), a visit recalled from the past (no travelling
     * party's trip, which any distance would reach). */
    r = extract(ctx, "date 2024-04-18 Mayor Hong Joon-pyo of Daegu met with Mayor Yang Wei of "
                     "Qingdao by video conference on Wednesday. Councillor Lee Min-ho of Daegu "
                     "accompanied Mayor Hong.\n");
    e = event(r, "meeting", "participants", "Yang Wei");
    CHECK(e && holds(json_object_get(e, "participants"), "Lee Min-ho"), "joins the meeting alone");
    CHECK(count(r, "visit") == 0, "the meeting alone: no visit");
    json_decref(r);
    r = extract(ctx, "date 2023-09-10 Mayor Anna Velk of Tarnow visited Nagoya in 1995. She was "
                     "accompanied by Councillor Piotr Nowak of Tarnow.\n");
    e = event(r, "visit", "destinations", NAGOYA);
    CHECK(e && holds(json_object_get(e, "visitors"), "Piotr Nowak"), "joins a recalled visit");
    json_decref(r);

    /* A meeting attended by a long list keeps every name. */
    r = extract(ctx,
                "date 2020-11-20 The meeting held at Daegu City Hall was attended by Daegu "
                "Mayor Kwon Young-sik, Qingdao Mayor Zhang Xin, Councillors Lee Min-ho, Park "
                "Ji-sung, Kim Yu-na, Cha Bum-kun, Son Heung-min, Ki Sung-yueng, Hwang Hee-chan, "
                "Lee Kang-in, Kim Min-jae, Jo Hyeon-woo and Lee Jae-sung, and Director Wang Lin "
                "of Qingdao.\n");
    e = event(r, "meeting", "participants", "Kwon Young-sik");
    CHECK(e && json_array_size(json_object_get(e, "participants")) >= 13, "a long list");
    json_decref(r);

    /* "we" is the party only when the narrator travels with it. */
    r = extract(ctx, "date 2024-04-18 A delegation led by Qingdao Mayor Zhang Xin visited Daegu "
                     "on Monday. We met with Osaka Mayor Ito Ken and Director Lee Min-ho on "
                     "Tuesday to discuss trade.\n");
    e = event(r, "meeting", "participants", "Ito Ken");
    CHECK(!e || !holds(json_object_get(e, "participants"), "Zhang Xin"), "the city's own 'we'");
    json_decref(r);

    /* A relative clause's subject is the person it follows; no one visits their own country. */
    r = extract(ctx, "date 2018-07-27 Daegu Mayor Kwon Young-sik met Portland Mayor Ted Wheeler, "
                     "who was on a visit to Korea to promote trade.\n");
    e = event(r, "visit", "destinations", "cc:KR");
    CHECK(e && holds(json_object_get(e, "visitors"), "Ted Wheeler"), "who was on a visit");
    CHECK(e && !holds(json_object_get(e, "visitors"), "Kwon Young-sik"), "not the host");
    json_decref(r);
    r = extract(ctx, "date 2018-07-27 Daegu Mayor Kwon Young-sik and Portland Mayor Ted Wheeler "
                     "toured Korea together.\n");
    e = event(r, "visit", "destinations", "cc:KR");
    CHECK(e && !holds(json_object_get(e, "visitors"), "Kwon Young-sik"), "own country");
    json_decref(r);

    /* Who joins a host is at the host's side in the meeting told next. */
    r = extract(ctx, "date 2024-02-25 Daegu Mayor Kwon Young-sik led a delegation to Qingdao on "
                     "February 23. Qingdao Mayor Zhang Xin was joined by Director Wang Lin of "
                     "Qingdao. Mayor Zhang welcomed Mayor Kwon and his delegation to Qingdao.\n");
    e = event(r, "meeting", "participants", "Zhang Xin");
    CHECK(e && holds(json_object_get(e, "participants"), "Wang Lin"), "the host's companion");
    e = event(r, "visit", "destinations", QINGDAO);
    CHECK(e && !holds(json_object_get(e, "visitors"), "Wang Lin"), "who joins the host stays");
    json_decref(r);

    /* The party alone is no meeting. */
    r = extract(ctx, "date 2019-05-20 Daegu Mayor Kwon Young-sik and Councillor Lee Min-ho "
                     "visited Osaka on Monday. The delegation held a meeting at the hotel.\n");
    CHECK(count(r, "meeting") == 0, "the party meets no one");
    json_decref(r);

    /* "his delegation" is the party only when he is of it. */
    r = extract(ctx, "date 2024-02-25 Daegu Mayor Kwon Young-sik and Councillor Lee Min-ho "
                     "visited Qingdao on February 23. Osaka Mayor Ito Ken and his delegation met "
                     "Qingdao Mayor Zhang Xin on February 24.\n");
    e = event(r, "meeting", "participants", "Ito Ken");
    CHECK(e && !holds(json_object_get(e, "participants"), "Lee Min-ho"), "another's delegation");
    json_decref(r);

    /* The invited's own place named with their title is no destination. */
    r = extract(ctx, "date 2018-08-07 Qingdao Vice Mayor Wang Lin thanked Daegu Mayor Kwon "
                     "Young-sik, inviting the Mayor of Daegu to attend the expo which will be held "
                     "on 23 August 2018 at Qingdao.\n");
    e = event(r, "visit", "visitors", "Kwon Young-sik");
    CHECK(e && holds(json_object_get(e, "destinations"), QINGDAO), "invited to Qingdao");
    json_decref(r);

    /* Leading a party with words before its noun is a trip; "with X" right after it travels. */
    r = extract(ctx, "date 2024-05-07 Daegu Mayor Kwon Young-sik led a 20-member business "
                     "delegation to Qingdao with Councillor Lee Min-ho on Monday.\n");
    e = event(r, "visit", "destinations", QINGDAO);
    CHECK(e && holds(json_object_get(e, "visitors"), "Kwon Young-sik") &&
              holds(json_object_get(e, "visitors"), "Lee Min-ho"),
          "led a 20-member delegation, with X");
    json_decref(r);
    r = extract(ctx, "date 2024-05-07 Daegu Mayor Kwon Young-sik traveled to Qingdao to meet with "
                     "Qingdao Mayor Zhang Xin on Monday.\n");
    e = event(r, "visit", "destinations", QINGDAO);
    CHECK(e && !holds(json_object_get(e, "visitors"), "Zhang Xin"), "'meet with' the host");
    json_decref(r);

    /* "She was accompanied by X": a visitor's companion travels whatever city X is given;
     * "X accompanied Mayor Y" does not make the host Y a traveller. */
    r = extract(ctx, "date 2024-05-07 Daegu Mayor Kwon Young-sik arrived in Qingdao on Monday. "
                     "He was accompanied by Councillor Lee Min-ho of Qingdao and Director Park "
                     "Ji-sung.\n");
    e = event(r, "visit", "destinations", QINGDAO);
    CHECK(e && holds(json_object_get(e, "visitors"), "Lee Min-ho"), "the visitor's companion");
    json_decref(r);
    r = extract(ctx, "date 2024-05-07 Daegu Mayor Kwon Young-sik arrived in Qingdao on Monday. "
                     "Councillor Lee Min-ho of Daegu accompanied Mayor Kwon and Qingdao Mayor "
                     "Zhang Xin.\n");
    e = event(r, "visit", "destinations", QINGDAO);
    CHECK(e && !holds(json_object_get(e, "visitors"), "Zhang Xin"), "the host accompanied");
    json_decref(r);

    /* The one called on is the host. */
    r = extract(ctx,
                "date 2024-05-07 Qingdao Mayor Zhang Xin, accompanied by Director Wang Lin, "
                "paid a courtesy call on Daegu Mayor Kwon Young-sik at City Hall on Monday.\n");
    e = event(r, "visit", "destinations", DAEGU);
    CHECK(e && holds(json_object_get(e, "visitors"), "Zhang Xin"), "the caller visits");
    CHECK(!event(r, "visit", "visitors", "Kwon Young-sik"), "the one called on is at home");
    json_decref(r);

    /* With no byline, "as Lord Mayor I" is the article's holder of that office; "Phase I" is
     * no one. */
    r = extract(ctx, "date 2016-06-10 Report for Lord Mayor Anna Velk of Daegu. From 29 May to 3 "
                     "June 2016, as Lord Mayor I led a delegation to Qingdao. Phase I of the plan "
                     "was approved.\n");
    e = event(r, "visit", "destinations", QINGDAO);
    CHECK(e && holds(json_object_get(e, "visitors"), "Anna Velk"), "'as Lord Mayor I'");
    json_decref(r);

    /* Taking part from afar is no visit. */
    r = extract(ctx, "date 2022-08-01 Mayor Kwon Young-sik of Daegu attended the anniversary "
                     "celebration in Qingdao via video link on Sunday.\n");
    CHECK(count(r, "visit") == 0, "attended via video");
    json_decref(r);
    r = extract(ctx, "date 2022-08-01 In Qingdao, Daegu Mayor Kwon Young-sik and Qingdao Mayor "
                     "Zhang Xin signed a friendship agreement online on Sunday.\n");
    CHECK(!event(r, "visit", "visitors", "Kwon Young-sik"), "signed online");
    json_decref(r);

    /* A meeting by video conference: no one travelled. */
    r = extract(ctx, "date 2021-03-27 Qingdao Mayor Zhang Xin met Daegu Mayor Kwon Young-sik at "
                     "City Hall through a video conference on March 26.\n");
    CHECK(count(r, "meeting") == 1 && count(r, "visit") == 0, "met by video conference");
    json_decref(r);

    /* Who receives is at home, whatever city the article is most about. */
    r = extract(ctx, "date 2024-05-07 Daegu Mayor Kwon Young-sik visited Qingdao on Monday. "
                     "Daegu and Qingdao are sister cities.\n\nIn other news, Osaka Mayor Ito Ken "
                     "received a delegation from Nagoya on Tuesday.\n");
    e = event(r, "visit", "visitors", NAGOYA);
    CHECK(e && holds(json_object_get(e, "destinations"), OSAKA), "received in Osaka");
    CHECK(!event(r, "visit", "visitors", "Ito Ken"), "the host travels nowhere");
    json_decref(r);

    /* "left for X" is a trip; its companions join it. */
    r = extract(ctx, "date 2024-05-07 Daegu Mayor Kwon Young-sik left for Qingdao on Monday for a "
                     "three-day visit. He was accompanied by Councillor Lee Min-ho.\n");
    e = event(r, "visit", "destinations", QINGDAO);
    CHECK(e && holds(json_object_get(e, "visitors"), "Lee Min-ho"), "left for X, accompanied");
    json_decref(r);

    r = extract(ctx, "date 2024-05-07 Qingdao Vice Mayor Wang Lin and his delegation paid a "
                     "courtesy visit to Daegu Mayor Kwon Young-sik on Monday.\n");
    e = event(r, "visit", "visitors", "Wang Lin");
    CHECK(e && holds(json_object_get(e, "destinations"), DAEGU), "a courtesy visit to X");
    json_decref(r);

    /* A country, then the city in it that the sentence's next trip word names. */
    r = extract(ctx, "date 2024-05-09 DAEGU, May 9 - Mayor Kwon Young-sik of Daegu left for Japan "
                     "on Wednesday for a three-day visit to Osaka.\n");
    e = event(r, "visit", "visitors", "Kwon Young-sik");
    CHECK(e && holds(json_object_get(e, "destinations"), OSAKA) &&
              !holds(json_object_get(e, "destinations"), "cc:JP"),
          "left for Japan ... visit to Osaka");
    json_decref(r);

    /* Documents coordinated under one verb are one agreement each, with its own date. */
    r = extract(ctx, "date 2016-10-31 Lyon Mayor Anne Velk met Turin Mayor Ivo Brand. Lyon and "
                     "Turin signed a pact of sports in 1998 and a pact of rail links in 2005.\n");
    CHECK(count(r, "agreement") == 2, "two pacts");
    t = tie(r, LYON, TURIN, "cooperation");
    CHECK_STR(t ? str(t, "since") : NULL, "1998");
    json_decref(r);

    /* "X and an unknown name became twin towns": the other side is named, if not read. */
    r = extract(ctx, "date 2021-09-07 A delegation from Harbin came to Jeonju on Monday. Jeonju "
                     "Mayor Woo Beom-ki greeted them. Later an agreement was signed, by which "
                     "Jeonju and Tarnowo became twin towns.\n");
    CHECK(tie(r, JEONJU, HARBIN, "sister") == NULL, "no guess beside an unknown name");
    json_decref(r);

    /* A meeting verb (data/event_words.tsv "meet") whose object is an unnamed group ("group"):
     * one named person meets; another verb, or an object that is no group, makes no meeting. */
    r = extract(ctx, "date 2024-05-02 Tarnow Mayor Anna Velk met with the heads of local "
                     "governments on Tuesday.\n");
    CHECK(count(r, "meeting") == 1, "met with the heads of ...: a meeting");
    json_decref(r);
    r = extract(ctx, "date 2024-05-02 Tarnow Mayor Anna Velk held talks with representatives of "
                     "local firms on Tuesday.\n");
    CHECK(count(r, "meeting") == 1, "held talks with representatives: a meeting");
    json_decref(r);
    r = extract(ctx, "date 2024-05-02 Tarnow Mayor Anna Velk met with the public on Tuesday.\n");
    CHECK(count(r, "meeting") == 0, "met with the public: no group, no meeting");
    json_decref(r);
    /* A group's noun (data/event_words.tsv "origin") gives the visitors' city; "exchanges"
     * ("coop") in a generic document's qualifier makes a cooperation agreement, not one of the kind
     * named beside it. */
    r = extract(ctx, "date 2016-09-10 A trade mission from Lyon visited Turin on Friday.\n");
    e = event(r, "visit", "visitors", LYON);
    CHECK(e && holds(json_object_get(e, "destinations"), TURIN), "a mission from Lyon");
    json_decref(r);
    r = extract(ctx, "date 2016-09-10 Lyon and Turin, sister cities since 1990, signed an "
                     "agreement on mutual exchanges on Friday.\n");
    e = event(r, "agreement", "parties", LYON);
    CHECK_STR(e ? str(e, "kind") : NULL, "cooperation");
    json_decref(r);
    r = extract(ctx, "date 2016-09-10 Lyon and Turin, sister cities since 1990, signed an "
                     "agreement on mutual trust on Friday.\n");
    e = event(r, "agreement", "parties", LYON);
    CHECK_STR(e ? str(e, "kind") : NULL, "sister");
    json_decref(r);
    /* The kind is the document's own: a field word right before a generic document word ("a
     * tourism agreement", "a trade pact") makes a cooperation agreement, and a relationship that
     * titles a party ("its sister city Turin") or describes the parties ("which became friendship
     * cities in 1990") is a tie of its own, not the document's kind. */
    r = extract(ctx, "date 2024-02-05 Lyon signed an agreement with its sister city Turin on "
                     "Friday to cooperate on climate.\n");
    e = event(r, "agreement", "parties", LYON);
    CHECK_STR(e ? str(e, "kind") : NULL, "cooperation");
    t = tie(r, LYON, TURIN, "cooperation");
    CHECK_STR(t ? str(t, "since") : NULL, "2024-02-02");
    t = tie(r, LYON, TURIN, "sister");
    CHECK(t && json_is_null(json_object_get(t, "since")), "a sister city titled: since unknown");
    json_decref(r);
    r = extract(ctx, "date 2024-02-05 Lyon and Turin, which became friendship cities in 1990, "
                     "signed a tourism agreement on Friday.\n");
    e = event(r, "agreement", "parties", LYON);
    CHECK_STR(e ? str(e, "kind") : NULL, "cooperation");
    t = tie(r, LYON, TURIN, "friendship");
    CHECK_STR(t ? str(t, "since") : NULL, "1990");
    t = tie(r, LYON, TURIN, "cooperation");
    CHECK_STR(t ? str(t, "since") : NULL, "2024-02-02");
    json_decref(r);
    r = extract(ctx, "date 2024-02-05 Lyon and Turin, sister cities since 1973, signed a trade "
                     "pact on Friday.\n");
    e = event(r, "agreement", "parties", LYON);
    CHECK_STR(e ? str(e, "kind") : NULL, "cooperation");
    CHECK(tie(r, LYON, TURIN, "cooperation") != NULL, "a trade pact: a cooperation tie");
    json_decref(r);
    /* A relationship that is the subject of a named document ("an MOU on sister-city
     * relations") is no tie unless the two become so; a pact whose kind a relationship phrase
     * names ("their sister-city pact", "their pact on twinning") is that one tie. */
    r = extract(ctx, "date 2024-02-05 Lyon and Turin signed an MOU on sister-city relations on "
                     "Tuesday.\n");
    e = event(r, "agreement", "parties", LYON);
    CHECK_STR(e ? str(e, "kind") : NULL, "mou");
    CHECK(tie(r, LYON, TURIN, "mou") != NULL, "the MOU's tie");
    CHECK(tie(r, LYON, TURIN, "sister") == NULL, "the MOU's subject is no sister tie");
    json_decref(r);
    r = extract(ctx, "date 2024-02-05 Lyon and Turin signed an MOU on establishing sister-city "
                     "relations on Tuesday.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "2024-01-30");
    json_decref(r);
    r = extract(ctx, "date 2021-06-10 Lyon and Turin celebrated the 10th anniversary of their "
                     "sister-city pact on June 3.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "2011");
    CHECK(tie(r, LYON, TURIN, "cooperation") == NULL, "a sister-city pact: no cooperation tie");
    json_decref(r);
    r = extract(ctx, "date 2021-06-10 Lyon and Turin celebrated the 10th anniversary of their "
                     "pact on twinning on June 3.\n");
    CHECK(tie(r, LYON, TURIN, "sister") != NULL, "a pact on twinning: a sister tie");
    CHECK(tie(r, LYON, TURIN, "cooperation") == NULL, "a pact on twinning: no cooperation tie");
    json_decref(r);

    /* A trip's summary names a meeting ("for an official meeting with Mayor X"); a later
     * sentence tells it on a day of the trip: one meeting, on that day. The day's visit to the
     * same city is a day of the trip, not a second visit. */
    r = extract(ctx, "Tarnow mission to Japan\nby Ivo Brand, Policy Aide, Office of Mayor Velk\n\n"
                     "date 2019-05-20\n\nFrom May 12-16, 2019, Mayor Anna Velk of Tarnow and I "
                     "joined a trade mission to Japan, including Director Ewa Nowak of Tarnow, "
                     "before heading to Nagoya for an official meeting with Mayor Ito Ken of "
                     "Nagoya. On Tuesday, May 14, we met with Mayor Ito at Nagoya City Hall and "
                     "discussed port cooperation.\n");
    CHECK(count(r, "meeting") == 1, "one meeting told twice");
    e = event(r, "meeting", "participants", "Ito Ken");
    CHECK_STR(e ? str(e, "date") : NULL, "2019-05-14");
    CHECK(e && holds(json_object_get(e, "participants"), "Ewa Nowak"), "the party meets");
    CHECK(count(r, "visit") == 1, "one trip");
    e = event(r, "visit", "visitors", "Anna Velk");
    CHECK_STR(e ? str(e, "date") : NULL, "2019-05-12/2019-05-16");
    CHECK(e && holds(json_object_get(e, "destinations"), NAGOYA), "to Nagoya");
    json_decref(r);

    /* A photo caption's "A, B and C at a reception" and the text's welcome of C and D on the
     * same day in the same city are one gathering: every pair of them met. */
    r = extract(ctx, "date 2022-12-30 Tarnow Mayor Anna Velk, Councillor Ivo Brand of Tarnow and "
                     "Lyon Mayor Marc Roux at a reception hosted by the Tarnow Twinning "
                     "Association.\n\nTarnow Mayor Anna Velk hosted a delegation from Lyon in "
                     "December. Mayor Velk offered a warm welcome to Lyon Mayor Marc Roux and "
                     "Councillor Paul Petit of Lyon to Tarnow.\n");
    e = event(r, "meeting", "participants", "Paul Petit");
    CHECK(e && holds(json_object_get(e, "participants"), "Ivo Brand") &&
              holds(json_object_get(e, "participants"), "Anna Velk"),
          "one gathering, every guest");
    json_decref(r);

    /* "The two mayors" are the leaders of the article's pair: the phrase's value ("leaders",
     * data/pair_phrases.tsv) makes both signatories. */
    r = extract(ctx, "date 2019-03-02 Daegu Mayor Seo Ha-jun welcomed Qingdao Mayor Zhang Xin "
                     "to Daegu on Friday. The two mayors signed a sister city agreement.\n");
    e = event(r, "agreement", "parties", DAEGU);
    CHECK(e && holds(json_object_get(e, "signatories"), "Seo Ha-jun") &&
              holds(json_object_get(e, "signatories"), "Zhang Xin"),
          "the two mayors sign");
    json_decref(r);

    /* The sentence after an agreement is read for its own events (its topics may be the
     * agreement's) before its view: the view keeps that walk's hits, its cues among them ("did
     * not": no visit), its triggers and kinds (see the cases above). */
    r = extract(ctx, "date 2015-05-04 Daegu and Qingdao signed a sister city agreement on May 3, "
                     "2015. Daegu Mayor Seo Ha-jun did not visit Qingdao.\n");
    CHECK(count(r, "agreement") == 1 && count(r, "visit") == 0, "a negated visit after a signing");
    json_decref(r);

    /* A sentence telling a beginning is viewed again to date the ties: its second view takes the
     * hits and marks of its first ("the two cities" is read by the marks). */
    r = extract(ctx, "date 2020-01-01 Daegu and Qingdao are sister cities. The two cities forged "
                     "ties in 1995.\n");
    t = tie(r, DAEGU, QINGDAO, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "1995");
    json_decref(r);

    /* ... and the kinds of its first view: the "ties" of "sister ties" are a kind's, no
     * beginning of the pair's tie (pair_since()), and "never" keeps the kind from dating it. */
    r = extract(ctx, "date 2020-01-01 Daegu and Qingdao are sister cities. The two cities never "
                     "established sister ties in 1995.\n");
    t = tie(r, DAEGU, QINGDAO, "sister");
    CHECK(t && json_is_null(json_object_get(t, "since")),
          "a kind is no beginning in the second view");
    json_decref(r);

    /* A headline is walked once, for its kinds, and its view in the pass that dates the ties
     * takes that walk's hits and marks ("the two cities" is read by the marks). */
    r = extract(ctx, "The two cities mark 30 years of twinning\n\ndate 2019-05-05 Lyon Mayor Anne "
                     "Velk welcomed Turin Mayor Ivo Brand on Friday. The twin towns held a "
                     "fair.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "1989");
    json_decref(r);

    /* ... and its cues: a headline that negates dates no tie. */
    r = extract(ctx, "Lyon and Turin cancel fete for 30 years of twinning\n\ndate 2019-05-05 Lyon "
                     "Mayor Anne Velk welcomed Turin Mayor Ivo Brand on Friday. The twin towns "
                     "held a fair.\n");
    t = tie(r, LYON, TURIN, "sister");
    CHECK(t && json_is_null(json_object_get(t, "since")), "a negated headline dates no tie");
    json_decref(r);

    same_without_marks(ctx);

    ct_ctx_free(ctx);
    return harness_done("events");
}
