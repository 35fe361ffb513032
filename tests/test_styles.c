/*
 * test_styles.c - whole invented articles in styles the dev set lacks: a US city council press
 * release, a Chinese provincial news agency item, a Japanese city hall notice, a video call
 * between mayors, a cancelled trip, an MOU between a city and a university, a delegation's
 * report. Each article runs through the whole pipeline and its record is checked for the facts
 * a reader would draw from it (and for the ones it must not hold).
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cityties.h"
#include "harness.h"
#include "recjson.h"

/* The number of events of type whose field f holds k (NULL k: any), planned ones only when
 * planned is 1, done ones only when 0, both when -1. */
static size_t count(json_t *rec, const char *type, const char *f, const char *k, int planned)
{
    size_t i, n = 0;
    json_t *e;
    json_array_foreach(json_object_get(rec, "events"), i, e)
    {
        if (strcmp(str(e, "type"), type) != 0) continue;
        if (k && !holds(json_object_get(e, f), k)) continue;
        if (planned >= 0 && json_is_true(json_object_get(e, "planned")) != planned) continue;
        n++;
    }
    return n;
}

#define DAYTON "gn:4509884"
#define AUGSBURG "gn:2954172"
#define KUNMING "gn:1804651"
#define CHIANG_RAI "gn:1153669"
#define MATSUE "gn:1857550"
#define NEW_ORLEANS "gn:4335045"
#define TAMPERE "gn:634963"
#define GDANSK "gn:3099434"
#define CORK "gn:2965140"
#define SAN_JOSE "gn:5392171"
#define LEEDS "gn:2644688"
#define GUILIN "gn:1809498"
#define GRAZ "gn:2778067"

int main(void)
{
    ct_ctx *ctx;
    if (ct_ctx_open(NULL, &ctx) < 0) {
        fprintf(stderr, "test_styles: no gazetteer (run make)\n");
        return 1;
    }
    json_t *r, *e, *t;

    /* A US city council press release: a trip to sign is planned, and so is the signing. */
    r = extract(ctx,
                "City of Dayton approves sister city agreement with Augsburg\n\n"
                "FOR IMMEDIATE RELEASE - March 14, 2024\n\n"
                "DAYTON, Ohio - The Dayton City Council voted 5-0 on Wednesday to approve a sister "
                "city agreement with Augsburg, Germany. Mayor Karen Holt will travel to Augsburg "
                "in June to sign the agreement with Lord Mayor Eva Stahl.\n\n"
                "\"This partnership will open doors for our manufacturers and our students,\" "
                "Mayor Holt said.\n");
    CHECK(count(r, "visit", "destinations", AUGSBURG, 1) == 1, "press release: planned trip");
    CHECK(count(r, "visit", "destinations", AUGSBURG, 0) == 0, "press release: no trip made");
    e = event(r, "agreement", "parties", DAYTON);
    CHECK(e && holds(json_object_get(e, "parties"), AUGSBURG), "press release: the agreement");
    CHECK(e && json_is_true(json_object_get(e, "planned")), "press release: signing planned");
    CHECK_STR(e ? str(e, "kind") : NULL, "sister");
    json_decref(r);

    /* A relationship phrase inside a body's name dates no tie ("last month" is the festival's) */
    r = extract(ctx, "Council approves budget\n\n"
                     "DAYTON, Ohio, April 2, 2024 - The council met on Tuesday.\n\n"
                     "The Dayton Sister City Committee attended the Augsburg spring festival last "
                     "month.\n");
    t = tie(r, DAYTON, AUGSBURG, "sister");
    CHECK(!t || json_is_null(json_object_get(t, "since")), "a committee's name dates no tie");
    json_decref(r);

    /* A provincial news agency item: a dateline, the region's governor, and a generic count of
     * partners that names none. */
    r = extract(ctx,
                "Yunnan, Chiang Rai sign friendship agreement\n\n"
                "KUNMING, Nov. 3 (Provincial News Agency) -- Kunming, capital of southwest "
                "China's Yunnan Province, and Chiang Rai of Thailand signed an agreement on "
                "establishing friendly city relations here on Thursday.\n\n"
                "The two sides agreed to strengthen exchanges and cooperation in trade, tourism, "
                "agriculture and education.\n\n"
                "Kunming has established friendly relations with 18 cities around the world.\n");
    e = event(r, "agreement", "parties", KUNMING);
    CHECK(e && holds(json_object_get(e, "parties"), CHIANG_RAI), "agency: the agreement");
    CHECK_STR(e ? str(e, "kind") : NULL, "friendship");
    CHECK(e && holds(json_object_get(e, "topics"), "tourism") &&
              holds(json_object_get(e, "topics"), "trade_investment"),
          "agency: fields of the next sentence");
    CHECK(tie(r, KUNMING, CHIANG_RAI, "friendship") != NULL, "agency: friendship tie");
    CHECK(json_array_size(json_object_get(r, "ties")) == 1, "agency: 18 cities name no tie");
    json_decref(r);

    /* A city hall notice: a delegation's planned stay, a courtesy call, a standing tie. */
    r = extract(ctx,
                "Notice from Matsue City Hall\n\n"
                "A delegation of eight people led by New Orleans City Councilmember Paul Landry "
                "will visit Matsue from October 21 to October 24, 2024. During their stay, the "
                "delegation will pay a courtesy call on Mayor Hiroshi Tanaka and tour Matsue "
                "Castle.\n\n"
                "Matsue and New Orleans have been sister cities since 1994.\n");
    e = event(r, "visit", "visitors", "Paul Landry");
    CHECK(e && holds(json_object_get(e, "destinations"), MATSUE), "notice: the visit");
    CHECK(e && json_is_true(json_object_get(e, "planned")), "notice: visit planned");
    CHECK_STR(e ? str(e, "date") : NULL, "2024-10-21/2024-10-24");
    e = event(r, "meeting", "participants", "Hiroshi Tanaka");
    CHECK(e && holds(json_object_get(e, "participants"), "Paul Landry"), "notice: courtesy call");
    CHECK_STR(e ? str(e, "place") : NULL, MATSUE);
    CHECK(count(r, "visit", "visitors", "Hiroshi Tanaka", -1) == 0, "notice: host stays home");
    t = tie(r, MATSUE, NEW_ORLEANS, "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "1994");
    json_decref(r);

    /* A video call: one meeting, in no city, no visit; "after the online meeting" is it. */
    r = extract(ctx,
                "Mayors of Tampere and Gdansk meet by video link\n\n"
                "Tampere Mayor Anna Virtanen and Gdansk Mayor Piotr Nowak held a video call on "
                "Tuesday, May 7, 2024, to discuss cooperation on climate and public transport.\n\n"
                "Tampere and Gdansk have been partner cities since 1998.\n\n"
                "\"Even at a distance we can learn from each other,\" Virtanen said after the "
                "online meeting.\n");
    CHECK(count(r, "meeting", NULL, NULL, -1) == 1, "video call: one meeting");
    e = event(r, "meeting", "participants", "Piotr Nowak");
    CHECK(e && holds(json_object_get(e, "participants"), "Anna Virtanen"), "video call: both");
    CHECK(e && json_is_null(json_object_get(e, "place")), "video call: held in no city");
    CHECK_STR(e ? str(e, "date") : NULL, "2024-05-07");
    CHECK(count(r, "visit", NULL, NULL, -1) == 0, "video call: no visit");
    CHECK(tie(r, TAMPERE, GDANSK, "cooperation") != NULL, "video call: partner cities");
    json_decref(r);
    /* a definite meeting with someone new is a meeting of its own */
    r = extract(ctx, "Tampere Mayor Anna Virtanen met Gdansk Mayor Piotr Nowak on Tuesday, May 7, "
                     "2024.\n\nVirtanen and Lyon Mayor Paul Rey held the "
                     "follow-up meeting on Wednesday.\n");
    e = event(r, "meeting", "participants", "Paul Rey");
    CHECK(e && holds(json_object_get(e, "participants"), "Anna Virtanen"), "a second meeting");
    json_decref(r);

    /* A trip to a country: cities the next sentence names as background are no stops. */
    r = extract(ctx, "Mayor Velk back from Japan\n\n"
                     "TARNOW, Poland, June 3, 2024 - Mayor Anna Velk returned on Sunday from a "
                     "week-long visit to Japan, where she promoted the city's ceramics.\n\n"
                     "Osaka will host a world expo next year, and Nagoya is known for its car "
                     "makers.\n");
    e = event(r, "visit", "visitors", "Anna Velk");
    CHECK(e && json_array_size(json_object_get(e, "destinations")) == 1 &&
              holds(json_object_get(e, "destinations"), "cc:JP"),
          "country trip: background cities are no destinations");
    json_decref(r);
    r = extract(ctx, "Mayor Anna Velk of Tarnow flew to Japan on Monday, May 6, 2024.\n\n"
                     "On Tuesday she met the Mayor of Nagoya.\n");
    e = event(r, "visit", "visitors", "Anna Velk");
    CHECK(e && holds(json_object_get(e, "destinations"), "gn:1856057"),
          "country trip: the city where she met the mayor");
    json_decref(r);

    /* ", and in June the choir travelled": a clause of its own, whose subject is no one named */
    r = extract(ctx, "date 2024-05-10 Mayor Anna Velk of Tarnow received Mayor Piotr Lind of "
                     "Lublin on Monday, and in June the city choir travelled to Vilnius.\n");
    CHECK(count(r, "visit", "destinations", "gn:593116", -1) == 0,
          "the choir's trip is no mayor's");
    json_decref(r);
    /* "the delegation from Vilnius" is another party than the one told before */
    r = extract(ctx,
                "date 2024-05-10 A delegation from Graz led by Deputy Mayor Elke Huber visited "
                "Lublin on Thursday. Mayor Piotr Lind of Lublin welcomed the guests. In June "
                "the delegation from Vilnius will visit Lublin.\n");
    CHECK(count(r, "visit", "visitors", "Elke Huber", 1) == 0, "another delegation's trip");
    json_decref(r);

    /* Who attends another meeting (of a committee, or on another day) joins no meeting told */
    r = extract(ctx, "LYON, March 9, 2024 - Lyon Mayor Paul Rey met Turin Mayor Marco Bassi in "
                     "Lyon on Thursday.\n\nSeparately, Councillor Ivo Brand of Lyon attended the "
                     "meeting of the city finance committee.\n");
    CHECK(count(r, "meeting", "participants", "Ivo Brand", -1) == 0, "a committee's meeting");
    json_decref(r);
    r = extract(ctx, "LYON, March 9, 2024 - Lyon Mayor Paul Rey met Turin Mayor Marco Bassi in "
                     "Lyon on Thursday.\n\nCouncillor Ivo Brand of Lyon attended the meeting on "
                     "Friday.\n");
    CHECK(count(r, "meeting", "participants", "Ivo Brand", -1) == 0, "a meeting on another day");
    json_decref(r);
    r = extract(ctx, "LYON, March 9, 2024 - Lyon Mayor Paul Rey met Turin Mayor Marco Bassi in "
                     "Lyon on Thursday.\n\nCouncillor Ivo Brand of Lyon attended the meeting.\n");
    CHECK(count(r, "meeting", "participants", "Ivo Brand", -1) == 1, "who attended the meeting");
    json_decref(r);

    /* A cancelled trip is no visit made. */
    r = extract(ctx, "Cork mayor cancels trip to San Jose\n\n"
                     "Lord Mayor of Cork Sean Kelleher has cancelled his planned visit to San "
                     "Jose, California, because of the budget crisis, the city council said on "
                     "Monday, February 5, 2024.\n");
    CHECK(count(r, "visit", NULL, NULL, 0) == 0, "cancelled: no visit made");
    json_decref(r);
    r = extract(ctx, "Lord Mayor Sean Kelleher of Cork cancels his visit to San Jose.\n");
    CHECK(count(r, "visit", NULL, NULL, -1) == 0, "cancels: no visit");
    json_decref(r);

    /* An MOU between a city and a university: the organisation is a party, and no tie. */
    r = extract(ctx, "Leeds City Council and the University of Leeds signed a memorandum of "
                     "understanding on Friday, September 13, 2024, to work together on net zero "
                     "housing.\n\n"
                     "The memorandum was signed by council leader Mary Holmes and "
                     "Vice-Chancellor Simon Price.\n");
    e = event(r, "agreement", "parties", LEEDS);
    CHECK(e && holds(json_object_get(e, "parties"), "University of Leeds"), "MOU: city and org");
    CHECK_STR(e ? str(e, "kind") : NULL, "mou");
    CHECK_STR(e ? str(e, "date") : NULL, "2024-09-13");
    CHECK(json_array_size(json_object_get(r, "ties")) == 0, "MOU with an org: no tie");
    CHECK(count(r, "agreement", NULL, NULL, -1) == 1, "MOU: one agreement");
    json_t *pp = json_array_get(json_object_get(r, "people"), 1);
    CHECK_STR(pp ? str(pp, "name") : NULL, "Simon Price"); /* "Vice-Chancellor" is a title */
    json_decref(r);

    /* A delegation's report from a news agency: the trip, a meeting there, an MOU. */
    r = extract(ctx, "Guilin delegation visits Graz\n\n"
                     "GUILIN, Aug. 20 (Provincial News Agency) -- A delegation led by Guilin Vice "
                     "Mayor Zhang Wei visited Graz, Austria, from Aug. 15 to 18, at the invitation "
                     "of the city government of Graz.\n\n"
                     "During the visit, Zhang met with Graz Mayor Elke Huber. The two sides "
                     "exchanged views on tourism, culture and green development, and signed a "
                     "memorandum of understanding on tourism cooperation.\n");
    e = event(r, "visit", "visitors", "Zhang Wei");
    CHECK(e && holds(json_object_get(e, "destinations"), GRAZ), "report: the trip");
    CHECK(count(r, "visit", NULL, NULL, -1) == 1, "report: one trip, told twice");
    e = event(r, "meeting", "participants", "Elke Huber");
    CHECK(e && holds(json_object_get(e, "participants"), "Zhang Wei"), "report: the meeting");
    CHECK_STR(e ? str(e, "place") : NULL, GRAZ);
    e = event(r, "agreement", "parties", GUILIN);
    CHECK(e && holds(json_object_get(e, "parties"), GRAZ), "report: the MOU");
    CHECK_STR(e ? str(e, "kind") : NULL, "mou");
    json_decref(r);

    /* A US council meeting summary: a vote to approve an agreement is no signing, so no tie
     * yet; the signing it plans is a planned agreement, and a postponed vote is nothing. */
    r = extract(ctx, "City Council approves sister city agreement with Oaxaca\n\n"
                     "SANTA ROSA, Calif., Feb. 8, 2024 - The Santa Rosa City Council voted 7-0 on "
                     "Tuesday to approve a sister city agreement with Oaxaca, Mexico.\n\n"
                     "The agreement will be signed when a delegation from Oaxaca visits in May.\n\n"
                     "In other business, the council postponed a vote on a friendship city "
                     "agreement with Nanning, China, until March.\n");
    CHECK(json_array_size(json_object_get(r, "ties")) == 0, "council vote: no tie yet");
    CHECK(count(r, "agreement", NULL, NULL, 0) == 0, "council vote: nothing signed");
    json_decref(r);
    r = extract(ctx, "date 2024-02-08 The Santa Rosa City Council approved a sister city "
                     "agreement with Oaxaca on Tuesday.\n");
    CHECK(json_array_size(json_object_get(r, "ties")) == 0, "council approved: no tie yet");
    json_decref(r);

    /* "would be signed ... in May": a participle after "be" is no past tense, so the month
     * still to come is this year's, not last year's. */
    r = extract(ctx,
                "City Council approves sister city agreement with Oaxaca\n\n"
                "SANTA ROSA, Calif., Feb. 8, 2024 - The Santa Rosa City Council voted 7-0 on "
                "Tuesday to approve a sister city agreement with Oaxaca, Mexico.\n\n"
                "The agreement would be signed when a delegation from Oaxaca visits in May.\n");
    e = event(r, "agreement", "parties", "gn:3522507");
    CHECK(e && json_is_true(json_object_get(e, "planned")), "council vote: signing planned");
    CHECK_STR(e ? str(e, "date") : NULL, "2024-05");
    json_decref(r);

    /* An association newsletter with no publication date lists past exchanges by year: "Last
     * year" cannot be known, so that visit keeps no date rather than an earlier item's. */
    r = extract(ctx, "Friends of Gorlitz Newsletter\n\n"
                     "Our association was founded in 1992.\n\n"
                     "In 2003 Mayor Karl Brenner of Wiesbaden led a delegation of 40 citizens to "
                     "Gorlitz for the town festival. In 2012 the two cities signed a cooperation "
                     "agreement on tourism. Last year, Gorlitz Mayor Petra Lenz visited Wiesbaden "
                     "for the anniversary of our association.\n");
    e = event(r, "visit", "visitors", "Karl Brenner");
    CHECK_STR(e ? str(e, "date") : NULL, "2003");
    e = event(r, "visit", "visitors", "Petra Lenz");
    CHECK(e && holds(json_object_get(e, "destinations"), "gn:2809346"), "newsletter: the visit");
    CHECK(e && json_is_null(json_object_get(e, "date")), "newsletter: 'last year' is unknown");
    json_decref(r);

    /* A twinning anniversary in translation: the passive "was received ... by Mayor X" makes X
     * the host, so the guests visited X's town, not the other way round. */
    r = extract(ctx, "ANNECY, 14 October 2024 - A delegation from Bayreuth led by "
                     "Oberburgermeister Thomas Ebner was received at the town hall by Mayor "
                     "Sophie Marchand on Saturday.\n");
    e = event(r, "meeting", "participants", "Sophie Marchand");
    CHECK(e && holds(json_object_get(e, "participants"), "Thomas Ebner"), "passive: the meeting");
    CHECK_STR(e ? str(e, "place") : NULL, "gn:3037543");
    CHECK(count(r, "visit", "visitors", "Sophie Marchand", -1) == 0, "passive: the host stays");
    json_decref(r);

    /* "Fifty years after the signing of their twinning charter, the towns celebrated": the
     * charter dates from fifty years before the article, as with "the 50th anniversary". */
    r = extract(ctx, "ANNECY, 14 October 2024 - Fifty years after the signing of their twinning "
                     "charter, Annecy and Bayreuth celebrated their partnership at the "
                     "weekend.\n");
    t = tie(r, "gn:3037543", "gn:2951825", "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "1974");
    json_decref(r);

    /* An Irish council news item: a civic reception by the Cathaoirleach for the twin town's
     * mayor; the unanchored "on Friday" takes the story's date (only a year or month that
     * cannot be known keeps none). */
    r = extract(ctx,
                "Twin town delegation welcomed to Kilkenny\n\n"
                "Kilkenny County Council, 12 June 2024\n\n"
                "The Cathaoirleach of Kilkenny County Council, Cllr Mary Doyle, hosted a civic "
                "reception on Friday for a delegation from Formigine, Kilkenny's twin town in "
                "Italy, led by Mayor Paolo Ferri.\n\n"
                "Kilkenny and Formigine have been twinned since 2002.\n");
    e = event(r, "visit", "visitors", "Paolo Ferri");
    CHECK(e && holds(json_object_get(e, "destinations"), "gn:2963398"), "reception: the visit");
    CHECK(e && !json_is_null(json_object_get(e, "date")), "reception: the story's date");
    t = tie(r, "gn:2963398", "gn:3176733", "sister");
    CHECK_STR(t ? str(t, "since") : NULL, "2002");
    json_decref(r);

    /* "Cllr X of Kilkenny" is of Kilkenny, and a councillor who receives a mayor hosts her in
     * her own town, whoever ranks higher. */
    r = extract(ctx, "date 2024-06-12 Cllr Mary Doyle of Kilkenny received Mayor Paolo "
                     "Ferri of Formigine on Friday.\n");
    e = event(r, "meeting", "participants", "Mary Doyle");
    CHECK_STR(e ? str(e, "place") : NULL, "gn:2963398");
    CHECK(count(r, "visit", "visitors", "Mary Doyle", -1) == 0, "councillor: the host stays");
    CHECK(count(r, "visit", "visitors", "Paolo Ferri", 0) == 1, "councillor: the guest came");
    json_decref(r);

    /* A city news page: its menu, a "More news" list naming other pairs and a comment box make
     * no events; the talks "on tram networks" are about transport. */
    {
        static const char page[] =
            "<html><head><title>Lyon mayor in Leipzig</title>"
            "<meta name=\"date\" content=\"2024-05-21\"></head><body>"
            "<header><a href=\"/\">Home</a> <a href=\"/news\">News</a></header><article>"
            "<h1>Lyon mayor visits partner city Leipzig</h1>"
            "<p>Lyon Mayor Claire Dumas travelled to Leipzig on Monday for talks with Leipzig "
            "Mayor Jonas Weber on tram networks.</p>"
            "<p>The two cities have been twinned since 1981.</p></article>"
            "<section><h2>More news</h2><ul>"
            "<li><a href=\"/a/1\">Porto mayor signs twinning charter with Bristol</a></li>"
            "<li><a href=\"/a/2\">Nantes delegation visits Saarbrucken</a></li></ul></section>"
            "<section id=\"comments\"><h3>2 comments</h3><div class=\"comment\"><b>Hans K.</b>"
            "<p>The mayor of Turin met the mayor of Cologne last year.</p></div></section>"
            "</body></html>";
        ct_doc *doc;
        char err[256], *json = NULL;
        size_t len;
        r = NULL;
        if (ct_doc_from_memory("p", page, strlen(page), CT_FMT_HTML, &doc, err, sizeof err) == 0) {
            if (ct_extract_json(ctx, doc, 0, &json, &len) == 0) r = json_loads(json, 0, NULL);
            free(json);
            ct_doc_free(doc);
        }
        CHECK(r != NULL, "page: a record");
        e = r ? event(r, "meeting", "participants", "Jonas Weber") : NULL;
        CHECK(e && holds(json_object_get(e, "topics"), "urban_planning_transport"),
              "page: tram networks are transport");
        CHECK(r && count(r, "visit", NULL, NULL, -1) == 1, "page: one visit, none from links");
        CHECK(r && count(r, "meeting", NULL, NULL, -1) == 1, "page: no comment's meeting");
        CHECK(r && json_array_size(json_object_get(r, "ties")) == 1, "page: one tie");
        json_decref(r);
    }

    /* A councillor who says the agreement will be signed is no signatory of it. */
    r = extract(ctx, "SANTA ROSA, Calif., Feb. 8, 2024 - The Santa Rosa City Council voted 7-0 on "
                     "Tuesday to approve a sister city agreement with Oaxaca, Mexico.\n\n"
                     "Council Member Linda Ortez, who chairs the Sister Cities Committee, said the "
                     "agreement would be signed when a delegation from Oaxaca visits in May.\n");
    e = event(r, "agreement", "parties", "gn:3522507");
    CHECK(e && json_array_size(json_object_get(e, "signatories")) == 0, "teller signs nothing");
    json_decref(r);

    /* A Vietnamese city receives an ambassador: the host's three-word name starts with a
     * surname that is also a name particle ("Le"), and the ambassador visited the city. */
    r = extract(ctx, "Hue leader receives Korean ambassador\n\n"
                     "HUE, March 5, 2024 - Chairman of the Hue People's Committee Le Thanh Binh "
                     "received South Korean Ambassador Kim Do-yun on Monday.\n\n"
                     "The ambassador said he hoped to promote cooperation in tourism.\n");
    e = event(r, "meeting", "participants", "Kim Do-yun");
    CHECK(e && holds(json_object_get(e, "participants"), "Le Thanh Binh"),
          "ambassador: the host who received him");
    CHECK(count(r, "visit", "visitors", "Kim Do-yun", 0) == 1, "ambassador: his visit");
    json_decref(r);

    /* A city's notice of an online meeting in which an MOU was signed "by video conference":
     * the manner of the signing retells the meeting, it holds no second one. */
    r = extract(ctx, "Notice: online meeting with the Mayor of Tarnow\n\n"
                     "On Thursday, February 8, 2024, Mayor Ken Arai of Matsue held an online "
                     "meeting with Mayor Anna Velk of Tarnow, Poland.\n\n"
                     "During the meeting, the two mayors signed a memorandum of understanding on "
                     "cultural exchange by video conference.\n");
    CHECK(count(r, "meeting", NULL, NULL, -1) == 1, "online MOU: one meeting");
    e = event(r, "meeting", "participants", "Ken Arai");
    CHECK(e && json_is_null(json_object_get(e, "place")), "online MOU: held in no city");
    CHECK(count(r, "agreement", "parties", MATSUE, -1) == 1, "online MOU: the MOU");
    e = event(r, "agreement", "parties", MATSUE);
    CHECK(e && holds(json_object_get(e, "signatories"), "Ken Arai") &&
              holds(json_object_get(e, "signatories"), "Anna Velk"),
          "online MOU: the two mayors signed it");
    json_decref(r);

    /* A metropolitan government's release through a news agency: the lead sums up the signing,
     * the next paragraph retells it ("signed the MOU ... on Monday") with its signatories: one
     * agreement; and a trip "next April or May" is planned. */
    r = extract(ctx, "Ulsan signs hydrogen MOU with Tarnow\n\n"
                     "ULSAN, May 3 (Yonhap) -- The Ulsan metropolitan government signed a "
                     "memorandum of understanding with the Polish city of Tarnow on cooperation in "
                     "hydrogen energy, the city said Tuesday.\n\n"
                     "Mayor Kim Dong-yeon and Tarnow Mayor Anna Velk signed the MOU at Ulsan City "
                     "Hall on Monday.\n\n"
                     "Kim plans to visit Tarnow next April or May, the city said.\n");
    CHECK(count(r, "agreement", NULL, NULL, -1) == 1, "agency MOU: one agreement, told twice");
    e = event(r, "agreement", "signatories", "Kim Dong-yeon");
    CHECK(e && holds(json_object_get(e, "signatories"), "Anna Velk") &&
              holds(json_object_get(e, "parties"), "gn:757026"),
          "agency MOU: the retelling's signatories");
    CHECK(e && holds(json_object_get(e, "topics"), "energy"), "agency MOU: hydrogen energy");
    CHECK(count(r, "visit", "visitors", "Kim Dong-yeon", 1) == 1, "agency MOU: planned trip");
    json_decref(r);

    /* A multilateral forum: the mayors listed as its participants took part in it, those from
     * elsewhere visited its city, and only the two said to meet on its sidelines met. */
    r = extract(ctx, "Mayors gather in Graz for climate forum\n\n"
                     "GRAZ, Oct. 10, 2024 - Mayors of 12 cities attended the Alpine Climate Forum "
                     "in Graz on Wednesday.\n\n"
                     "Among the participants were Mayor Elke Huber of Graz, Mayor Piotr Nowak of "
                     "Gdansk and Mayor Anna Virtanen of Tampere.\n\n"
                     "On the sidelines of the forum, Huber met with Nowak to discuss public "
                     "transport.\n");
    e = event(r, "conference", "participants", "Elke Huber");
    CHECK(e && holds(json_object_get(e, "participants"), "Piotr Nowak") &&
              holds(json_object_get(e, "participants"), "Anna Virtanen"),
          "forum: the listed participants");
    e = event(r, "visit", "visitors", "Anna Virtanen");
    CHECK(e && holds(json_object_get(e, "destinations"), GRAZ), "forum: a guest's visit");
    CHECK_STR(e ? str(e, "date") : NULL, "2024-10-09");
    CHECK(count(r, "visit", "visitors", "Elke Huber", -1) == 0, "forum: the host stays home");
    CHECK(count(r, "meeting", "participants", "Anna Virtanen", -1) == 0,
          "forum: attendance pairs no one");
    CHECK(count(r, "meeting", "participants", "Piotr Nowak", -1) == 1, "forum: the side meeting");
    json_decref(r);

    /* A province signs with two foreign regions at once (one in no table); the next paragraph
     * says where and by whom: the venue city is no party, and the signing is told once. */
    r = extract(ctx, "Hainan signs friendship agreements with two foreign regions\n\n"
                     "HAIKOU, June 12 (Provincial News Agency) -- South China's Hainan Province on "
                     "Wednesday signed agreements on establishing friendship-province relations "
                     "with the Portuguese region of Algarve and the Italian region of Sardinia.\n\n"
                     "The agreements were signed in Haikou by Hainan Governor Liu Wenbo, Algarve "
                     "regional president Joao Matos and Sardinia regional president Marco "
                     "Serra.\n");
    CHECK(count(r, "agreement", NULL, NULL, -1) == 1, "two regions: one signing told twice");
    CHECK(count(r, "agreement", "parties", "gn:1809078", -1) == 0, "two regions: venue no party");
    e = event(r, "agreement", "parties", "a1:IT.14");
    CHECK(e && holds(json_object_get(e, "parties"), "a1:CN.31") &&
              holds(json_object_get(e, "signatories"), "Liu Wenbo"),
          "two regions: the province and the region, with the signatories");
    CHECK_STR(e ? str(e, "kind") : NULL, "friendship");
    json_decref(r);

    /* "Sardinia regional president X": a region's president heads its government */
    r = extract(ctx, "date 2024-06-12 The pact was signed in Tarnow by Mayor Anna Velk and "
                     "Sardinia regional president Marco Serra.\n");
    pp = json_array_get(json_object_get(r, "people"), 1);
    CHECK_STR(pp ? str(pp, "title") : NULL, "governor");
    CHECK_STR(pp ? str(pp, "of") : NULL, "a1:IT.14");
    json_decref(r);

    /* A city receives an ambassador, the day after the appositive name: "on Monday" dates it,
     * not the dateline's date nearer the verb; the ambassador visited the city. */
    r = extract(ctx, "Mayor receives Dutch envoy\n\n"
                     "SURABAYA, July 9, 2024 - Surabaya Mayor Budi Harsono received the Ambassador "
                     "of the Netherlands, Pieter de Wit, at City Hall on Monday.\n");
    e = event(r, "meeting", "participants", "Pieter de Wit");
    CHECK(e && holds(json_object_get(e, "participants"), "Budi Harsono"), "envoy: the meeting");
    CHECK_STR(e ? str(e, "date") : NULL, "2024-07-08");
    e = event(r, "visit", "visitors", "Pieter de Wit");
    CHECK(e && holds(json_object_get(e, "destinations"), "gn:1625822"), "envoy: his visit");
    CHECK_STR(e ? str(e, "date") : NULL, "2024-07-08");
    json_decref(r);

    /* A city's notice of a planned online meeting in which a letter of intent will be signed:
     * "will exchange views ... and sign" plans the signing too, so it makes no tie yet. */
    r = extract(ctx, "Notice of online meeting with our sister city\n\n"
                     "Matsue Mayor Ken Arai will hold an online meeting with Mayor Anna Velk of "
                     "Tarnow, Poland, on Friday, March 15, 2024.\n\n"
                     "The two mayors will exchange views on tourism promotion and sign a letter of "
                     "intent on youth exchange online.\n\n"
                     "Published: March 8, 2024\n");
    e = event(r, "meeting", "participants", "Ken Arai");
    CHECK(e && json_is_true(json_object_get(e, "planned")), "online notice: meeting planned");
    e = event(r, "agreement", "parties", MATSUE);
    CHECK(e && json_is_true(json_object_get(e, "planned")), "online notice: signing planned");
    CHECK(tie(r, MATSUE, "gn:757026", "mou") == NULL, "online notice: no tie before signing");
    json_decref(r);

    ct_ctx_free(ctx);
    return harness_done("test_styles");
}
