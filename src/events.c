/*
 * events.c - events and ties from the mentions of one article (events.h).
 *
 * Sentence by sentence (body prose only: no boilerplate, no headlines), trigger phrases of
 * data/event_triggers.tsv propose events. Each event takes its arguments from its own sentence;
 * the few rules that look further are named below, and none stitches actor, action and place
 * from unrelated sentences.
 *   - visit: the visitors are "the visit of X", else the people before the trigger (of its
 *     clause: after "when", "X told reporters that", the person a "who" follows, a comma and a
 *     conjunction that open a clause of their own: ", and in June the choir ..."), else a
 *     group's city ("a delegation from X", a data/event_words.tsv "origin" noun; with its
 *     members named around that sentence, of X or of a city in region X), never someone at
 *     home in all the destinations; the destinations are the list of places right after the
 *     trigger, the most specific named (a city over its region or country; a country's cities
 *     named in the next three sentences
 *     over it when they tell part of the trip (a trigger or a person: "flew to Poland ... met
 *     the Mayor of Lublin", not "Lublin is known for its fairs"); a region's cities its sentence
 *     names; "visited the Polish capital" is the capital the article names), not the city of
 *     every visitor whose city is known; people of a destination who accompany a visit are
 *     hosts; a group, or a person of another city, that "arrived" or "flew from" somewhere
 *     with no destination came to the article's home city; "X invited Y to Z" is a planned
 *     visit by Y (Z not a place they come "from", nor theirs); "a visit to Lowbridge" (a name
 *     the tables lack) has no later place as destination; "the X delegation will visit Y"
 *     with no member named, after a visit to Y by people of X, retells that trip (its topics
 *     are the trip's); no one visits home (a destination that is every visitor's own place
 *     goes).
 *   - meeting: needs two people or places, or one person whose meeting verb takes an unnamed
 *     group as object ("met with the heads of local governments"; the verbs and the group nouns
 *     are data/event_words.tsv "meet" and "group"); the people named, their affiliations (and
 *     "officials from ORG") as parties;
 *     held, in this order, in the city right before "hosted", "received", "welcomed"
 *     ("Tarnow hosted ..."); in the city named after "in" (after "to" and the guests for a
 *     welcome: "welcomed Mayor X to Tarnow"; after "at" for the seat of its government: "met
 *     at Tarnow City Hall"; the capital "in the Polish capital" names, when the article names
 *     it); in the city of the person right before "received", "hosted",
 *     "welcomed" (the host, whose "of Tarnow" may stand between, and whose body's city counts
 *     as theirs, "the Chair of Tarnow County Council"; in the passive, "was received at City
 *     Hall by Mayor X", the one after "by"); in that of the one "a courtesy call on" (or "visit
 * to") is paid; where a participant's trip just told went; else in the home city, unless it was
 * held from afar ("held a video call": no place); "the two mayors" are the leaders of the article's
 * pair; a guest from elsewhere met in the host's city also visited it (local consuls, neutral
 * ground and a video link make no visit); a definite meeting noun whose people all took part in the
 * meeting told last ("said after the online meeting") is that meeting, not another.
 *   - agreement: needs a document word of data/agreement_kinds.tsv; its kind is the nearest such
 *     word, a generic "agreement" taking the kind of its own qualifier ("an agreement on port
 *     cooperation", "a pact of sports": cooperation), of the last agreement when it refers back
 *     ("similar agreements"), else the specific kind the sentence names near it (ten tokens) or
 *     the article named before (for "an agreement", only a document a headline names: a kind
 *     phrase holding a data/event_words.tsv "document" word, "twinning pact"), else the kind a
 *     later sentence gives a document ("the pact of twinning"); parties are the cities and regions
 *     of the agreement's clause (to a comma and a conjunction that open another: ", and in X he
 *     will ..."; a city right after the verb's "in", "were signed in X by ...", only when the
 *     signers leave a side unnamed) and the signatories' cities (named, not "the mayor" or "he"),
 *     with the home city when one side is missing (the partner when the home city signed alone,
 *     unless the text names the other side and it was not read: "with Tarnowo City", "X and
 *     Tarnowo"), or the article's pair when the text says "the two cities"; a region named bare by
 *     the name of a city inside it that the article names is that city (unless a "region" word of
 *     data/event_words.tsv marks it: "Tarnow Province", "the Governor of Tarnow"); signatories are
 *     the people named, but not one who tells of it ("X said the pact would be signed",
 *     data/report_verbs.tsv), and the leaders of the article's pair when the text says "the two
 *     mayors".
 *     Parties on one side are not paired: "X signed ... with A and B" (the home city when X is
 *     unnamed), or one party beside a list of the others ("Mayor K of X and the mayors of A, B and
 *     C"), or else the home city among three or more, makes one agreement per partner, dated by
 *     its own ";" part of the clause when the clause lists several. A capitalised dateline
 *     ("TARNOW, Poland, May 3 --") is no party. One sentence may report several documents, one
 *     agreement per document phrase ("signed an MOU ... and concluded a cooperation agreement",
 *     "signed a pact of X in 2003 and a pact of Y in 2009"), dated nearest the phrase's end.
 *     Organisations are the parties when the list after "between" names one ("an MOU between the X
 *     Chamber of Commerce and the Y Port Authority"), or when the clause names no city and
 *     organisations sign ("the X Association and the Y Council signed"), and beside the one place
 *     of the clause when coordinated with it ("the Velkow City Council and the University of
 *     Velkow signed an MOU"). An organisation or a country right after "with" is the other side
 *     of the one place or organisation before it ("signed an MOU with the World Bank", "with
 *     Vietnam"; an embassy or consulate signs for its country: "with the Embassy of Finland" is
 *     cc:FI), and makes no tie; an organisation right before the verb signs with the one place
 *     after "with" ("The X Tourism Organization signed an MOU with Osaka"). A definite document
 * with no party named ("the accord ... dated May 9, 1998") is the article's pair's ("dated" and
 * "was made" tell of a document named before them, never of a relationship "dating back"). A time
 * still to come after a signing told in the past ("have signed a plan for 2031-2033") is the
 * document's term: no date, not planned. A signatory from elsewhere signing where the text places
 * the signing ("in X" before the verb or right after it, the seat of a government "at" X, "at the
 * provincial office" of the home city when no trip is told, or "signed in X" in the sentence
 * before) visited it. A relationship renewed or upgraded ("to renew the twinning", "got upgraded to
 * twin towns") is no document signed; a document upgraded ("upgraded it into a twinning agreement")
 * is, dated from its own verb on.
 *   - the home city is the city the article names most (the first leader's city weighing
 *     more); the partner is the other city it names most, never home's own region nor a city
 *     inside home, and the city rather than the region of the same name when both are named.
 * A title chained before a name ("Conference President Tarnow Mayor X") or inside a proper
 * name ("the Conference of Mayors") is no reference to anyone; who tells the story ("X told
 * reporters that ...") is no actor of it; a country before its city ("Poland's Tarnow") is
 * only its container.
 * Cues of data/event_cues.tsv that govern a trigger make it planned (and a bare verb "and" joins
 * to the one they govern: "will exchange views and sign"), negations drop it (a council's "voted
 * to approve a sister city agreement" is such a cue: the document is still to be signed, so it
 * states no tie); a fronted "After the meeting with X," recalls an event told before; a clause
 * that quotes another pair as an example (data/example_cues.tsv) states nothing. Dates (none at
 * all for an event whose sentence gives a date that cannot be known, "last year" with no
 * publication date, rather than another event's): the date of the
 * event's clause nearest its trigger, its own verb's clause first (between verbs coordinated by
 * "and", "then", "before" or "after": "arrived on Monday and met X on Tuesday"; inside or outside
 * one relative clause: "X, who visited Hanoi in 2019, met Y on March 5"), never a date across a
 * relative clause's bounds (one right after a verb of data/report_verbs.tsv, "said on the 9th", or
 * the dateline's, "TARNOW, July 9, 2024 -", only when the clause has no other), else the date of
 * the event a fronted "Ahead of the signing," or "During the trip," recalls, else the span of the
 * meetings and signings of its trip (an undated visit), else the last dated visit, meeting or
 * agreement near publication it continues (a meeting: the day written since within that one's days,
 * "From May 3-8 ... On Tuesday, May 6, ... we met"; a meeting is one day and takes no trip's span),
 * else the date of the sentence that lists its members ("The party, made up of ..., starts its
 * programme on April 2"), else the story's date (a date of the opening sentences near
 * publication, or the headline's when it is more precise within it, "Pact Signed on March 3,
 * 2019" over "in March 2019", or the only one; an agreement told after the lead takes only
 * the headline's, being background otherwise, like its tie); a visit spans the days of the
 * meetings and signings at its destinations, with its visitors or their city, and of the other
 * stops of its tour (visits by one of its travellers), within two weeks ("flew to Poland on
 * May 2 ... signed there on May 3"; "in Lublin on May 5 ... visited Tarnow on May 6"), and to
 * the day a later sentence says it ends (data/trip_end_cues.tsv: "leaves Tarnow on May 9"), and
 * to the day its own date lists with "and" ("visited Tarnow on Saturday and Sunday").
 * Participant lists and travelling parties:
 *   - people who accompany a visit or join a meeting in the next sentences
 *     (data/accompany_cues.tsv, a cue beside the people: "X accompanied", "included Mayor X")
 *     join it, except who joins a host ("Mayor X was joined by Y": Y is at X's side in the
 *     meetings of the next three sentences, and visits nothing); a visitor's companion ("She
 *     was accompanied by Y") travels whatever city the article gives Y; only more guests ("a
 *     welcome was also extended to ...") join the guests' visit of a reception;
 *   - the visitors of a visit of the story (not one recalled from the past; one to nowhere
 *     named needs several), with the people named after a word of accompanying ("a trade
 *     mission ..., including A and B") and those who accompany it later, are the party that
 *     later references name (data/group_refs.tsv: "we", "the delegation", "his delegation",
 *     "their visit"; a first-person one only when the narrator is of the party, never inside
 *     quotation marks; not one that "of" or "from" qualifies: "the delegation from Velkow"),
 *     within GROUP_SPAN sentences: a visit or meeting whose actor is the party takes its members
 *     (an unnamed delegation's city as a side; a country read from an adjective is no side; a
 *     meeting needs someone outside the party), and the party received in a host's city visited
 *     it; "The delegation, including A, ..." adds A to the
 *     party's trip however far back it was told; "the delegation led by X" names its leader,
 *     who replaces an unnamed delegation's key;
 *   - "Among the participants were A of X and B of Y" (data/participant_cues.tsv) right after
 *     a conference: they took part in it, and those of another city visited its venue, on its
 *     days (no meeting between them: a gathering pairs no one);
 *   - who "attended" or "participated in the meeting" (data/attend_cues.tsv) joined the
 *     meeting told last, within TOLD_SPAN sentences (not "the meeting of the finance
 *     committee", nor one its sentence dates to another day); another occasion ("attended the
 *     signing ceremony") is that meeting only in the sentence right after it; who attends an
 *     occasion "in" a city other than the one the article gives as theirs visited it (not "via
 *     video link", "online": taking part from afar is no visit, nor is signing from afar), or where
 *     the next sentence says the occasion takes place or is held, on its dates (planned when
 *     invited; a venue may be "at the main hall of X", "participate in X");
 *   - a trip's legs ("Lublin, Poland, and Tarnow before heading to Velkow") are one visit's
 *     destinations, and a country one is the city in it that the sentence's next trip word
 *     names ("left for Poland ... for a visit to Tarnow"); "led a 20-member business
 *     delegation to X" is a trip (the words of leading, telling and taking part from afar
 *     are data/party_words.tsv), and "with Councillor Y" right after a trip adds a traveller
 *     (not "to meet with Mayor Z");
 *   - two visits with the same visitors, destinations, date and planning are one trip told
 *     twice ("visited Tarnow ... During the visit, she met the mayor"): one goes, last; so does
 *     a visit by the same visitors to the trip's cities on a day inside the trip's span, and a
 *     meeting of the same participants told again on a day inside an earlier telling's span
 *     ("for an official meeting with Mayor X" in a trip's summary, "On Thursday, we met with
 *     Mayor X") is that meeting, on that day, and one of the same participants on the same day
 *     in the same place (or both from afar) is a copy; a definite agreement ("signed the MOU at
 *     City Hall on Monday") between the same parties, of the same kind and no other year, within
 *     TOLD_SPAN sentences of one told before, is that one (its signatories join it, and its date
 *     when that one had none); two meetings in one city on one day that share two people are
 *     one gathering told twice (a photo caption's "A, B and C at the reception" and the
 *     text's "A welcomed C and D"), with everyone in it.
 * Topics
 * come from data/topics.tsv over the event's sentence and, for meetings and agreements, the
 * next sentences that state no visit, meeting or agreement of their own (what follows a trip
 * tells what the visitors saw, not what the trip was for); the fields of cooperation the article
 * states anywhere (data/field_cues.tsv: "areas such as ...", and the list of topic
 * phrases that qualifies a noun of cooperation: "economic and cultural exchanges", "cooperation
 * in trade, tourism and education", the items of a list such a sentence opens with a colon)
 * are topics of its meetings and agreements too, and the
 * fields of a trip ("a trade mission", "a study visit on recycling") of its visits; a
 * sentence that refers back to a visit or an agreement ("During her visit, ...", "The agreement
 * covers ...") gives its topics to the last one told. A topic word inside the name of a place, of
 * an organisation or of an office ("Port Moresby", "the Tarnow Technology Council", "Minister of
 * Railways and Urban Planning") names no field. Ties come from
 * every agreement that took place between two places, and from statements of a standing
 * relationship ("a sister city of Tarnow for the past 31 years", "a friendship city in 2004,
 * made a sister city in 2012"), `since` from the dates stage's arithmetic (an anniversary
 * counted back from the sentence's date, a duration from the story's year when publication is
 * unknown, none from a loose count: "over forty years"; a founding verb, "established a
 * partnership", takes its clause's date, and so does the goal of a change, "became sister cities
 * in 2012", "upgraded the tie to sister city status", rather than the "since" or count of the tie
 * it changed, "friendship cities since 1993"; a relationship ended, "ended their sister city
 * relationship last month", takes none of its clause's, the ending's; a date after the phrase
 * counts within ten tokens, and not
 * after a phrase that titles a place or is inside a body's name: "toured sister city X from May
 * 2", "the X Sister City Committee met in May"); one place with its
 * partners in the plural, none named
 * ("Tarnow has 23 sister cities"), states no tie, unless it is "one of" them;
 * a planned upgrade is no tie yet, nor is the document of a planned signing ("will arrive to
 * sign the twinning charter"), though an anniversary to come is of a tie that is. Places listed
 * right after the phrase ("twin towns, A in Poland and B", "sister city relationships with A
 * in 1979 and B in 2004") are partners of the place said to have them ("Velk has ... with"),
 * else of the home city, else of the one place before the phrase, each with the year of its
 * own item; a region beside its city only qualifies it,
 * and no place is tied to a region or country that contains it. An agreement's tie starts on
 * the date of its own clause, or on the story's date when the lead (three body sentences)
 * reports it; a renewal ("renewed", "re-signed") dates no tie. Where a sentence reports a
 * signing, its document phrase of the same kind states no further tie (only a `since`). A
 * headline only dates ties the body tells ("Tarnow and Velk mark 40 years of twinning"), and
 * so does a beginning of the pair's relationship told without its kind ("since the two towns
 * forged ties in 1961") when the article tells one kind of tie for the pair. The words of loose
 * counts, founding, holding ("Velk has ...") and beginning, and the bond nouns after a beginning,
 * are data/event_words.tsv ("approx", "found", "hold", "begin", "bond"); the verbs of change and
 * ending are data/event_cues.tsv ("change", "ending").
 */
#include "events.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dates.h"
#include "gazetteer.h"
#include "lexicon.h"
#include "people.h"
#include "pipeline.h"
#include "places.h"
#include "segment.h"
#include "text.h"

const char *const ct_event_type_names[] = {"",       "visit",      "meeting",        "agreement",
                                           "speech", "conference", "cultural_event", "honor"};
const char *const ct_tie_kind_names[] = {"", "sister", "friendship", "mou", "cooperation"};
const char *const ct_topic_names[] = {"tourism",
                                      "climate_environment",
                                      "gender_equity",
                                      "digital_government",
                                      "smart_city",
                                      "culture_arts",
                                      "trade_investment",
                                      "maritime_ports",
                                      "urban_planning_transport",
                                      "energy",
                                      "education_academia",
                                      "health_welfare",
                                      "sports",
                                      "mega_events",
                                      "youth",
                                      "science_technology",
                                      NULL};
_Static_assert(sizeof ct_topic_names / sizeof *ct_topic_names <= 17, "a topic bit fits 16 bits");

#define CLASS_SLOTS 1024 /* ct_events_lex.classes: a power of two, twice the values or more */
#define LINK_SLOTS 64    /* ct_events_lex.links: a power of two, twice the words kept or more */
#define WORD_SLOTS 512   /* ct_events_lex.words: a power of two, twice the keys or more */

/* A key kept in a set of slots by its hash (as ct_tok_key.h), with what is known of it. */
typedef struct {
    const char *key; /* NULL: an empty slot */
    size_t len;
    uint32_t h;
    unsigned bits; /* (ct_events_lex.words: the word's classes) */
} key_slot;

/* The tables the stage reads. */
typedef struct {
    const ct_lexicon *triggers, *kinds, *cues, *topics, *fc, *pairs, *accompany, *examples,
        *host_cues, *reports, *group_refs, *attend, *listed, *party_words, *event_words, *trip_ends,
        *org_heads;
} ev_tables;

struct ct_events_lex {
    ev_tables tab;
    /* the classes (W_*, P_*) of each value of event_words and party_words, and the topic of each
     * value of topics (topic_value()), by its table and its address (what ct_lex_tok() and
     * ct_lex_match() give), read from the value once (value_classes()) */
    struct {
        const ct_lexicon *t; /* NULL: an empty slot */
        const char *v;
        unsigned bits;
    } classes[CLASS_SLOTS];
    /* the lone links of data/field_cues.tsv (lone_link()), by their key's hash (as
     * ct_tok_key.h) */
    key_slot links[LINK_SLOTS];
    /* the keys of event_words and party_words with their classes (word_classes_read()), when
     * all are kept (words_all); by their key's hash likewise */
    key_slot words[WORD_SLOTS];
    int words_all;
};

/* Looks up in lx the tables the stage reads (each NULL when lx has none). */
static void events_lex_find(const ct_lexicons *lx, ev_tables *el)
{
    el->triggers = ct_lex(lx, "event_triggers");
    el->kinds = ct_lex(lx, "agreement_kinds");
    el->cues = ct_lex(lx, "event_cues");
    el->topics = ct_lex(lx, "topics");
    el->fc = ct_lex(lx, "field_cues");
    el->pairs = ct_lex(lx, "pair_phrases");
    el->accompany = ct_lex(lx, "accompany_cues");
    el->examples = ct_lex(lx, "example_cues");
    el->host_cues = ct_lex(lx, "host_cues");
    el->reports = ct_lex(lx, "report_verbs");
    el->group_refs = ct_lex(lx, "group_refs");
    el->attend = ct_lex(lx, "attend_cues");
    el->listed = ct_lex(lx, "participant_cues");
    el->party_words = ct_lex(lx, "party_words");
    el->event_words = ct_lex(lx, "event_words");
    el->trip_ends = ct_lex(lx, "trip_end_cues");
    el->org_heads = ct_lex(lx, "org_heads");
}

#define MAX_HITS 32
#define FIELD_ITEMS 12    /* list items read after a colon that introduces fields */
#define FIELD_ITEM_LEN 12 /* tokens of a list item at most: a longer line is prose */

typedef struct {
    uint32_t tok, ntok;
    int value; /* event type, tie kind or cue */
} hit;

enum { CUE_FUTURE = 1, CUE_NEGATION = 2, CUE_ENDING = 4, CUE_CHANGE = 8 };

#define ATTEND_HITS 4 /* sview.attend */

/* Per-sentence view: the mentions that fall inside it. */
typedef struct {
    size_t sent;
    uint32_t b, e; /* token range */
    const ct_place_mention *places[MAX_HITS];
    uint32_t place_end[MAX_HITS]; /* end of each place with its container ("Tarnow, Poland") */
    size_t nplaces;
    const ct_date_mention *dates[MAX_HITS];
    uint8_t reported[MAX_HITS]; /* the date follows a verb of reporting ("said on the 9th") */
    size_t ndates;
    const ct_person_mention *persons[MAX_HITS];
    size_t npersons;
    const ct_person_mention *unnamed[MAX_HITS]; /* titles without a name, with an affiliation */
    size_t nunnamed;
    hit triggers[MAX_HITS];
    size_t ntriggers;
    hit kinds[MAX_HITS];
    size_t nkinds;
    uint32_t lead_end; /* end of a fronted "After the meeting with X," phrase, or b */
    int cues;          /* CUE_* bits */
    hit fut[MAX_HITS]; /* every future cue */
    size_t nfut;
    hit changes[MAX_HITS]; /* every cue of ending or change ("ended", "upgraded") */
    size_t nchanges;
    uint64_t marks; /* an->lexmask of its word and number tokens, joined (all bits when there is
                     * none): a lexicon whose bit is missing begins no phrase inside it */
    hit attend[ATTEND_HITS]; /* the first cues of data/attend_cues.tsv, read in the walk of the
                              * triggers when the sentence names someone (attend_told() and
                              * attend_visit() ask no other sentence); none for any other */
    size_t nattend;
} sview;

typedef struct {
    ct_analysis *an;
    const ct_lexicon *triggers, *kinds, *cues, *topics;
    uint64_t topic_bit;      /* the topics' mark (ct_lex_bit), or 0 */
    const ct_lexicon *fc;    /* data/field_cues.tsv: fields of cooperation, offices, references */
    const char *home;        /* the article's home city key, or NULL */
    const char *partner;     /* the other city the article is most about, or NULL */
    const ct_lexicon *pairs; /* phrases that refer back to the pair ("the two cities") */
    const ct_lexicon *accompany; /* phrases that add people to the last visit or meeting */
    const ct_lexicon *examples;  /* phrases that quote another story as an example */
    const ct_lexicon *host_cues; /* words that place a meeting at the host's seat */
    const ct_lexicon *reports;   /* verbs of reporting: the date after one is the news's */
    int last_kind;            /* the last specific agreement kind named so far, titles included */
    int title_kind;           /* the last one a headline named */
    const char *trip_visitor; /* a trip announced with dates but no named destination */
    ct_when trip_date;
    size_t trip_sent;
    const hit *trigger;           /* the trigger being read */
    uint32_t kinds_signed;        /* document phrases of the sentence an agreement used (bits) */
    uint32_t kinds_planned;       /* those of them a planned agreement used */
    int story_year;               /* the year of the story's date or publication, or 0 */
    int since_only;               /* tie_add only dates ties told before */
    const char *trip_dest;        /* the first destination of the last visit that took place */
    size_t trip_sent_at;          /* its sentence */
    const char *const *trip_keys; /* all its destinations */
    size_t trip_nkeys;
    int trip_planned;
    const char *const *trip_people; /* and its visitors */
    size_t trip_npeople;
    size_t guest_visit;   /* index of the last visit told as the guests' side of a meeting */
    const char *escorted; /* a host joined by companions ("Mayor X was joined by Y") */
    const char *escort[4];
    size_t nescort, escort_sent;
    const ct_lexicon *group_refs;  /* phrases that refer back to the travelling party */
    const ct_lexicon *attend;      /* words of attendance ("participated in the meeting") */
    const ct_lexicon *listed;      /* "Among the participants were" (participant_cues) */
    const ct_lexicon *party_words; /* leading a party, telling, taking part from afar */
    const ct_lexicon *event_words; /* regions, groups, documents, founding and holding verbs */
    const ct_lexicon *org_heads;   /* organisations' head words: an embassy's (with_party()) */
    uint16_t *wclass;              /* per token, W_KNOWN and its word_classes(), or 0: unread */
    int32_t *named; /* per person, person_named() of their name: a person, -1, or NAMED_UNREAD */
    uint32_t *sent_topics; /* per sentence, TOPICS_KNOWN and sentence_topics(), or 0: unread */
    uint8_t *sent_own;     /* per sentence, sentence_own_event() + 1, or 0: unread */
    struct sent_scan *sent_scan;  /* per sentence, the hits kept for its view (scan_keep()) */
    uint8_t *sent_pair;           /* per sentence, 1 when pair_phrase() is read, or 0 */
    const char **pair_val;        /* per sentence, pair_phrase() once read */
    uint16_t *sent_class;         /* per sentence, W_KNOWN and sentence_classes(), or 0: unread */
    uint64_t wbits;               /* event_words' and party_words' marks, or 0 (no gate) */
    uint64_t ebit, pbit;          /* event_words' mark, party_words' mark, or 0 (no gate) */
    const char *group[CT_EV_MAX]; /* the travelling party last introduced: its members */
    uint8_t ngroup;
    size_t group_sent;             /* the sentence that introduced it or last referred to it */
    size_t group_visit;            /* index of its visit, or SIZE_MAX */
    int group_first;               /* the narrator travels with it: "we" is the party */
    size_t pi, di, mi;             /* cursors into places, dates, person mentions */
    struct sent_memo *memo;        /* the answers kept for the sentence being read, or NULL */
    struct topic_memo *topic_memo; /* TOPIC_MEMO answers of topic_find(), or NULL: not kept */
    const ct_events_lex *lex;      /* the context's tables (the word classes kept), or NULL */
    uint32_t *cands;   /* the tokens of the viewed sentences a topic phrase may start at */
    size_t ncands;     /* (room for every token: each sentence is listed once) */
    uint32_t *cand_at; /* per sentence, 1 + the index in cands of its first, or 0: not listed */
    uint32_t *cand_n;  /* per listed sentence, how many */
} ev_state;

#define TOPIC_MEMO 128 /* slots of ev_state.topic_memo: token i is kept in slot i % 128 */

/* topic_find() of one token to a limit, kept: the sentences' topics are read while events are
 * found and again for the fields of cooperation at the end. Most tokens are never asked (the
 * marks refuse them), so the answers are kept by token in a few slots (the last asked wins a
 * slot), not in one per token of the article. */
typedef struct topic_memo {
    uint32_t tok;  /* the token + 1, or 0: empty */
    uint32_t e;    /* the limit it was read to */
    uint16_t bits; /* topic_find()'s answer (a bit of ct_topic_names' sixteen) */
    uint16_t len;  /* and its *len */
} topic_memo;

#define NAMED_UNREAD (-2) /* ev_state.named: not looked up yet */

#define MEMO_TOKS 256 /* a sentence's first tokens whose answers a sent_memo keeps */

/* The answers about the tokens of one sentence that several walks over it ask for again: the
 * data/field_cues.tsv match at each token, up to the sentence's end (asks with another limit
 * are not kept). Filled on first need. */
typedef struct sent_memo {
    const ct_lexicon *fc;
    uint32_t b, e;
    uint8_t has_fc[MEMO_TOKS];
    uint32_t fc_len[MEMO_TOKS];
    const char *fc_val[MEMO_TOKS];
} sent_memo;

static void memo_start(sent_memo *m, const ct_lexicon *fc, uint32_t b, uint32_t e)
{
    size_t n = e - b < MEMO_TOKS ? e - b : MEMO_TOKS;
    m->fc = fc;
    m->b = b;
    m->e = e;
    memset(m->has_fc, 0, n);
}

/* Is the answer about token i up to limit e one that m keeps? */
static int memo_keeps(const sent_memo *m, uint32_t i, uint32_t e)
{
    return m && e == m->e && i - m->b < MEMO_TOKS; /* (unsigned: a token before b wraps past) */
}

/* fc_match() of a token not yet asked: the match read and kept. Apart, so that the many asks
 * answered from m do not pay for this one's call. */
static size_t fc_read(sent_memo *m, const ct_lexicon *fc, const ct_analysis *an, uint32_t i,
                      uint32_t e) __attribute__((noinline));
static size_t fc_read(sent_memo *m, const ct_lexicon *fc, const ct_analysis *an, uint32_t i,
                      uint32_t e)
{
    uint32_t k = i - m->b;
    m->fc_val[k] = NULL;
    m->fc_len[k] = (uint32_t)ct_lex_match(fc, an, i, e, &m->fc_val[k]);
    m->has_fc[k] = 1;
    return m->fc_len[k];
}

/* ct_lex_match(fc, an, i, e, v), kept in m when m keeps it (m->fc is fc). The callers first
 * pass over the tokens whose mark refuses every cue (which start none): a token asked all the
 * same is read, refused by ct_lex_match() alike, and kept. */
static inline size_t fc_match(sent_memo *m, const ct_lexicon *fc, const ct_analysis *an, uint32_t i,
                              uint32_t e, const char **v)
{
    if (!memo_keeps(m, i, e) || fc != m->fc) return ct_lex_match(fc, an, i, e, v);
    uint32_t k = i - m->b;
    size_t len = m->has_fc[k] ? m->fc_len[k] : fc_read(m, fc, an, i, e);
    *v = m->fc_val[k];
    return len;
}

#define EV_INVITE 15 /* an invitation: a planned visit by the invited */

/* The event type of a table value. Most values asked are of no type ("link", "noun", ...): the
 * first byte names the one type the value may be, and only that name is compared. */
static int type_of(const char *v)
{
    int t;
    switch (*v) {
    case 'v':
        t = CT_EV_VISIT;
        break;
    case 'm':
        t = CT_EV_MEETING;
        break;
    case 'a':
        t = CT_EV_AGREEMENT;
        break;
    case 's':
        t = CT_EV_SPEECH;
        break;
    case 'h':
        t = CT_EV_HONOR;
        break;
    case 'i':
        return strcmp(v, "invite") == 0 ? EV_INVITE : 0;
    case 'c': /* "conference", "cultural_event", or "cultural" for short */
        if (strcmp(v, "cultural") == 0) return CT_EV_CULTURAL;
        t = v[1] == 'o' ? CT_EV_CONFERENCE : CT_EV_CULTURAL;
        break;
    default:
        return 0;
    }
    return strcmp(v, ct_event_type_names[t]) == 0 ? t : 0;
}

#define KIND_GENERIC 0x10 /* "agreement", "pact": a document word that names no kind itself */

/* The tie kind of a table value ("sister", "cooperation generic"), with KIND_GENERIC when the
 * words after its name say "generic"; else 0. Most values asked are of no kind: a name is
 * compared only past its first byte, which the kinds' names do not share. */
static int kind_of(const char *v)
{
    for (int k = CT_KIND_SISTER; k <= CT_KIND_COOPERATION; k++) {
        const char *name = ct_tie_kind_names[k];
        if (*v != *name) continue;
        size_t n = 1;
        while (name[n] && v[n] == name[n])
            n++;
        if (name[n] || (v[n] != '\0' && v[n] != ' ')) continue;
        return k | (v[n] && strstr(v + n, "generic") ? KIND_GENERIC : 0);
    }
    return 0;
}

/* Is key of the kind that prefix ("gn:" a city, "a1:" a region, "cc:" a country) names? Its
 * three bytes compared in place (no call to strncmp(), asked of most pairs of keys compared); a
 * shorter key stops at its NUL, which no prefix byte is. */
static inline int key_of(const char *key, const char prefix[4])
{
    return key[0] == prefix[0] && key[1] == prefix[1] && key[2] == prefix[2];
}

static int is_region_or_city(const char *key)
{
    return key && (key_of(key, "gn:") || key_of(key, "a1:"));
}

static const ct_person *person_of(const ct_analysis *an, const ct_person_mention *pm)
{
    if (pm->person < 0 || (size_t)pm->person >= an->people.n) return NULL;
    return CT_VEC_AT(&an->people, ct_person, pm->person);
}

/* Is token i one of the words of list (lowercase ASCII, NULL-ended), case aside (ct_ieq())? A
 * word is compared only when its first byte is the token's, lowered: most are not. */
static inline int word_in(const ct_analysis *an, uint32_t i, const char *const *list)
{
    if (!(an->toks[i].flags & CT_TOK_WORD)) return 0; /* (every list's words are words) */
    const char *s = ct_tok_text(an, i);
    size_t n = an->toks[i].len;
    char c0 = (char)(s[0] | 0x20); /* (an ASCII letter lowered; no other byte becomes one) */
    for (int j = 0; list[j]; j++)
        if (c0 == list[j][0] && ct_ieq(s, n, list[j])) return 1;
    return 0;
}

/* Does the word of token i end at e or at one space after it (the next token starts after it)? */
static inline int word_ends(const ct_analysis *an, uint32_t i, uint32_t e)
{
    const ct_token *t = &an->toks[i];
    return i + 1 >= e ||
           (an->toks[i + 1].off == t->off + t->len + 1 && an->text[t->off + t->len] == ' ');
}

/* The lexicons a span from token i (a word or number) ending before e may match: its mark
 * (an->lexmask, not NULL), less, when its word ends there (one space after it, or e), the
 * lexicons having no key whose whole first word is its key (an->lexword). ct_lex_match()
 * refuses those by an->lexword too, for every way a word may end, but after its call: most of
 * the words a mark lets through are refused so, here without one. A word that runs on into the
 * next token ("R&D") may begin a longer first word ("r&d"): no table this stage scans has one,
 * so no test here reaches the condition; test_lexicon.c tests ct_lex_match()'s own with
 * "washington, d c". */
static inline uint64_t may_match(const ct_analysis *an, uint32_t i, uint32_t e)
{
    const ct_token *t = &an->toks[i];
    uint64_t m = an->lexmask[i];
    /* an ASCII word shorter than 256 bytes has a key of its own, one word (ct_lex_mark()) */
    if (an->tokkeys && (t->flags & CT_TOK_ALNUM) && t->len < 256 && word_ends(an, i, e))
        m &= an->lexword[i];
    return m;
}

/* Scans lexicon t over tokens [b, e) into hits (non-overlapping, leftmost-longest), and the
 * value of each into vals (when not NULL). */
static size_t scan_values(const ct_analysis *an, const ct_lexicon *t, uint32_t b, uint32_t e,
                          hit *out, const char **vals, size_t max, int (*conv)(const char *))
{
    size_t n = 0;
    uint64_t bit = ct_lex_bit(t); /* a token whose mark lacks it starts no phrase of t */
    const ct_token *toks = an->toks;
    const uint64_t *mark = bit ? an->lexmask : NULL;
    for (uint32_t i = b; i < e && n < max; i++) {
        /* the mark first: it refuses most words (the flags, the tokens it does not mark), here
         * in a loop of its own */
        if (mark) {
            while (i < e && !(mark[i] & bit))
                i++;
            if (i == e) break;
        }
        if (!(toks[i].flags & (CT_TOK_WORD | CT_TOK_NUM))) continue;
        /* the tail of a compound ("pedestrian-friendly city", "eco-friendly") starts nothing */
        if (i > b && !(toks[i].flags & CT_TOK_SPACE) && an->text[toks[i - 1].off] == '-') continue;
        if (mark && !(may_match(an, i, e) & bit)) continue;
        const char *v;
        size_t len = ct_lex_match(t, an, i, e, &v);
        if (!len) continue;
        int val = conv(v);
        if (val && vals) vals[n] = v;
        if (val) out[n++] = (hit){i, (uint32_t)len, val};
        i += (uint32_t)len - 1;
    }
    return n;
}

/* scan_values() without the values. */
static size_t scan(const ct_analysis *an, const ct_lexicon *t, uint32_t b, uint32_t e, hit *out,
                   size_t max, int (*conv)(const char *))
{
    return scan_values(an, t, b, e, out, NULL, max, conv);
}

/* May view v's sentence hold a phrase of lexicon t? Not when no word of it bears t's mark: a
 * walk of its tokens for t can be skipped whole. */
static inline int view_may(const sview *v, const ct_lexicon *t)
{
    uint64_t bit = ct_lex_bit(t);
    return !bit || (v->marks & bit);
}

/* scan() over tokens [b, e) inside view v's sentence: no hits at once when view_may() refuses
 * t (scan() would pass over every token). */
static size_t scan_view(const ct_analysis *an, const sview *v, const ct_lexicon *t, uint32_t b,
                        uint32_t e, hit *out, size_t max, int (*conv)(const char *))
{
    return view_may(v, t) ? scan(an, t, b, e, out, max, conv) : 0;
}

static int str_hit(const char *v)
{
    (void)v;
    return 1;
}

static int cue_of(const char *v)
{
    return strcmp(v, "future") == 0     ? CUE_FUTURE
           : strcmp(v, "negation") == 0 ? CUE_NEGATION
           : strcmp(v, "ending") == 0   ? CUE_ENDING
           : strcmp(v, "change") == 0   ? CUE_CHANGE
                                        : 0;
}

/* Is place q a container of place p: p's country, or the region of city p? */
static int holds_place(const ct_analysis *an, const ct_place_mention *q, const ct_place_mention *p)
{
    if (q->kind == CT_PLACE_COUNTRY)
        return p->kind != CT_PLACE_COUNTRY && !strncmp(p->cc, q->cc, 2);
    if (q->kind != CT_PLACE_ADMIN1 || p->kind != CT_PLACE_CITY || !an->ctx->gaz) return 0;
    ct_gaz_entry g;
    return ct_gaz_get(an->ctx->gaz, p->key, &g) == 0 && g.admin1 && strcmp(g.admin1, q->key) == 0;
}

/* Is q only the container that qualifies place p ("Tarnow, Poland", "Mission, Texas")? */
static int qualifies(const ct_analysis *an, const ct_place_mention *p, const ct_place_mention *q)
{
    uint32_t end = p->tok + p->ntok;
    if (q->tok != end + 1 || !ct_ieq(ct_tok_text(an, end), an->toks[end].len, ",")) return 0;
    return holds_place(an, q, p);
}

/* Is q only the container of p in a possessive ("Poland's Velkow city")? */
static int possessive_of(const ct_analysis *an, const ct_place_mention *q,
                         const ct_place_mention *p)
{
    uint32_t end = q->tok + q->ntok;
    return p->tok == end + 2 && (an->toks[end].flags & CT_TOK_PUNCT) &&
           ct_ieq(ct_tok_text(an, end + 1), an->toks[end + 1].len, "s") && holds_place(an, q, p);
}

/* The classes of data/event_words.tsv (a word's value lists them separated by spaces) and of
 * data/party_words.tsv (a word's value is one), as bits of word_classes(). */
enum {
    W_REGION = 1 << 0,
    W_GROUP = 1 << 1,
    W_MEET = 1 << 2,
    W_ORIGIN = 1 << 3,
    W_DOCUMENT = 1 << 4,
    W_COOP = 1 << 5,
    W_FOUND = 1 << 6,
    W_HOLD = 1 << 7,
    W_BEGIN = 1 << 8,
    W_BOND = 1 << 9,
    W_APPROX = 1 << 10,
    P_LEAD = 1 << 11,
    P_PARTY = 1 << 12,
    P_REPORT = 1 << 13,
    P_REMOTE = 1 << 14,
    W_KNOWN = 1 << 15 /* in ev_state.wclass: the token's classes are read */
};

static const char *const event_classes[] = {"region",   "group", "meet",   "origin",
                                            "document", "coop",  "found",  "hold",
                                            "begin",    "bond",  "approx", NULL};
static const char *const party_classes[] = {"lead", "party", "report", "remote", NULL};

/* The index in event_classes of the one class whose name may begin at v (by its first bytes:
 * only "begin" and "bond" share a first byte), or -1. */
static int event_class_at(const char *v)
{
    switch (v[0]) {
    case 'r':
        return 0;
    case 'g':
        return 1;
    case 'm':
        return 2;
    case 'o':
        return 3;
    case 'd':
        return 4;
    case 'c':
        return 5;
    case 'f':
        return 6;
    case 'h':
        return 7;
    case 'b':
        return v[1] == 'o' ? 9 : 8;
    case 'a':
        return 10;
    default:
        return -1;
    }
}

/* The W_* bits of an event_words value: each class it lists that event_classes names. */
static unsigned event_class_bits(const char *v)
{
    unsigned bits = 0;
    while (v && *v) { /* each class of the value */
        size_t n = 0;
        while (v[n] && v[n] != ' ')
            n++;
        /* the one class the first bytes allow (as type_of()), then its whole name compared */
        int c = event_class_at(v);
        if (c >= 0 && strncmp(v, event_classes[c], n) == 0 && event_classes[c][n] == '\0')
            bits |= 1u << c;
        v += n + (v[n] == ' ');
    }
    return bits;
}

/* The P_* bit of a party_words value: the class it is, whole. */
static unsigned party_class_bit(const char *v)
{
    for (int c = 0; v && party_classes[c]; c++)
        if (strcmp(v, party_classes[c]) == 0) return (unsigned)P_LEAD << c;
    return 0;
}

/* The slot of el->classes for value v of table t, or the empty slot where it would be. */
static size_t class_slot(const ct_events_lex *el, const ct_lexicon *t, const char *v)
{
    size_t k = (size_t)(((uint64_t)(uintptr_t)v >> 3) * 0x9E3779B97F4A7C15u >> 32);
    for (k &= CLASS_SLOTS - 1; el->classes[k].t; k = (k + 1) & (CLASS_SLOTS - 1))
        if (el->classes[k].t == t && el->classes[k].v == v) break;
    return k;
}

#define TOPIC_UPPER (1u << 16) /* topic_value(): the phrase names its topic only in capitals */

/* The topic of a data/topics.tsv value ("trade_investment", "digital_government<TAB>upper"):
 * its bit of ct_topic_names (none for "none"), with TOPIC_UPPER when the value says "upper". */
static unsigned topic_value(const char *v)
{
    const char *tab = strchr(v, '\t');
    size_t vl = tab ? (size_t)(tab - v) : strlen(v);
    unsigned upper = tab && strstr(tab, "upper") ? TOPIC_UPPER : 0;
    for (int t = 0; ct_topic_names[t]; t++)
        if (*v == ct_topic_names[t][0] && strncmp(ct_topic_names[t], v, vl) == 0 &&
            ct_topic_names[t][vl] == '\0')
            return upper | 1u << t;
    return upper;
}

enum { VAL_EVENT, VAL_PARTY, VAL_TOPIC }; /* the tables whose values el->classes keeps */

/* The bits of value v of event_words, party_words or topics (which: VAL_*): those of
 * event_class_bits(), party_class_bit() or topic_value(), read from v. */
static unsigned value_read(int which, const char *v)
{
    return which == VAL_PARTY   ? party_class_bit(v)
           : which == VAL_TOPIC ? topic_value(v)
                                : event_class_bits(v);
}

/* value_read(which, v) of value v (or NULL: 0) of table t: the bits ct_events_lex_open() kept in
 * el (or NULL), else read from v. */
static inline unsigned value_classes(const ct_events_lex *el, const ct_lexicon *t, int which,
                                     const char *v)
{
    if (!v) return 0;
    if (el) {
        size_t k = class_slot(el, t, v);
        if (el->classes[k].t) return el->classes[k].bits;
    }
    return value_read(which, v);
}

/* The slot of set[0..n) (n a power of two) for a key of len bytes hashed h, or the empty slot
 * where it would be. */
static inline size_t key_slot_find(const key_slot *set, size_t n, const char *key, size_t len,
                                   uint32_t h)
{
    size_t k = h & (n - 1);
    for (; set[k].key; k = (k + 1) & (n - 1))
        if (set[k].h == h && set[k].len == len && memcmp(set[k].key, key, len) == 0) break;
    return k;
}

/* The FNV-1a hash of key[0..len), as ct_tok_key.h. */
static uint32_t key_hash(const char *key, size_t len)
{
    uint32_t h = CT_FNV32_SEED;
    for (size_t c = 0; c < len; c++)
        h = CT_FNV32_STEP(h, key[c]);
    return h;
}

/* Is word token i, its word ending at e or at one space (word_ends()), a lone link of el (or
 * NULL: none) when fc is el's data/field_cues.tsv? Its one match in fc, to e, is then itself, a
 * link: a longer span's key would go on from the word's key with a space. */
static int lone_link(const ct_events_lex *el, const ct_lexicon *fc, const ct_analysis *an,
                     uint32_t i, uint32_t e)
{
    const ct_tok_key *k = an->tokkeys ? &an->tokkeys[i] : NULL;
    if (!el || fc != el->tab.fc || !k || !k->key || !(an->toks[i].flags & CT_TOK_WORD) ||
        !word_ends(an, i, e))
        return 0;
    return el->links[key_slot_find(el->links, LINK_SLOTS, k->key, k->len, k->h)].key != NULL;
}

/* Keeps in el the lone links of table fc: its keys of value "link" that no other key goes on
 * from with a space ("and", "of"; not "the": "the visit"). */
static void links_keep(ct_events_lex *el, const ct_lexicon *fc)
{
    size_t n = fc ? ct_lex_count(fc) : 0, kept = 0;
    for (size_t i = 0; i < n && kept < LINK_SLOTS / 2; i++) {
        const char *key, *v, *other;
        ct_lex_entry(fc, i, &key, &v);
        if (!v || strcmp(v, "link") != 0 || strchr(key, ' ')) continue;
        size_t len = strlen(key);
        int lone = 1;
        for (size_t j = 0; j < n && lone; j++) {
            ct_lex_entry(fc, j, &other, &v);
            lone = !(strncmp(other, key, len) == 0 && other[len] == ' ');
        }
        if (!lone) continue;
        uint32_t h = key_hash(key, len);
        size_t k = key_slot_find(el->links, LINK_SLOTS, key, len, h);
        el->links[k].key = key;
        el->links[k].len = len;
        el->links[k].h = h;
        kept++;
    }
}

/* Keeps in el every key of event_words and party_words with its classes, the value_read() of
 * its value in each table joined; el->words_all says that all are kept (no more keys than half
 * the slots), else none is asked. A table holds a key once (the lexicon keeps a key's first
 * line, the one ct_lex_get() and ct_lex_tok() answer with), so each slot takes at most one
 * value of each table. */
static void words_keep(ct_events_lex *el)
{
    const ct_lexicon *tabs[] = {el->tab.event_words, el->tab.party_words};
    size_t kept = 0;
    for (size_t j = VAL_EVENT; j <= VAL_PARTY; j++)
        for (size_t i = 0; tabs[j] && i < ct_lex_count(tabs[j]); i++) {
            const char *key, *v;
            ct_lex_entry(tabs[j], i, &key, &v);
            size_t len = strlen(key);
            uint32_t h = key_hash(key, len);
            key_slot *w = &el->words[key_slot_find(el->words, WORD_SLOTS, key, len, h)];
            if (!w->key && ++kept > WORD_SLOTS / 2) return;
            *w = (key_slot){key, len, h, w->bits | (v ? value_read((int)j, v) : 0)};
        }
    el->words_all = 1;
}

ct_events_lex *ct_events_lex_open(const ct_lexicons *lx)
{
    ct_events_lex *el = calloc(1, sizeof *el);
    if (!el) return NULL;
    events_lex_find(lx, &el->tab);
    const ct_lexicon *tabs[] = {el->tab.event_words, el->tab.party_words, el->tab.topics};
    for (size_t n = 0, j = VAL_EVENT; j <= VAL_TOPIC; j++)
        for (size_t i = 0; tabs[j] && i < ct_lex_count(tabs[j]) && n < CLASS_SLOTS / 2; i++, n++) {
            const char *key, *v;
            ct_lex_entry(tabs[j], i, &key, &v);
            size_t k = class_slot(el, tabs[j], v);
            el->classes[k].t = tabs[j];
            el->classes[k].v = v;
            el->classes[k].bits = value_read((int)j, v);
        }
    links_keep(el, el->tab.fc);
    words_keep(el);
    return el;
}

void ct_events_lex_free(ct_events_lex *el)
{
    free(el);
}

/* word_classes() of a word the marks do not refuse: both tables asked, the answer kept. Apart,
 * so that the many refused asks do not pay for this one's calls. */
static unsigned word_classes_read(const ev_state *st, uint32_t i) __attribute__((noinline));
static unsigned word_classes_read(const ev_state *st, uint32_t i)
{
    const ct_analysis *an = st->an;
    const ct_lexicon *ew = st->event_words, *pw = st->party_words;
    const ct_tok_key *k = an->tokkeys ? &an->tokkeys[i] : NULL;
    const ct_events_lex *el = st->lex;
    unsigned bits;
    if (el && el->words_all && ew == el->tab.event_words && pw == el->tab.party_words && k &&
        k->key) /* the token's key, looked up once in both tables' keys (as ct_lex_tok()) */
        bits =
            k->len ? el->words[key_slot_find(el->words, WORD_SLOTS, k->key, k->len, k->h)].bits : 0;
    else
        bits = (ew ? value_classes(el, ew, VAL_EVENT, ct_lex_tok(ew, an, i)) : 0) |
               (pw ? value_classes(el, pw, VAL_PARTY, ct_lex_tok(pw, an, i)) : 0);
    if (st->wclass) st->wclass[i] = (uint16_t)(bits | W_KNOWN);
    return bits;
}

/* The classes of token i in data/event_words.tsv and data/party_words.tsv (W_* and P_* bits),
 * read once per token and kept in st->wclass. */
static inline unsigned word_classes(const ev_state *st, uint32_t i)
{
    const ct_analysis *an = st->an;
    /* a word whose key is the first word of no key of either table is in neither (ct_lex_tok()
     * refuses it by the same mark); asked before the flags, as it refuses most words */
    if (an->lexword && st->wbits && !(an->lexword[i] & st->wbits)) return 0;
    if (!(an->toks[i].flags & CT_TOK_WORD)) return 0;
    if (st->wclass && st->wclass[i]) return st->wclass[i] & ~(unsigned)W_KNOWN;
    return word_classes_read(st, i);
}

/* Is token i a word of class cls (one P_* bit) in data/party_words.tsv ("lead", "party",
 * "report", "remote")? */
static inline int party_word(const ev_state *st, uint32_t i, unsigned cls)
{
    const ct_analysis *an = st->an;
    /* a word whose key is the first word of no key of the table is none of its words */
    if (st->pbit && an->lexword && !(an->lexword[i] & st->pbit)) return 0;
    return (word_classes(st, i) & cls) != 0;
}

/* Is token i a word of class cls (one W_* bit) in data/event_words.tsv ("region", "group",
 * "meet", "origin", "document", "coop", "found", "hold", "begin", "bond", "approx")? */
static inline int event_word(const ev_state *st, uint32_t i, unsigned cls)
{
    const ct_analysis *an = st->an;
    if (st->ebit && an->lexword && !(an->lexword[i] & st->ebit)) return 0; /* as party_word() */
    return (word_classes(st, i) & cls) != 0;
}

/* The classes of all the words of sentence s (word_classes() of each, joined), read once per
 * article and kept in st->sent_class: a rule that looks for a class inside the sentence reads
 * no token when none of its words has it. */
static unsigned sentence_classes_read(const ev_state *st, size_t s) __attribute__((noinline));
static inline unsigned sentence_classes(const ev_state *st, size_t s)
{
    if (st->sent_class && st->sent_class[s]) return st->sent_class[s] & ~(unsigned)W_KNOWN;
    return sentence_classes_read(st, s);
}

/* sentence_classes() of a sentence not yet read: its words' classes read and kept. Apart, so
 * that the many asks answered from st->sent_class do not pay for this one's call. */
static unsigned sentence_classes_read(const ev_state *st, size_t s)
{
    const ct_analysis *an = st->an;
    unsigned bits = 0;
    const ct_token *toks = an->toks;
    const uint64_t *word = st->wbits ? an->lexword : NULL;
    const uint16_t *known = st->wclass;
    for (uint32_t i = an->sents[s].tok, e = i + an->sents[s].ntok; i < e; i++) {
        /* word_classes(st, i), its refusals and its kept answer read here */
        /* the marks first: they refuse most tokens */
        if ((word && !(word[i] & st->wbits)) || !(toks[i].flags & CT_TOK_WORD)) continue;
        bits |= known && known[i] ? known[i] & ~(unsigned)W_KNOWN : word_classes_read(st, i);
    }
    if (st->sent_class) st->sent_class[s] = (uint16_t)(bits | W_KNOWN);
    return bits;
}

/* The tables view_build() reads, in their order (view_tabs()): triggers, document kinds, cues
 * and, last, the cues of attendance, which the view reads only in a sentence that names
 * someone. */
enum { TAB_TRIGGERS, TAB_KINDS, TAB_CUES, TAB_ATTEND, VIEW_TABS };

/* The hits of the tables view_build() reads, of a sentence read before its view
 * (sentence_own_event(), a headline's kinds) or viewed twice (one that tells a beginning,
 * founding_verb()): the view takes them, so the sentence's tokens are walked once for both. */
typedef struct sent_scan {
    hit *hits;            /* each table's hits, in TAB_* order (arena), or NULL: unread */
    uint8_t n[VIEW_TABS]; /* how many of each */
    uint64_t marks;       /* scan_many()'s *marks */
} sent_scan;

/* One table of scan_many: its hits, as scan(an, t, b, e, out, max, conv) would give them. */
typedef struct {
    const ct_lexicon *t;
    hit *out;
    size_t max;
    int (*conv)(const char *);
    size_t n;      /* hits so far */
    uint32_t next; /* the first token after its last match */
    uint64_t bit;  /* t's mark (ct_lex_bit) */
} scan_tab;

/* scan() of each of the ntab tables over tokens [b, e), in one walk of the tokens: a token no
 * table may start at (by its word flags, its mark, the tail of a compound) is passed over once
 * for all of them. Each table keeps its own cursor, so its hits are scan()'s. *marks gets the
 * marks of the word and number tokens, joined (all bits when there are no marks), and *classes
 * the word_classes() of the words, joined: sentence_classes() of a whole sentence, read in the
 * same walk. With cands (and marks), the walk also lists there the words the marks let a topic
 * phrase start at (topic_at() reads no other), *ncands of them. */
static void scan_many(const ev_state *st, uint32_t b, uint32_t e, scan_tab *tab, size_t ntab,
                      uint64_t *marks, unsigned *classes, uint32_t *cands, size_t *ncands)
{
    const ct_analysis *an = st->an;
    unsigned cls = 0;
    const uint64_t *word = st->wbits ? an->lexword : NULL; /* as sentence_classes() */
    const uint64_t wbits = st->wbits;
    const uint16_t *known = st->wclass;
    uint64_t any = 0; /* the tables' bits, or all when one has none */
    for (size_t k = 0; k < ntab; k++) {
        tab[k].bit = ct_lex_bit(tab[k].t);
        any |= tab[k].bit ? tab[k].bit : ~(uint64_t)0;
        tab[k].n = 0;
        tab[k].next = b;
    }
    const ct_token *toks = an->toks;
    const uint64_t *mark = an->lexmask;
    uint64_t joined = mark ? 0 : ~(uint64_t)0;
    const uint64_t cbit = cands && mark ? st->topic_bit : 0; /* (no bit: none listed) */
    /* a token whose mark has none of these bits starts no phrase of the tables nor a topic
     * phrase, and has no class (a whole first word of a key begins it: the bits of an->lexword
     * are in an->lexmask) */
    const uint64_t gate = any | (word ? wbits : ~(uint64_t)0) | cbit;
    size_t nc = 0;
    for (uint32_t i = b; i < e; i++) {
        if (!(toks[i].flags & (CT_TOK_WORD | CT_TOK_NUM))) continue;
        uint64_t m = mark ? mark[i] : ~(uint64_t)0;
        joined |= m;
        if (!(m & gate)) continue;
        if ((toks[i].flags & CT_TOK_WORD) && (!word || (word[i] & wbits)))
            cls |= known && known[i] ? known[i] & ~(unsigned)W_KNOWN : word_classes_read(st, i);
        uint64_t may = 0;
        int read = 0; /* may is may_match()'s */
        if ((m & cbit) && (toks[i].flags & CT_TOK_WORD)) {
            may = may_match(an, i, e);
            read = 1;
            if (may & cbit) cands[nc++] = i; /* as topic_at() lets it through */
        }
        if (!(m & any)) continue;
        /* the tail of a compound ("pedestrian-friendly city", "eco-friendly") starts nothing */
        if (i > b && !(toks[i].flags & CT_TOK_SPACE) && an->text[toks[i - 1].off] == '-') continue;
        if (!read) may = mark ? may_match(an, i, e) : ~(uint64_t)0;
        if (!(may & any)) continue;
        for (size_t k = 0; k < ntab; k++) {
            scan_tab *s = &tab[k];
            if (i < s->next || s->n >= s->max) continue;
            if (s->bit && !(may & s->bit)) continue;
            const char *v;
            size_t len = ct_lex_match(s->t, an, i, e, &v);
            if (!len) continue;
            int val = s->conv(v);
            if (val) s->out[s->n++] = (hit){i, (uint32_t)len, val};
            s->next = i + (uint32_t)len;
        }
    }
    *marks = joined;
    *classes = cls;
    if (cands) *ncands = nc;
}

/* scan_many() of the ntab tables over sentence s, its marks in *marks; its classes kept in
 * st->sent_class and its topic candidates listed, each sentence's once (st->cands has room for
 * each token once): a sentence is walked again only when its kept walk could not be allocated
 * (scan_keep(), st->sent_own). */
static void sentence_scan(ev_state *st, size_t s, scan_tab *tabs, size_t ntab, uint64_t *marks)
{
    const ct_analysis *an = st->an;
    uint32_t b = an->sents[s].tok, e = b + an->sents[s].ntok;
    unsigned classes;
    int list =
        st->cands && st->cand_at && st->cand_n && st->topic_bit && an->lexmask && !st->cand_at[s];
    size_t ncands = 0;
    scan_many(st, b, e, tabs, ntab, marks, &classes, list ? st->cands + st->ncands : NULL, &ncands);
    if (list) {
        st->cand_at[s] = (uint32_t)st->ncands + 1;
        st->cand_n[s] = (uint32_t)ncands;
        st->ncands += ncands;
    }
    if (st->sent_class) st->sent_class[s] = (uint16_t)(classes | W_KNOWN);
}

/* The VIEW_TABS tables of a sentence's view, in TAB_* order, their hits into trig, kinds and
 * cues (MAX_HITS each) and attend (ATTEND_HITS): the view's own walk and a walk kept for it
 * (sentence_read()) both take them from here, so the kept hits are those the view would read. */
static void view_tabs(const ev_state *st, scan_tab tabs[VIEW_TABS], hit *trig, hit *kinds,
                      hit *cues, hit *attend)
{
    tabs[TAB_TRIGGERS] = (scan_tab){st->triggers, trig, MAX_HITS, type_of, 0, 0, 0};
    tabs[TAB_KINDS] = (scan_tab){st->kinds, kinds, MAX_HITS, kind_of, 0, 0, 0};
    tabs[TAB_CUES] = (scan_tab){st->cues, cues, MAX_HITS, cue_of, 0, 0, 0};
    tabs[TAB_ATTEND] = (scan_tab){st->attend, attend, ATTEND_HITS, str_hit, 0, 0, 0};
}

/* Keeps in st->sent_scan[s] the hits of the VIEW_TABS tables (sentence_scan()'s) and the
 * sentence's marks, for its view to take. */
static void scan_keep(ev_state *st, size_t s, const scan_tab *tabs, uint64_t marks)
{
    size_t nh = 0;
    for (size_t k = 0; k < VIEW_TABS; k++)
        nh += tabs[k].n; /* (0 for a table not read) */
    sent_scan *kept = st->sent_scan ? &st->sent_scan[s] : NULL;
    /* room for one hit at least: hits NULL is a walk not kept */
    if (!kept ||
        !(kept->hits = ct_arena_alloc_raw(st->an->arena, (nh ? nh : 1) * sizeof *kept->hits)))
        return;
    hit *out = kept->hits;
    for (size_t k = 0; k < VIEW_TABS; k++) {
        memcpy(out, tabs[k].out, tabs[k].n * sizeof *out);
        out += tabs[k].n;
        kept->n[k] = (uint8_t)tabs[k].n;
    }
    kept->marks = marks;
}

/* The walk of sentence s before its view, over every table of the view (the cues of attendance
 * too, which the view keeps only for a sentence that names someone: each table's hits are its
 * own, reading one more changes no other's): the hits of table k into h[k] (tabs[k].n of them),
 * kept for the view (scan_keep()). */
static void sentence_read(ev_state *st, size_t s, hit h[VIEW_TABS][MAX_HITS],
                          scan_tab tabs[VIEW_TABS])
{
    view_tabs(st, tabs, h[TAB_TRIGGERS], h[TAB_KINDS], h[TAB_CUES], h[TAB_ATTEND]);
    uint64_t marks;
    sentence_scan(st, s, tabs, st->attend ? VIEW_TABS : TAB_ATTEND, &marks);
    scan_keep(st, s, tabs, marks);
}

/* "led a 20-member delegation to X", "headed a high-level business mission": leading a party
 * (data/party_words.tsv "lead", then "party" after at most five words) is a trip, a visit
 * trigger from the verb to the noun (the trigger lexicon's phrases take no words between).
 * Keeps v->triggers in text order. */
static void led_party(const ev_state *st, sview *v)
{
    const ct_analysis *an = st->an;
    if (!(sentence_classes(st, v->sent) & P_LEAD)) return;
    for (uint32_t i = v->b; i + 2 < v->e && v->ntriggers < MAX_HITS; i++) {
        if (!party_word(st, i, P_LEAD) ||
            !(ct_ieq(ct_tok_text(an, i + 1), an->toks[i + 1].len, "a") ||
              ct_ieq(ct_tok_text(an, i + 1), an->toks[i + 1].len, "an")))
            continue;
        uint32_t n = 0;
        for (uint32_t j = i + 2; j < v->e && j <= i + 7 && !n; j++) {
            if (party_word(st, j, P_PARTY)) n = j;
            const ct_token *t = &an->toks[j];
            if (!n && (t->flags & CT_TOK_PUNCT) && an->text[t->off] != '-') break;
        }
        if (!n) continue;
        size_t at = 0; /* already a trigger inside? */
        int told = 0;
        for (size_t k = 0; k < v->ntriggers; k++) {
            if (v->triggers[k].tok < i) at = k + 1;
            told |= v->triggers[k].tok >= i && v->triggers[k].tok <= n;
        }
        if (told) continue;
        memmove(&v->triggers[at + 1], &v->triggers[at], (v->ntriggers - at) * sizeof *v->triggers);
        v->triggers[at] = (hit){i, n - i + 1, CT_EV_VISIT};
        v->ntriggers++;
        i = n;
    }
}

/* Is date d the dateline's ("TARNOW, July 9, 2024 - ...", "TARNOW, May 3 (Agency) --"), right
 * after the capitalised place that opens the sentence and before its dash or agency? It tells
 * when the story was filed: an event of the sentence prefers another date of its clause. */
static int dateline_date(const ct_analysis *an, const sview *v, const ct_date_mention *d)
{
    uint32_t end = d->tok + d->ntok;
    if (d->tok <= v->b || d->tok > v->b + 6 || end >= v->e ||
        !(an->toks[v->b].flags & CT_TOK_UPPER) || !(an->toks[end].flags & CT_TOK_PUNCT))
        return 0;
    char c = an->text[an->toks[end].off];
    return c == '-' || c == '(' || (unsigned char)c == 0xE2; /* "-", "(", an en or em dash */
}

static int founding_verb(const ev_state *st, size_t s);

/* Fills v with sentence s's view: its token range, the place, date and person mentions inside it
 * (the cursors st->pi, di, mi advance, so sentences are built in order), its triggers, document
 * kinds and cues. */
static void view_build(ev_state *st, size_t s, sview *v)
{
    ct_analysis *an = st->an;
    /* the counts start at zero; the arrays are read only below their counts, so not cleared */
    v->nplaces = v->ndates = v->npersons = v->nunnamed = v->ntriggers = v->nkinds = v->nfut =
        v->nchanges = 0;
    v->cues = 0;
    v->sent = s;
    v->b = an->sents[s].tok;
    v->e = an->sents[s].tok + an->sents[s].ntok;
    while (st->pi < an->places.n && CT_VEC_AT(&an->places, ct_place_mention, st->pi)->tok < v->b)
        st->pi++;
    for (size_t i = st->pi; i < an->places.n; i++) {
        const ct_place_mention *p = CT_VEC_AT(&an->places, ct_place_mention, i);
        if (p->tok >= v->e) break;
        if (v->nplaces && qualifies(an, v->places[v->nplaces - 1], p)) {
            v->place_end[v->nplaces - 1] = p->tok + p->ntok;
            continue;
        }
        if (v->nplaces && possessive_of(an, v->places[v->nplaces - 1], p)) {
            v->places[v->nplaces - 1] = p;
            v->place_end[v->nplaces - 1] = p->tok + p->ntok;
            continue;
        }
        if (v->nplaces < MAX_HITS) {
            v->place_end[v->nplaces] = p->tok + p->ntok;
            v->places[v->nplaces++] = p;
        }
    }
    while (st->di < an->dates.n && CT_VEC_AT(&an->dates, ct_date_mention, st->di)->tok < v->b)
        st->di++;
    for (size_t i = st->di; i < an->dates.n; i++) {
        const ct_date_mention *d = CT_VEC_AT(&an->dates, ct_date_mention, i);
        if (d->tok >= v->e) break;
        if (v->ndates >= MAX_HITS) continue;
        v->reported[v->ndates] =
            (d->tok > v->b && st->reports && ct_lex_tok(st->reports, an, d->tok - 1)) ||
            dateline_date(an, v, d);
        v->dates[v->ndates++] = d;
    }
    while (st->mi < an->person_mentions.n &&
           CT_VEC_AT(&an->person_mentions, ct_person_mention, st->mi)->tok < v->b)
        st->mi++;
    for (size_t i = st->mi; i < an->person_mentions.n; i++) {
        const ct_person_mention *m = CT_VEC_AT(&an->person_mentions, ct_person_mention, i);
        if (m->tok >= v->e) break;
        /* a title chained before a name ("Conference President Velkow Mayor X") is that
         * name's, not a reference to someone else */
        if (m->kind == CT_PERM_TITLE && i + 1 < an->person_mentions.n) {
            const ct_person_mention *n = m + 1;
            uint32_t end = m->tok + m->ntok, gap = 0;
            for (uint32_t k = end; k < n->tok && k < v->e && !gap; k++)
                gap = (an->toks[k].flags & CT_TOK_PUNCT) || !(an->toks[k].flags & CT_TOK_CAP);
            if (n->kind == CT_PERM_NAME && n->tok >= end && n->tok <= end + 3 && !gap) continue;
        }
        /* ... and one inside a proper name ("the Conference of Mayors") refers to no one */
        if (m->kind == CT_PERM_TITLE && m->tok >= v->b + 2 &&
            ct_ieq(ct_tok_text(an, m->tok - 1), an->toks[m->tok - 1].len, "of") &&
            (an->toks[m->tok - 2].flags & CT_TOK_CAP) && (an->toks[m->tok].flags & CT_TOK_CAP))
            continue;
        if (m->person >= 0 && v->npersons < MAX_HITS)
            v->persons[v->npersons++] = m;
        else if (m->person < 0 && m->of[0] && v->nunnamed < MAX_HITS)
            v->unnamed[v->nunnamed++] = m; /* "the Chinese Consul General": a side, no name */
    }
    v->lead_end = v->b;
    static const char *const leads[] = {"after", "following", "before", "during",
                                        "upon",  "ahead",     "prior",  NULL};
    if (word_in(an, v->b, leads))
        for (uint32_t i = v->b + 1; i < v->e && i < v->b + 16; i++)
            if (an->text[an->toks[i].off] == ',' && (an->toks[i].flags & CT_TOK_PUNCT)) {
                v->lead_end = i + 1;
                break;
            }
    hit cues[MAX_HITS];
    scan_tab tabs[VIEW_TABS];
    view_tabs(st, tabs, v->triggers, v->kinds, cues, v->attend);
    /* attend_cues.tsv is read only in a sentence that names someone */
    size_t ntab = st->attend && v->npersons ? VIEW_TABS : TAB_ATTEND;
    const sent_scan *read = st->sent_scan && st->sent_scan[s].hits ? &st->sent_scan[s] : NULL;
    if (read) { /* the sentence's walk was kept (st->sent_scan): its hits, not another walk */
        const hit *h = read->hits;
        for (size_t k = 0; k < VIEW_TABS; k++) {
            tabs[k].n = k < ntab ? read->n[k] : 0; /* (a table the view does not read: none) */
            memcpy(tabs[k].out, h, tabs[k].n * sizeof *h);
            h += read->n[k];
        }
        v->marks = read->marks;
    } else {
        sentence_scan(st, s, tabs, ntab, &v->marks);
        /* a body sentence that tells a beginning is viewed again by the pass that dates the
         * ties (founding_verb()): it takes these hits, of the same tables (the people a
         * sentence names are the earlier stages', which this one does not change) */
        if (!st->since_only && founding_verb(st, s)) scan_keep(st, s, tabs, v->marks);
    }
    v->ntriggers = tabs[TAB_TRIGGERS].n;
    v->nkinds = tabs[TAB_KINDS].n;
    size_t nc = tabs[TAB_CUES].n;
    v->nattend = tabs[TAB_ATTEND].n;
    led_party(st, v);
    /* A fronted phrase may recall an event told before ("Following the meeting with Mayor
     * Park, the ambassador toured the port"): its trigger then states no new event, and the
     * people in it take no part in the main clause's event (see lead_person). */
    size_t w = 0;
    for (size_t i = 0; i < v->ntriggers; i++) {
        const hit *t = &v->triggers[i];
        int told = 0;
        for (size_t k = 0; t->tok < v->lead_end && k < an->events.n && !told; k++)
            told = CT_VEC_AT(&an->events, ct_event, k)->type == t->value;
        if (!told) v->triggers[w++] = *t;
    }
    v->ntriggers = w;
    for (size_t i = 0; i < nc; i++) {
        v->cues |= cues[i].value;
        if (cues[i].value == CUE_FUTURE) v->fut[v->nfut++] = cues[i];
        if (cues[i].value & (CUE_ENDING | CUE_CHANGE)) v->changes[v->nchanges++] = cues[i];
    }
}

/* Is person mention m inside the fronted phrase while the trigger is outside it? */
static int lead_person(const sview *v, const hit *tr, const ct_person_mention *m)
{
    return tr->tok >= v->lead_end && m->tok < v->lead_end && m->kind != CT_PERM_PRONOUN;
}

/* ---- argument helpers ---- */

static int has_str(const char *const *list, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (list[i] && s && strcmp(list[i], s) == 0) return 1;
    return 0;
}

static void add_person(ct_event *e, const char *name)
{
    if (name && e->npeople < CT_EV_MAX && !has_str(e->people, e->npeople, name))
        e->people[e->npeople++] = name;
}

/* Are a and b the same calendar value at the same precision? */
static int same_ymd(ct_ymd a, ct_ymd b)
{
    return a.y == b.y && a.m == b.m && a.d == b.d;
}

static void add_key(ct_event *e, const char *key)
{
    if (key && *key && e->nkeys < CT_EV_MAX && !has_str(e->keys, e->nkeys, key))
        e->keys[e->nkeys++] = key;
}

/* Does key `outer` (a country or region) contain key `inner` (a city or region)? */
static int contains(const ct_analysis *an, const char *outer, const char *inner)
{
    /* only a country holds a region or city, and only a region a city: the keys' kinds
     * refuse every other pair, a key and itself too, before the gazetteer is asked */
    int country = key_of(outer, "cc:");
    if (country ? key_of(inner, "cc:") : !key_of(outer, "a1:") || !key_of(inner, "gn:")) return 0;
    if (!an->ctx->gaz) return 0;
    ct_gaz_entry g;
    if (ct_gaz_get(an->ctx->gaz, inner, &g) < 0) return 0;
    if (country) return strncmp(g.cc, outer + 3, 2) == 0;
    return g.admin1 && strcmp(g.admin1, outer) == 0;
}

/* Keeps the most specific places: a country or region is dropped when a city or region inside
 * it is also among the keys ("Tarnow, Poland", "Mission ... Texas"). */
static void keep_specific(const ct_analysis *an, const char **keys, uint8_t *n)
{
    size_t w = 0;
    for (size_t i = 0; i < *n; i++) {
        int covered = 0;
        for (size_t j = 0; j < *n && !covered; j++)
            covered = j != i && contains(an, keys[i], keys[j]);
        if (!covered) keys[w++] = keys[i];
    }
    *n = (uint8_t)w;
}

/* Are keys a and b named alike in the text ("Tarnow Province", "Tarnow City")? Some
 * mention of each opens with the same word (the first eight mentions of a are compared). */
static int same_name(const ct_analysis *an, const char *a, const char *b)
{
    uint32_t first[8];
    size_t n = 0;
    for (size_t i = 0; i < an->places.n && n < 8; i++) {
        const ct_place_mention *p = CT_VEC_AT(&an->places, ct_place_mention, i);
        if (strcmp(p->key, a) == 0) first[n++] = p->tok;
    }
    for (size_t j = 0; j < an->places.n; j++) {
        const ct_place_mention *q = CT_VEC_AT(&an->places, ct_place_mention, j);
        if (strcmp(q->key, b) != 0) continue;
        for (size_t i = 0; i < n; i++)
            if (an->toks[first[i]].len == an->toks[q->tok].len &&
                strncasecmp(ct_tok_text(an, first[i]), ct_tok_text(an, q->tok),
                            an->toks[q->tok].len) == 0)
                return 1;
    }
    return 0;
}

/* The key a place mention stands for as a party: a region named bare by the name of a city
 * inside it that the article also names (a mention of the city opens with the same word:
 * "Tarnow" beside "Tarnow City, Tarnow Province") is that city, unless the mention marks the
 * region (a data/event_words.tsv "region" word from two tokens before it to one after it:
 * "Tarnow Province", "the Governor of ..."). The key stays in the analysis' mentions,
 * which outlive it. */
static const char *party_key(const ev_state *st, const ct_place_mention *p)
{
    const ct_analysis *an = st->an;
    if (p->kind != CT_PLACE_ADMIN1) return p->key;
    uint32_t e = p->tok + p->ntok < an->ntoks ? p->tok + p->ntok + 1 : p->tok + p->ntok;
    for (uint32_t i = p->tok >= 2 ? p->tok - 2 : 0; i < e; i++) /* "Governor of X", "X State" */
        if (event_word(st, i, W_REGION)) return p->key;
    const char *w = ct_tok_text(an, p->tok);
    size_t wl = an->toks[p->tok].len;
    for (size_t i = 0; i < an->places.n; i++) {
        const ct_place_mention *q = CT_VEC_AT(&an->places, ct_place_mention, i);
        if (q->kind == CT_PLACE_CITY && an->toks[q->tok].len == wl &&
            strncasecmp(ct_tok_text(an, q->tok), w, wl) == 0 && contains(an, p->key, q->key))
            return q->key;
    }
    return p->key;
}

static const char *arena_key(ct_analysis *an, const char *key)
{
    return ct_arena_strndup(an->arena, key, strlen(key));
}

/* The proper date of the clause [b, e) of the sentence nearest to token at; a date that only
 * says when the news was told ("said on the 9th that he is touring ... from the 8th to the
 * 11th") when the clause has no other. */
static const ct_date_mention *clause_date(const sview *v, uint32_t at, uint32_t b, uint32_t e)
{
    const ct_date_mention *best = NULL;
    uint32_t best_dist = UINT32_MAX;
    int best_reported = 1;
    for (size_t i = 0; i < v->ndates; i++) {
        const ct_date_mention *d = v->dates[i];
        if (d->kind != CT_DM_DATE || (d->value.start.y == 0 && d->value.start.m == 0)) continue;
        if (d->tok < b || d->tok >= e) continue;
        uint32_t dist = d->tok >= at ? d->tok - at : at - d->tok;
        if (v->reported[i] > best_reported ||
            (v->reported[i] == best_reported && dist >= best_dist))
            continue;
        best = d;
        best_dist = dist;
        best_reported = v->reported[i];
    }
    return best;
}

/* Dates event e by mention d, when there is one; a date still to come makes it planned ("the
 * signing on June 3" in a May article). */
static void take_date(ct_event *e, const ct_date_mention *d)
{
    if (d) {
        e->date = d->value;
        e->has_date = 1;
        if (d->future) e->planned = 1;
    }
}

/* The event's date is the clause's date nearest its trigger. */
static void set_date_in(ct_event *e, const sview *v, uint32_t at, uint32_t b, uint32_t end)
{
    take_date(e, clause_date(v, at, b, end));
}

/* Is there an event's trigger at token t? */
static int trigger_at(const sview *v, uint32_t t)
{
    for (size_t k = 0; k < v->ntriggers; k++)
        if (v->triggers[k].tok == t) return 1;
    return 0;
}

/* Is token i a comma of the sentence that would end a clause? Not one inside a date or a place
 * ("March 5, 2019", "Tarnow, Poland"), nor the one that closes a place's container ("visited
 * Hanoi, Vietnam, in 2019"), unless an event's trigger follows it (", met ..."). */
static int clause_comma(const ct_analysis *an, const sview *v, uint32_t i)
{
    if (!(an->toks[i].flags & CT_TOK_PUNCT) || an->text[an->toks[i].off] != ',') return 0;
    for (size_t k = 0; k < v->ndates; k++)
        if (i >= v->dates[k]->tok && i < v->dates[k]->tok + v->dates[k]->ntok) return 0;
    for (size_t k = 0; k < v->nplaces; k++) {
        const ct_place_mention *p = v->places[k];
        if (i >= p->tok && i < v->place_end[k]) return 0;
        if (i == v->place_end[k] && i > p->tok + p->ntok && !trigger_at(v, i + 1)) return 0;
    }
    return 1;
}

/* The relative clause of the sentence holding token t (", who first visited Hanoi in 2019,",
 * ", which ...", ", where ..."): the token after the comma that opens it, or 0 when t is in the
 * main clause. The last clause comma before t decides: the clause runs to the next. */
static uint32_t relative_of(const ct_analysis *an, const sview *v, uint32_t t)
{
    static const char *const rel[] = {"who", "which", "where", NULL};
    uint32_t open = 0;
    for (uint32_t i = v->b; i < t; i++)
        if (clause_comma(an, v, i)) open = word_in(an, i + 1, rel) ? i + 1 : 0;
    return open;
}

/* Does "and", "but", "then", "before" or "after" at token i open a verb phrase of its own, an
 * event's trigger right after it or after at most two words that lead a verb ("and met ...",
 * "and was welcomed ...", "and then held talks ...", ", then met ...", "before meeting ...")?
 * Its subject is the one before, its date its own. */
static int verb_coordinated(const ct_analysis *an, const sview *v, uint32_t i)
{
    static const char *const lead[] = {"then", "later", "also", "was",  "were",  "is", "are",
                                       "has",  "have",  "had",  "will", "would", NULL};
    static const char *const conj[] = {"and", "but", "then", "before", "after", NULL};
    if (!word_in(an, i, conj)) return 0;
    uint32_t t = i + 1;
    while (t < v->e && t <= i + 2 && word_in(an, t, lead))
        t++;
    return trigger_at(v, t);
}

/* The event's date: the date of its own clause nearest token at (its trigger), the clause
 * being its part of the sentence between verbs coordinated by "and" ("arrived in Osaka on
 * Monday and met the mayor on Tuesday": the meeting's is Tuesday); else the date nearest it of
 * a verb coordinated with it. A relative clause ("X, who visited Hanoi in 2019, met Y on March
 * 5") and the clause around it date each other's events never: "X, who is on a visit to Seoul,
 * invited Y to a forum in September" tells no date of the visit. A date that only says when the
 * news was told (clause_date()) counts only when there is no other. */
static const ct_date_mention *own_date(const ct_analysis *an, const sview *v, uint32_t at)
{
    const ct_date_mention *best = NULL;
    uint32_t rel = relative_of(an, v, at), best_dist = UINT32_MAX;
    int best_reported = 1, best_own = 0;
    for (size_t i = 0; i < v->ndates; i++) {
        const ct_date_mention *d = v->dates[i];
        if (d->kind != CT_DM_DATE || (d->value.start.y == 0 && d->value.start.m == 0)) continue;
        if (relative_of(an, v, d->tok) != rel) continue;
        int own = 1;
        uint32_t lo = d->tok < at ? d->tok : at, hi = d->tok < at ? at : d->tok;
        for (uint32_t k = lo; k < hi && own; k++)
            own = !verb_coordinated(an, v, k);
        uint32_t dist = hi - lo;
        if (v->reported[i] > best_reported ||
            (v->reported[i] == best_reported &&
             (own < best_own || (own == best_own && dist >= best_dist))))
            continue;
        best = d;
        best_dist = dist;
        best_reported = v->reported[i];
        best_own = own;
    }
    return best;
}

static void set_date(const ct_analysis *an, ct_event *e, const sview *v, uint32_t at)
{
    take_date(e, own_date(an, v, at));
}

static int one_day(const ct_when *w);
static int day_span(const ct_when *w, ct_ymd *a, ct_ymd *b);

/* "visited Tarnow on Saturday and Sunday", "on June 2 and June 3": the day a visit's date d
 * lists after it with "and" is a day of the same trip, which spans to it (within two weeks of its
 * start, as a trip's stops; "in 1996 and 2017" are two trips). */
static void span_listed(const ct_analysis *an, const sview *v, ct_event *e,
                        const ct_date_mention *d)
{
    ct_ymd a, b;
    uint32_t at = d ? d->tok + d->ntok : 0;
    if (!d || at >= v->e || !ct_tok_is(an, at, "and") || !day_span(&e->date, &a, &b)) return;
    for (size_t i = 0; i < v->ndates; i++) {
        const ct_date_mention *n = v->dates[i];
        if (n->tok != at + 1 || n->kind != CT_DM_DATE || !one_day(&n->value)) continue;
        long x = ct_ymd_days(&n->value.start);
        if (n->value.start.y == a.y && x > ct_ymd_days(&b) && x <= ct_ymd_days(&a) + 14)
            e->date.end = n->value.start;
    }
}

/* "Ahead of the signing, X met Y", "After the meeting, ...": an undated event whose
 * sentence opens by recalling an event told before happened when that one did (its date, at
 * any distance from publication). */
static void set_date_recalled(const ev_state *st, ct_event *e, const sview *v)
{
    const ct_analysis *an = st->an;
    if (e->has_date || v->lead_end <= v->b) return;
    hit h[4];
    size_t nh = scan_view(an, v, st->triggers, v->b, v->lead_end, h, 4, type_of);
    for (size_t k = 0; k < nh; k++)
        for (size_t i = an->events.n; i-- > 0;) {
            const ct_event *o = CT_VEC_AT(&an->events, ct_event, i);
            if (o == e || o->type != h[k].value || o->sent >= v->sent) continue;
            if (!o->has_date) break;
            e->date = o->date;
            e->has_date = 1;
            return;
        }
}

/* Is token t inside a place's name ("Port Louis", "Green Bay")? Such words name the place,
 * not a field of cooperation. */
static int in_place_name(const ct_analysis *an, uint32_t t)
{
    size_t lo = 0, hi = an->places.n;
    while (lo < hi) { /* first mention starting after t */
        size_t mid = (lo + hi) / 2;
        if (CT_VEC_AT(&an->places, ct_place_mention, mid)->tok <= t)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k-- > 0;) {
        const ct_place_mention *m = CT_VEC_AT(&an->places, ct_place_mention, k);
        if (m->tok + m->ntok > t) return !(m->flags & CT_PM_DEMONYM);
        if (m->tok + 8 < t) break; /* no name is that long */
    }
    return 0;
}

/* Is token t inside an organisation's name ("Tarnow Technology Council", "Ministry of
 * Economy")? The name names the body, not a field its people discussed. */
static int in_org_name(const ct_analysis *an, uint32_t t)
{
    for (size_t k = 0; k < an->org_mentions.n; k++) {
        const ct_org_mention *m = CT_VEC_AT(&an->org_mentions, ct_org_mention, k);
        if (m->tok > t) break; /* in text order */
        if (t < m->tok + m->ntok) return 1;
    }
    return 0;
}

static int is_word(const ct_analysis *an, uint32_t i, const char *w)
{
    return ct_ieq(ct_tok_text(an, i), an->toks[i].len, w);
}

/* Is token t in the portfolio of an office ("Minister of Railways and Urban Planning",
 * "the director for culture and tourism")? The words after "of" or "for" and an office word of
 * data/field_cues.tsv, through a list of capitalised or topic words, name the office. */
static int in_office_name(const ev_state *st, uint32_t t)
{
    const ct_analysis *an = st->an;
    const ct_lexicon *fc = st->fc;
    if (!fc) return 0;
    for (uint32_t j = t, n = 0; j-- > 0 && n < 8; n++) {
        const ct_token *k = &an->toks[j];
        if (k->flags & CT_TOK_PUNCT) {
            if (an->text[k->off] == ',' || an->text[k->off] == '&') continue;
            return 0;
        }
        if (is_word(an, j, "of") || is_word(an, j, "for")) {
            const char *v = j > 0 ? ct_lex_tok(fc, an, j - 1) : NULL;
            return v && strcmp(v, "office") == 0;
        }
        if (is_word(an, j, "and") || is_word(an, j, "the")) continue;
        if ((k->flags & CT_TOK_CAP) || ct_lex_tok(st->topics, an, j)) continue;
        return 0;
    }
    return 0;
}

/* The topic bits of the data/topics.tsv phrase that starts at word token i (none past token
 * e), its length in *len; 0 when no phrase starts there or it is part of the name of a place
 * or an organisation. */
static uint32_t topic_find(const ev_state *st, uint32_t i, uint32_t e, size_t *len)
{
    const ct_analysis *an = st->an;
    const char *v;
    *len = 0;
    if (!(an->toks[i].flags & CT_TOK_WORD)) return 0;
    size_t n = ct_lex_match(st->topics, an, i, e, &v);
    if (!n) return 0;
    *len = n;
    unsigned topic = value_classes(st->lex, st->topics, VAL_TOPIC, v);
    if ((topic & TOPIC_UPPER) && !(an->toks[i].flags & CT_TOK_UPPER)) return 0;
    if (in_place_name(an, i) || in_org_name(an, i) || in_office_name(st, i)) return 0;
    return topic & ~TOPIC_UPPER;
}

/* topic_kept() of a token whose answer is not kept: topic_find() read, and kept in
 * st->topic_memo. Apart, so that the many asks answered from the memo do not pay for its calls. */
static uint32_t topic_read(const ev_state *st, uint32_t i, uint32_t e, size_t *len)
    __attribute__((noinline));
static uint32_t topic_read(const ev_state *st, uint32_t i, uint32_t e, size_t *len)
{
    uint32_t bits = topic_find(st, i, e, len);
    topic_memo *m = st->topic_memo ? &st->topic_memo[i % TOPIC_MEMO] : NULL;
    if (m && *len <= UINT16_MAX) *m = (topic_memo){i + 1, e, (uint16_t)bits, (uint16_t)*len};
    return bits;
}

/* topic_at() of a token the marks do not refuse: the answer kept in st->topic_memo, else read
 * (topic_read()). */
static inline uint32_t topic_kept(const ev_state *st, uint32_t i, uint32_t e, size_t *len)
{
    const topic_memo *m = st->topic_memo ? &st->topic_memo[i % TOPIC_MEMO] : NULL;
    if (m && m->tok == i + 1 && m->e == e) {
        *len = m->len;
        return m->bits;
    }
    return topic_read(st, i, e, len);
}

/* topic_find() of token i. */
static inline uint32_t topic_at(const ev_state *st, uint32_t i, uint32_t e, size_t *len)
{
    const ct_analysis *an = st->an;
    /* a token that is no word, or whose mark refuses every phrase of data/topics.tsv, starts
     * none: topic_find() would say so after its calls */
    if ((st->topic_bit && an->lexmask && !(an->lexmask[i] & st->topic_bit)) ||
        !(an->toks[i].flags & CT_TOK_WORD) ||
        (st->topic_bit && an->lexmask && !(may_match(an, i, e) & st->topic_bit))) {
        *len = 0;
        return 0;
    }
    return topic_kept(st, i, e, len);
}

static uint32_t topics_of(const ev_state *st, uint32_t b, uint32_t e)
{
    uint32_t bits = 0;
    for (uint32_t i = b; i < e; i++) {
        size_t len;
        bits |= topic_at(st, i, e, &len);
        if (len) i += (uint32_t)len - 1;
    }
    return bits;
}

#define TOPICS_KNOWN (1u << 31) /* in ev_state.sent_topics: the sentence's topics are read */

/* topics_of() of the whole of sentence s, read once per article and kept in st->sent_topics. */
static uint32_t sentence_topics(const ev_state *st, size_t s)
{
    const ct_sentence *cs = &st->an->sents[s];
    if (st->sent_topics && (st->sent_topics[s] & TOPICS_KNOWN))
        return st->sent_topics[s] & ~TOPICS_KNOWN;
    uint32_t bits = 0, e = cs->tok + cs->ntok;
    if (st->cand_at && st->cand_at[s]) { /* topics_of() over the listed tokens alone */
        const uint32_t *c = st->cands + st->cand_at[s] - 1;
        for (uint32_t k = 0, next = cs->tok; k < st->cand_n[s]; k++) {
            if (c[k] < next) continue; /* inside the phrase before */
            size_t len;
            bits |= topic_kept(st, c[k], e, &len);
            if (len) next = c[k] + (uint32_t)len;
        }
    } else {
        bits = topics_of(st, cs->tok, e);
    }
    if (st->sent_topics) st->sent_topics[s] = bits | TOPICS_KNOWN;
    return bits;
}

/* The topics of the phrases that start at the tokens of sentence s, [b, e) (topic_at() of each
 * token, joined; unlike topics_of(), no token is stepped over: a phrase inside another is read
 * too), read up to the first that has a topic outside `have`: the answer has one outside it
 * exactly when some phrase of the sentence has. */
static uint32_t topics_started(const ev_state *st, size_t s, uint32_t b, uint32_t e, uint32_t have)
{
    uint32_t bits = 0;
    size_t len;
    if (st->cand_at && st->cand_at[s]) { /* the listed tokens alone: no other starts one */
        for (uint32_t k = 0; k < st->cand_n[s] && !(bits & ~have); k++)
            bits |= topic_kept(st, st->cands[st->cand_at[s] - 1 + k], e, &len);
        return bits;
    }
    for (uint32_t i = b; i < e && !(bits & ~have); i++)
        bits |= topic_at(st, i, e, &len);
    return bits;
}

/* Does a topic phrase start at some token of sentence s, [b, e) (topic_at() of one) with a
 * topic outside `have`? When none does, the sentence names no field but those of have: its cues
 * and references give no other topics (sentence_topics() holds none) and its lists of fields
 * none (field_step() finds no other). Every token is asked, not only those topics_of() steps
 * on: a phrase inside a name gives no topic but is stepped over whole. */
static int names_topic(const ev_state *st, size_t s, uint32_t b, uint32_t e, uint32_t have)
{
    if (!~have) return 0; /* (every topic) */
    if (st->sent_topics && (st->sent_topics[s] & ~TOPICS_KNOWN & ~have)) return 1;
    return (topics_started(st, s, b, e, have) & ~have) != 0;
}

/* Does sentence s state a visit, meeting or agreement of its own (or an invitation): one of
 * the first four trigger phrases, as scan() reads them? Read once per article, kept in
 * st->sent_own (0 unread, 1 no, 2 yes); asked of the sentences after an event, before their
 * views, which take the hits of its walk (st->sent_scan). */
static int sentence_own_event(ev_state *st, size_t s)
{
    if (st->sent_own && st->sent_own[s]) return st->sent_own[s] == 2;
    hit h[VIEW_TABS][MAX_HITS];
    scan_tab tabs[VIEW_TABS];
    sentence_read(st, s, h, tabs);
    int own = 0;
    const hit *tr = h[TAB_TRIGGERS];
    for (size_t i = 0; i < tabs[TAB_TRIGGERS].n && i < 4; i++)
        own |= tr[i].value <= CT_EV_AGREEMENT || tr[i].value == EV_INVITE;
    if (st->sent_own) st->sent_own[s] = (uint8_t)(own ? 2 : 1);
    return own;
}

/* A phrase of data/field_cues.tsv that refers back to an event: its type, else 0. */
static int ref_type(const char *v)
{
    int t = type_of(v);
    return t >= CT_EV_VISIT && t <= CT_EV_AGREEMENT ? t : 0;
}

static int cue_hit(const char *v)
{
    return *v == '\0';
}

/* The value of a cue of data/field_cues.tsv as a noun whose fields field_topics() reads: 1 for
 * `noun`, 2 for `trip` (a noun of travel), else 0. */
static int field_noun(const char *v)
{
    return *v == 'n' && strcmp(v, "noun") == 0 ? 1 : *v == 't' && strcmp(v, "trip") == 0 ? 2 : 0;
}

/* scan(an, fc, b, e, ..., 2, cue_hit) > 0 as the return value, and scan(an, fc, b, e, refs, 4,
 * ref_type) into refs[0..*nref), in one walk (scan steps over every match alike); and the
 * nouns of fields it steps on (field_noun()) into nouns[0..*nnoun), with *alike set when
 * field_topics() would step on the very tokens: no tail of a compound passed over that it
 * reads, no match at a number, the walk not cut short, no noun left out. The lone links of el
 * (or NULL), one-word matches that are none of these, are passed over unread. */
static int scan_cues(const ct_analysis *an, const ct_events_lex *el, sent_memo *m,
                     const ct_lexicon *fc, uint32_t b, uint32_t e, hit refs[4], size_t *nref,
                     hit nouns[MAX_HITS], size_t *nnoun, int *alike)
{
    int cue = 0, same = 1;
    size_t n = 0, nn = 0;
    uint64_t bit = ct_lex_bit(fc);
    const ct_token *toks = an->toks;
    const uint64_t *mark = bit ? an->lexmask : NULL;
    uint32_t i = b;
    for (; i < e && !(cue && n == 4); i++) {
        /* the mark first: it refuses most words, here in a loop of its own (as scan()) */
        if (mark) {
            while (i < e && !(mark[i] & bit))
                i++;
            if (i == e) break;
        }
        if (!(toks[i].flags & (CT_TOK_WORD | CT_TOK_NUM))) continue;
        if (i > b && !(toks[i].flags & CT_TOK_SPACE) && an->text[toks[i - 1].off] == '-') {
            /* field_topics() reads it */
            if ((toks[i].flags & CT_TOK_WORD) && !(mark && !(may_match(an, i, e) & bit))) same = 0;
            continue;
        }
        if (mark && !(may_match(an, i, e) & bit)) continue;
        if (lone_link(el, fc, an, i, e)) continue;
        const char *v;
        size_t len = fc_match(m, fc, an, i, e, &v);
        if (!len) continue;
        if (!(toks[i].flags & CT_TOK_WORD)) same = 0; /* field_topics() steps on words alone */
        if (*v == '\0') cue = 1;
        int t = ref_type(v), noun = field_noun(v);
        if (t && n < 4) refs[n++] = (hit){i, (uint32_t)len, t};
        if (noun && nn < MAX_HITS)
            nouns[nn++] = (hit){i, (uint32_t)len, noun};
        else if (noun)
            same = 0;
        i += (uint32_t)len - 1;
    }
    *nref = n;
    *nnoun = nn;
    *alike = same && i >= e;
    return cue;
}

/* The first token a step of field_step() may start a phrase of up to n tokens at, to take
 * token i: i itself forwards; backwards the farthest within [b, i], so that the first phrase
 * found to reach i is the longest. */
static inline uint32_t step_from(uint32_t i, uint32_t b, int dir, uint32_t n)
{
    return dir > 0 ? i : i - b >= n - 1 ? i - (n - 1) : b;
}

/* One step of a list of fields from token i, walking by dir (+1 or -1) within [b, e): a
 * topic phrase (its bits in *bits), a link word of data/field_cues.tsv or a list comma;
 * returns the tokens taken (0: the list ends). Backwards a phrase is found by its last token,
 * and the longest that ends there wins, as topics_of() steps over a longer phrase whole:
 * "corporate culture" (none) before a noun, not its "culture". A phrase that runs on past i
 * into the tokens already taken ("smart city initiatives" ends with the noun that the list
 * qualifies) is read too, for its tokens up to i. */
static uint32_t field_step(const ev_state *st, const ct_lexicon *fc, uint32_t i, uint32_t b,
                           uint32_t e, int dir, uint32_t *bits)
{
    const ct_analysis *an = st->an;
    const ct_token *k = &an->toks[i];
    *bits = 0;
    if (k->flags & CT_TOK_PUNCT) return an->text[k->off] == ',' || an->text[k->off] == '&';
    for (uint32_t s = step_from(i, b, dir, 4); s <= i; s++) { /* phrases of up to 4 tokens */
        size_t len;
        uint32_t t = topic_at(st, s, e, &len);
        if (len && (dir > 0 || s + len > i)) {
            *bits = t;
            return dir > 0 ? (uint32_t)len : i + 1 - s;
        }
    }
    const char *v;
    uint64_t bit = ct_lex_bit(fc); /* a token whose mark lacks it starts no cue */
    for (uint32_t s = step_from(i, b, dir, 3); s <= i; s++) {
        size_t len = bit && an->lexmask && !(an->lexmask[s] & bit)
                         ? 0
                         : fc_match(st->memo, fc, an, s, e, &v);
        if (len && *v == 'l' && strcmp(v, "link") == 0 && (dir > 0 || s + len == i + 1))
            return (uint32_t)len;
    }
    return 0;
}

static int noun_hit(const char *v)
{
    return strcmp(v, "noun") == 0;
}

/* The fields listed as items after sentence s when it introduces them with a colon ("Areas of
 * cooperation include the following:" and the short lines "Energy efficiency", "Culture and
 * Sport" under it): the topics of the items, up to the first line of prose. The items are read
 * even where the page-chrome filter took their short bulleted lines for navigation: a body
 * sentence introduced them. */
static uint32_t field_items(const ev_state *st, const ct_lexicon *fc, size_t s)
{
    const ct_analysis *an = st->an;
    const ct_sentence *cs = &an->sents[s];
    hit h[2];
    if (!cs->ntok) return 0;
    const ct_token *last = &an->toks[cs->tok + cs->ntok - 1];
    if (!(last->flags & CT_TOK_PUNCT) || an->text[last->off] != ':') return 0;
    if (!scan(an, fc, cs->tok, cs->tok + cs->ntok, h, 2, cue_hit) &&
        !scan(an, fc, cs->tok, cs->tok + cs->ntok, h, 2, noun_hit))
        return 0;
    uint32_t bits = 0;
    for (size_t k = s + 1; k < an->nsents && k <= s + FIELD_ITEMS; k++) {
        const ct_sentence *ns = &an->sents[k];
        if (ns->ntok > FIELD_ITEM_LEN) break;
        bits |= sentence_topics(st, k);
    }
    return bits;
}

/* Does the list go on from token j to a topic phrase, over link words only? */
static int field_ahead(const ev_state *st, const ct_lexicon *fc, uint32_t j, uint32_t b, uint32_t e,
                       int dir)
{
    for (int k = 0; k < 3 && j >= b && j < e && j != (uint32_t)-1; k++) {
        uint32_t t, n = field_step(st, fc, j, b, e, dir, &t);
        if (!n) return 0;
        if (t) return 1;
        j = dir < 0 ? j - n : j + n;
    }
    return 0;
}

/* The topics of the lists of fields before and after the noun of field_topics() at tokens
 * [i, i + len) inside [b, e). */
static uint32_t field_list(const ev_state *st, const ct_lexicon *fc, uint32_t i, uint32_t len,
                           uint32_t b, uint32_t e)
{
    uint32_t bits = 0;
    for (int dir = -1; dir <= 1; dir += 2) {
        uint32_t j = dir < 0 ? i - 1 : i + len, seen = 0;
        int gap = 0;
        while (j >= b && j < e && j != (uint32_t)-1) {
            uint32_t t, n = field_step(st, fc, j, b, e, dir, &t);
            if (!n) {
                /* one stray word between two fields ("cultural, social and sports") */
                if (gap || !seen || !field_ahead(st, fc, dir < 0 ? j - 1 : j + 1, b, e, dir)) break;
                gap = 1;
                n = 1;
            }
            seen |= t;
            bits |= t;
            j = dir < 0 ? j - n : j + n;
        }
    }
    return bits;
}

/* The fields a sentence names as those of cooperation: the topic phrases in the list that
 * qualifies a noun of data/field_cues.tsv valued `noun` (or `trip`, the nouns of travel), before
 * it ("economic, scientific and cultural exchanges") or after it ("cooperation in trade,
 * tourism and education"). One word that is neither topic nor link may stand inside the list
 * ("trade, practical and cultural spheres"). One pass gives the fields of both kinds of noun:
 * *nouns gets those of `noun` cues, *trips those of `trip` cues (the walk steps over every cue
 * the same way whatever its value). */
static void field_topics(const ev_state *st, const ct_lexicon *fc, uint32_t b, uint32_t e,
                         uint32_t *nouns, uint32_t *trips)
{
    const ct_analysis *an = st->an;
    uint64_t bit = ct_lex_bit(fc); /* a token whose mark lacks it starts no cue */
    const uint64_t *mark = bit ? an->lexmask : NULL;
    for (uint32_t i = b; i < e; i++) {
        const char *v;
        if (mark && !(mark[i] & bit)) continue; /* first: it refuses most words, as scan() */
        if (!(an->toks[i].flags & CT_TOK_WORD) || (mark && !(may_match(an, i, e) & bit))) continue;
        size_t len = fc_match(st->memo, fc, an, i, e, &v);
        int noun = len ? field_noun(v) : 0;
        if (noun) *(noun == 1 ? nouns : trips) |= field_list(st, fc, i, (uint32_t)len, b, e);
        if (len) i += (uint32_t)len - 1;
    }
}

/* Topics of the event's sentence and, for a meeting or an agreement (type), of the next
 * sentences that only elaborate it. The sentences after a trip tell what the visitors saw
 * ("The delegation toured the port and a market"), not the fields of the visit: a visit takes
 * more only from a sentence that refers back to it, or from its trip's fields (ct_events_find). */
static uint32_t event_topics(ev_state *st, size_t s, int type)
{
    ct_analysis *an = st->an;
    uint32_t bits = sentence_topics(st, s);
    for (size_t k = s + 1; type != CT_EV_VISIT && k < an->nsents && k <= s + 2; k++) {
        if (an->sents[k].flags & (CT_SENT_BOILER | CT_SENT_TITLE)) break;
        if (sentence_own_event(st, k)) break;
        bits |= sentence_topics(st, k);
    }
    return bits;
}

/* Is token t inside a clause that quotes another story as an example ("Like Seoul and Paris,
 * which became sister cities in 1991, ...")? An example cue up to 12 tokens before it, with no
 * clause break (";", ":") between. */
static int in_example(const ev_state *st, const sview *v, uint32_t t)
{
    const ct_analysis *an = st->an;
    /* (view_may(): else the walk below would pass over every token) */
    if (!st->examples || !view_may(v, st->examples)) return 0;
    uint32_t b = t > v->b + 12 ? t - 12 : v->b;
    for (uint32_t i = b; i < t; i++) {
        const ct_token *k = &an->toks[i];
        if ((k->flags & CT_TOK_PUNCT) && (an->text[k->off] == ';' || an->text[k->off] == ':'))
            b = i + 1;
    }
    /* a token whose mark lacks the bit starts no cue; the inline ct_lex_match() tests it too,
     * but reads the bit anew for every token, where this test reads it once */
    uint64_t bit = ct_lex_bit(st->examples);
    const uint64_t *mark = bit ? an->lexmask : NULL;
    for (uint32_t i = b; i < t; i++) {
        const char *val;
        if ((mark && !(mark[i] & bit)) || !(an->toks[i].flags & CT_TOK_WORD) ||
            (mark && !(may_match(an, i, t) & bit)) || !ct_lex_match(st->examples, an, i, t, &val))
            continue;
        /* "like" must open a clause: "Like Seoul and Paris, ..." but not "would like to" */
        if (strcmp(val, "clause") == 0 && i > v->b && an->text[an->toks[i - 1].off] != ',' &&
            an->text[an->toks[i - 1].off] != '(')
            continue;
        return 1;
    }
    return 0;
}

/* Is the event of trigger tr planned? A future cue governs it when it stands just before the
 * trigger ("will visit", "plans to sign", "is scheduled to meet", "the upcoming meeting") or is
 * a time still to come after it ("... next year"), or governs the bare verb "and" joins to the
 * trigger ("will exchange views and sign"); "would cooperate" after a meeting that took place
 * does not make the meeting planned. */
static int planned_at(const ct_analysis *an, const sview *v, const hit *tr)
{
    /* "He will then meet the mayor ..., to sign an agreement": a purpose clause takes the
     * future of the verb it serves */
    int purpose = tr->tok > v->b && ct_ieq(ct_tok_text(an, tr->tok - 1), 2, "to") &&
                  an->toks[tr->tok - 1].len == 2;
    /* "will exchange views on tourism and sign a letter of intent": a bare verb joined by
     * "and" to the verb a future cue governs shares its future */
    const char *w = ct_tok_text(an, tr->tok);
    size_t wn = an->toks[tr->tok].len;
    int joined = tr->tok > v->b && ct_ieq(ct_tok_text(an, tr->tok - 1), 3, "and") &&
                 an->toks[tr->tok - 1].len == 3 && !(wn > 2 && ct_ieq(w + wn - 2, 2, "ed")) &&
                 !ct_ieq(w, wn, "met") && !ct_ieq(w, wn, "held") && !ct_ieq(w, wn, "paid");
    for (size_t i = 0; i < v->nfut; i++) {
        const hit *c = &v->fut[i];
        if (c->tok < tr->tok && c->tok + c->ntok + 5 >= tr->tok) return 1;
        if ((purpose || joined) && c->tok < tr->tok) return 1;
        if (c->tok > tr->tok && ct_ieq(ct_tok_text(an, c->tok), 4, "next")) return 1;
    }
    return 0;
}

/* Appends an event of type stated by sentence v, with the people and keys of args (when
 * non-NULL); NULL on out of memory. */
static ct_event *event_new(ev_state *st, int type, const sview *v, const ct_event *args)
{
    ct_event *e = ct_vec_push(st->an->arena, &st->an->events);
    if (!e) return NULL;
    if (args) {
        memcpy(e->people, args->people, sizeof e->people);
        e->npeople = args->npeople;
        memcpy(e->keys, args->keys, sizeof e->keys);
        e->nkeys = args->nkeys;
    }
    e->type = (uint8_t)type;
    e->sent = (uint32_t)v->sent;
    e->evidence = (ct_span){st->an->sents[v->sent].off, st->an->sents[v->sent].len};
    e->planned =
        st->trigger ? (uint8_t)planned_at(st->an, v, st->trigger) : (v->cues & CUE_FUTURE) != 0;
    return e;
}

/* "delegation from X", "X delegation", "officials from X": the city a group comes from (the
 * group's noun is a data/event_words.tsv "origin" word). */
static const char *group_origin(const ev_state *st, const sview *v)
{
    const ct_analysis *an = st->an;
    if (!(sentence_classes(st, v->sent) & W_ORIGIN)) return NULL; /* no group noun to read */
    for (uint32_t i = v->b; i < v->e; i++) {
        if (!event_word(st, i, W_ORIGIN)) continue;
        for (size_t j = 0; j < v->nplaces; j++) {
            const ct_place_mention *p = v->places[j];
            if (p->flags & CT_PM_IN_ORG) continue;
            /* "X delegation" (adjacent before, or "X City delegation") */
            if (p->tok + p->ntok <= i && i - (p->tok + p->ntok) <= 1) return p->key;
            /* "delegation from X" / "delegation of X" */
            if (p->tok > i && p->tok - i <= 3 && i + 1 < v->e &&
                (ct_ieq(ct_tok_text(an, i + 1), an->toks[i + 1].len, "from") ||
                 ct_ieq(ct_tok_text(an, i + 1), an->toks[i + 1].len, "of")))
                return p->key;
            /* "Twelve delegates arrived on Monday from X" */
            if (p->tok > i + 1 && p->tok - i <= 8 &&
                ct_ieq(ct_tok_text(an, p->tok - 1), an->toks[p->tok - 1].len, "from"))
                return p->key;
        }
    }
    return NULL;
}

/* The value of the first phrase of sentence v that refers back to the article's pair ("the two
 * cities", "both sides", "the two mayors": "leaders"), or NULL. Kept per sentence in
 * st->sent_pair and st->pair_val: several rules ask of one sentence. */
static const char *pair_phrase(const ev_state *st, const sview *v)
{
    if (!st->pairs || !st->home || !st->partner) return NULL;
    if (st->sent_pair && st->pair_val && st->sent_pair[v->sent]) return st->pair_val[v->sent];
    hit h[1];
    const char *val = NULL;
    /* scan_view() of the first phrase, with its value */
    if (view_may(v, st->pairs)) scan_values(st->an, st->pairs, v->b, v->e, h, &val, 1, str_hit);
    if (st->sent_pair && st->pair_val) {
        st->sent_pair[v->sent] = 1;
        st->pair_val[v->sent] = val;
    }
    return val;
}

/* Does the sentence refer back to the article's pair ("the two cities", "both sides")? */
static int refers_to_pair(const ev_state *st, const sview *v)
{
    return pair_phrase(st, v) != NULL;
}

/* A delegation from a city: its members named from the sentence before to the two after it
 * (people of that city: "The delegation included Mayor Kim ..."), or the city itself. */
static void add_members(const ct_analysis *an, ct_event *e, const char *origin, size_t sent)
{
    for (size_t i = 0; i < an->person_mentions.n; i++) {
        const ct_person_mention *m = CT_VEC_AT(&an->person_mentions, ct_person_mention, i);
        if (m->sent + 1 < sent || m->sent > sent + 2) continue;
        const ct_person *p = person_of(an, m);
        /* of the city, or of a city in the region ("a delegation from Lubova" read as the
         * province, "Lubova Mayor X") */
        if (p && p->of &&
            (strcmp(p->of, origin) == 0 || (key_of(origin, "a1:") && contains(an, origin, p->of))))
            add_person(e, p->name);
    }
    if (!e->npeople) add_person(e, origin);
}

/* Do tokens [b, e) only join items of a list ("," "and" "(" "▴" "as well as"), or the legs of
 * a trip ("before heading to", "and then on to")? */
static int list_gap(const ct_analysis *an, uint32_t b, uint32_t e)
{
    static const char *const joins[] = {"and",     "or",     "as",        "well",       "then",
                                        "finally", "to",     "before",    "heading",    "headed",
                                        "on",      "onward", "traveling", "travelling", NULL};
    if (e - b > 6) return 0;
    for (uint32_t i = b; i < e; i++) {
        const ct_token *t = &an->toks[i];
        if (t->flags & CT_TOK_PUNCT) {
            char c = an->text[t->off];
            if (c == '.' || c == ';' || c == ':') return 0;
            continue;
        }
        if (!word_in(an, i, joins)) return 0;
    }
    return 1;
}

static int location_word(const ct_analysis *an, uint32_t i)
{
    const char *t = ct_tok_text(an, i);
    size_t n = an->toks[i].len;
    return ct_ieq(t, n, "to") || ct_ieq(t, n, "in") || ct_ieq(t, n, "at");
}

/* Is the trigger a word of arriving ("arrived", "arrives", "came to", "flew from")? */
static int arrival(const ct_analysis *an, const hit *tr)
{
    const char *t = ct_tok_text(an, tr->tok);
    size_t n = an->toks[tr->tok].len;
    uint32_t last = tr->tok + tr->ntok - 1;
    return (n >= 3 && ct_ieq(t, 3, "arr")) || ct_ieq(t, n, "came") ||
           (tr->ntok > 1 && ct_ieq(ct_tok_text(an, last), an->toks[last].len, "from"));
}

#define TRIP_END_SPAN 6 /* sentences after a visit within which its end may be told */
#define TOLD_SPAN 10    /* sentences within which "the meeting" is the one told before */

/* "Councillor Ivo Brand attended the reception", "... participated in the meeting and signing
 * ceremony": a word of attendance (data/attend_cues.tsv) before "the" and a meeting or
 * ceremony noun refers to the meeting told last; the people named join it (with their sides)
 * instead of starting a new one. Returns 1 when they did. */
static int attend_told(ev_state *st, const sview *v, size_t meet)
{
    ct_analysis *an = st->an;
    if (!st->attend || meet == SIZE_MAX || !v->npersons) return 0;
    ct_event *e = CT_VEC_AT(&an->events, ct_event, meet);
    if (e->planned || e->sent + TOLD_SPAN < v->sent) return 0;
    const hit *cues = v->attend; /* (view_build() read them: the sentence names someone) */
    size_t nc = v->nattend;
    size_t nmeet = 0; /* a sentence telling a meeting of its own ("met X, attended the ...") */
    for (size_t i = 0; i < v->ntriggers; i++)
        nmeet += v->triggers[i].value == CT_EV_MEETING;
    for (size_t i = 0; i < v->ntriggers && nmeet <= 1; i++) {
        const hit *t = &v->triggers[i];
        if (t->value != CT_EV_MEETING && t->value != CT_EV_CULTURAL) continue;
        for (size_t c = 0; c < nc; c++) {
            uint32_t end = cues[c].tok + cues[c].ntok; /* "the", then at most one word */
            if (end >= t->tok || t->tok - end > 2 || !ct_ieq(ct_tok_text(an, end), 3, "the") ||
                an->toks[end].len != 3)
                continue;
            /* "the meeting" is the one told; another occasion ("the signing ceremony") is
             * that meeting only right after it */
            if ((t->value != CT_EV_MEETING || t->tok != end + 1) && e->sent + 1 < v->sent) continue;
            /* "the meeting of the finance committee", "the meeting on Friday" when the one told
             * was on another day: another meeting */
            uint32_t after = t->tok + t->ntok;
            if (after < v->e && is_word(an, after, "of")) continue;
            const ct_date_mention *d = clause_date(v, t->tok, v->b, v->e);
            if (d && e->has_date && !same_ymd(d->value.start, e->date.start)) continue;
            for (size_t k = 0; k < v->npersons; k++) {
                const ct_person *p = person_of(an, v->persons[k]);
                if (!p || lead_person(v, t, v->persons[k])) continue;
                add_person(e, p->name);
                if (p->of) add_key(e, p->of);
            }
            return 1;
        }
    }
    return 0;
}

/* Does sentence s give a year or month that cannot be known ("last year", "next month" with no
 * publication date)? Its events keep no date rather than borrow another's, which is surely
 * another year's; an unanchored weekday ("on Friday") is near the story's date and may take
 * it. */
static int unknown_date(const ct_analysis *an, uint32_t s)
{
    for (size_t i = 0; i < an->dates.n; i++) {
        const ct_date_mention *d = CT_VEC_AT(&an->dates, ct_date_mention, i);
        if (d->sent != s || d->kind != CT_DM_DATE || d->value.start.y != 0 || d->value.start.m != 0)
            continue;
        for (uint32_t k = d->tok; k < d->tok + d->ntok; k++) {
            const char *w = ct_tok_text(an, k);
            size_t wn = an->toks[k].len;
            if (ct_ieq(w, wn, "year") || ct_ieq(w, wn, "month")) return 1;
        }
    }
    return 0;
}

/* Is d within two months before or after publication (or is either year unknown)? A lead's
 * "in 2019" recalls the past; the story's own date is news. */
static int near_publication(const ct_analysis *an, const ct_ymd *d)
{
    const ct_ymd *p = &an->published.start;
    if (!an->has_published || p->y <= 0 || d->y <= 0) return 1;
    if (d->m <= 0 || p->m <= 0) return d->y == p->y;
    int months = (p->y - d->y) * 12 + (p->m - d->m);
    return months >= -2 && months <= 2;
}

#define GROUP_SPAN 15 /* sentences a travelling party stays in view after its last mention */

/* Do tokens [b, e) of sentence v name the narrator ("I", or a first-person word of
 * data/group_refs.tsv: "we", "our delegation"), outside quotation marks ("US" is a country)? */
static int first_person(const ev_state *st, const sview *v, uint32_t b, uint32_t e)
{
    const ct_analysis *an = st->an;
    for (uint32_t i = b; i < e; i++) {
        if (!(an->toks[i].flags & CT_TOK_WORD) || (an->toks[i].flags & CT_TOK_UPPER)) continue;
        const char *val = NULL;
        int first = (an->toks[i].len == 1 && an->text[an->toks[i].off] == 'I') ||
                    (st->group_refs && ct_lex_match(st->group_refs, an, i, e, &val) &&
                     strcmp(val, "first") == 0);
        if (first && !ct_segment_quoted(an, v->sent, i)) return 1;
    }
    return 0;
}

/* Do tokens [b, e) of sentence v refer to the travelling party ("we", "the delegation", "their
 * visit") while one is in view? A first-person word counts only when the narrator travels with
 * the party, and never inside quotation marks (the speaker's side) nor as "US" (a country);
 * with `third`, first-person words never count. */
static int group_ref_in(const ev_state *st, const sview *v, uint32_t b, uint32_t e, int third)
{
    const ct_analysis *an = st->an;
    if (!st->group_refs || !st->ngroup || v->sent > st->group_sent + GROUP_SPAN) return 0;
    for (uint32_t i = b; i < e; i++) {
        if (!(an->toks[i].flags & CT_TOK_WORD)) continue;
        const char *val;
        size_t len = ct_lex_match(st->group_refs, an, i, e, &val);
        if (!len) continue;
        if (strcmp(val, "first") == 0 &&
            (third || !st->group_first || (an->toks[i].flags & CT_TOK_UPPER) ||
             ct_segment_quoted(an, v->sent, i))) {
            i += (uint32_t)len - 1;
            continue;
        }
        /* "Mayor X and his delegation": X must be of the party */
        int owner = 1;
        for (size_t k = 0; strcmp(val, "poss") == 0 && k < v->npersons; k++) {
            const ct_person *p = person_of(an, v->persons[k]);
            if (v->persons[k]->tok == i && p) owner = has_str(st->group, st->ngroup, p->name);
        }
        /* "the delegation of the youth council", "the delegation from Velkow": another party,
         * which the words after it name */
        uint32_t after = i + (uint32_t)len;
        if (!owner || (after < e && (is_word(an, after, "of") || is_word(an, after, "from")))) {
            i += (uint32_t)len - 1;
            continue;
        }
        return 1;
    }
    return 0;
}

static int group_ref(const ev_state *st, const sview *v, uint32_t b, uint32_t e)
{
    return group_ref_in(st, v, b, e, 0);
}

/* Adds a member to the travelling party: a person's name, or while none is named the key of
 * the city, region or country an unnamed delegation comes from ("a delegation from Tarnow");
 * the first person named replaces such a key. */
static void group_add(ev_state *st, const char *name)
{
    if (!name) return;
    int key = strchr(name, ':') != NULL;
    size_t w = 0, named = 0;
    for (size_t i = 0; i < st->ngroup; i++) {
        named += !strchr(st->group[i], ':');
        if (key || !strchr(st->group[i], ':')) st->group[w++] = st->group[i];
    }
    st->ngroup = (uint8_t)w;
    if (key && named) return;
    if (st->ngroup < CT_EV_MAX && !has_str(st->group, st->ngroup, name))
        st->group[st->ngroup++] = name;
}

/* The person named name, or NULL. */
static const ct_person *person_lookup(const ct_analysis *an, const char *name)
{
    int32_t idx = name && !strchr(name, ':') ? ct_people_find_name(an, name, strlen(name)) : -1;
    return idx >= 0 ? CT_VEC_AT(&an->people, ct_person, idx) : NULL;
}

/* person_lookup(st->an, name). The names events hold are the people's own `name` strings: the
 * answer for such a string is looked up once per article and kept in st->named (by the index
 * of the person whose string it is; another string is looked up each time). */
static const ct_person *person_named(const ev_state *st, const char *name)
{
    const ct_analysis *an = st->an;
    size_t k = 0;
    while (st->named && name && k < an->people.n &&
           CT_VEC_AT(&an->people, ct_person, k)->name != name)
        k++;
    if (!st->named || !name || k == an->people.n) return person_lookup(an, name);
    if (st->named[k] == NAMED_UNREAD) {
        const ct_person *p = person_lookup(an, name);
        st->named[k] = p ? (int32_t)(p - (const ct_person *)an->people.items) : -1;
    }
    return st->named[k] >= 0 ? CT_VEC_AT(&an->people, ct_person, st->named[k]) : NULL;
}

/* Adds the travelling party to event e: its members, and with `sides` (a meeting) the cities
 * and organisations they represent. */
static void group_join(ev_state *st, ct_event *e, int sides, size_t sent)
{
    for (size_t i = 0; i < st->ngroup; i++) {
        const char *who = st->group[i];
        if (sides && strchr(who, ':')) { /* an unnamed delegation: its city is a side (a
                                          * country read from an adjective is too vague) */
            if (is_region_or_city(who)) add_key(e, who);
            continue;
        }
        add_person(e, who);
        const ct_person *p = sides ? person_named(st, who) : NULL;
        if (p && p->of) add_key(e, p->of);
    }
    st->group_sent = sent;
}

/* Where the reported clause of the trigger starts: after "X told reporters that", "X said
 * that" before the trigger (the one who tells is no actor), else v->b. */
static uint32_t reported_from(const ev_state *st, const sview *v, const hit *tr)
{
    const ct_analysis *an = st->an;
    uint32_t from = v->b;
    if (!(sentence_classes(st, v->sent) & P_REPORT)) return from; /* no verb of telling */
    for (uint32_t k = v->b + 1; k < tr->tok; k++) {
        if (!ct_ieq(ct_tok_text(an, k), an->toks[k].len, "that")) continue;
        for (uint32_t q = k > v->b + 4 ? k - 4 : v->b; q < k; q++)
            if (party_word(st, q, P_REPORT)) from = k + 1;
    }
    return from;
}

/* Does sentence v tell of taking part from afar ("via video link", "virtually", "online")? */
static int remote(const ev_state *st, const sview *v)
{
    if (!(sentence_classes(st, v->sent) & P_REMOTE)) return 0;
    for (uint32_t i = v->b; i < v->e; i++)
        if (party_word(st, i, P_REMOTE)) return 1;
    return 0;
}

/* The earlier visit by people of origin that goes to every destination of e, or NULL: "the X
 * delegation will visit Y", with no member named, retells that trip. */
static ct_event *retold_trip(ct_analysis *an, const char *origin, const ct_event *e)
{
    for (size_t i = 0; i < an->events.n; i++) {
        ct_event *o = CT_VEC_AT(&an->events, ct_event, i);
        if (o->type != CT_EV_VISIT) continue;
        int all = 1;
        for (size_t k = 0; k < e->nkeys && all; k++)
            all = has_str(o->keys, o->nkeys, e->keys[k]);
        for (size_t k = 0; k < o->npeople && all; k++) {
            const ct_person *p = person_lookup(an, o->people[k]);
            if (p && p->of && strcmp(p->of, origin) == 0) return o;
        }
    }
    return NULL;
}

/* Does sentence s tell part of a trip: a word of data/event_triggers.tsv ("met", "signed"), or
 * a person named or titled ("the Mayor of Lublin")? "Lublin is known for its fairs" does not. */
static int tells_trip(const ev_state *st, size_t s)
{
    const ct_analysis *an = st->an;
    for (size_t i = 0; i < an->person_mentions.n; i++) {
        const ct_person_mention *m = CT_VEC_AT(&an->person_mentions, ct_person_mention, i);
        if (m->sent > s) break;
        if (m->sent == s && m->kind != CT_PERM_PRONOUN) return 1;
    }
    hit h[1];
    uint32_t b = an->sents[s].tok;
    return scan(an, st->triggers, b, b + an->sents[s].ntok, h, 1, type_of) > 0;
}

/* A visit to a country names its cities nearby ("toured Poland ... The first city on the
 * route, Lublin, ..."; "flew to Poland" beside "the Mayor of Lublin"): the most specific
 * destination is each city of that country named in the visit's sentence or in one of the three
 * after it that tells part of the trip (not in an organisation's name, not a visitor's home); a
 * visit to a region, each city of it the sentence names ("a courtesy call on the Governor of X
 * at X City Hall"). */
static void refine_countries(const ev_state *st, const sview *v, ct_event *e)
{
    const ct_analysis *an = st->an;
    const char *cities[CT_EV_MAX];
    size_t nc = 0;
    for (size_t k = 0; k < e->nkeys; k++) {
        int country = key_of(e->keys[k], "cc:");
        if (!country && !key_of(e->keys[k], "a1:")) continue;
        for (size_t i = 0; i < an->places.n; i++) {
            const ct_place_mention *p = CT_VEC_AT(&an->places, ct_place_mention, i);
            if (p->sent < v->sent || p->sent > v->sent + (country ? 3 : 0)) continue;
            if (p->sent > v->sent && !tells_trip(st, p->sent)) continue;
            if (p->kind != CT_PLACE_CITY || (p->flags & (CT_PM_DEMONYM | CT_PM_IN_ORG))) continue;
            if (has_str(cities, nc, p->key)) continue;
            if (country ? strncmp(p->cc, e->keys[k] + 3, 2) != 0
                        : !contains(an, e->keys[k], p->key))
                continue;
            int own = 0;
            for (size_t j = 0; j < e->npeople && !own; j++) {
                const ct_person *pp = person_named(st, e->people[j]);
                own = pp && pp->of && strcmp(pp->of, p->key) == 0;
            }
            if (!own && nc < CT_EV_MAX) cities[nc++] = p->key;
        }
    }
    for (size_t i = 0; i < nc; i++)
        add_key(e, cities[i]);
}

/* "in the Chinese capital", "visited the Polish capital": the capital of the country the
 * adjective names (a demonym right after "the" and right before "capital", at or after token
 * from), when the article names that capital somewhere; NULL otherwise. */
static const char *capital_named(const ct_analysis *an, const sview *v, uint32_t from)
{
    if (!an->ctx->gaz) return NULL;
    for (size_t i = 0; i < v->nplaces; i++) {
        const ct_place_mention *d = v->places[i];
        uint32_t end = d->tok + d->ntok;
        if (!(d->flags & CT_PM_DEMONYM) || d->tok < from || d->tok == 0 || end >= v->e) continue;
        if (!ct_ieq(ct_tok_text(an, d->tok - 1), an->toks[d->tok - 1].len, "the") ||
            !ct_ieq(ct_tok_text(an, end), an->toks[end].len, "capital"))
            continue;
        for (size_t k = 0; k < an->places.n; k++) {
            const ct_place_mention *p = CT_VEC_AT(&an->places, ct_place_mention, k);
            ct_gaz_entry g;
            if (p->kind != CT_PLACE_CITY || strncmp(p->cc, d->cc, 2) != 0) continue;
            if (ct_gaz_get(an->ctx->gaz, p->key, &g) == 0 && strcmp(g.feature, "PPLC") == 0)
                return p->key;
        }
    }
    return NULL;
}

/* ---- the events ---- */

static uint32_t clause_end(const ct_analysis *an, uint32_t b, uint32_t e);

/* "Mayor X invited Mayor Y to visit Tarnow": a visit verb that an invitation's object is asked
 * to do ("to" right before it, a person between the two) is that invitation's planned visit by
 * the invited (invite_event()), not a trip of everyone named before it. */
static int invited_to(const ct_analysis *an, const sview *v, const hit *tr)
{
    if (tr->tok == v->b || !is_word(an, tr->tok - 1, "to")) return 0;
    for (size_t i = 0; i < v->ntriggers; i++) {
        const hit *iv = &v->triggers[i];
        if (iv->value != EV_INVITE || iv->tok >= tr->tok || iv->tok + 12 < tr->tok) continue;
        for (size_t k = 0; k < v->npersons; k++)
            if (v->persons[k]->tok >= iv->tok + iv->ntok && v->persons[k]->tok < tr->tok) return 1;
    }
    return 0;
}

/* The visit trigger tr of sentence v states (the file comment's visit rules): appends it to
 * st->an->events, or nothing when no visitor or destination is read; notes the trip and the
 * travelling party in st for the sentences after it. */
static void visit_event(ev_state *st, const sview *v, const hit *tr)
{
    ct_analysis *an = st->an;
    if (invited_to(an, v, tr)) return;
    ct_event e = {0};
    /* visitors: "the first official visit of Governor X to Velkow", "a visit by Mayor Y";
     * else the people before the trigger; else the group's city */
    uint32_t after = tr->tok + tr->ntok;
    if (after < v->e && (ct_ieq(ct_tok_text(an, after), an->toks[after].len, "of") ||
                         ct_ieq(ct_tok_text(an, after), an->toks[after].len, "by")))
        for (size_t i = 0; i < v->npersons; i++) {
            const ct_person_mention *m = v->persons[i];
            const ct_person *p = person_of(an, m);
            if (p && m->tok > after && m->tok <= after + 2) add_person(&e, p->name);
        }
    int named_after = e.npeople > 0;
    /* "... signed the accord when Brand flew to Poland": a subordinate clause has its own
     * subject */
    static const char *const subs[] = {"when",    "while", "after", "before",
                                       "because", "where", "once",  NULL};
    uint32_t clause = v->b;
    for (uint32_t k = v->b; k < tr->tok; k++)
        if (word_in(an, k, subs)) clause = k;
    uint32_t told = reported_from(st, v, tr);
    if (told > clause) clause = told;
    /* "..., and in March the youth council travelled to Lublin": a comma and a conjunction
     * open a clause of its own */
    for (uint32_t k = clause, c; (c = clause_end(an, k, tr->tok)) < tr->tok; k = c + 1)
        clause = c + 1;
    /* "... met Mayor X of Tarnow, who was on a visit to Poland": the relative clause's subject
     * is the person it follows */
    for (uint32_t k = clause + 1; k < tr->tok; k++) {
        if (!ct_ieq(ct_tok_text(an, k), an->toks[k].len, "who")) continue;
        for (size_t i = v->npersons; i-- > 0;)
            if (v->persons[i]->tok < k && v->persons[i]->tok >= clause) {
                clause = v->persons[i]->tok;
                break;
            }
    }
    for (size_t i = 0; i < v->npersons && !named_after; i++) {
        const ct_person_mention *m = v->persons[i];
        if (m->tok > tr->tok) break;
        if (lead_person(v, tr, m) || (m->tok < clause && clause > v->b)) continue;
        const ct_person *p = person_of(an, m);
        if (p) add_person(&e, p->name);
    }
    /* "During his visit to Osaka last month, Mayor X signed ...": the trip a fronted phrase
     * gives to a possessive is the main clause's subject's, the people named after the phrase
     * and before the main clause's own event word */
    static const char *const poss[] = {"his", "her", "their", NULL};
    if (!e.npeople && tr->tok > v->b && tr->tok < v->lead_end && word_in(an, tr->tok - 1, poss)) {
        uint32_t verb = v->e;
        for (size_t i = 0; i < v->ntriggers; i++)
            if (v->triggers[i].tok >= v->lead_end && v->triggers[i].tok < verb)
                verb = v->triggers[i].tok;
        for (size_t i = 0; i < v->npersons; i++) {
            const ct_person_mention *m = v->persons[i];
            const ct_person *p = person_of(an, m);
            if (p && m->tok >= v->lead_end && m->tok < verb && m->tok < v->lead_end + 12)
                add_person(&e, p->name);
        }
    }
    /* "We visited ...", "When the delegation arrived in ...": the travelling party */
    if (!e.npeople && group_ref(st, v, clause, tr->tok)) group_join(st, &e, 0, v->sent);
    const char *origin = group_origin(st, v);
    if (!e.npeople && origin) add_members(an, &e, origin, v->sent);
    if (!e.npeople) {
        /* "The visit of the X Federation to Tarnow": the people of that organisation */
        for (size_t i = 0; i < an->org_mentions.n; i++) {
            const ct_org_mention *om = CT_VEC_AT(&an->org_mentions, ct_org_mention, i);
            if (om->tok < tr->tok || om->tok >= v->e || om->tok > tr->tok + tr->ntok + 3) continue;
            const char *org = CT_VEC_AT(&an->orgs, ct_org, om->org)->name;
            for (size_t k = 0; k < an->people.n; k++) {
                const ct_person *p = CT_VEC_AT(&an->people, ct_person, k);
                if (p->of && strcmp(p->of, org) == 0) add_person(&e, p->name);
            }
            break;
        }
    }
    if (!e.npeople) return;
    /* destinations: the list of places right after the trigger ("toured Tarnow, Lublin and
     * Velkow", "a visit to Korea") that are not a visitor's home */
    uint32_t prev = 0; /* end of the last destination, with its container */
    /* "a visit to Lowbridge in 1975, ... friends in Tarnow": a destination the tables lack
     * ("to" and a capitalised name that is no place) is not some later place */
    uint32_t to = tr->tok + tr->ntok;
    int unknown = to + 1 < v->e && ct_ieq(ct_tok_text(an, to), an->toks[to].len, "to") &&
                  (an->toks[to + 1].flags & CT_TOK_CAP) && !ct_places_covering(an, to + 1);
    for (size_t i = 0; i < v->npersons && unknown; i++) /* "a visit to Mayor X of Y" */
        unknown = !(v->persons[i]->tok >= to + 1 && v->persons[i]->tok <= to + 3);
    for (size_t i = 0; i < v->nplaces && !unknown; i++) {
        const ct_place_mention *p = v->places[i];
        if (p->tok < tr->tok || (p->flags & (CT_PM_DEMONYM | CT_PM_IN_ORG))) continue;
        if (prev && !list_gap(an, prev, p->tok)) break;
        prev = v->place_end[i];
        /* a place is home to the party when it is the group's city (an unnamed group's own
         * key), or the city of every visitor whose city is known (one host among the guests
         * does not make it home) */
        int own = origin && strcmp(origin, p->key) == 0, homes = 0, away = 0;
        for (size_t k = 0; k < e.npeople && !own; k++) {
            const ct_person *pp = person_named(st, e.people[k]);
            own = strcmp(e.people[k], p->key) == 0;
            if (!pp || !pp->of) continue;
            if (strcmp(pp->of, p->key) == 0)
                homes++;
            else
                away++;
        }
        if (!own && !(homes && !away)) add_key(&e, p->key);
    }
    /* "a trade mission to Asia ..., including Director Ivo Brand and Councillor Mia Lind",
     * "visited Tarnow together with Councillor Lind": the people named after a word of
     * accompanying travel too, up to a meeting or signing the sentence goes on to (its other
     * side), and never the hosts of the destinations */
    hit cue[1];
    int has_cue = st->accompany && scan_view(an, v, st->accompany, after, v->e, cue, 1, str_hit);
    /* "traveled to Lublin with Councillor X": "with" right before a person, not part of a
     * meeting phrase ("to meet with Mayor Y") */
    for (uint32_t k = after; k + 1 < v->e && !has_cue; k++) {
        if (!ct_ieq(ct_tok_text(an, k), an->toks[k].len, "with")) continue;
        int in_trigger = 0;
        for (size_t i = 0; i < v->ntriggers && !in_trigger; i++)
            in_trigger = v->triggers[i].value != CT_EV_VISIT && v->triggers[i].tok <= k &&
                         k < v->triggers[i].tok + v->triggers[i].ntok + 1;
        for (size_t i = 0; i < v->npersons && !in_trigger && !has_cue; i++)
            if (v->persons[i]->tok > k && v->persons[i]->tok <= k + 4) {
                int caps = 1; /* only a title between: "with Deputy Mayor X" */
                for (uint32_t q = k + 1; q < v->persons[i]->tok; q++)
                    caps &= (an->toks[q].flags & CT_TOK_CAP) != 0;
                if (caps) {
                    cue[0] = (hit){k, 1, 0};
                    has_cue = 1;
                }
            }
    }
    if (has_cue) {
        uint32_t stop = v->e;
        for (size_t i = 0; i < v->ntriggers; i++)
            if (v->triggers[i].tok > cue[0].tok && v->triggers[i].value != CT_EV_VISIT &&
                v->triggers[i].tok < stop)
                stop = v->triggers[i].tok;
        for (size_t i = 0; i < v->npersons; i++) {
            const ct_person_mention *m = v->persons[i];
            const ct_person *p = person_of(an, m);
            if (!p || m->tok < cue[0].tok + cue[0].ntok || m->tok >= stop) continue;
            if (!(p->of && has_str(e.keys, e.nkeys, p->of))) add_person(&e, p->name);
        }
    }
    /* "visited the Polish capital" */
    const char *capital = e.nkeys ? NULL : capital_named(an, v, tr->tok);
    if (capital) add_key(&e, capital);
    /* "Nine delegates arrived Friday from Velkow", "Mayor X of Velkow arrived": a group
     * or a person from elsewhere that arrived came to the city the story is told from */
    const char *from = origin;
    for (size_t k = 0; k < e.npeople && !from; k++) {
        const ct_person *pp = person_named(st, e.people[k]);
        if (pp && is_region_or_city(pp->of)) from = pp->of;
    }
    if (!e.nkeys && from && st->home && strcmp(from, st->home) != 0 &&
        !contains(an, from, st->home) && !contains(an, st->home, from) && arrival(an, tr))
        add_key(&e, st->home);
    /* "Y, who was touring Poland": the clause tells a trip at large, not its stops */
    int relative = 0;
    for (uint32_t k = v->b; k < tr->tok && !relative; k++)
        relative = ct_ieq(ct_tok_text(an, k), an->toks[k].len, "who");
    if (!relative) refine_countries(st, v, &e);
    keep_specific(an, e.keys, &e.nkeys);
    /* "left for Germany on Wednesday for a three-day visit to Leipzig": a country, and the
     * city in it that the sentence's next trip word names, is that city */
    int countries = e.nkeys > 0;
    for (size_t k = 0; k < e.nkeys && countries; k++)
        countries = key_of(e.keys[k], "cc:");
    for (size_t t = 0; t < v->ntriggers && countries; t++) {
        const hit *nt = &v->triggers[t];
        if (nt->value != CT_EV_VISIT || nt->tok <= tr->tok) continue;
        for (size_t i = 0; i < v->nplaces; i++) {
            const ct_place_mention *p = v->places[i];
            if (p->tok < nt->tok + nt->ntok || (p->flags & (CT_PM_DEMONYM | CT_PM_IN_ORG)))
                continue;
            if (p->tok > nt->tok + nt->ntok + 1) break; /* right after it ("visit to X") */
            for (size_t k = 0; k < e.nkeys; k++)
                if (contains(an, e.keys[k], p->key)) {
                    e.keys[k] = p->key;
                    countries = 0;
                }
            break;
        }
    }
    /* no one visits the country or region they are at home in ("Mayor X of Seoul met Y, who
     * was on a visit to Korea") */
    if (e.nkeys) {
        size_t w = 0;
        for (size_t k = 0; k < e.npeople; k++) {
            const ct_person *pp = person_named(st, e.people[k]);
            int home = pp && is_region_or_city(pp->of);
            for (size_t d = 0; d < e.nkeys && home; d++)
                home = contains(an, e.keys[d], pp->of);
            if (!home) e.people[w++] = e.people[k];
        }
        e.npeople = (uint8_t)w;
        if (!e.npeople) return;
    }
    /* the visitors are the travelling party that "we" and "the delegation" refer to next;
     * a trip recalled from the past ("the Prince's visit in 1975") is not the story's, and a
     * trip to nowhere named needs a party of several ("X and I joined a mission to Asia") */
    const ct_date_mention *when = own_date(an, v, tr->tok);
    int recalled =
        (when && !near_publication(an, &when->value.start)) || (!e.nkeys && e.npeople < 2);
    if (!recalled && (!has_str(e.people, e.npeople, st->group[0]) || e.npeople > st->ngroup)) {
        st->ngroup = 0;
        st->group_visit = SIZE_MAX;
        for (size_t i = 0; i < e.npeople; i++)
            group_add(st, e.people[i]);
        /* "X and I joined ...", "we": the narrator travels with the party, so "we" is it */
        st->group_first = first_person(st, v, v->b, tr->tok);
    }
    if (!recalled) st->group_sent = v->sent;
    if (!e.nkeys) {
        /* "X will tour Eurasia from June 26 until July 4": the trip's dates, for the sentence
         * that names its cities */
        if (when) {
            st->trip_date = when->value;
            st->trip_visitor = e.people[0];
            st->trip_sent = v->sent;
        }
        return;
    }
    ct_event *retold = origin && e.npeople == 1 && strcmp(e.people[0], origin) == 0
                           ? retold_trip(an, origin, &e)
                           : NULL;
    if (retold) { /* what the retelling adds is the trip's */
        retold->topics |= event_topics(st, v->sent, CT_EV_VISIT);
        return;
    }
    ct_event *out = event_new(st, CT_EV_VISIT, v, &e);
    if (!out) return;
    if (!recalled && st->ngroup && has_str(out->people, out->npeople, st->group[0]))
        st->group_visit = an->events.n - 1;
    st->trip_dest = out->keys[0];
    st->trip_keys = out->keys;
    st->trip_nkeys = out->nkeys;
    st->trip_people = out->people;
    st->trip_npeople = out->npeople;
    st->trip_sent_at = v->sent;
    st->trip_planned = out->planned;
    take_date(out, when);
    span_listed(an, v, out, when);
    if (!out->has_date && st->trip_visitor && v->sent <= st->trip_sent + 2 &&
        has_str(out->people, out->npeople, st->trip_visitor)) {
        out->date = st->trip_date;
        out->has_date = 1;
    }
    out->topics = event_topics(st, v->sent, CT_EV_VISIT);
}

/* "met with the heads of major local governments", "held talks with officials": a meeting
 * verb whose object is an unnamed group (data/event_words.tsv: the trigger's first word a
 * "meet" word, a "group" noun within six words after it). */
static int meets_group(const ev_state *st, const sview *v, const hit *tr)
{
    if (!event_word(st, tr->tok, W_MEET)) return 0;
    for (uint32_t i = tr->tok + tr->ntok; i < v->e && i < tr->tok + tr->ntok + 6; i++)
        if (event_word(st, i, W_GROUP)) return 1;
    return 0;
}

/* The place an organisation's name holds ("the Lubova Provincial Assembly Federation",
 * "the Velkow Bureau of Commerce"), or NULL. */
static const char *org_place(const ct_analysis *an, const char *org)
{
    for (size_t i = 0; i < an->org_mentions.n; i++) {
        const ct_org_mention *om = CT_VEC_AT(&an->org_mentions, ct_org_mention, i);
        if (strcmp(CT_VEC_AT(&an->orgs, ct_org, om->org)->name, org) != 0) continue;
        for (size_t k = 0; k < an->places.n; k++) {
            const ct_place_mention *p = CT_VEC_AT(&an->places, ct_place_mention, k);
            if (p->tok >= om->tok && p->tok < om->tok + om->ntok && p->kind != CT_PLACE_COUNTRY)
                return p->key;
        }
    }
    return NULL;
}

/* The first mayor or governor of place key named in the article, or NULL. */
static const char *leader_of(const ct_analysis *an, const char *key)
{
    for (size_t i = 0; key && i < an->people.n; i++) {
        const ct_person *p = CT_VEC_AT(&an->people, ct_person, i);
        if (p->of && strcmp(p->of, key) == 0 &&
            (p->title == CT_TITLE_MAYOR || p->title == CT_TITLE_GOVERNOR))
            return p->name;
    }
    return NULL;
}

/* "the two mayors": when the sentence names the article's pair by its leaders, they join e. */
static void add_pair_leaders(const ev_state *st, const sview *v, ct_event *e)
{
    const char *val = pair_phrase(st, v);
    if (val && strcmp(val, "leaders") == 0) {
        add_person(e, leader_of(st->an, st->home));
        add_person(e, leader_of(st->an, st->partner));
    }
}

/* Does the clause after the trigger put the meeting at the seat of p's government ("met at
 * the General Office of the People's Government of Tarnow Municipality", "at Tarnow City
 * Hall")? */
static int seat_at(const ct_analysis *an, const hit *tr, const ct_place_mention *p)
{
    if (!(p->flags & CT_PM_GOV) || p->tok < tr->tok + tr->ntok) return 0;
    for (uint32_t k = p->tok; k-- > tr->tok + tr->ntok;) {
        const ct_token *t = &an->toks[k];
        if ((t->flags & CT_TOK_PUNCT) &&
            (an->text[t->off] == ',' || an->text[t->off] == ';' || an->text[t->off] == ':'))
            return 0;
        if (ct_ieq(ct_tok_text(an, k), t->len, "at")) return p->tok - k <= 12;
    }
    return 0;
}

static int definite(const ct_analysis *an, const sview *v, uint32_t g);

/* Does the meeting trigger tr refer back to the meeting told last ("Velk said after the online
 * meeting")? It does when a definite determiner opens it and every person of e took part in
 * that meeting, told in an earlier sentence within TOLD_SPAN: the sentence adds no meeting. */
static int meeting_told(const ev_state *st, const sview *v, const hit *tr, const ct_event *e)
{
    const ct_analysis *an = st->an;
    if (!e->npeople || !definite(an, v, tr->tok)) return 0;
    for (size_t i = an->events.n; i-- > 0;) {
        const ct_event *m = CT_VEC_AT(&an->events, ct_event, i);
        if (m->type != CT_EV_MEETING) continue;
        if (m->sent >= v->sent || m->sent + TOLD_SPAN < v->sent) return 0;
        for (size_t k = 0; k < e->npeople; k++)
            if (!has_str(m->people, m->npeople, e->people[k])) return 0;
        return 1;
    }
    return 0;
}

/* The meeting trigger tr of sentence v states (the file comment's meeting rules): appends it,
 * and the guests' visit to the host's city when the meeting makes one, to st->an->events; nothing
 * when fewer than two sides are read. */
static void meeting_event(ev_state *st, const sview *v, const hit *tr)
{
    ct_analysis *an = st->an;
    ct_event e = {0};
    uint32_t told = reported_from(st, v, tr);
    for (size_t i = 0; i < v->npersons; i++) {
        const ct_person *p = person_of(an, v->persons[i]);
        if (!p || lead_person(v, tr, v->persons[i]) || v->persons[i]->tok < told) continue;
        add_person(&e, p->name);
        if (p->of) add_key(&e, p->of);
    }
    /* "Mayor Velk was joined by Director Brand": the host's companions, in the next sentences */
    if (st->nescort && v->sent <= st->escort_sent + 3 && has_str(e.people, e.npeople, st->escorted))
        for (size_t i = 0; i < st->nescort; i++) {
            const ct_person *p = person_named(st, st->escort[i]);
            add_person(&e, st->escort[i]);
            if (p && p->of) add_key(&e, p->of);
        }
    /* "we met with Mayor Velk", "Mayor Velk welcomed the delegation": the travelling party */
    int by_party = group_ref(st, v, tr->tok >= v->lead_end ? v->lead_end : v->b, v->e);
    if (by_party) group_join(st, &e, 1, v->sent);
    const char *origin = group_origin(st, v);
    if (origin) add_key(&e, origin);
    for (size_t i = 0; i < v->nunnamed; i++)
        add_key(&e, arena_key(an, v->unnamed[i]->of));
    /* "officials from the Incheon Port Authority": the organisation a group comes from */
    for (size_t i = 0; i < an->org_mentions.n; i++) {
        const ct_org_mention *om = CT_VEC_AT(&an->org_mentions, ct_org_mention, i);
        if (om->tok < tr->tok || om->tok >= v->e) continue;
        uint32_t k = om->tok - 1;
        if (ct_ieq(ct_tok_text(an, k), an->toks[k].len, "the") && k > v->b) k--;
        if (ct_ieq(ct_tok_text(an, k), an->toks[k].len, "from") ||
            ct_ieq(ct_tok_text(an, k), an->toks[k].len, "of"))
            add_key(&e, CT_VEC_AT(&an->orgs, ct_org, om->org)->name);
    }
    if (e.npeople < 2 && e.nkeys < 2) {
        /* one side named: the other is the home city when the sentence names it */
        for (size_t i = 0; i < v->nplaces && e.nkeys < 2; i++) {
            const ct_place_mention *p = v->places[i];
            if (p->kind != CT_PLACE_COUNTRY && !(p->flags & (CT_PM_DEMONYM)) && st->home &&
                strcmp(p->key, st->home) == 0)
                add_key(&e, p->key);
        }
    }
    if (refers_to_pair(st, v)) {
        /* "During the meeting, the two mayors agreed ...": the pair's leaders */
        if (e.nkeys < 2) {
            add_key(&e, st->home);
            add_key(&e, st->partner);
        }
        add_pair_leaders(st, v, &e);
    }
    if (e.npeople < 2 && e.nkeys < 2 && !(e.npeople == 1 && meets_group(st, v, tr))) return;
    if (meeting_told(st, v, tr, &e)) return;
    /* the party alone is no meeting: someone outside it is met ("we met with Mayor X", "City
     * employees welcomed us" with the host city's seat named) */
    if (by_party) {
        int outside = 0;
        for (size_t i = 0; i < e.npeople && !outside; i++)
            outside = !has_str(st->group, st->ngroup, e.people[i]);
        for (size_t i = 0; i < e.nkeys && !outside; i++) {
            int theirs = has_str(st->group, st->ngroup, e.keys[i]);
            for (size_t k = 0; k < st->ngroup && !theirs; k++) {
                const ct_person *p = person_named(st, st->group[k]);
                theirs = p && p->of && strcmp(p->of, e.keys[i]) == 0;
            }
            outside = !theirs;
        }
        if (!outside) return;
    }
    ct_event *out = event_new(st, CT_EV_MEETING, v, &e);
    if (!out) return;
    /* where: a city named after "in" (after "to" for a welcome: "welcomed the mayor to
     * Tarnow"), else the home city */
    int welcome = 0;
    for (uint32_t i = tr->tok; i < tr->tok + tr->ntok && !welcome; i++)
        welcome = an->toks[i].len >= 7 && ct_ieq(ct_tok_text(an, i), 6, "welcom");
    uint32_t guests_end = tr->tok; /* "to" the place comes after the guests, not "to Tarnow
                                    * councillor X" */
    for (size_t i = 0; i < v->npersons; i++)
        if (v->persons[i]->tok > guests_end) guests_end = v->persons[i]->tok;
    /* "Tarnow hosted a delegation from Lublin": the city that hosts or receives is where */
    for (size_t i = 0; i < v->nplaces && !out->place; i++) {
        const ct_place_mention *p = v->places[i];
        if (p->kind == CT_PLACE_COUNTRY || (p->flags & (CT_PM_DEMONYM | CT_PM_IN_ORG)) ||
            v->place_end[i] != tr->tok)
            continue;
        const char *t = ct_tok_text(an, tr->tok);
        size_t tn = an->toks[tr->tok].len;
        if ((tn >= 4 && ct_ieq(t, 4, "host")) || (tn >= 6 && ct_ieq(t, 6, "receiv")) ||
            (tn >= 6 && ct_ieq(t, 6, "welcom")))
            out->place = p->key;
    }
    for (size_t i = 0; i < v->nplaces && !out->place; i++) {
        const ct_place_mention *p = v->places[i];
        if (p->kind == CT_PLACE_COUNTRY || (p->flags & (CT_PM_DEMONYM | CT_PM_IN_ORG)) ||
            p->tok == 0)
            continue;
        const char *w = ct_tok_text(an, p->tok - 1);
        size_t wn = an->toks[p->tok - 1].len;
        if (ct_ieq(w, wn, "in") || (welcome && p->tok > guests_end && ct_ieq(w, wn, "to")) ||
            seat_at(an, tr, p)) {
            out->place = p->key;
            break;
        }
    }
    /* "Mayor X of Tarnow received a delegation": who hosts, receives or welcomes is at home;
     * in the passive ("the delegation was received at City Hall by Mayor X") the host is the
     * one after "by" */
    const char *t0 = ct_tok_text(an, tr->tok);
    size_t t0n = an->toks[tr->tok].len;
    int hosting = (t0n >= 4 && ct_ieq(t0, 4, "host")) || (t0n >= 6 && ct_ieq(t0, 6, "receiv")) ||
                  (t0n >= 6 && ct_ieq(t0, 6, "welcom"));
    int passive = 0;
    if (hosting && tr->tok > v->b) {
        const char *w = ct_tok_text(an, tr->tok - 1);
        size_t wn = an->toks[tr->tok - 1].len;
        passive = ct_ieq(w, wn, "was") || ct_ieq(w, wn, "were") || ct_ieq(w, wn, "been") ||
                  ct_ieq(w, wn, "be") || ct_ieq(w, wn, "is") || ct_ieq(w, wn, "are");
    }
    for (size_t i = 0; passive && !out->place && i < v->npersons; i++) {
        const ct_person_mention *m = v->persons[i];
        if (m->tok <= tr->tok || m->tok > tr->tok + 12) continue;
        int by = 0;
        for (uint32_t k = m->tok; k-- > tr->tok && m->tok - k <= 3 && !by;)
            by = ct_ieq(ct_tok_text(an, k), an->toks[k].len, "by");
        const ct_person *p = person_of(an, m);
        if (by && p && is_region_or_city(p->of)) out->place = p->of;
        if (by) break;
    }
    if (!out->place && hosting && !passive)
        for (size_t i = v->npersons; i-- > 0;) {
            const ct_person_mention *m = v->persons[i];
            if (m->tok >= tr->tok) continue;
            const ct_person *p = person_of(an, m);
            /* the host's own "of Tarnow" may stand between ("Councillor X of Tarnow received") */
            uint32_t end = m->tok + m->ntok;
            int of = end < tr->tok && ct_ieq(ct_tok_text(an, end), an->toks[end].len, "of");
            /* a host of a body is at the body's city ("the Chair of Tarnow County Council") */
            const char *home = !p || !p->of         ? NULL
                               : strchr(p->of, ':') ? p->of
                                                    : org_place(an, p->of);
            if (end + (of ? 4 : 1) >= tr->tok && home && is_region_or_city(home) &&
                !lead_person(v, tr, m))
                out->place = home;
            break;
        }
    /* "paid a courtesy call on Mayor X", "a courtesy visit to Mayor X": the one called on is
     * the host, met in their city */
    uint32_t tend = tr->tok + tr->ntok;
    int call = 0;
    for (uint32_t k = tr->tok; k < tend && !call; k++)
        call = ct_ieq(ct_tok_text(an, k), an->toks[k].len, "courtesy") ||
               ct_ieq(ct_tok_text(an, k), an->toks[k].len, "call");
    if (!out->place && call && tend < v->e &&
        (ct_ieq(ct_tok_text(an, tend), an->toks[tend].len, "on") ||
         ct_ieq(ct_tok_text(an, tend), an->toks[tend].len, "to")))
        for (size_t i = 0; i < v->npersons; i++) {
            const ct_person *p = person_of(an, v->persons[i]);
            if (v->persons[i]->tok <= tend || v->persons[i]->tok > tend + 5) continue;
            if (p && is_region_or_city(p->of)) out->place = p->of;
            break;
        }
    /* "met his counterpart in the Polish capital" */
    if (!out->place) out->place = capital_named(an, v, tr->tok);
    if (!out->place && st->trip_dest) {
        /* a meeting during a visit by one of its participants, told in the same paragraph or
         * just after, is held where they went: the destination that is another participant's
         * city ("will tour Lublin ... He will then meet Mayor Lind of Lublin"), else the
         * first */
        int near = an->sents[v->sent].para == an->sents[st->trip_sent_at].para ||
                   v->sent <= st->trip_sent_at + 2;
        for (size_t i = 0; st->trip_planned == out->planned && i < out->npeople && !out->place;
             i++) {
            if (!has_str(st->trip_people, st->trip_npeople, out->people[i])) continue;
            for (size_t k = 0; k < out->nkeys && !out->place; k++)
                if (has_str(st->trip_keys, st->trip_nkeys, out->keys[k])) out->place = out->keys[k];
            if (!out->place && near) out->place = st->trip_dest;
        }
    }
    int at_home = 0;
    /* a meeting held from afar ("by video link", "online") is in no city the text does not say */
    if (!out->place && !remote(st, v)) {
        out->place = st->home;
        at_home = 1;
    }
    set_date(an, out, v, tr->tok);
    set_date_recalled(st, out, v);
    out->topics = event_topics(st, v->sent, CT_EV_MEETING);

    /* Guests from elsewhere met in the host's city visited it; people meeting on neutral
     * ground (a forum in a third city) make no visit. */
    if (out->planned || !out->place || remote(st, v)) return;
    /* a place assumed, not read, needs a word of hosting ("at City Hall", "received") */
    hit hc[2];
    if (at_home && !(st->host_cues && scan_view(an, v, st->host_cues, v->b, v->e, hc, 2, str_hit)))
        return;
    int hosted = st->home && strcmp(out->place, st->home) == 0;
    for (size_t i = 0; i < v->npersons && !hosted; i++) {
        const ct_person *p = person_of(an, v->persons[i]);
        const char *home = !p || !p->of ? NULL : strchr(p->of, ':') ? p->of : org_place(an, p->of);
        hosted = home && strcmp(home, out->place) == 0;
    }
    if (!hosted) return;
    ct_event visit = {0};
    for (size_t i = 0; i < v->npersons; i++) {
        const ct_person *p = person_of(an, v->persons[i]);
        if (!p || !p->of || strcmp(p->of, out->place) == 0) continue;
        if (lead_person(v, tr, v->persons[i])) continue;
        if (p->title == CT_TITLE_CONSUL_GENERAL || p->title == CT_TITLE_CONSUL) continue;
        const char *home = strchr(p->of, ':') ? p->of : org_place(an, p->of);
        if (!home || strcmp(home, out->place) == 0 || contains(an, home, out->place)) continue;
        add_person(&visit, p->name);
    }
    /* the travelling party, except its members at home there */
    for (size_t i = 0; by_party && i < st->ngroup; i++) {
        if (strchr(st->group[i], ':')) { /* an unnamed delegation from elsewhere */
            if (strcmp(st->group[i], out->place) != 0) add_person(&visit, st->group[i]);
            continue;
        }
        const ct_person *p = person_named(st, st->group[i]);
        if (!p || (p->of && strcmp(p->of, out->place) == 0)) continue;
        const char *home = !p->of ? NULL : strchr(p->of, ':') ? p->of : org_place(an, p->of);
        if (home && (strcmp(home, out->place) == 0 || contains(an, home, out->place))) continue;
        add_person(&visit, p->name);
    }
    /* "Tarnow hosted a delegation from Velkow": the group's city visited */
    if (!visit.npeople && origin && strcmp(origin, out->place) != 0)
        add_members(an, &visit, origin, v->sent);
    if (!visit.npeople) return;
    ct_event *vo = ct_vec_push(an->arena, &an->events);
    if (!vo) return;
    st->guest_visit = an->events.n - 1;
    memcpy(vo->people, visit.people, sizeof visit.people);
    vo->npeople = visit.npeople;
    vo->type = CT_EV_VISIT;
    vo->keys[0] = out->place;
    vo->nkeys = 1;
    out = CT_VEC_AT(&an->events, ct_event, an->events.n - 2);
    vo->date = out->date;
    vo->has_date = out->has_date;
    vo->sent = out->sent;
    vo->evidence = out->evidence;
}

/* "Mayor Velk invited Mayor Brand to Tarnow's Green Harbour Week", "invited the delegation to
 * Lublin": the invited people (after the verb) plan a visit to the place named after them,
 * else to the inviter's city. */
static void invite_event(ev_state *st, const sview *v, const hit *tr)
{
    ct_analysis *an = st->an;
    ct_event e = {0};
    const char *host = NULL;
    uint32_t after = tr->tok + tr->ntok;
    for (size_t i = 0; i < v->npersons; i++) {
        const ct_person *p = person_of(an, v->persons[i]);
        if (!p) continue;
        if (v->persons[i]->tok < tr->tok) {
            if (!host && is_region_or_city(p->of)) host = p->of;
        } else if (v->persons[i]->tok <= after + 8) {
            add_person(&e, p->name);
            after = v->persons[i]->tok + v->persons[i]->ntok;
        }
    }
    if (!e.npeople && after + 1 < v->e && ct_ieq(ct_tok_text(an, after), 4, "each") &&
        ct_ieq(ct_tok_text(an, after + 1), 5, "other") && st->home && st->partner) {
        /* "They invited each other to exchange visits": each leader to the other's city */
        const char *side[2][2] = {{st->home, st->partner}, {st->partner, st->home}};
        for (int k = 0; k < 2; k++) {
            const char *who = leader_of(an, side[k][0]);
            ct_event *out = who ? event_new(st, CT_EV_VISIT, v, NULL) : NULL;
            if (!out) continue;
            add_person(out, who);
            add_key(out, side[k][1]);
            out->planned = 1;
        }
        return;
    }
    /* "to ask the Velkow City officials to Tarnow": the group's city */
    const char *origin = e.npeople ? NULL : group_origin(st, v);
    if (origin) {
        add_person(&e, origin);
        for (size_t i = 0; i < v->nplaces; i++)
            if (strcmp(v->places[i]->key, origin) == 0 && v->places[i]->tok >= after)
                after = v->places[i]->tok + v->places[i]->ntok;
    }
    if (!e.npeople) return;
    for (size_t i = 0; i < v->nplaces; i++) {
        const ct_place_mention *p = v->places[i];
        if (p->tok < after || (p->flags & (CT_PM_DEMONYM | CT_PM_IN_ORG))) continue;
        /* "invited Brand, and firms from Lublin, to Tarnow's expo": where the invited come from
         * is no destination */
        if (ct_ieq(ct_tok_text(an, p->tok - 1), an->toks[p->tok - 1].len, "from")) continue;
        /* "inviting the Governor of Lubova to the expo in Tarnow": the invited's own place,
         * named with their title, is no destination either */
        int own = 0;
        for (size_t k = 0; k < e.npeople && !own; k++) {
            const ct_person *pp = person_named(st, e.people[k]);
            own = pp && pp->of && strcmp(pp->of, p->key) == 0 && p->tok <= after + 2;
        }
        if (own) continue;
        add_key(&e, p->key);
        break;
    }
    if (origin && e.nkeys && strcmp(e.keys[0], origin) == 0) return;
    if (!e.nkeys) add_key(&e, host ? host : st->home);
    keep_specific(an, e.keys, &e.nkeys);
    /* the invited's own city is no destination */
    for (size_t k = 0; k < e.npeople && e.nkeys; k++) {
        int32_t idx = ct_people_find_name(an, e.people[k], strlen(e.people[k]));
        const ct_person *p = idx >= 0 ? CT_VEC_AT(&an->people, ct_person, idx) : NULL;
        if (p && p->of && strcmp(p->of, e.keys[0]) == 0) return;
    }
    if (!e.nkeys) return;
    ct_event *out = event_new(st, CT_EV_VISIT, v, &e);
    if (!out) return;
    out->planned = 1;
    set_date(an, out, v, tr->tok);
    out->planned = 1;
}

/* The kind hit nearest the trigger, preferring one after it; its index, or -1. */
static int nearest_kind(const sview *v, const hit *tr)
{
    int best = -1;
    for (size_t i = 0; i < v->nkinds; i++) {
        if (v->kinds[i].tok >= tr->tok) return (int)i;
        best = (int)i;
    }
    return best;
}

/* Does a definite determiner open the noun phrase ending at token g ("the agreement", "the
 * partnership agreements", "their MOU")? */
static int definite(const ct_analysis *an, const sview *v, uint32_t g)
{
    static const char *const dets[] = {"the", "this", "that", "these", "those", "their",
                                       "its", "his",  "her",  "our",   "said",  NULL};
    for (uint32_t t = g; t > v->b && t + 3 > g; t--) {
        if (!(an->toks[t - 1].flags & CT_TOK_WORD)) break;
        if (word_in(an, t - 1, dets)) return 1;
    }
    return 0;
}

/* Is the word at token i one that refers back to an agreement told before ("similar
 * agreements", "such a pact", "the same agreement")? */
static int refers_back(const ct_analysis *an, const sview *v, uint32_t i)
{
    static const char *const back[] = {"similar", "such", "same", NULL};
    for (uint32_t k = i > v->b + 2 ? i - 2 : v->b; k < i; k++)
        if (word_in(an, k, back)) return 1;
    return 0;
}

/* Does token q open a document's qualifier ("on", "of" or "for": "an agreement on twinning")? */
static int qualifier_word(const ct_analysis *an, uint32_t q)
{
    static const char *const preps[] = {"on", "of", "for", NULL};
    return word_in(an, q, preps);
}

/* CT_KIND_COOPERATION when tokens [b, e) hold a "coop" word of data/event_words.tsv or a field
 * word of data/topics.tsv ("port cooperation", "a tourism agreement"), else 0. */
static int coop_kind(const ev_state *st, uint32_t b, uint32_t e)
{
    for (uint32_t k = b; k < e; k++)
        if (event_word(st, k, W_COOP)) return CT_KIND_COOPERATION;
    return b < e && topics_of(st, b, e) ? CT_KIND_COOPERATION : 0;
}

/* The kind a generic word's own qualifier names: "an agreement on twinning relations" is
 * that kind, "an agreement on port cooperation" or "a pact of sports and youth" a cooperation
 * agreement (a data/event_words.tsv "coop" word or a field word of data/topics.tsv); 0 when
 * the word has no "on"/"of"/"for" phrase of that sort. */
static int qualified_kind(const ev_state *st, const sview *v, const hit *g)
{
    const ct_analysis *an = st->an;
    uint32_t q = g->tok + g->ntok;
    if (q >= v->e || !qualifier_word(an, q)) return 0;
    uint32_t e = q + 1;
    while (e < v->e && e < q + 9 && !(an->toks[e].flags & CT_TOK_PUNCT))
        e++;
    for (size_t k = 0; k < v->nkinds; k++)
        if (v->kinds[k].tok > q && v->kinds[k].tok < e && !(v->kinds[k].value & KIND_GENERIC))
            return v->kinds[k].value;
    return coop_kind(st, q + 1, e);
}

/* Does kind hit h name a document ("sister city agreement", "friendship pact") rather than a
 * relationship ("sister cities")? It holds a "document" word of data/event_words.tsv. */
static int document_phrase(const ev_state *st, const hit *h)
{
    for (uint32_t i = h->tok; i < h->tok + h->ntok; i++)
        if (event_word(st, i, W_DOCUMENT)) return 1;
    return 0;
}

#define LATER_SPAN 30 /* sentences after a signing in which a later phrase may name it */

/* The specific kind the body gives a document after sentence s ("the sister city agreement",
 * "the pact of twinning"), or 0: "signed an accord to share data" ... "the twinning
 * agreement will last". */
static int later_kind(const ev_state *st, size_t s)
{
    const ct_analysis *an = st->an;
    for (size_t k = s + 1; k < an->nsents && k <= s + LATER_SPAN; k++) {
        if (an->sents[k].flags & (CT_SENT_BOILER | CT_SENT_TITLE)) continue;
        hit h[MAX_HITS];
        size_t nh = scan(an, st->kinds, an->sents[k].tok, an->sents[k].tok + an->sents[k].ntok, h,
                         MAX_HITS, kind_of);
        for (size_t i = 0; i < nh; i++) {
            if ((h[i].value & KIND_GENERIC) || h[i].value == CT_KIND_COOPERATION) continue;
            if (document_phrase(st, &h[i])) return h[i].value;
            if (i > 0 && (h[i - 1].value & KIND_GENERIC) &&
                h[i - 1].tok + h[i - 1].ntok + 2 >= h[i].tok)
                return h[i].value; /* "the pact of twinning" */
        }
    }
    return 0;
}

/* The kind the words right before generic word g give the document: a field word of
 * data/topics.tsv or a "coop" word of data/event_words.tsv among the two words before it ("a
 * tourism agreement", "a trade pact", "an economic cooperation agreement") makes it a
 * cooperation agreement; 0 when they name no such word. */
static int modified_kind(const ev_state *st, const sview *v, const hit *g)
{
    uint32_t b = g->tok;
    while (b > v->b && b + 2 > g->tok && (st->an->toks[b - 1].flags & CT_TOK_WORD))
        b--;
    return coop_kind(st, b, g->tok);
}

/* Does generic document word i head the specific phrase right before it ("Friendly City
 * Agreement", "their sister-city pact")? The phrase then names the document's kind. */
static int heads_kind(const sview *v, size_t i)
{
    return i > 0 && !(v->kinds[i - 1].value & KIND_GENERIC) &&
           v->kinds[i - 1].tok + v->kinds[i - 1].ntok + 1 >= v->kinds[i].tok;
}

static int titles_place(const sview *v, const hit *k);
static int founded(const ev_state *st, const sview *v, uint32_t k);

/* The kind of document hit i names. A generic word ("the agreement", "a pact") takes the kind of
 * a specific phrase right before it ("Friendly City Agreement"), or of its own qualifier ("an
 * agreement on port cooperation"), or of the last agreement told when it refers back
 * ("similar agreements"), or of a specific phrase elsewhere in the sentence ("sign an agreement
 * that will upgrade the sister city relationship"; of several, the one the document makes, the
 * goal of a founding or a change: "friendship cities since 2007, signed an agreement upgrading
 * their relationship to sister cities"), else the last specific kind the article
 * named ("Tarnow signs twinning agreement" ... "inked the agreement"; for "an agreement", only
 * a headline's), else the first it names later, else it is a cooperation agreement. */
static int document_kind(const ev_state *st, const sview *v, int i)
{
    int k = v->kinds[i].value;
    if (!(k & KIND_GENERIC)) return k;
    if (heads_kind(v, (size_t)i)) return v->kinds[i - 1].value;
    int q = qualified_kind(st, v, &v->kinds[i]);
    if (!q) q = modified_kind(st, v, &v->kinds[i]);
    if (q) return q;
    if (refers_back(st->an, v, v->kinds[i].tok))
        for (size_t e = st->an->events.n; e-- > 0;) {
            const ct_event *ev = CT_VEC_AT(&st->an->events, ct_event, e);
            if (ev->type == CT_EV_AGREEMENT) return ev->kind;
        }
    int near = 0;
    for (size_t j = 0; j < v->nkinds; j++) /* near it: "a pact on twinning" */
        if (!(v->kinds[j].value & KIND_GENERIC) && v->kinds[j].value != CT_KIND_COOPERATION &&
            v->kinds[j].tok + 10 >= v->kinds[i].tok && v->kinds[j].tok <= v->kinds[i].tok + 10) {
            /* "an agreement with its sister city Chicago": a title before a party's name
             * tells what the party already is, not what the document is */
            if (titles_place(v, &v->kinds[j])) continue;
            if (founded(st, v, v->kinds[j].tok)) return v->kinds[j].value;
            if (!near) near = v->kinds[j].value;
        }
    if (near) return near;
    /* "an agreement" introduces a new document: the kinds of documents the body told before
     * are not its own (the headline's is: it announces the story), though a later "the pact
     * of twinning" may name it */
    if (st->last_kind && definite(st->an, v, v->kinds[i].tok)) return st->last_kind;
    if (st->title_kind) return st->title_kind;
    int later = later_kind(st, v->sent);
    return later ? later : (k & ~KIND_GENERIC);
}

/* A party of an agreement: its key and the token that names it (a signatory's mention for the
 * signatory's city). */
typedef struct {
    const char *key;
    uint32_t tok, end; /* tokens [tok, end) */
} party;

static size_t party_add(party *ps, size_t n, const char *key, uint32_t tok, uint32_t end)
{
    if (!key || !*key || n >= CT_EV_MAX) return n;
    for (size_t i = 0; i < n; i++)
        if (strcmp(ps[i].key, key) == 0) return n;
    ps[n] = (party){key, tok, end};
    return n + 1;
}

/* party_add() of organisation mention om: its organisation's name, over the mention's tokens. */
static size_t party_add_org(const ct_analysis *an, party *ps, size_t n, const ct_org_mention *om)
{
    return party_add(ps, n, CT_VEC_AT(&an->orgs, ct_org, om->org)->name, om->tok,
                     om->tok + om->ntok);
}

/* Drops a party that only contains another ("Tarnow ... Poland"), as keep_specific. */
static size_t party_keep_specific(const ct_analysis *an, party *ps, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        int covered = 0;
        for (size_t j = 0; j < n && !covered; j++)
            covered = j != i && contains(an, ps[i].key, ps[j].key);
        if (!covered) ps[w++] = ps[i];
    }
    return w;
}

/* The party every other party signed with, or -1 when the clause pairs them all:
 *   - "X signed ... with A, B and C": the side before "with" when it is one party (the home
 *     city when none is named: "The province has signed twinning agreements with A and B"), or the
 * one party after it when several signed;
 *   - else, of three or more, the one party outside the list that names the others ("Mayor
 *     Kell of X and the mayors of A, B and C renewed ..."), else the home city.
 * A party added for the home city is appended to ps (*n grows). */
static int party_anchor(const ev_state *st, const sview *v, const hit *tr, uint32_t to, party *ps,
                        size_t *n)
{
    const ct_analysis *an = st->an;
    uint32_t with = 0;
    for (uint32_t i = tr->tok + tr->ntok; i < to && !with; i++)
        if (ct_ieq(ct_tok_text(an, i), an->toks[i].len, "with")) with = i;
    if (with) {
        size_t nsign = 0, npart = 0;
        int sign = -1, part = -1;
        for (size_t i = 0; i < *n; i++) {
            if (ps[i].tok > with) {
                npart++;
                part = (int)i;
            } else {
                nsign++;
                sign = (int)i;
            }
        }
        if (nsign == 0 && npart >= 2 && st->home && *n < CT_EV_MAX) {
            for (size_t i = 0; i < *n; i++)
                if (strcmp(ps[i].key, st->home) == 0 || contains(an, ps[i].key, st->home) ||
                    contains(an, st->home, ps[i].key))
                    return -1;
            ps[*n] = (party){st->home, v->b, v->b};
            return (int)(*n)++;
        }
        if (nsign == 1 && npart >= 2) return sign;
        if (npart == 1 && nsign >= 2) return part;
    }
    if (*n < 3) return -1;
    /* the longest run of parties named as one list */
    size_t best_b = 0, best_n = 0;
    for (size_t i = 0; i < *n;) {
        size_t j = i + 1;
        while (j < *n && ps[j].tok >= ps[j - 1].end && list_gap(an, ps[j - 1].end, ps[j].tok))
            j++;
        if (j - i > best_n) {
            best_b = i;
            best_n = j - i;
        }
        i = j;
    }
    /* ("between A and B" names the two sides, not one) */
    uint32_t lb = ps[best_b].tok;
    int between = lb > v->b && ct_ieq(ct_tok_text(an, lb - 1), an->toks[lb - 1].len, "between");
    if (best_n >= 2 && best_n + 1 == *n && !between) return best_b == 0 ? (int)best_n : 0;
    for (size_t i = 0; i < *n; i++)
        if (st->home && strcmp(ps[i].key, st->home) == 0) return (int)i;
    return -1;
}

/* The first date of the part of clause [b, e) that names the party at token at, when the
 * clause lists several agreements apart with ";" ("on May 4, 1993 an agreement with A; in 1998
 * and 2005 with B"); NULL when that part gives none. */
static const ct_date_mention *part_date(const ct_analysis *an, const sview *v, uint32_t at,
                                        uint32_t b, uint32_t e)
{
    uint32_t pb = b, pe = e;
    for (uint32_t i = b; i < e; i++) {
        const ct_token *k = &an->toks[i];
        if (!(k->flags & CT_TOK_PUNCT) || an->text[k->off] != ';') continue;
        if (i < at)
            pb = i + 1;
        else {
            pe = i;
            break;
        }
    }
    if (pb == b && pe == e) return NULL;
    return clause_date(v, pb, pb, pe); /* "in 1998 and 2005": the first */
}

/* Is place p the dateline that opens its sentence ("TARNOW, Poland, May 3 (Agency) -- ...",
 * "TARNOW (Agency) -", "TARNOW — ...": in capitals, then a comma, a bracket or a dash)? It
 * says where the story was filed, not who signed nor who is tied. */
static int dateline(const ct_analysis *an, const ct_place_mention *p)
{
    if (p->sent >= an->nsents) return 0;
    const ct_sentence *s = &an->sents[p->sent];
    uint32_t e = p->tok + p->ntok;
    if (p->tok != s->tok || e >= s->tok + s->ntok) return 0;
    for (uint32_t i = p->tok; i < e; i++)
        if ((an->toks[i].flags & CT_TOK_WORD) && !(an->toks[i].flags & CT_TOK_UPPER)) return 0;
    return ct_tok_is(an, e, ",") || ct_tok_is(an, e, "(") || ct_tok_is(an, e, "-") ||
           ct_tok_is(an, e, "\xe2\x80\x93") || ct_tok_is(an, e, "\xe2\x80\x94");
}

/* The organisation or place named at token i (after an optional "the"), as a party; 0 when
 * none starts there, else the party's end token. */
static uint32_t party_at(const ct_analysis *an, const sview *v, uint32_t i, party *out)
{
    if (i < v->e && ct_ieq(ct_tok_text(an, i), an->toks[i].len, "the")) i++;
    for (size_t k = 0; k < an->org_mentions.n; k++) {
        const ct_org_mention *om = CT_VEC_AT(&an->org_mentions, ct_org_mention, k);
        if (om->tok > i) break;
        if (om->tok == i) {
            *out = (party){CT_VEC_AT(&an->orgs, ct_org, om->org)->name, i, i + om->ntok};
            return i + om->ntok;
        }
    }
    for (size_t k = 0; k < v->nplaces; k++) {
        const ct_place_mention *p = v->places[k];
        if (p->tok == i && p->kind != CT_PLACE_COUNTRY && !(p->flags & CT_PM_DEMONYM)) {
            *out = (party){p->key, i, i + p->ntok};
            return i + p->ntok;
        }
    }
    return 0;
}

/* Organisations as the parties of an agreement clause [from, to): the list after "between"
 * when it names an organisation ("an MOU between the X Chamber of Commerce and the Y
 * Port Authority"), or, when the clause names no city or region (nplaces == 0), the list of
 * organisations before the trigger ("the X Association and the Y Council signed ..."). Writes
 * them to out; returns their number (0 when the clause names fewer than two). */
static size_t org_parties(const ct_analysis *an, const sview *v, const hit *tr, uint32_t from,
                          uint32_t to, size_t nplaces, party *out)
{
    size_t n = 0;
    int org = 0;
    for (uint32_t i = tr->tok + tr->ntok; i < to && !n; i++) {
        if (!ct_ieq(ct_tok_text(an, i), an->toks[i].len, "between")) continue;
        uint32_t at = i + 1, end;
        while (n < CT_EV_MAX && (end = party_at(an, v, at, &out[n])) != 0) {
            org |= !is_region_or_city(out[n].key);
            n++;
            if (end < to && (ct_ieq(ct_tok_text(an, end), an->toks[end].len, "and") ||
                             ct_ieq(ct_tok_text(an, end), an->toks[end].len, ",")))
                at = end + 1;
            else
                break;
        }
    }
    if (n >= 2 && org) return n;
    if (nplaces) return 0;
    n = 0;
    for (size_t k = 0; k < an->org_mentions.n && n < CT_EV_MAX; k++) {
        const ct_org_mention *om = CT_VEC_AT(&an->org_mentions, ct_org_mention, k);
        if (om->tok < from) continue;
        if (om->tok >= tr->tok) break;
        out[n++] =
            (party){CT_VEC_AT(&an->orgs, ct_org, om->org)->name, om->tok, om->tok + om->ntok};
    }
    return n >= 2 ? n : 0;
}

/* Does "with" (or "with the") stand right before token i? */
static int after_with(const ct_analysis *an, uint32_t i)
{
    if (i >= 2 && is_word(an, i - 1, "the")) i--;
    return i >= 1 && is_word(an, i - 1, "with");
}

/* The party named right after the first "with" past the trigger in [.., to), when it is no city
 * or region: an organisation ("signed an MOU with the World Bank"), a country ("a cooperation
 * agreement with Vietnam"), or, for an embassy or consulate (a head of data/org_heads.tsv whose
 * value holds "in"), the country its name gives ("with the Embassy of Finland": cc:FI), as its
 * staff represent that country. Such a partner has a key of its own or a name, but no tie. Returns
 * 1 and sets *out, else 0. */
static int with_party(const ev_state *st, const sview *v, const hit *tr, uint32_t to, party *out)
{
    const ct_analysis *an = st->an;
    uint32_t w = tr->tok + tr->ntok;
    while (w < to && !is_word(an, w, "with"))
        w++;
    if (++w >= to) return 0;
    uint32_t end = party_at(an, v, w, out);
    if (end) {
        if (is_region_or_city(out->key) || end > to) return 0;
        const ct_lexicon *heads = st->org_heads;
        int mission = 0;
        for (uint32_t i = out->tok; heads && i < end && !mission; i++) {
            const char *val = ct_lex_tok(heads, an, i);
            mission = val && strstr(val, " in") != NULL;
        }
        for (size_t k = 0; mission && k < v->nplaces; k++) {
            const ct_place_mention *p = v->places[k];
            if (p->tok >= out->tok && p->tok < end && key_of(p->key, "cc:")) {
                out->key = p->key;
                break;
            }
        }
        return 1;
    }
    if (is_word(an, w, "the")) w++;
    for (size_t k = 0; k < v->nplaces; k++) {
        const ct_place_mention *p = v->places[k];
        if (p->tok == w && p->kind == CT_PLACE_COUNTRY && !(p->flags & CT_PM_DEMONYM)) {
            *out = (party){p->key, w, w + p->ntok};
            return 1;
        }
    }
    return 0;
}

/* Do tokens [b, e) only coordinate two names ("and", "and the", ", and the"), after the rest
 * of the first one's name ("Velkow [City Council] and the ...")? Empty ranges do not. */
static int coordinated(const ct_analysis *an, uint32_t b, uint32_t e)
{
    int and = 0;
    for (int n = 0; n < 3 && b < e && (an->toks[b].flags & CT_TOK_CAP); n++)
        b++;
    if (e <= b || e - b > 4) return 0;
    for (uint32_t i = b; i < e; i++) {
        const char *t = ct_tok_text(an, i);
        size_t len = an->toks[i].len;
        if (ct_ieq(t, len, "and"))
            and = 1;
        else if (!ct_ieq(t, len, "the") && !ct_ieq(t, len, ","))
            return 0;
    }
    return and;
}

/* Is token w a capitalised word of no place or person read (a name the gazetteer lacks)? */
static int unread_name(const ct_analysis *an, const sview *v, uint32_t w)
{
    if (!(an->toks[w].flags & CT_TOK_CAP)) return 0;
    for (size_t k = 0; k < v->nplaces; k++)
        if (w >= v->places[k]->tok && w < v->places[k]->tok + v->places[k]->ntok) return 0;
    for (size_t k = 0; k < v->npersons; k++)
        if (w >= v->persons[k]->tok && w < v->persons[k]->tok + v->persons[k]->ntok) return 0;
    return 1;
}

/* Does the text name the other side of the one party p read, as no place or person read
 * ("signed an agreement with Tarnowo City", "X and Tarnowo became twin towns", Tarnowo being
 * unknown)? Then that side is not guessed. */
static int unknown_partner(const ct_analysis *an, const sview *v, const hit *tr, uint32_t to,
                           const party *p)
{
    /* "X and Tarnowo became twin towns": a name beside the one party read */
    if (p->end + 1 < v->e && ct_ieq(ct_tok_text(an, p->end), an->toks[p->end].len, "and") &&
        unread_name(an, v, p->end + 1))
        return 1;
    for (uint32_t i = tr->tok + tr->ntok; i + 1 < to; i++) {
        if (!ct_ieq(ct_tok_text(an, i), an->toks[i].len, "with")) continue;
        uint32_t w = i + 1;
        if (ct_ieq(ct_tok_text(an, w), an->toks[w].len, "the") && w + 1 < to) w++;
        return unread_name(an, v, w);
    }
    return 0;
}

/* Is the trigger a signing told in the past ("signed", "inked", "concluded"), with no cue of
 * the future governing it? */
static int past_signing(const ct_analysis *an, const sview *v, const hit *tr)
{
    const char *t = ct_tok_text(an, tr->tok + tr->ntok - 1);
    size_t n = an->toks[tr->tok + tr->ntok - 1].len;
    return n > 2 && ct_ieq(t + n - 2, 2, "ed") && !planned_at(an, v, tr);
}

/* Does the trigger renew an agreement ("renewed", "the renewal", "re-signed")? */
static int renewal(const ct_analysis *an, const sview *v, const hit *tr)
{
    if (an->toks[tr->tok].len >= 5 && ct_ieq(ct_tok_text(an, tr->tok), 5, "renew")) return 1;
    if (tr->tok >= v->b + 2 &&
        ct_ieq(ct_tok_text(an, tr->tok - 1), an->toks[tr->tok - 1].len, "-") &&
        ct_ieq(ct_tok_text(an, tr->tok - 2), an->toks[tr->tok - 2].len, "re"))
        return 1;
    return 0;
}

/* The end of the clause that goes on from token b, before e: a comma and a conjunction that
 * open a clause of its own (", and in X he will visit ...", ", while they ..."). */
static uint32_t clause_end(const ct_analysis *an, uint32_t b, uint32_t e)
{
    static const char *const opens[] = {"in", "at", "he", "she", "they", "it", "we", NULL};
    for (uint32_t i = b; i + 2 < e; i++) {
        if (!(an->toks[i].flags & CT_TOK_PUNCT) || an->text[an->toks[i].off] != ',') continue;
        const char *c = ct_tok_text(an, i + 1);
        size_t cl = an->toks[i + 1].len;
        if (!(ct_ieq(c, cl, "and") || ct_ieq(c, cl, "but") || ct_ieq(c, cl, "while"))) continue;
        if (word_in(an, i + 2, opens)) return i;
    }
    return e;
}

/* Does kind hit h name a document, generic ("the agreement") or specific ("the twinning
 * agreement")? */
static int names_document(const ev_state *st, const hit *h)
{
    return (h->value & KIND_GENERIC) || document_phrase(st, h);
}

/* Does trigger tr, read with document phrase k, sign nothing? "as a sign of trust" (the
 * noun); "dated" and "was made" not right after a document ("the accord on rail dated May 9",
 * "when the twinning agreement was made" sign; "ties dating back to" do not); a relationship
 * renewed or upgraded ("to renew the twinning", "got upgraded to twin towns") is no document
 * signed, as a document upgraded is ("upgraded it into a twinning
 * agreement"). */
static int signs_nothing(const ev_state *st, const sview *v, const hit *tr, const hit *k)
{
    const ct_analysis *an = st->an;
    const char *w = ct_tok_text(an, tr->tok);
    size_t wl = an->toks[tr->tok].len;
    if (tr->tok > v->b && ct_ieq(w, wl, "sign") &&
        (ct_ieq(ct_tok_text(an, tr->tok - 1), an->toks[tr->tok - 1].len, "a") ||
         ct_ieq(ct_tok_text(an, tr->tok - 1), an->toks[tr->tok - 1].len, "the")))
        return 1;
    int made =
        tr->ntok == 2 && ct_ieq(ct_tok_text(an, tr->tok + 1), an->toks[tr->tok + 1].len, "made");
    if (made && (k->tok + k->ntok != tr->tok || !names_document(st, k))) return 1;
    if (ct_ieq(w, wl, "dated") &&
        (!names_document(st, k) || k->tok > tr->tok ||
         (tr->tok + 1 < v->e &&
          ct_ieq(ct_tok_text(an, tr->tok + 1), an->toks[tr->tok + 1].len, "back"))))
        return 1;
    int upgrade = wl >= 6 && ct_ieq(w, 6, "upgrad");
    return (renewal(an, v, tr) || upgrade) && !names_document(st, k);
}

/* The agreement that trigger tr signs with document phrase ki of sentence v. */
static void agreement_at(ev_state *st, const sview *v, const hit *tr, int ki)
{
    ct_analysis *an = st->an;
    if (ki < 0 || ki >= 32 || (st->kinds_signed & (1u << ki))) return;
    if (signs_nothing(st, v, tr, &v->kinds[ki])) return;
    /* The clause of the agreement: from the sentence start (or the previous document phrase of
     * another agreement) to the next document phrase of another agreement. */
    uint32_t from = v->b, to = v->e;
    for (size_t j = 0; j < v->nkinds; j++) {
        const hit *k = &v->kinds[j];
        if ((int)j < ki && !(k->value & KIND_GENERIC) && k->tok + k->ntok + 1 < v->kinds[ki].tok &&
            k->tok > tr->tok)
            from = k->tok + k->ntok;
        if ((int)j > ki && k->tok > v->kinds[ki].tok + v->kinds[ki].ntok + 1 && k->tok > tr->tok &&
            !(k->value & KIND_GENERIC)) {
            to = k->tok;
            break;
        }
    }
    to = clause_end(an, v->kinds[ki].tok + v->kinds[ki].ntok, to);
    /* "signed a friendship agreement in 2004 and upgraded it into a twinning agreement": after
     * another agreement of the sentence, this one's date is told from its own verb on */
    uint32_t date_from = from;
    for (int j = 0; j < ki; j++)
        if ((st->kinds_signed & (1u << j)) && v->kinds[j].tok < tr->tok && date_from < tr->tok)
            date_from = tr->tok;
    ct_event e = {0};
    party ps[CT_EV_MAX], where[CT_EV_MAX];
    size_t n = 0, nwhere = 0;
    for (size_t i = 0; i < v->nplaces; i++) {
        const ct_place_mention *p = v->places[i];
        if (p->kind == CT_PLACE_COUNTRY || (p->flags & (CT_PM_DEMONYM | CT_PM_IN_ORG))) continue;
        if (p->tok < from || p->tok >= to || dateline(an, p)) continue;
        /* "During his visit to Lublin, Mayor Brand inked ...": where it happened, before the
         * signing, is no party unless nothing else is */
        if (p->tok < tr->tok && p->tok > v->b && location_word(an, p->tok - 1)) {
            nwhere = party_add(where, nwhere, p->key, p->tok, p->tok + p->ntok);
            continue;
        }
        /* "were signed in Haiport by ...": right after the verb, where it happened, a party
         * only when the signers leave a side unnamed */
        if (p->tok == tr->tok + tr->ntok + 1 &&
            ct_ieq(ct_tok_text(an, p->tok - 1), an->toks[p->tok - 1].len, "in")) {
            nwhere = party_add(where, nwhere, p->key, p->tok, p->tok + p->ntok);
            continue;
        }
        n = party_add(ps, n, party_key(st, p), p->tok, p->tok + p->ntok);
    }
    for (size_t i = 0; i < v->npersons; i++) {
        const ct_person_mention *m = v->persons[i];
        const ct_person *p = person_of(an, m);
        if (!p || lead_person(v, tr, m)) continue;
        /* "Councillor X said the agreement would be signed": who tells of it signs nothing */
        int tells = 0;
        for (uint32_t k = m->tok + m->ntok; k < tr->tok && st->reports && !tells; k++)
            tells = ct_lex_tok(st->reports, an, k) != NULL;
        if (tells) continue;
        add_person(&e, p->name);
        /* "the mayor" or "he" alone is who the article last named so; its city is a guess */
        if (is_region_or_city(p->of) && m->kind == CT_PERM_NAME)
            n = party_add(ps, n, p->of, m->tok, m->tok + m->ntok);
    }
    add_pair_leaders(st, v, &e); /* "the two mayors signed": both are signatories */
    for (size_t i = 0; n < 2 && i < nwhere; i++)
        n = party_add(ps, n, where[i].key, where[i].tok, where[i].end);
    n = party_keep_specific(an, ps, n);
    /* "an MOU between the X Chamber of Commerce and the Y Port Authority": organisations the
     * clause names as its parties; or organisations alone signing ("the X Association and
     * the Y Council signed an agreement") */
    party orgs[CT_EV_MAX];
    size_t norgs = org_parties(an, v, tr, from, to, n, orgs);
    if (norgs >= 2) {
        memcpy(ps, orgs, norgs * sizeof *orgs);
        n = norgs;
    }
    /* "the Velkow City Council and the University of Velkow signed an MOU": an organisation
     * coordinated with the one place before the verb signs beside it */
    for (size_t k = 0; n == 1 && k < an->org_mentions.n; k++) {
        const ct_org_mention *om = CT_VEC_AT(&an->org_mentions, ct_org_mention, k);
        if (om->tok < from || om->tok < v->b) continue;
        if (om->tok >= tr->tok || ps[0].tok >= tr->tok) break;
        uint32_t end = om->tok + om->ntok;
        if (coordinated(an, ps[0].end, om->tok) || coordinated(an, end, ps[0].tok))
            n = party_add_org(an, ps, n, om);
    }
    /* "Busan signed an MOU with the World Bank" (or "with Vietnam"): an organisation or a
     * country after "with" is the other side of the one party before it, or of the one
     * organisation signing when no place is ("The X Port Authority signed an MOU with ...") */
    const ct_org_mention *subj = NULL; /* the organisation nearest before the verb */
    for (size_t k = 0; n <= 1 && k < an->org_mentions.n; k++) {
        const ct_org_mention *om = CT_VEC_AT(&an->org_mentions, ct_org_mention, k);
        if (om->tok >= tr->tok) break;
        if (om->tok >= from && om->tok >= v->b) subj = om;
    }
    party with;
    if (n <= 1 && with_party(st, v, tr, to, &with) && (n == 0 || ps[0].end <= with.tok)) {
        if (n == 0 && subj) n = party_add_org(an, ps, n, subj);
        if (n == 1) n = party_add(ps, n, with.key, with.tok, with.end);
    } else if (n == 1 && subj && ps[0].tok > tr->tok && after_with(an, ps[0].tok) &&
               (subj->tok + subj->ntok == tr->tok ||
                (subj->tok + subj->ntok + 1 == tr->tok &&
                 !(an->toks[tr->tok - 1].flags & (CT_TOK_CAP | CT_TOK_PUNCT))))) {
        /* "The X Tourism Organization (has) signed an MOU with Osaka": the organisation that is
         * the verb's subject signs with the one place after it; no city is guessed beside it */
        n = party_add_org(an, ps, n, subj);
    }
    for (size_t i = 1; i < n; i++) /* in text order */
        for (size_t j = i; j > 0 && ps[j].tok < ps[j - 1].tok; j--) {
            party t = ps[j];
            ps[j] = ps[j - 1];
            ps[j - 1] = t;
        }
    if (n == 1 && st->home && !unknown_partner(an, v, tr, to, &ps[0])) {
        if (strcmp(ps[0].key, st->home) != 0 && !contains(an, ps[0].key, st->home) &&
            !contains(an, st->home, ps[0].key))
            n = party_add(ps, n, st->home, v->b, v->b);
        else if (strcmp(ps[0].key, st->home) == 0 && st->partner)
            n = party_add(ps, n, st->partner, v->b, v->b);
    }
    /* "the two cities signed", or "the accord ... dated May 9, 1998" with no party named:
     * the article's pair */
    if ((n < 2 && refers_to_pair(st, v)) ||
        (n == 0 && st->home && st->partner && definite(an, v, v->kinds[ki].tok))) {
        n = party_add(ps, n, st->home, v->b, v->b);
        n = party_add(ps, n, st->partner, v->b, v->b);
    }
    if (n < 2) return;
    st->kinds_signed |= 1u << ki;
    int kind = document_kind(st, v, ki) & ~KIND_GENERIC;
    uint32_t topics = event_topics(st, v->sent, CT_EV_AGREEMENT);
    /* one agreement per party with the party all signed with ("signed twinning agreements
     * with A and B": two agreements), else one among all the parties */
    int a = party_anchor(st, v, tr, to, ps, &n);
    for (size_t i = 0; i < n; i++) {
        if (a >= 0 && (int)i == a) continue;
        ct_event *out = event_new(st, CT_EV_AGREEMENT, v, &e);
        if (!out) return;
        if (a >= 0) {
            out->keys[out->nkeys++] = ps[a].key;
            out->keys[out->nkeys++] = ps[i].key;
        } else {
            for (size_t k = 0; k < n; k++)
                out->keys[out->nkeys++] = ps[k].key;
        }
        out->kind = (uint8_t)kind;
        out->renewal = (uint8_t)renewal(an, v, tr);
        out->definite = (uint8_t)definite(an, v, v->kinds[ki].tok);
        set_date_in(out, v, v->kinds[ki].tok + v->kinds[ki].ntok, date_from, to);
        if (out->planned && out->has_date && past_signing(an, v, tr)) {
            /* "have signed a plan of cooperation for 2031-2033": a time still to come
             * after a signing told in the past is the document's term, not its date */
            out->planned = 0;
            out->has_date = 0;
        }
        const ct_date_mention *d = a >= 0 ? part_date(an, v, ps[i].tok, from, to) : NULL;
        if (d) {
            out->date = d->value;
            out->has_date = 1;
        }
        set_date_recalled(st, out, v); /* "On that trip, the towns signed a pact" */
        out->topics = topics;
        if (out->planned) st->kinds_planned |= 1u << ki;
        if (a < 0) break;
    }
}

/* The agreements trigger tr signs: its nearest document phrase, and the documents coordinated
 * after it ("signed a pact of sports in 2003 and a pact of trade in 2009": two). */
static void agreement_event(ev_state *st, const sview *v, const hit *tr)
{
    const ct_analysis *an = st->an;
    int ki = nearest_kind(v, tr);
    agreement_at(st, v, tr, ki);
    while (ki >= 0 && (size_t)ki + 1 < v->nkinds && ki + 1 < 32 &&
           (st->kinds_signed & (1u << ki))) {
        const hit *k = &v->kinds[ki], *next = &v->kinds[ki + 1];
        uint32_t and_at = 0;
        for (uint32_t i = k->tok + k->ntok; i < next->tok && i < k->tok + k->ntok + 8; i++)
            if (ct_ieq(ct_tok_text(an, i), an->toks[i].len, "and")) and_at = i;
        if (!and_at || next->tok > and_at + 2 || next->tok < and_at + 2 ||
            !(ct_ieq(ct_tok_text(an, and_at + 1), an->toks[and_at + 1].len, "a") ||
              ct_ieq(ct_tok_text(an, and_at + 1), an->toks[and_at + 1].len, "an") ||
              ct_ieq(ct_tok_text(an, and_at + 1), an->toks[and_at + 1].len, "another")))
            break;
        for (size_t t = 0; t < v->ntriggers; t++) /* no verb of its own between */
            if (v->triggers[t].tok > k->tok && v->triggers[t].tok < next->tok) return;
        agreement_at(st, v, tr, ++ki);
    }
}

/* The capitalised name around trigger tokens [t, t+n) ("the fifth Tarnow Mayors General Assembly",
 * "Velkow International Craft Fair"): capitalised words, numbers and inner "of"/"and"/"for"
 * on both sides. NULL when the trigger is not part of a name. */
static const char *proper_name(ct_analysis *an, const sview *v, uint32_t t, uint32_t n)
{
    uint32_t b = t, e = t + n;
    int cap = 1;
    for (uint32_t i = t; i < t + n; i++)
        if ((an->toks[i].flags & CT_TOK_WORD) && !(an->toks[i].flags & CT_TOK_CAP)) cap = 0;
    if (!cap) return NULL;
    while (b > v->b) {
        const ct_token *k = &an->toks[b - 1];
        if ((k->flags & (CT_TOK_CAP | CT_TOK_NUM)) && !(an->toks[b].flags & CT_TOK_SENT))
            b--;
        else if (k->flags & CT_TOK_PUNCT && !(k->flags & CT_TOK_SPACE) && k->len == 1 &&
                 an->text[k->off] == '-' && b - 1 > v->b)
            b--;
        else
            break;
    }
    for (;;) {
        if (e < v->e && (an->toks[e].flags & (CT_TOK_CAP | CT_TOK_NUM)))
            e++;
        else if (e + 1 < v->e &&
                 (ct_ieq(ct_tok_text(an, e), an->toks[e].len, "of") ||
                  ct_ieq(ct_tok_text(an, e), an->toks[e].len, "for")) &&
                 (an->toks[e + 1].flags & CT_TOK_CAP))
            e += 2;
        else
            break;
    }
    if (e - b < 2) return NULL;
    uint32_t off = an->toks[b].off, end = an->toks[e - 1].off + an->toks[e - 1].len;
    return ct_arena_strndup(an->arena, an->text + off, end - off);
}

/* The first place named after "in" or "at" in the sentence, or NULL. */
static const char *place_in(const ct_analysis *an, const sview *v)
{
    for (size_t i = 0; i < v->nplaces; i++) {
        const ct_place_mention *p = v->places[i];
        if (p->flags & (CT_PM_DEMONYM | CT_PM_IN_ORG) || p->tok == 0) continue;
        const char *w = ct_tok_text(an, p->tok - 1);
        size_t n = an->toks[p->tok - 1].len;
        if (ct_ieq(w, n, "in") || ct_ieq(w, n, "at")) return p->key;
    }
    return NULL;
}

/* Speeches, conferences, cultural events and honours: read and stored, not yet scored. */
static void other_event(ev_state *st, const sview *v, const hit *tr)
{
    ct_analysis *an = st->an;
    const char *name = proper_name(an, v, tr->tok, tr->ntok);
    const ct_person *first = NULL;
    for (size_t i = 0; i < v->npersons && !first; i++)
        first = person_of(an, v->persons[i]);
    if (tr->value == CT_EV_SPEECH && !first) return;
    if ((tr->value == CT_EV_CONFERENCE || tr->value == CT_EV_CULTURAL) && !name) return;
    if (tr->value == CT_EV_HONOR && !first) return;
    ct_event *e = event_new(st, tr->value, v, NULL);
    if (!e) return;
    if (tr->value == CT_EV_SPEECH) {
        add_person(e, first->name);
        for (size_t i = 0; i < an->org_mentions.n && !e->name; i++) {
            const ct_org_mention *om = CT_VEC_AT(&an->org_mentions, ct_org_mention, i);
            if (om->tok >= v->b && om->tok < v->e)
                e->name = CT_VEC_AT(&an->orgs, ct_org, om->org)->name;
        }
    } else if (tr->value == CT_EV_HONOR) {
        add_person(e, first->name);
        uint32_t off = an->toks[tr->tok].off;
        uint32_t end = an->toks[tr->tok + tr->ntok - 1].off + an->toks[tr->tok + tr->ntok - 1].len;
        e->name = ct_arena_strndup(an->arena, an->text + off, end - off);
        e->by = st->home;
    } else {
        e->name = name;
        e->place = place_in(an, v);
        if (tr->value == CT_EV_CONFERENCE)
            for (size_t i = 0; i < v->npersons; i++) {
                const ct_person *p = person_of(an, v->persons[i]);
                if (p) add_person(e, p->name);
            }
    }
    set_date(an, e, v, tr->tok);
}

/* ---- ties ---- */

static void tie_add(ev_state *st, const char *a, const char *b, int kind, const ct_when *since,
                    ct_span ev)
{
    ct_analysis *an = st->an;
    if (!a || !b || strcmp(a, b) == 0 || !is_region_or_city(a) || !is_region_or_city(b)) return;
    /* a city is no partner of its own region */
    if (contains(an, a, b) || contains(an, b, a)) return;
    for (size_t i = 0; i < an->ties.n; i++) {
        ct_tie *t = CT_VEC_AT(&an->ties, ct_tie, i);
        if (t->kind != kind) continue;
        if (!((strcmp(t->a, a) == 0 && strcmp(t->b, b) == 0) ||
              (strcmp(t->a, b) == 0 && strcmp(t->b, a) == 0)))
            continue;
        if (since && (!t->has_since || (since->start.y && since->start.y < t->since.start.y))) {
            t->since = *since;
            t->has_since = 1;
        }
        return;
    }
    if (st->since_only) return;
    ct_tie *t = ct_vec_push(an->arena, &an->ties);
    if (!t) return;
    t->a = a;
    t->b = b;
    t->kind = (uint8_t)kind;
    t->evidence = ev;
    if (since) {
        t->since = *since;
        t->has_since = 1;
    }
}

/* The tie of kind between a and b told so far, or NULL. */
static const ct_tie *tie_find(const ct_analysis *an, const char *a, const char *b, int kind)
{
    for (size_t i = 0; a && b && i < an->ties.n; i++) {
        const ct_tie *t = CT_VEC_AT(&an->ties, ct_tie, i);
        if (t->kind == kind && ((strcmp(t->a, a) == 0 && strcmp(t->b, b) == 0) ||
                                (strcmp(t->a, b) == 0 && strcmp(t->b, a) == 0)))
            return t;
    }
    return NULL;
}

/* Kinds that name a standing relationship (not merely a document). */
static int relationship_phrase(const ct_analysis *an, const hit *k)
{
    if (k->value == CT_KIND_SISTER || k->value == CT_KIND_FRIENDSHIP) return 1;
    /* "partner city", "special partnership" */
    for (uint32_t i = k->tok; i < k->tok + k->ntok; i++)
        if (ct_ieq(ct_tok_text(an, i), 7, "partner") && an->toks[i].len >= 7) return 1;
    return 0;
}

/* "the 10th anniversary of the establishment of a cooperation pact": a document whose
 * anniversary is kept stands for the relationship it began. */
static int anniversary_of(const sview *v, const hit *k)
{
    for (size_t i = 0; i < v->ndates; i++) {
        const ct_date_mention *d = v->dates[i];
        if (d->kind == CT_DM_ANNIV && d->tok < k->tok && d->tok + d->ntok + 8 >= k->tok) return 1;
    }
    return 0;
}

/* Does duration d count loosely ("over forty years", "more than 30 years", "nearly a decade":
 * a data/event_words.tsv "approx" word from two tokens before it to its end)? Then it gives no
 * year. */
static int loose_count(const ev_state *st, const sview *v, const ct_date_mention *d)
{
    uint32_t b = d->tok > v->b + 2 ? d->tok - 2 : v->b;
    for (uint32_t i = b; i < d->tok + d->ntok; i++)
        if (event_word(st, i, W_APPROX)) return 1;
    return 0;
}

/* The dated mention of the sentence nearest token at (a span counts by its start), or NULL. */
static const ct_date_mention *nearest_dated(const sview *v, uint32_t at)
{
    const ct_date_mention *best = NULL;
    uint32_t best_dist = UINT32_MAX;
    for (size_t i = 0; i < v->ndates; i++) {
        const ct_date_mention *d = v->dates[i];
        if (d->kind != CT_DM_DATE || d->value.start.y <= 0) continue;
        uint32_t dist = d->tok >= at ? d->tok - at : at - d->tok;
        if (dist < best_dist) {
            best = d;
            best_dist = dist;
        }
    }
    return best;
}

/* Does a data/event_cues.tsv cue of value cue (CUE_ENDING, CUE_CHANGE) end at most three words
 * before token k? */
static int changed_by(const sview *v, uint32_t k, int cue)
{
    for (size_t i = 0; i < v->nchanges; i++) {
        uint32_t end = v->changes[i].tok + v->changes[i].ntok;
        if (v->changes[i].value == cue && end <= k && end + 3 >= k) return 1;
    }
    return 0;
}

/* Is the relationship phrase at token k begun by a verb of founding ("established a partnership",
 * "became sister cities": data/event_words.tsv "found", at most three words before it), or the
 * goal of a change ("upgraded the tie to sister city status", "upgraded into a sister city": a
 * "change" cue at most three words before the "to" or "into" before it)? Not what a change
 * starts from: "upgrading the friendship-city relationship" began before. */
static int founded(const ev_state *st, const sview *v, uint32_t k)
{
    static const char *const art[] = {"a", "an", NULL}, *const goal[] = {"to", "into", NULL};
    for (uint32_t i = k > v->b + 3 ? k - 3 : v->b; i < k; i++)
        if (event_word(st, i, W_FOUND)) return 1;
    uint32_t g = k;
    if (g > v->b && word_in(st->an, g - 1, art)) g--;
    return g > v->b && word_in(st->an, g - 1, goal) && changed_by(v, g - 1, CUE_CHANGE);
}

/* Does the relationship phrase k stand as a title before a place's name ("toured sister city
 * Tarnow from May 2")? A date after it then tells what the sentence is about, not when the
 * relationship began. */
static int titles_place(const sview *v, const hit *k)
{
    for (size_t i = 0; i < v->nplaces; i++)
        if (v->places[i]->tok == k->tok + k->ntok) return 1;
    return 0;
}

/* The date of the clause of relationship phrase ki (returns 2): the first dated year after
 * the phrase, before the next phrase and within ten tokens (a date further on belongs to another
 * clause), or, for a founding verb (found: "established a partnership"), the sentence's date
 * nearest the phrase. 0 when none. */
static int clause_since(const ev_state *st, const sview *v, size_t ki, int found, ct_when *out)
{
    const ct_analysis *an = st->an;
    uint32_t from = v->kinds[ki].tok;
    uint32_t to = ki + 1 < v->nkinds ? v->kinds[ki + 1].tok : v->e;
    for (size_t i = 0; i < v->ndates; i++) {
        const ct_date_mention *d = v->dates[i];
        if (d->kind == CT_DM_DATE && d->tok >= from && d->tok < to && d->tok <= from + 10 &&
            !d->future && d->value.start.y > 0) {
            /* "toured sister city X from May 2", "the X Sister City Committee met in May": a
             * phrase that titles a place or names a body dates nothing after it */
            if ((titles_place(v, &v->kinds[ki]) || in_org_name(an, from)) && !found) break;
            *out = d->value;
            return 2;
        }
    }
    const ct_date_mention *d = found ? nearest_dated(v, from) : NULL;
    if (!d || d->future) return 0;
    /* the date of the founding verb's own clause, or the date the sentence opens with ("On
     * May 3, ... established"), not one of another clause ("Since opening an office ... in 1990,
     * X has established ...") */
    uint32_t lo = d->tok < from ? d->tok + d->ntok : from, hi = d->tok < from ? from : d->tok;
    int opens = d->tok <= v->b + 1;
    for (uint32_t i = lo; i < hi && !opens; i++)
        if ((an->toks[i].flags & CT_TOK_PUNCT) &&
            (an->text[an->toks[i].off] == ',' || an->text[an->toks[i].off] == ';'))
            return 0;
    *out = d->value;
    return 2;
}

/* Since-value for a relationship phrase (returns 1): an anniversary, counted back from the
 * sentence's date nearest it, else from the story's year; a duration (not a loose one: "over
 * forty years"), counted back from publication, else from the story's year; a "since". Else
 * (returns 2) the date of its clause (clause_since()). 0 when none; an anniversary or duration
 * whose year cannot be counted gives none. The goal of a change ("friendship cities since 1993,
 * became sister cities in 2012") began on its clause's date, before any count, and a count or
 * "since" after the phrase before it, or after the phrase after it ("became sister cities, after
 * being friendship cities since 1993"), is that phrase's; a relationship ended ("ended their sister
 * city relationship last month": a data/event_cues.tsv "ending" cue at most three words before
 * it) takes no date of its clause, which is the ending's. */
static int tie_since(const ev_state *st, const sview *v, size_t ki, ct_when *out)
{
    uint32_t from = v->kinds[ki].tok;
    int found = founded(st, v, from);
    int rc = found ? clause_since(st, v, ki, found, out) : 0;
    if (rc) return rc;
    uint32_t prev = ki > 0 ? v->kinds[ki - 1].tok : from;
    uint32_t next = ki + 1 < v->nkinds ? v->kinds[ki + 1].tok : v->e;
    for (size_t i = 0; i < v->ndates; i++) {
        const ct_date_mention *d = v->dates[i];
        if (found && ((d->tok >= prev && d->tok < from) || d->tok >= next)) continue;
        int y = 0;
        if (d->kind == CT_DM_ANNIV) {
            /* "the 30th anniversary ... next year": counted from the year the text gives */
            const ct_date_mention *base = nearest_dated(v, d->tok);
            y = base                   ? base->value.start.y - d->n
                : d->value.start.y > 0 ? d->value.start.y
                : st->story_year > 0   ? st->story_year - d->n
                                       : 0;
        } else if (d->kind == CT_DM_DURATION) {
            if (loose_count(st, v, d)) return 0;
            y = d->value.start.y > 0 ? d->value.start.y
                : st->story_year > 0 ? st->story_year - d->n
                                     : 0;
        } else if (d->kind == CT_DM_SINCE && d->value.start.y > 0) {
            *out = d->value;
            return 1;
        } else {
            continue;
        }
        if (y <= 0) return 0;
        *out = (ct_when){{(int16_t)y, 0, 0}, {0, 0, 0}};
        return 1;
    }
    return found || changed_by(v, from, CUE_ENDING) ? 0 : clause_since(st, v, ki, 0, out);
}

/* May tokens [b, e) stand between two items of a list of partners ("A, B and C", "A in
 * Poland and B in Chile", "A in 1979 and B in 2004")? */
static int partner_gap(const ct_analysis *an, const sview *v, uint32_t b, uint32_t e)
{
    static const char *const joins[] = {"and", "or", "as", "well", "in", "of", NULL};
    if (e < b || e - b > 8) return 0;
    for (uint32_t i = b; i < e; i++) {
        const ct_token *t = &an->toks[i];
        int ok = 0;
        if (t->flags & CT_TOK_PUNCT) {
            char c = an->text[t->off];
            ok = c != '.' && c != ';' && c != ':';
        } else if (t->flags & CT_TOK_NUM) {
            ok = 1; /* a year */
        }
        ok = ok || word_in(an, i, joins);
        for (size_t k = 0; k < v->nplaces && !ok; k++) /* "in Poland": a country between */
            ok = i >= v->places[k]->tok && i < v->places[k]->tok + v->places[k]->ntok;
        if (!ok) return 0;
    }
    return 1;
}

/* The list of places named right after relationship phrase k ("twin towns, A in Poland and B",
 * "sister cities such as A and B", "sister city relationships with A in 1979 and B in 2004"):
 * indices into keys/toks/ends of its items, in order; 0 when none or when the list is the pair
 * itself ("sister-city ties between A and B"). */
static size_t enumeration(const ct_analysis *an, const sview *v, const hit *k, const uint32_t *toks,
                          const uint32_t *ends, size_t n, size_t *out)
{
    uint32_t end = k->tok + k->ntok;
    size_t first = n;
    for (size_t i = 0; i < n && first == n; i++)
        if (toks[i] >= end && toks[i] <= end + 3) first = i;
    if (first == n) return 0;
    for (uint32_t i = end; i < toks[first]; i++)
        if (ct_ieq(ct_tok_text(an, i), an->toks[i].len, "between") ||
            ct_ieq(ct_tok_text(an, i), an->toks[i].len, "of"))
            return 0;
    size_t m = 0;
    out[m++] = first;
    for (size_t i = first + 1; i < n && partner_gap(an, v, ends[i - 1], toks[i]); i++)
        out[m++] = i;
    return m;
}

/* Do tokens [b, e) between a place and a relationship phrase say the place has them ("Velk
 * has sister city arrangements", "Velk, having established twinning agreements"; a
 * data/event_words.tsv "hold" word)? */
static int holds_them(const ev_state *st, uint32_t b, uint32_t e)
{
    if (e < b || e - b > 4) return 0;
    for (uint32_t i = b; i < e; i++)
        if (event_word(st, i, W_HOLD)) return 1;
    return 0;
}

/* The date of a partner's own list item ("Tarnow in 1979 and Velk Province in 2004"): a year or
 * date right after it. */
static const ct_date_mention *item_date(const sview *v, uint32_t end)
{
    for (size_t i = 0; i < v->ndates; i++) {
        const ct_date_mention *d = v->dates[i];
        if (d->kind == CT_DM_DATE && !d->future && d->value.start.y > 0 && d->tok >= end &&
            d->tok <= end + 1)
            return d;
    }
    return NULL;
}

/* Ties with the partners listed right after a relationship phrase of sentence v (rel: the
 * phrases, nrel of them; keys/toks/ends: the n places named): they are partners of the place
 * said to have them ("Velk has sister city relationships with A in 1979 and B in 2004"), else
 * of the home city ("the city's sister cities such as A and B"), else of the one place named
 * before the phrase. Returns 1 when a list was read. */
static int listed_partners(ev_state *st, const sview *v, const int *rel, size_t nrel,
                           const char *const *keys, const uint32_t *toks, const uint32_t *ends,
                           size_t n, ct_span ev)
{
    const ct_analysis *an = st->an;
    int listed = 0;
    for (size_t j = 0; j < nrel; j++) {
        const hit *k = &v->kinds[rel[j]];
        size_t items[MAX_HITS];
        size_t m = enumeration(an, v, k, toks, ends, n, items);
        if (m < 2) continue;
        const char *anchor = NULL, *before = NULL;
        size_t nbefore = 0;
        for (size_t i = 0; i < n; i++) {
            if (ends[i] > k->tok) continue;
            nbefore++;
            before = keys[i];
            if (holds_them(st, ends[i], k->tok)) anchor = keys[i];
        }
        if (!anchor && st->home) {
            anchor = st->home;
            for (size_t i = 0; i < m && anchor; i++)
                if (strcmp(keys[items[i]], st->home) == 0) anchor = NULL;
        }
        if (!anchor && nbefore == 1) anchor = before;
        if (!anchor) continue;
        listed = 1;
        for (size_t i = 0; i < m; i++) {
            ct_when since;
            const ct_date_mention *d = item_date(v, ends[items[i]]);
            int has = d ? (since = d->value, 1) : tie_since(st, v, (size_t)rel[j], &since);
            tie_add(st, anchor, keys[items[i]], k->value & ~KIND_GENERIC, has ? &since : NULL, ev);
        }
    }
    return listed;
}

/* Does the one place of sentence v, at tokens [tok, end), name its partners only in the
 * plural ("Tarnow has 23 sister cities", "Tarnow and its twin towns")? That is no tie with the
 * home city; "Turin, one of the city's twin towns" is. */
static int partners_unnamed(const ct_analysis *an, const sview *v, const int *rel, size_t nrel,
                            uint32_t tok, uint32_t end)
{
    int plural = 1;
    for (size_t j = 0; j < nrel && plural; j++) {
        const hit *k = &v->kinds[rel[j]];
        const char *word = ct_tok_text(an, k->tok + k->ntok - 1);
        size_t wl = an->toks[k->tok + k->ntok - 1].len;
        plural = tok < k->tok && wl > 1 && (word[wl - 1] == 's' || word[wl - 1] == 'S');
        for (uint32_t i = end; plural && i < k->tok; i++)
            plural = !ct_ieq(ct_tok_text(an, i), an->toks[i].len, "one") &&
                     !ct_ieq(ct_tok_text(an, i), an->toks[i].len, "among");
    }
    return plural;
}

/* Does sentence v name a region that holds place p? A dateline's city then stays among the
 * partners and the region beside it only qualifies it, as any city's region does below: a
 * region called by its chief city's common name means the city. Else where the story was filed
 * ("TOKYO, Feb 3 (Agency) - Osaka and Chicago, sister cities ...") is no partner. */
static int region_named(const ct_analysis *an, const sview *v, const ct_place_mention *p)
{
    for (size_t i = 0; i < v->nplaces; i++)
        if (key_of(v->places[i]->key, "a1:") && contains(an, v->places[i]->key, p->key)) return 1;
    return 0;
}

/* Is relationship phrase k the subject of a named document right before it ("an MOU on
 * sister-city relations", "a cooperation agreement on friendship exchanges": the document's
 * kind hit, then "on", "of" or "for" and at most two words)? The document is of its own kind,
 * and says nothing of the two being sister or friendship cities unless the subject is a
 * founding ("an MOU on establishing sister-city relations"). A generic document ("an
 * agreement on twinning") takes the kind of its subject (qualified_kind()) and is not asked. */
static int document_subject(const ev_state *st, const sview *v, size_t k)
{
    const ct_analysis *an = st->an;
    if (k == 0) return 0;
    const hit *d = &v->kinds[k - 1];
    if ((d->value & KIND_GENERIC) || (d->value != CT_KIND_MOU && !document_phrase(st, d))) return 0;
    uint32_t q = d->tok + d->ntok;
    if (q + 3 < v->kinds[k].tok || q >= v->kinds[k].tok) return 0;
    if (!qualifier_word(an, q)) return 0;
    for (uint32_t i = q + 1; i < v->kinds[k].tok; i++)
        if (!(an->toks[i].flags & CT_TOK_WORD)) return 0;
    return !founded(st, v, v->kinds[k].tok);
}

/* Ties stated by sentence v. `signed_kinds` (bit per kind) are the kinds of the agreements the
 * sentence reports as signed: their ties come from the agreements' parties, so a phrase of that
 * kind adds only a `since` ("renewed their sister city agreement, sister cities for 30 years"). */
static void tie_statements(ev_state *st, const sview *v, unsigned signed_kinds)
{
    ct_analysis *an = st->an;
    if (v->cues & CUE_NEGATION) return;
    int rel[MAX_HITS]; /* indices of relationship phrases */
    size_t nrel = 0;
    for (size_t k = 0; k < v->nkinds; k++) {
        ct_when since;
        int kind = v->kinds[k].value & ~KIND_GENERIC;
        if ((signed_kinds & (1u << kind)) && tie_since(st, v, k, &since) != 1) continue;
        /* "an MOU on sister-city relations" states no sister tie; "the anniversary of their
         * sister-city pact" (or "of their pact on twinning") states one sister tie, told by
         * the phrase that names the pact's kind, not a cooperation tie too */
        int q;
        if (document_subject(st, v, k) ||
            ((v->kinds[k].value & KIND_GENERIC) &&
             (heads_kind(v, k) || (q = qualified_kind(st, v, &v->kinds[k])) == CT_KIND_SISTER ||
              q == CT_KIND_FRIENDSHIP)))
            continue;
        /* "will arrive ... to sign the twinning charter": the document of a signing
         * still to come states no tie */
        if (k < 32 && (st->kinds_planned & (1u << k))) continue;
        /* "the 25th anniversary of their twinning next year": the anniversary is
         * to come, the relationship is not */
        int anniv = anniversary_of(v, &v->kinds[k]);
        if ((relationship_phrase(an, &v->kinds[k]) || anniv) &&
            (anniv || !planned_at(an, v, &v->kinds[k])) && !in_example(st, v, v->kinds[k].tok))
            rel[nrel++] = (int)k;
    }
    if (!nrel) return;
    ct_span ev = {an->sents[v->sent].off, an->sents[v->sent].len};
    const char *keys[MAX_HITS];
    uint32_t toks[MAX_HITS], ends[MAX_HITS];
    size_t n = 0;
    int home_named = 0; /* "Tarnow's Twinning Society": named in a name */
    for (size_t i = 0; i < v->nplaces; i++) {
        const ct_place_mention *p = v->places[i];
        if (st->home && (p->flags & CT_PM_IN_ORG) && strcmp(p->key, st->home) == 0) home_named = 1;
        if (p->kind == CT_PLACE_COUNTRY || (p->flags & (CT_PM_DEMONYM | CT_PM_IN_ORG))) continue;
        if (dateline(an, p) && !region_named(an, v, p)) continue;
        const char *key = party_key(st, p);
        if (has_str(keys, n, key)) continue;
        toks[n] = p->tok;
        ends[n] = p->tok + p->ntok;
        keys[n++] = key;
    }
    if (n == 0 && refers_to_pair(st, v)) {
        ct_when since;
        int has = tie_since(st, v, (size_t)rel[0], &since);
        tie_add(st, st->home, st->partner, v->kinds[rel[0]].value & ~KIND_GENERIC,
                has ? &since : NULL, ev);
        return;
    }
    if (n == 0) return;
    if (listed_partners(st, v, rel, nrel, keys, toks, ends, n, ev)) return;
    /* beside a city, its region or country only qualifies it ("Velk in Tarnow Province", "the
     * Governor of Tarnow ... between Tarnow and Velk") */
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        int covered = 0;
        for (size_t j = 0; j < n && !covered; j++)
            covered = j != i && contains(an, keys[i], keys[j]);
        if (covered) continue;
        toks[w] = toks[i];
        ends[w] = ends[i];
        keys[w++] = keys[i];
    }
    n = w;
    for (size_t i = 0; i < n && home_named; i++)
        home_named = !contains(an, keys[i], st->home) && !contains(an, st->home, keys[i]);
    if (n == 1 && !(st->home && strcmp(keys[0], st->home) == 0) &&
        partners_unnamed(an, v, rel, nrel, toks[0], ends[0]))
        return;
    /* The anchor of the pairs: the home city when named (in a name too, or when only one
     * place is named), else the first place named. */
    const char *anchor =
        st->home && (n == 1 || home_named || has_str(keys, n, st->home)) ? st->home : keys[0];
    size_t others = 0;
    for (size_t i = 0; i < n; i++)
        others += strcmp(keys[i], anchor) != 0;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(keys[i], anchor) == 0) continue;
        if (others == 1) {
            /* one partner: every relationship the sentence names is a step of its history
             * ("a friendship city in 2004, made a sister city in 2012") */
            for (size_t j = 0; j < nrel; j++) {
                ct_when since;
                int has = tie_since(st, v, (size_t)rel[j], &since);
                tie_add(st, anchor, keys[i], v->kinds[rel[j]].value & ~KIND_GENERIC,
                        has ? &since : NULL, ev);
            }
            continue;
        }
        /* several: the relationship phrase nearest before the place, else the first after it */
        int r = rel[0];
        for (size_t j = 0; j < nrel; j++)
            if (v->kinds[rel[j]].tok < toks[i]) r = rel[j];
        ct_when since;
        int has = tie_since(st, v, (size_t)r, &since);
        tie_add(st, anchor, keys[i], v->kinds[r].value & ~KIND_GENERIC, has ? &since : NULL, ev);
    }
}

/* Does sentence s hold one of pair_since's verbs (data/event_words.tsv "begin"; a cheap test
 * before reading it)? */
static int founding_verb(const ev_state *st, size_t s)
{
    return (sentence_classes(st, s) & W_BEGIN) != 0;
}

/* "since the two towns forged ties in 1961": a beginning of the pair's relationship told
 * without its kind dates the pair's tie when the article tells one kind of it. */
static void pair_since(ev_state *st, const sview *v)
{
    const ct_analysis *an = st->an;
    if (!refers_to_pair(st, v)) return;
    for (uint32_t i = v->b; i + 2 < v->e; i++) {
        int verb = event_word(st, i, W_BEGIN), noun = 0;
        for (uint32_t j = i + 1; verb && j <= i + 2 && !noun; j++)
            noun = event_word(st, j, W_BOND) ? (int)j : 0;
        for (size_t k = 0; k < v->nkinds && noun; k++) /* "sister city relations": a kind */
            if ((uint32_t)noun >= v->kinds[k].tok &&
                (uint32_t)noun < v->kinds[k].tok + v->kinds[k].ntok)
                noun = 0;
        if (!noun) continue;
        const ct_date_mention *d = NULL;
        for (size_t k = 0; k < v->ndates && !d; k++)
            if (v->dates[k]->kind == CT_DM_DATE && !v->dates[k]->future &&
                v->dates[k]->value.start.y > 0 && v->dates[k]->tok > (uint32_t)noun &&
                v->dates[k]->tok <= (uint32_t)noun + 3)
                d = v->dates[k];
        if (!d) return;
        const ct_tie *only = NULL;
        for (int kind = CT_KIND_SISTER; kind <= CT_KIND_COOPERATION; kind++) {
            const ct_tie *t = tie_find(an, st->home, st->partner, kind);
            if (t && only) return; /* several kinds: which began then is not said */
            if (t) only = t;
        }
        if (only)
            tie_add(st, st->home, st->partner, only->kind, &d->value,
                    (ct_span){an->sents[v->sent].off, an->sents[v->sent].len});
        return;
    }
}

/* ---- the home city ---- */

/* How often each place key is named: in the body (`body`) and anywhere (`all`). */
typedef struct {
    const char *key; /* NULL: an empty slot */
    uint32_t body, all;
} tally;

/* The tallies of an->places' keys, in an open-addressing table of mask + 1 slots (a power of
 * two, at least twice the mentions, so a probe always ends): one probe per mention to count,
 * and each mention keeps its key's tally, so an ask probes nothing (a sort of all the mentions
 * cost more than every ask together). */
typedef struct {
    tally *slots; /* NULL when there was no room */
    size_t mask;
    tally **of; /* per place mention, the tally of its key, or NULL (no room) */
} tallies;

/* The slot of key in ts: its tally, or the empty slot where it would go (hashed by
 * ct_gaz_hash(), the gazetteer's hash of its names and place keys). */
static tally *tally_slot(const tallies *ts, const char *key)
{
    for (size_t k = ct_gaz_hash(key, strlen(key)) & ts->mask;; k = (k + 1) & ts->mask) {
        tally *t = &ts->slots[k];
        if (!t->key || strcmp(t->key, key) == 0) return t;
    }
}

/* The keys of an->places with their counts, in the arena. */
static tallies place_tally(const ct_analysis *an)
{
    tallies ts = {NULL, 0, NULL};
    size_t cap = 16;
    while (cap < 2 * an->places.n)
        cap *= 2;
    ts.slots = ct_arena_alloc(an->arena, cap * sizeof *ts.slots); /* cleared: every slot empty */
    if (!ts.slots) return ts;
    ts.mask = cap - 1;
    ts.of = ct_arena_alloc_raw(an->arena, (an->places.n + 1) * sizeof *ts.of);
    for (size_t i = 0; i < an->places.n; i++) {
        const ct_place_mention *p = CT_VEC_AT(&an->places, ct_place_mention, i);
        int boiler = p->sent < an->nsents && (an->sents[p->sent].flags & CT_SENT_BOILER);
        tally *t = tally_slot(&ts, p->key);
        t->key = p->key;
        t->body += boiler ? 0 : 1;
        t->all++;
        if (ts.of) ts.of[i] = t;
    }
    return ts;
}

/* The tally of key, that of place mention i: kept per mention, else found by the key (NULL
 * when there was no room). */
static const tally *tally_of(const tallies *ts, size_t i, const char *key)
{
    if (ts->of) return ts->of[i];
    const tally *t = ts->slots ? tally_slot(ts, key) : NULL;
    return t && t->key ? t : NULL;
}

/* Does the dateline at place p name a news agency's bureau ("SEOUL, May 3 (Yonhap) --",
 * "TOKYO, Feb 3 (afp) -": one word in brackets within eight tokens after it)? */
static int agency_dateline(const ct_analysis *an, const ct_place_mention *p)
{
    const ct_sentence *s = &an->sents[p->sent];
    for (uint32_t i = p->tok + p->ntok; i + 2 < s->tok + s->ntok && i < p->tok + p->ntok + 8; i++)
        if (ct_tok_is(an, i, "(") && (an->toks[i + 1].flags & CT_TOK_WORD) &&
            ct_tok_is(an, i + 2, ")"))
            return 1;
    return 0;
}

/* May place mention p be the home (home 1) or partner city: a city or region of the body? A
 * dateline tells where the story was filed: a publisher's own ("TARNOW, May 3 - The city
 * ...") may be the story's city, an agency's bureau ("TOKYO, Feb 3 (Agency) - Osaka and
 * Chicago ...") is not, and neither is ever the partner "the two cities" pair with home. */
static int city_of_body(const ct_analysis *an, const ct_place_mention *p, int home)
{
    if (p->kind == CT_PLACE_COUNTRY || (p->flags & (CT_PM_DEMONYM | CT_PM_IN_ORG))) return 0;
    if (dateline(an, p) && (!home || agency_dateline(an, p))) return 0;
    return !(p->sent < an->nsents && (an->sents[p->sent].flags & CT_SENT_BOILER));
}

/* The article's home city among the tallied places t (arena key), or NULL. */
static const char *home_city(const ct_analysis *an, const tallies *t)
{
    /* Each city or region scores its body and headline mentions; the affiliation of the first
     * mayor or governor named scores three more, so "Mayor Park of Busan" outweighs the
     * partner city named as often. */
    const char *first_leader = NULL;
    for (size_t i = 0; i < an->person_mentions.n && !first_leader; i++) {
        const ct_person_mention *m = CT_VEC_AT(&an->person_mentions, ct_person_mention, i);
        const ct_person *p = person_of(an, m);
        if (!p || !is_region_or_city(p->of)) continue;
        if (m->sent < an->nsents && (an->sents[m->sent].flags & CT_SENT_BOILER)) continue;
        if (p->title == CT_TITLE_MAYOR || p->title == CT_TITLE_GOVERNOR ||
            p->title == CT_TITLE_DEPUTY_MAYOR)
            first_leader = p->of;
    }
    const char *best = NULL;
    size_t best_n = 0;
    for (size_t i = 0; i < an->places.n; i++) {
        const ct_place_mention *p = CT_VEC_AT(&an->places, ct_place_mention, i);
        if (!city_of_body(an, p, 1)) continue;
        const tally *k = tally_of(t, i, p->key);
        size_t c = k ? k->body : 0;
        /* a mention that cannot pass the best with the three is not compared with the leader's */
        if (c + 3 > best_n && first_leader && strcmp(first_leader, p->key) == 0) c += 3;
        if (c > best_n) {
            best = p->key;
            best_n = c;
        }
    }
    return best ? best : first_leader;
}

/* The city or region other than home that the body names most (first named on a tie); never
 * home's own region nor a city inside home, and a city over the region of the same name when
 * the article names both ("Tarnow City, Tarnow Province" ... "Tarnow"). */
static const char *partner_city(const ct_analysis *an, const char *home, const tallies *t)
{
    const char *best = NULL;
    size_t best_n = 0;
    for (int pass = 0; pass < 2; pass++) {
        const char *region = best;
        best = NULL;
        best_n = 0;
        for (size_t i = 0; i < an->places.n; i++) {
            const ct_place_mention *p = CT_VEC_AT(&an->places, ct_place_mention, i);
            if (!city_of_body(an, p, 0)) continue;
            /* the count first, without comparing keys: a key's mentions share its count, so it
             * refuses the best's own key (best_n is its count) and most other mentions (a key
             * named again) */
            const tally *k = tally_of(t, i, p->key);
            size_t c = k ? k->all : 0;
            if (c <= best_n || (home && strcmp(p->key, home) == 0)) continue;
            if (home && (contains(an, p->key, home) || contains(an, home, p->key))) continue;
            if (pass == 1 && !(contains(an, region, p->key) && same_name(an, region, p->key)))
                continue;
            best = p->key;
            best_n = c;
        }
        if (pass == 0 && !(best && key_of(best, "a1:"))) return best;
        if (pass == 1 && !best) return region;
    }
    return best;
}

/* Does cue h name who accompanies after it and whom before it ("X was accompanied by Y",
 * "X was joined by Y", "X was with Y"), not the other way round ("Y accompanied X")? */
static int companion_cue(const ct_analysis *an, const hit *h)
{
    uint32_t last = h->tok + h->ntok - 1;
    return ct_ieq(ct_tok_text(an, last), an->toks[last].len, "by") ||
           ct_ieq(ct_tok_text(an, last), an->toks[last].len, "with");
}

/* Is key one of visit e's destinations or inside one ("Lublin" on a visit to Poland)? */
static int at_destination(const ct_analysis *an, const ct_event *e, const char *key)
{
    for (size_t k = 0; k < e->nkeys; k++)
        if (strcmp(e->keys[k], key) == 0 || contains(an, e->keys[k], key)) return 1;
    return 0;
}

/* Is event i (SIZE_MAX: none) told in sentence s or at most two before it, as accompany()
 * wants of the events its people join? */
static int near_event(const ct_analysis *an, size_t i, size_t s)
{
    return i != SIZE_MAX && CT_VEC_AT(&an->events, ct_event, i)->sent + 2 >= s;
}

/* "Chairman Brand ... and President Lind ... accompanied Mayor Velk", "The delegation, comprised
 * of Mayor Kim, ...": the people named join the visit and the meeting of the sentences just
 * before, when the sentence states no event of its own. */
static void accompany(ev_state *st, const sview *v, size_t trip, size_t meet)
{
    ct_analysis *an = st->an;
    const char *val;
    if (!st->accompany || v->ntriggers || !v->npersons) return;
    /* no event may take the people: the visit and the meeting (below) are too far back, and no
     * travelling party's trip (any distance) is told; the cues are then not read */
    if (!near_event(an, trip, v->sent) && !near_event(an, meet, v->sent) &&
        st->group_visit == SIZE_MAX)
        return;
    hit h[8];
    size_t nh = scan_view(an, v, st->accompany, v->b, v->e, h, 8, str_hit);
    /* a cue beside the people it adds: a person within a few words after it ("included Mayor
     * X") or just before it ("X accompanied"), not "programs which included culture" */
    size_t w = 0;
    for (size_t c = 0; c < nh; c++) {
        uint32_t end = h[c].tok + h[c].ntok;
        int near = 0;
        for (size_t i = 0; i < v->npersons && !near; i++) {
            const ct_person_mention *m = v->persons[i];
            near = (m->tok >= end && m->tok <= end + 6) ||
                   (m->tok + m->ntok <= h[c].tok && m->tok + m->ntok + 3 >= h[c].tok);
        }
        if (near) h[w++] = h[c];
    }
    nh = w;
    if (!nh) return;
    /* the guests' side of a reception takes only more guests ("a welcome was also extended
     * to ..."), not who joins the reception ("joining us were ...") */
    int guests = 0;
    for (size_t c = 0; c < nh && !guests; c++)
        guests =
            ct_lex_match(st->accompany, an, h[c].tok, v->e, &val) && strcmp(val, "guests") == 0;
    if (trip == st->guest_visit && !guests) trip = SIZE_MAX;
    /* "The delegation, including A and B, ...": the travelling party's trip, however far
     * (not "joining us were ...": the narrator may be the host) */
    int by_party = st->group_visit != SIZE_MAX && group_ref_in(st, v, v->b, v->e, 1);
    if (by_party) trip = st->group_visit;
    size_t idx[2] = {trip, meet};
    for (int k = 0; k < 2; k++) {
        if (idx[k] == SIZE_MAX) continue;
        ct_event *e = CT_VEC_AT(&an->events, ct_event, idx[k]);
        if (!near_event(an, idx[k], v->sent) && !(by_party && k == 0)) continue;
        /* "The party, made up of ..., starts its programme on April 2" */
        const ct_date_mention *d = e->has_date ? NULL : clause_date(v, v->b, v->b, v->e);
        if (d) {
            e->date = d->value;
            e->has_date = 1;
        }
        for (size_t i = 0; i < v->npersons; i++) {
            const ct_person *p = person_of(an, v->persons[i]);
            if (!p) continue;
            if (e->type == CT_EV_VISIT) {
                /* the hosts named beside the guests are no visitors, nor who joins a host
                 * ("Mayor Lind was joined by Director Brand") */
                const ct_person *anchor = NULL;
                int anchor_cue = -1;
                for (size_t c = nh; c-- > 0 && !anchor;) {
                    if (h[c].tok + h[c].ntok > v->persons[i]->tok) continue;
                    for (size_t j = i; j-- > 0 && !anchor;)
                        if (v->persons[j]->tok < h[c].tok) anchor = person_of(an, v->persons[j]);
                    anchor_cue = (int)c;
                    break;
                }
                if (anchor && anchor->of && at_destination(an, e, anchor->of)) {
                    /* the host's companion: at the host's side in the meetings told next */
                    if (st->nescort < 4 && (!st->escorted || !strcmp(st->escorted, anchor->name))) {
                        st->escorted = anchor->name;
                        st->escort[st->nescort++] = p->name;
                        st->escort_sent = v->sent;
                    }
                    continue;
                }
                /* "She was accompanied by X": a visitor's companion travels, whatever city
                 * the article gives X */
                int companion = anchor && anchor_cue >= 0 &&
                                has_str(e->people, e->npeople, anchor->name) &&
                                companion_cue(an, &h[anchor_cue]);
                if (!companion && p->of && at_destination(an, e, p->of)) continue;
            }
            add_person(e, p->name);
            /* who travels with the party is one of it */
            if (e->type == CT_EV_VISIT && has_str(st->group, st->ngroup, e->people[0]))
                group_add(st, p->name);
            if (e->type == CT_EV_MEETING && p->of) add_key(e, p->of);
        }
    }
}

/* The date of the story: the first resolved, not future date of the first three body
 * sentences, or NULL. */
static const ct_when *story_date(const ct_analysis *an)
{
    size_t body = 0;
    for (size_t s = 0; s < an->nsents && body < 3; s++) {
        if (an->sents[s].flags & (CT_SENT_BOILER | CT_SENT_TITLE)) continue;
        body++;
        for (size_t i = 0; i < an->dates.n; i++) {
            const ct_date_mention *d = CT_VEC_AT(&an->dates, ct_date_mention, i);
            if (d->sent != s || d->kind != CT_DM_DATE || d->future) continue;
            if (d->value.start.y == 0 && d->value.start.m == 0) continue;
            if (!near_publication(an, &d->value.start)) continue;
            return &d->value;
        }
    }
    return NULL;
}

/* The date a headline gives ("Pact Signed on March 3, 2019", "- Twinning charter to be signed
 * on April 8 -"): the first resolved date of a title line before the body's first sentences, near
 * publication, or NULL. */
static const ct_when *headline_date(const ct_analysis *an)
{
    for (size_t i = 0; i < an->dates.n; i++) {
        const ct_date_mention *d = CT_VEC_AT(&an->dates, ct_date_mention, i);
        int flags = an->sents[d->sent].flags;
        if (!(flags & CT_SENT_TITLE) || (flags & CT_SENT_BOILER) || d->kind != CT_DM_DATE) continue;
        if (d->value.start.y == 0 && d->value.start.m == 0) continue;
        if (!near_publication(an, &d->value.start)) continue;
        return &d->value;
    }
    return NULL;
}

/* Is a more precise than b and within it ("2019-03-03" within "2019-03")? */
static int refines(const ct_when *a, const ct_when *b)
{
    if (b->end.y || b->end.m || a->end.y || a->end.m) return 0;
    const ct_ymd *x = &a->start, *y = &b->start;
    if (x->y != y->y || y->m == 0) return 0;
    if (y->d > 0) return 0;
    return x->m == y->m && x->d > 0;
}

/* Is w a single day (no span)? */
static int one_day(const ct_when *w)
{
    return w->start.m > 0 && w->start.d > 0 && w->end.y == 0 && w->end.m == 0 && w->end.d == 0;
}

/* The first and last day of w, when both are days. */
static int day_span(const ct_when *w, ct_ymd *a, ct_ymd *b)
{
    if (w->start.m <= 0 || w->start.d <= 0) return 0;
    *a = w->start;
    *b = (w->end.m > 0 && w->end.d > 0) ? w->end : w->start;
    if (b->y == 0 && w->end.m > 0) b->y = a->y;
    return 1;
}

/* Does event o take place at one of visit vi's destinations (its place or a party there, or
 * its sentence names one: "While in Lublin on May 4, Mayor X also signed ...")? */
static int at_trip(const ct_analysis *an, const ct_event *vi, const ct_event *o)
{
    if (o->place && has_str(vi->keys, vi->nkeys, o->place)) return 1;
    for (size_t j = 0; j < o->nkeys; j++)
        if (has_str(vi->keys, vi->nkeys, o->keys[j])) return 1;
    for (size_t i = 0; i < an->places.n; i++) { /* in text order */
        const ct_place_mention *p = CT_VEC_AT(&an->places, ct_place_mention, i);
        if (p->sent > o->sent) break;
        if (p->sent == o->sent && !(p->flags & (CT_PM_DEMONYM | CT_PM_IN_ORG)) &&
            has_str(vi->keys, vi->nkeys, p->key))
            return 1;
    }
    return 0;
}

/* Does event o involve visit vi's travellers: one of them, or (a signing) their city? */
static int with_trip(const ct_analysis *an, const ct_event *vi, const ct_event *o)
{
    for (size_t j = 0; j < o->npeople; j++)
        if (has_str(vi->people, vi->npeople, o->people[j])) return 1;
    for (size_t j = 0; j < vi->npeople && o->type == CT_EV_AGREEMENT; j++) {
        const ct_person *p = person_lookup(an, vi->people[j]);
        if (p && p->of && has_str(o->keys, o->nkeys, p->of)) return 1;
    }
    return 0;
}

/* The last day a later sentence gives for visit vi's trip: within TRIP_END_SPAN sentences
 * after it, a sentence that names one of its destinations or travellers and a word of
 * data/trip_end_cues.tsv followed by a single day ("leaves Tarnow on May 9"), or
 * NULL. */
static const ct_date_mention *trip_end(const ct_analysis *an, const ct_lexicon *cues,
                                       const ct_event *vi)
{
    const ct_date_mention *best = NULL;
    for (size_t i = 0; cues && i < an->dates.n; i++) {
        const ct_date_mention *d = CT_VEC_AT(&an->dates, ct_date_mention, i);
        if (d->sent <= vi->sent || d->sent > vi->sent + TRIP_END_SPAN) continue;
        if (d->kind != CT_DM_DATE || !one_day(&d->value)) continue;
        uint32_t b = an->sents[d->sent].tok;
        int cue = 0;
        for (uint32_t k = d->tok; k-- > b && k + 4 > d->tok && !cue;)
            cue = ct_lex_tok(cues, an, k) != NULL;
        if (!cue) continue;
        int named = 0;
        for (size_t j = 0; j < an->places.n && !named; j++) {
            const ct_place_mention *p = CT_VEC_AT(&an->places, ct_place_mention, j);
            named = p->sent == d->sent && has_str(vi->keys, vi->nkeys, p->key);
        }
        for (size_t j = 0; j < an->person_mentions.n && !named; j++) {
            const ct_person_mention *m = CT_VEC_AT(&an->person_mentions, ct_person_mention, j);
            const ct_person *p = m->sent == d->sent ? person_of(an, m) : NULL;
            named = p && has_str(vi->people, vi->npeople, p->name);
        }
        if (named) best = d;
    }
    return best;
}

/* A visit's date spans the first to the last day the article gives for that trip: a meeting or
 * signing at one of its destinations, with one of its visitors, or another stop of the tour (a
 * visit by one of them), within two weeks of its days ("flew to Poland on May 2 ... signed the
 * pact there on May 3": 05-02/05-03). With
 * undated set, only visits with no date of their own, from the days of their trip alone ("went
 * to Lublin ... signed there on May 3 ... While in Lublin on May 4, ..."). */
static void span_trips(ct_analysis *an, const ct_lexicon *ends, int undated)
{
    /* the dates as told, so that the stops of one tour widen each other in any order */
    ct_when *told = an->events.n ? ct_arena_alloc(an->arena, an->events.n * sizeof *told) : NULL;
    if (!told) return;
    for (size_t i = 0; i < an->events.n; i++)
        told[i] = CT_VEC_AT(&an->events, ct_event, i)->date;
    for (size_t i = 0; i < an->events.n; i++) {
        ct_event *vi = CT_VEC_AT(&an->events, ct_event, i);
        ct_ymd a = {0}, b = {0};
        if (vi->type != CT_EV_VISIT || vi->planned) continue;
        if (undated ? vi->has_date : !vi->has_date || !day_span(&vi->date, &a, &b)) continue;
        int found = !undated;
        for (size_t k = 0; k < an->events.n; k++) {
            const ct_event *o = CT_VEC_AT(&an->events, ct_event, k);
            /* another stop of the same tour (a visit by one of its travellers) counts anywhere */
            int stop = o->type == CT_EV_VISIT && o != vi && !undated;
            if (o->type != CT_EV_MEETING && o->type != CT_EV_AGREEMENT && !stop) continue;
            const ct_when *w = &told[k];
            if (o->planned || !o->has_date || !one_day(w)) continue;
            if (found && w->start.y != a.y) continue;
            if (!(stop || at_trip(an, vi, o)) || !with_trip(an, vi, o)) continue;
            if (!found) {
                a = b = w->start;
                found = 1;
                continue;
            }
            long d = ct_ymd_days(&w->start);
            if (d < ct_ymd_days(&b) - 14 || d > ct_ymd_days(&a) + 14) continue;
            if (d < ct_ymd_days(&a)) a = w->start;
            if (d > ct_ymd_days(&b)) b = w->start;
        }
        /* "... leaves Tarnow on May 9" */
        const ct_date_mention *last = found && !undated ? trip_end(an, ends, vi) : NULL;
        if (last) {
            ct_ymd x = last->value.start;
            if (x.y == 0) x.y = a.y;
            long d = ct_ymd_days(&x);
            if ((x.y == a.y || a.y == 0) && d > ct_ymd_days(&b) && d <= ct_ymd_days(&a) + 14)
                b = last->value.start;
        }
        if (!found || (!undated && ct_ymd_days(&a) == ct_ymd_days(&b))) continue;
        vi->date.start = a;
        vi->date.end = ct_ymd_days(&a) == ct_ymd_days(&b) ? (ct_ymd){0} : b;
        vi->has_date = 1;
    }
}

/* No one visits home: a visit's destination that is every visitor's own place (a person's
 * city, an unnamed delegation's city or a place inside it) goes; a visit left with none goes
 * too. */
static void drop_home_visits(const ev_state *st)
{
    ct_analysis *an = st->an;
    size_t w = 0;
    for (size_t i = 0; i < an->events.n; i++) {
        ct_event *e = CT_VEC_AT(&an->events, ct_event, i);
        if (e->type == CT_EV_VISIT) {
            uint8_t n = 0;
            for (size_t k = 0; k < e->nkeys; k++) {
                int home = e->npeople > 0;
                for (size_t j = 0; j < e->npeople && home; j++) {
                    const char *who = e->people[j];
                    const ct_person *p = strchr(who, ':') ? NULL : person_named(st, who);
                    home = p ? p->of && strcmp(p->of, e->keys[k]) == 0
                             : strchr(who, ':') &&
                                   (strcmp(who, e->keys[k]) == 0 || contains(an, who, e->keys[k]));
                }
                if (!home) e->keys[n++] = e->keys[k];
            }
            e->nkeys = n;
            if (!n) continue;
        }
        if (w != i) *CT_VEC_AT(&an->events, ct_event, w) = *e;
        w++;
    }
    an->events.n = w;
}

/* Does list b hold every string of list a? */
static int sub_list(const char *const *a, size_t na, const char *const *b, size_t nb)
{
    for (size_t i = 0; i < na; i++)
        if (!has_str(b, nb, a[i])) return 0;
    return 1;
}

/* Do lists a and b hold the same strings (in any order; neither repeats one)? */
static int same_list(const char *const *a, size_t na, const char *const *b, size_t nb)
{
    return na == nb && sub_list(a, na, b, nb);
}

#define SAME_VISITS 64 /* earlier events a visit or meeting is compared with (bounded work) */

/* Does the span of days of a hold every day of b (and a is the longer)? */
static int span_holds(const ct_when *a, const ct_when *b)
{
    ct_ymd a0, a1, b0, b1;
    if (!day_span(a, &a0, &a1) || !day_span(b, &b0, &b1) || a0.y == 0 || b0.y == 0) return 0;
    long x0 = ct_ymd_days(&a0), x1 = ct_ymd_days(&a1), y0 = ct_ymd_days(&b0), y1 = ct_ymd_days(&b1);
    return x0 <= y0 && y1 <= x1 && x1 - x0 > y1 - y0;
}

/* Is event e, told after o, the same event told again? 1: a copy (same visitors or participants,
 * destinations, date and planning: "visited Tarnow on May 3 ... During the visit, she met ...");
 * a visit by the same visitors to some of o's destinations on a day inside o's span of days is
 * a day of o's trip, so also a copy; 2: a meeting of the same participants told again with a day
 * inside o's span of days (a trip's summary "for an official meeting with Mayor X", then "On
 * Thursday, we met with Mayor X"), which is the more precise telling; a meeting of the same
 * participants on the same day in the same place (or both held from afar) is a copy too; 0
 * otherwise. */
static int retells(const ct_event *o, const ct_event *e)
{
    if (o->type != e->type || o->planned != e->planned ||
        !same_list(o->people, o->npeople, e->people, e->npeople))
        return 0;
    if (e->type == CT_EV_VISIT) {
        if (o->has_date && e->has_date && span_holds(&o->date, &e->date)) /* a day of the trip */
            return sub_list(e->keys, e->nkeys, o->keys, o->nkeys);
        return o->has_date == e->has_date &&
               (!e->has_date ||
                (same_ymd(o->date.start, e->date.start) && same_ymd(o->date.end, e->date.end))) &&
               same_list(o->keys, o->nkeys, e->keys, e->nkeys);
    }
    if (e->type == CT_EV_MEETING && e->npeople >= 2 && o->has_date && e->has_date &&
        span_holds(&o->date, &e->date))
        return 2;
    /* the same people on the same day in the same place (or both from afar): one meeting
     * ("held an online meeting ... During the meeting, they signed ... by video conference") */
    if (e->type == CT_EV_MEETING && e->npeople >= 2 && o->has_date && e->has_date &&
        one_day(&o->date) && same_ymd(o->date.start, e->date.start) &&
        same_ymd(o->date.end, e->date.end) &&
        (o->place ? e->place && strcmp(o->place, e->place) == 0 : !e->place))
        return 1;
    return 0;
}

/* Is meeting e, told after o, the same gathering told with other guests (the same place and
 * day, two people in both: a photo caption's "A, B and C at the reception" and the text's "A
 * welcomed B, D and E")? */
static int same_gathering(const ct_event *o, const ct_event *e)
{
    if (o->type != CT_EV_MEETING || e->type != CT_EV_MEETING || o->planned != e->planned ||
        !o->place || !e->place || strcmp(o->place, e->place) != 0 || !o->has_date || !e->has_date ||
        !same_ymd(o->date.start, e->date.start) || !same_ymd(o->date.end, e->date.end))
        return 0;
    size_t shared = 0;
    for (size_t i = 0; i < e->npeople; i++)
        shared += has_str(o->people, o->npeople, e->people[i]);
    return shared >= 2;
}

/* Is agreement e, told after o, a definite retelling of it ("... signed an MOU with Tarnow, the
 * city said Tuesday. Mayor X and Mayor Y signed the MOU at City Hall on Monday"): the same
 * parties and kind, within TOLD_SPAN sentences, and no other year? */
static int agreement_retold(const ct_event *o, const ct_event *e)
{
    return o->type == CT_EV_AGREEMENT && e->type == CT_EV_AGREEMENT && e->definite &&
           o->sent < e->sent && e->sent <= o->sent + TOLD_SPAN && o->kind == e->kind &&
           o->planned == e->planned && same_list(o->keys, o->nkeys, e->keys, e->nkeys) &&
           !(o->has_date && e->has_date && o->date.start.y && e->date.start.y &&
             o->date.start.y != e->date.start.y); /* "their first MOU in 2006": another */
}

/* Merges the events told twice (retells): a copy gives its topics to the first telling and goes;
 * a more precise telling takes the first telling's place, with both's topics. Runs last, once
 * the rules that extend an event told in a given sentence have run. */
static void merge_retold(ct_analysis *an)
{
    size_t w = 0;
    for (size_t i = 0; i < an->events.n; i++) {
        ct_event *e = CT_VEC_AT(&an->events, ct_event, i);
        int how = 0;
        for (size_t k = w, n = 0;
             (e->type == CT_EV_VISIT || e->type == CT_EV_MEETING || e->type == CT_EV_AGREEMENT) &&
             k-- > 0 && n < SAME_VISITS && !how;
             n++) {
            ct_event *o = CT_VEC_AT(&an->events, ct_event, k);
            how = retells(o, e);
            if (!how && agreement_retold(o, e)) how = 3;
            if (!how && same_gathering(o, e)) {
                for (size_t j = 0; j < e->npeople; j++)
                    add_person(o, e->people[j]);
                for (size_t j = 0; j < e->nkeys; j++)
                    add_key(o, e->keys[j]);
                how = 1;
            }
            if (how == 1) o->topics |= e->topics;
            if (how ==
                3) { /* an agreement retold: its signatories, and its date if the first had none */
                for (size_t j = 0; j < e->npeople; j++)
                    add_person(o, e->people[j]);
                o->topics |= e->topics;
                if (!o->has_date && e->has_date) {
                    o->date = e->date;
                    o->has_date = 1;
                }
            }
            if (how == 2) {
                uint32_t topics = o->topics | e->topics;
                *o = *e;
                o->topics = topics;
            }
        }
        if (how) continue;
        if (w != i) *CT_VEC_AT(&an->events, ct_event, w) = *e;
        w++;
    }
    an->events.n = w;
}

/* The last single day written in sentences (from, to] that falls within the days of span w
 * (a span of several days), or NULL. */
static const ct_date_mention *day_within(const ct_analysis *an, size_t from, size_t to,
                                         const ct_when *w)
{
    ct_ymd a, b;
    if (one_day(w) || !day_span(w, &a, &b)) return NULL;
    const ct_date_mention *best = NULL;
    for (size_t i = 0; i < an->dates.n; i++) {
        const ct_date_mention *d = CT_VEC_AT(&an->dates, ct_date_mention, i);
        if (d->sent <= from || d->sent > to) continue;
        if (d->kind != CT_DM_DATE || !one_day(&d->value)) continue;
        if (an->sents[d->sent].flags & (CT_SENT_BOILER | CT_SENT_TITLE)) continue;
        ct_ymd x = d->value.start;
        if (x.y != a.y && x.y != 0 && a.y != 0) continue;
        if (x.y == 0) x.y = a.y;
        long z = ct_ymd_days(&x);
        if (z >= ct_ymd_days(&a) && z <= ct_ymd_days(&b)) best = d;
    }
    return best;
}

/* Remembers the last specific agreement kind named (not a generic "agreement" nor plain
 * cooperation), for a later "the agreement" to refer to. */
static void note_kinds(ev_state *st, const hit *kinds, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (!(kinds[k].value & KIND_GENERIC) && kinds[k].value != CT_KIND_COOPERATION)
            st->last_kind = kinds[k].value;
}

/* "the delegation led by Mayor X", "The visitors, headed by X, ...": X leads the travelling
 * party; X joins it and its trip (an unnamed delegation's key gives way to its leader). */
static void group_leader(ev_state *st, const sview *v)
{
    ct_analysis *an = st->an;
    if (!st->group_refs || !st->ngroup || v->sent > st->group_sent + GROUP_SPAN) return;
    /* a reference is read only before "led by" or "headed by": without them, none is; and
     * without a word of leading (data/party_words.tsv "lead": "led", "headed"), neither is */
    if (st->party_words && !(sentence_classes(st, v->sent) & P_LEAD)) return;
    int led = 0;
    for (uint32_t k = v->b + 1; k < v->e && !led; k++)
        led = ct_ieq(ct_tok_text(an, k), an->toks[k].len, "by") &&
              (ct_ieq(ct_tok_text(an, k - 1), an->toks[k - 1].len, "led") ||
               ct_ieq(ct_tok_text(an, k - 1), an->toks[k - 1].len, "headed"));
    for (uint32_t i = v->b; i < v->e && led; i++) {
        const char *val;
        size_t len = ct_lex_match(st->group_refs, an, i, v->e, &val);
        if (!len || strcmp(val, "first") == 0) continue;
        uint32_t k = i + (uint32_t)len;
        if (k < v->e && an->text[an->toks[k].off] == ',') k++;
        if (k + 1 >= v->e || !ct_ieq(ct_tok_text(an, k + 1), an->toks[k + 1].len, "by") ||
            !(ct_ieq(ct_tok_text(an, k), an->toks[k].len, "led") ||
              ct_ieq(ct_tok_text(an, k), an->toks[k].len, "headed")))
            continue;
        for (size_t j = 0; j < v->npersons; j++) {
            const ct_person_mention *m = v->persons[j];
            const ct_person *p = person_of(an, m);
            if (!p || m->tok < k + 2 || m->tok > k + 5) continue;
            group_add(st, p->name);
            st->group_sent = v->sent;
            if (st->group_visit == SIZE_MAX) return;
            ct_event *e = CT_VEC_AT(&an->events, ct_event, st->group_visit);
            size_t w = 0;
            for (size_t q = 0; q < e->npeople; q++)
                if (!strchr(e->people[q], ':')) e->people[w++] = e->people[q];
            e->npeople = (uint8_t)w;
            add_person(e, p->name);
            return;
        }
    }
}

/* Has a visit by who to key already been told? */
static int visit_told(const ct_analysis *an, const char *who, const char *key)
{
    for (size_t k = 0; k < an->events.n; k++) {
        const ct_event *o = CT_VEC_AT(&an->events, ct_event, k);
        if (o->type == CT_EV_VISIT && has_str(o->keys, o->nkeys, key) &&
            has_str(o->people, o->npeople, who))
            return 1;
    }
    return 0;
}

/* "X will join the town's jubilee. The festivities take place from 2 to 6 June in Y": where
 * the sentence after sentence s (in its paragraph) says the occasion takes place or is held
 * ("take place ... in Y", "be held in Y"), or NULL; *when is that sentence's first date, or
 * NULL. */
static const char *venue_next(const ct_analysis *an, size_t s, const ct_date_mention **when)
{
    *when = NULL;
    if (s + 1 >= an->nsents || an->sents[s + 1].para != an->sents[s].para) return NULL;
    uint32_t b = an->sents[s + 1].tok, e = b + an->sents[s + 1].ntok, at = e;
    for (uint32_t k = b; k < e && at == e; k++) {
        const char *t = ct_tok_text(an, k);
        size_t n = an->toks[k].len;
        if (ct_ieq(t, n, "held") || (ct_ieq(t, n, "place") && k > b && an->toks[k - 1].len >= 4 &&
                                     ct_ieq(ct_tok_text(an, k - 1), 3, "tak")))
            at = k;
    }
    const char *where = NULL;
    for (size_t i = 0; i < an->places.n && !where; i++) {
        const ct_place_mention *p = CT_VEC_AT(&an->places, ct_place_mention, i);
        if (p->tok <= at || p->tok >= e || p->kind == CT_PLACE_COUNTRY ||
            (p->flags & (CT_PM_DEMONYM | CT_PM_IN_ORG)))
            continue;
        if (ct_ieq(ct_tok_text(an, p->tok - 1), an->toks[p->tok - 1].len, "in")) where = p->key;
    }
    for (size_t i = 0; i < an->dates.n && where && !*when; i++) {
        const ct_date_mention *d = CT_VEC_AT(&an->dates, ct_date_mention, i);
        if (d->sent == s + 1 && d->kind == CT_DM_DATE && (d->value.start.y || d->value.start.m))
            *when = d;
    }
    return where;
}

/* "Among the participants were Mayor A of Tarnow and Mayor B of Lublin" (data/participant_cues.tsv,
 * opening the sentence): the people named took part in the conference told in the sentence
 * before, and those of another city the article states visited its venue, on its days. */
static void participants_listed(ev_state *st, const sview *v)
{
    ct_analysis *an = st->an;
    hit h[1];
    const char *val;
    size_t len;
    /* scan()'s first hit, when it is at the sentence's first token: that token's match alone */
    if (!st->listed || !v->npersons || v->sent == 0 ||
        !(an->toks[v->b].flags & (CT_TOK_WORD | CT_TOK_NUM)) ||
        !(len = ct_lex_match(st->listed, an, v->b, v->e, &val)))
        return;
    h[0] = (hit){v->b, (uint32_t)len, 1};
    size_t ci = SIZE_MAX;
    for (size_t i = an->events.n; i-- > 0 && ci == SIZE_MAX;) {
        const ct_event *c = CT_VEC_AT(&an->events, ct_event, i);
        if (c->sent + 1 < v->sent) break;
        if (c->type == CT_EV_CONFERENCE && c->sent < v->sent) ci = i;
    }
    if (ci == SIZE_MAX) return;
    for (size_t i = 0; i < v->npersons; i++) {
        const ct_person *p = person_of(an, v->persons[i]);
        ct_event *c = CT_VEC_AT(&an->events, ct_event, ci);
        if (!p || v->persons[i]->tok < h[0].tok + h[0].ntok) continue;
        add_person(c, p->name);
        const char *where = c->place;
        if (!where || !is_region_or_city(p->of) || strcmp(p->of, where) == 0 ||
            contains(an, p->of, where) || contains(an, where, p->of) ||
            visit_told(an, p->name, where))
            continue;
        ct_event e = {0};
        add_person(&e, p->name);
        add_key(&e, where);
        ct_when date = c->date;
        int has_date = c->has_date, planned = c->planned;
        st->trigger = &h[0];
        ct_event *out = event_new(st, CT_EV_VISIT, v, &e);
        st->trigger = NULL;
        if (!out) return;
        out->date = date;
        out->has_date = (uint8_t)has_date;
        out->planned = (uint8_t)planned;
    }
}

/* "Mayor X of Tarnow attended the celebration in Lublin", "... took part in the forum at Lublin
 * City Hall": who attends an occasion in a city other than their own (one the article states)
 * visited it (planned when invited to). The place is the first city or region after the word
 * of attendance that follows "in" or "at" (a seat of government, or a place after "of", a few
 * words after it: "at the main hall of Lublin"). */
static void attend_visit(ev_state *st, const sview *v)
{
    ct_analysis *an = st->an;
    if (!st->attend || (v->cues & CUE_NEGATION) || !v->npersons || remote(st, v)) return;
    const hit *cues = v->attend; /* (view_build() read them: the sentence names someone) */
    size_t nc = v->nattend;
    uint32_t from = v->b;
    for (size_t c = 0; c < nc; from = cues[c].tok + cues[c].ntok, c++) {
        uint32_t end = cues[c].tok + cues[c].ntok;
        /* "was attended by X": the attendees come after, and the place before */
        const char *w = ct_tok_text(an, cues[c].tok - (cues[c].tok > v->b));
        size_t wn = an->toks[cues[c].tok - (cues[c].tok > v->b)].len;
        if (ct_ieq(w, wn, "was") || ct_ieq(w, wn, "were") || ct_ieq(w, wn, "been")) continue;
        const char *where = NULL;
        for (size_t i = 0; i < v->nplaces && !where; i++) {
            const ct_place_mention *p = v->places[i];
            if (p->tok < end || p->kind == CT_PLACE_COUNTRY || (p->flags & CT_PM_DEMONYM)) continue;
            if ((p->flags & CT_PM_IN_ORG) && !(p->flags & CT_PM_GOV)) continue;
            /* a seat of government, or a hall "of" the city ("at the main hall of X") */
            int of =
                p->tok > end && ct_ieq(ct_tok_text(an, p->tok - 1), an->toks[p->tok - 1].len, "of");
            uint32_t reach = (p->flags & CT_PM_GOV) || of ? 5 : 1;
            /* the word of attendance may end with the "in" ("participate in X") */
            for (uint32_t k = p->tok; k-- > end - 1 && p->tok - k <= reach && !where;) {
                const char *t = ct_tok_text(an, k);
                if (ct_ieq(t, an->toks[k].len, "in") || ct_ieq(t, an->toks[k].len, "at"))
                    where = p->key;
            }
        }
        /* no venue here: where the next sentence holds the occasion */
        const ct_date_mention *when = NULL;
        if (!where) where = venue_next(an, v->sent, &when);
        if (!where) continue;
        ct_event e = {0};
        for (size_t i = 0; i < v->npersons; i++) {
            const ct_person_mention *m = v->persons[i];
            const ct_person *p = person_of(an, m);
            if (!p || m->tok < from || m->tok >= cues[c].tok || !is_region_or_city(p->of)) continue;
            if (strcmp(p->of, where) == 0 || contains(an, p->of, where) ||
                contains(an, where, p->of))
                continue;
            if (!visit_told(an, p->name, where)) add_person(&e, p->name);
        }
        if (!e.npeople) continue;
        add_key(&e, where);
        st->trigger = &cues[c];
        ct_event *out = event_new(st, CT_EV_VISIT, v, &e);
        st->trigger = NULL;
        if (!out) return;
        /* "invited Y to take part in X's spring fair", "was invited to attend": a
         * planned visit */
        for (size_t i = 0; i < v->ntriggers; i++)
            if (v->triggers[i].value == EV_INVITE && v->triggers[i].tok < cues[c].tok)
                out->planned = 1;
        for (uint32_t k = v->b; k < cues[c].tok; k++)
            if (an->toks[k].len >= 6 && ct_ieq(ct_tok_text(an, k), 6, "invita")) out->planned = 1;
        if (when) { /* the occasion's dates */
            out->date = when->value;
            out->has_date = 1;
            if (when->future) out->planned = 1;
        } else
            set_date(an, out, v, cues[c].tok);
        out->topics = event_topics(st, v->sent, CT_EV_VISIT);
        return;
    }
}

/* "The pact was signed in Lublin on 2 March. It was signed by Mayor A and Mayor B.":
 * the place the sentence before sentence s (in its paragraph) says a signing took place in
 * ("signed in X", "inked in X"), or NULL. */
static const char *signed_in_before(const ct_analysis *an, size_t s)
{
    if (s == 0 || an->sents[s - 1].para != an->sents[s].para) return NULL;
    for (size_t i = 0; i < an->places.n; i++) {
        const ct_place_mention *p = CT_VEC_AT(&an->places, ct_place_mention, i);
        if (p->sent != s - 1 || (p->flags & (CT_PM_DEMONYM | CT_PM_IN_ORG)) || p->tok < 2) continue;
        if (!ct_ieq(ct_tok_text(an, p->tok - 1), an->toks[p->tok - 1].len, "in")) continue;
        const char *w = ct_tok_text(an, p->tok - 2);
        size_t n = an->toks[p->tok - 2].len;
        if ((n >= 4 && ct_ieq(w, 4, "sign")) || ct_ieq(w, n, "inked")) return p->key;
    }
    return NULL;
}

/* "The document was signed in Tarnow", "On May 9, in Poland, the mayors of Tarnow and Lublin
 * signed ...", "... inked the agreement at the provincial office": a signatory from elsewhere
 * signing where the text places the signing visited it, as a guest received at City Hall
 * does. The place is one named after "in" before the trigger or right after it ("signed in"),
 * the seat of a government after "at", else the home city when a word of hosting says so.
 * Diplomats are posted where they sign. Events [first, n) are the agreements of trigger tr. */
static void signing_visit(ev_state *st, const sview *v, const hit *tr, size_t first)
{
    ct_analysis *an = st->an;
    const ct_event *ag = CT_VEC_AT(&an->events, ct_event, first);
    if (ag->planned || !ag->npeople || remote(st, v)) return;
    const char *where = NULL;
    uint32_t end = tr->tok + tr->ntok;
    for (size_t i = 0; i < v->nplaces && !where; i++) {
        const ct_place_mention *p = v->places[i];
        if ((p->flags & CT_PM_DEMONYM) || ((p->flags & CT_PM_IN_ORG) && !(p->flags & CT_PM_GOV)))
            continue;
        if (p->tok == 0 || in_example(st, v, p->tok)) continue;
        int in = ct_ieq(ct_tok_text(an, p->tok - 1), an->toks[p->tok - 1].len, "in");
        if ((in && (p->tok < tr->tok || p->tok <= end + 1)) || seat_at(an, tr, p)) where = p->key;
    }
    /* "at the provincial office", "at City Hall": a seat named without its city is the home
     * city's, unless the sentence tells a trip elsewhere */
    hit hc[4];
    size_t nh = !where && st->home && st->host_cues
                    ? scan_view(an, v, st->host_cues, v->b, v->e, hc, 4, str_hit)
                    : 0;
    for (size_t i = 0; i < nh && !where; i++) {
        uint32_t k = hc[i].tok;
        if (k > v->b && ct_ieq(ct_tok_text(an, k - 1), an->toks[k - 1].len, "the")) k--;
        if (k > v->b && ct_ieq(ct_tok_text(an, k - 1), an->toks[k - 1].len, "at")) where = st->home;
    }
    for (size_t i = 0; i < v->ntriggers && where == st->home; i++)
        if (v->triggers[i].value == CT_EV_VISIT) where = NULL;
    if (!where) where = signed_in_before(an, v->sent);
    if (!where) return;
    ct_event e = {0};
    for (size_t i = 0; i < ag->npeople; i++) {
        const ct_person *p = person_named(st, ag->people[i]);
        if (!p || !is_region_or_city(p->of) || strcmp(p->of, where) == 0) continue;
        if (contains(an, p->of, where) || contains(an, where, p->of)) continue;
        if (p->title == CT_TITLE_CONSUL_GENERAL || p->title == CT_TITLE_CONSUL ||
            p->title == CT_TITLE_AMBASSADOR)
            continue;
        if (!visit_told(an, p->name, where)) add_person(&e, p->name);
    }
    if (!e.npeople) return;
    add_key(&e, where);
    ct_event *out = event_new(st, CT_EV_VISIT, v, &e);
    if (!out) return;
    ag = CT_VEC_AT(&an->events, ct_event, first); /* the push may have moved it */
    out->planned = 0;
    out->date = ag->date;
    out->has_date = ag->has_date;
}

int ct_events_find(ct_analysis *an)
{
    ev_state st = {0};
    st.an = an;
    st.guest_visit = st.group_visit = SIZE_MAX;
    ev_tables found; /* a context without its tables (ct_events_lex_open()): this article's */
    const ev_tables *el = an->ctx->events ? &an->ctx->events->tab : &found;
    if (!an->ctx->events) events_lex_find(an->ctx->lex, &found);
    st.lex = an->ctx->events;
    st.triggers = el->triggers;
    st.kinds = el->kinds;
    st.cues = el->cues;
    st.topics = el->topics;
    st.topic_bit = ct_lex_bit(st.topics);
    st.fc = el->fc;
    if (!st.triggers || !st.kinds || !st.cues || !st.topics) return 0;
    tallies t = place_tally(an);
    const char *home = home_city(an, &t);
    st.home = home; /* a key of an->places, which lives as long as the analysis */
    st.partner = partner_city(an, st.home, &t);
    const ct_when *story = story_date(an);
    st.story_year = story && story->start.y > 0 ? story->start.y
                    : an->has_published         ? an->published.start.y
                                                : 0;
    st.pairs = el->pairs;
    st.accompany = el->accompany;
    st.examples = el->examples;
    st.host_cues = el->host_cues;
    st.reports = el->reports;
    st.group_refs = el->group_refs;
    st.attend = el->attend;
    st.listed = el->listed;
    st.party_words = el->party_words;
    st.event_words = el->event_words;
    st.org_heads = el->org_heads;
    st.wclass = ct_arena_alloc(an->arena, an->ntoks * sizeof *st.wclass); /* NULL: not kept */
    st.topic_memo = ct_arena_alloc(an->arena, TOPIC_MEMO * sizeof *st.topic_memo);
    st.cands = ct_arena_alloc_raw(an->arena, an->ntoks * sizeof *st.cands);
    st.cand_at = ct_arena_alloc(an->arena, an->nsents * sizeof *st.cand_at);
    st.cand_n = ct_arena_alloc_raw(an->arena, an->nsents * sizeof *st.cand_n);
    uint64_t ebit = ct_lex_bit(st.event_words), pbit = ct_lex_bit(st.party_words);
    if ((ebit || !st.event_words) && (pbit || !st.party_words)) st.wbits = ebit | pbit;
    st.ebit = ebit; /* a table without a mark is read for every word (no gate) */
    st.pbit = pbit;
    st.named = ct_arena_alloc_raw(an->arena, an->people.n * sizeof *st.named); /* NULL: none */
    for (size_t i = 0; st.named && i < an->people.n; i++)
        st.named[i] = NAMED_UNREAD;
    st.sent_topics = ct_arena_alloc(an->arena, an->nsents * sizeof *st.sent_topics);
    st.sent_own = ct_arena_alloc(an->arena, an->nsents * sizeof *st.sent_own);
    st.sent_scan = ct_arena_alloc(an->arena, an->nsents * sizeof *st.sent_scan);
    st.sent_pair = ct_arena_alloc(an->arena, an->nsents * sizeof *st.sent_pair);
    st.pair_val = ct_arena_alloc_raw(an->arena, an->nsents * sizeof *st.pair_val);
    st.sent_class = ct_arena_alloc(an->arena, an->nsents * sizeof *st.sent_class);
    /* the last visit and the last meeting told before each sentence (indices into an->events,
     * or SIZE_MAX), followed over the events as they are told: this pass only appends them */
    size_t trip_before = SIZE_MAX, meet_before = SIZE_MAX, seen = 0;
    for (size_t s = 0; s < an->nsents; s++) {
        if (an->sents[s].flags & CT_SENT_BOILER) continue;
        if (an->sents[s].flags & CT_SENT_TITLE) {
            /* a headline names the kind that "the agreement" of the body refers to (the walk
             * reads every table of its view, which the pass that dates the ties takes) */
            hit h[VIEW_TABS][MAX_HITS];
            scan_tab tabs[VIEW_TABS];
            sentence_read(&st, s, h, tabs);
            const hit *kinds = h[TAB_KINDS];
            size_t nk = tabs[TAB_KINDS].n;
            note_kinds(&st, kinds, nk);
            /* the kind of a document the headline names ("X signs twinning pact with
             * Y"), not of a relationship it celebrates ("15 years of sisterhood") */
            for (size_t k = 0; k < nk; k++)
                if (!(kinds[k].value & KIND_GENERIC) && kinds[k].value != CT_KIND_COOPERATION &&
                    (document_phrase(&st, &kinds[k]) ||
                     (k + 1 < nk && (kinds[k + 1].value & KIND_GENERIC) &&
                      kinds[k].tok + kinds[k].ntok + 2 >= kinds[k + 1].tok)))
                    st.title_kind = kinds[k].value;
            continue;
        }
        sview v;
        view_build(&st, s, &v);
        for (; seen < an->events.n; seen++) {
            int type = CT_VEC_AT(&an->events, ct_event, seen)->type;
            if (type == CT_EV_VISIT) trip_before = seen;
            if (type == CT_EV_MEETING) meet_before = seen;
        }
        note_kinds(&st, v.kinds, v.nkinds);
        size_t before_sent = an->events.n;
        group_leader(&st, &v);
        if (!(v.cues & CUE_NEGATION)) {
            int done[EV_INVITE + 1] = {0};
            st.kinds_signed = st.kinds_planned = 0;
            if (attend_told(&st, &v, meet_before)) done[CT_EV_MEETING] = done[CT_EV_CULTURAL] = 1;
            for (size_t i = 0; i < v.ntriggers; i++) {
                const hit *tr = &v.triggers[i];
                if (done[tr->value] || in_example(&st, &v, tr->tok)) continue;
                size_t before = an->events.n;
                st.trigger = tr;
                if (tr->value == CT_EV_VISIT)
                    visit_event(&st, &v, tr);
                else if (tr->value == CT_EV_MEETING)
                    meeting_event(&st, &v, tr);
                else if (tr->value == CT_EV_AGREEMENT) {
                    agreement_event(&st, &v, tr);
                    if (an->events.n > before) signing_visit(&st, &v, tr, before);
                } else if (tr->value == EV_INVITE)
                    invite_event(&st, &v, tr);
                else
                    other_event(&st, &v, tr);
                /* a sentence may report several documents ("signed an MOU ... and concluded
                 * a cooperation agreement"), each with its own phrase */
                if (an->events.n > before && tr->value != CT_EV_AGREEMENT) done[tr->value] = 1;
            }
        }
        unsigned signed_kinds = 0;
        for (size_t i = before_sent; i < an->events.n; i++) {
            const ct_event *e = CT_VEC_AT(&an->events, ct_event, i);
            if (e->type == CT_EV_AGREEMENT && !e->planned) signed_kinds |= 1u << e->kind;
        }
        if (!(v.cues & CUE_NEGATION)) attend_visit(&st, &v);
        participants_listed(&st, &v);
        tie_statements(&st, &v, signed_kinds);
        accompany(&st, &v, trip_before, meet_before);
    }
    drop_home_visits(&st);
    /* Every agreement that took place between two places is a tie of its kind, since the date
     * its own clause gives, or the story's date when the lead (the first three sentences of
     * the body) reports it; one told later without a date is background, its start unknown. */
    size_t lead_end = 0;
    for (size_t body = 0; lead_end < an->nsents && body < 3; lead_end++)
        body += !(an->sents[lead_end].flags & (CT_SENT_BOILER | CT_SENT_TITLE));
    for (size_t i = 0; i < an->events.n; i++) {
        ct_event *e = CT_VEC_AT(&an->events, ct_event, i);
        if (e->type != CT_EV_AGREEMENT || e->planned) continue;
        const ct_when *since = e->has_date ? &e->date : e->sent < lead_end ? story : NULL;
        for (size_t k = 1; k < e->nkeys; k++)
            tie_add(&st, e->keys[0], e->keys[k], e->kind, e->renewal ? NULL : since, e->evidence);
    }
    /* A headline dates the ties the body tells ("Tarnow and Velk mark 40 years of twinning"),
     * and states none of its own (its names may be an association's). */
    st.pi = st.di = st.mi = 0;
    st.since_only = 1;
    /* this pass only dates ties already told (tie_add): with none, nothing is read */
    for (size_t s = 0; an->ties.n && s < an->nsents; s++) {
        if (an->sents[s].flags & CT_SENT_BOILER) continue;
        if (!(an->sents[s].flags & CT_SENT_TITLE) && !founding_verb(&st, s)) continue;
        sview v;
        view_build(&st, s, &v);
        if (an->sents[s].flags & CT_SENT_TITLE)
            tie_statements(&st, &v, 0);
        else
            pair_since(&st, &v);
    }
    st.since_only = 0;
    span_trips(an, el->trip_ends, 1);
    /* A visit or meeting with no date of its own continues the story of the last dated visit
     * or meeting before it ("Following the meeting with Mayor Park, ..."). */
    const ct_event *last = NULL;
    for (size_t i = 0; i < an->events.n; i++) {
        ct_event *e = CT_VEC_AT(&an->events, ct_event, i);
        if (e->type == CT_EV_AGREEMENT && e->has_date) {
            /* "On March 3 the towns signed ... Ahead of the signing, X met Y" */
            last = near_publication(an, &e->date.start) ? e : NULL;
            continue;
        }
        if (e->type != CT_EV_VISIT && e->type != CT_EV_MEETING) continue;
        if (e->has_date) {
            /* a recalled past ("first met in Lublin in 1987") is no story to continue */
            last = near_publication(an, &e->date.start) ? e : NULL;
        } else if (last && last->planned == e->planned && !unknown_date(an, e->sent)) {
            e->date = last->date;
            e->has_date = 1;
            /* "From May 3-8 ... On Tuesday, May 6, we went on to X ... we met
             * Mayor Y": a meeting falls on the day told since, within the trip's days (a visit
             * told again is still the whole trip) */
            const ct_date_mention *d =
                e->type == CT_EV_MEETING ? day_within(an, last->sent, e->sent, &last->date) : NULL;
            if (d) e->date = d->value;
            /* a meeting is one day: with none told, the trip's span does not date it */
            if (!d && e->type == CT_EV_MEETING && last->date.end.m > 0) e->has_date = 0;
        }
    }
    /* Still undated, what happened takes the story's date: the first date the body gives in
     * its opening sentences ("on Monday", "on October 12"), which news leads with, or the
     * headline's when it says more ("Pact Signed on March 3, 2019" over "in March 2019"). */
    const ct_when *head = headline_date(an);
    if (head && (!story || refines(head, story))) story = head;
    for (size_t i = 0; story && i < an->events.n; i++) {
        ct_event *e = CT_VEC_AT(&an->events, ct_event, i);
        if (e->has_date || e->planned || e->type > CT_EV_AGREEMENT || unknown_date(an, e->sent))
            continue;
        /* an agreement told after the lead without a date is background, like its tie,
         * unless the headline dates the story ("Pact Signed on March 3, 2019") */
        if (e->type == CT_EV_AGREEMENT && e->sent >= lead_end && story != head) continue;
        e->date = *story;
        e->has_date = 1;
    }
    span_trips(an, el->trip_ends, 0);

    /* The fields of cooperation the article states anywhere ("cooperation in the fields of
     * culture and tourism") are topics of its meetings and agreements; the fields of its trips
     * ("a trade mission") are topics of its visits. A sentence that refers back to a trip, a
     * meeting or a document ("During the visit, ...", "The agreement covers ...") gives its
     * topics to the events of that type told last, at or before it. (Both in one walk per
     * sentence: neither reads what the other writes.) */
    uint32_t fields = 0, trips = 0;
    const ct_lexicon *fc = st.fc;
    sent_memo memo;
    int to_fields = 0, to_trips = 0; /* some event takes the fields of cooperation, of trips */
    for (size_t i = 0; i < an->events.n; i++) {
        int type = CT_VEC_AT(&an->events, ct_event, i)->type;
        to_fields |= type == CT_EV_MEETING || type == CT_EV_AGREEMENT;
        to_trips |= type == CT_EV_VISIT;
    }
    /* fields and references only add topics to events: with none, nothing is read */
    for (size_t s = 0; fc && an->events.n && s < an->nsents; s++) {
        if (an->sents[s].flags & (CT_SENT_BOILER | CT_SENT_TITLE)) continue;
        hit h[4];
        uint32_t b = an->sents[s].tok, e = b + an->sents[s].ntok;
        size_t nh = 0;
        /* a sentence that names no field gives none by its cues, references or lists; most
         * name none, and their cues are not read. Nor are those of a sentence whose topics
         * are all in the fields of each kind some event takes (of cooperation: meetings and
         * agreements; of trips: visits): its lists and cues add none to them, and a reference
         * gives an event only topics that its kind's fields, which it takes below, hold */
        uint32_t have = (to_fields ? fields : ~0u) & (to_trips ? trips : ~0u);
        if (names_topic(&st, s, b, e, have)) {
            hit nouns[MAX_HITS];
            size_t nn;
            int alike;
            memo_start(&memo, fc, b, e);
            st.memo = &memo;
            if (scan_cues(an, st.lex, &memo, fc, b, e, h, &nh, nouns, &nn, &alike))
                fields |= sentence_topics(&st, s);
            /* the walk of the cues stepped as field_topics() would: its nouns are those. A list
             * of fields gives only topics of phrases that start in the sentence (field_step()
             * reads topic_at() of its tokens): a noun whose kind of fields has all of them
             * already is not read (most, once the article's fields are told) */
            for (size_t k = 0; alike && k < nn; k++) {
                uint32_t *to = nouns[k].value == 1 ? &fields : &trips;
                if (!*to || (topics_started(&st, s, b, e, *to) & ~*to))
                    *to |= field_list(&st, fc, nouns[k].tok, nouns[k].ntok, b, e);
            }
            if (!alike) field_topics(&st, fc, b, e, &fields, &trips);
            st.memo = NULL; /* the items (field_items()) are other sentences */
        }
        fields |= field_items(&st, fc, s);
        uint32_t bits = nh ? sentence_topics(&st, s) : 0;
        for (size_t k = 0; bits && k < nh; k++) {
            size_t told = SIZE_MAX;
            for (size_t i = 0; i < an->events.n; i++) {
                const ct_event *v = CT_VEC_AT(&an->events, ct_event, i);
                if (v->type == h[k].value && v->sent <= s && (told == SIZE_MAX || v->sent > told))
                    told = v->sent;
            }
            for (size_t i = 0; told != SIZE_MAX && i < an->events.n; i++) {
                ct_event *v = CT_VEC_AT(&an->events, ct_event, i);
                if (v->type == h[k].value && v->sent == told) v->topics |= bits;
            }
        }
    }
    for (size_t i = 0; (fields || trips) && i < an->events.n; i++) {
        ct_event *e = CT_VEC_AT(&an->events, ct_event, i);
        if (e->type == CT_EV_MEETING || e->type == CT_EV_AGREEMENT) e->topics |= fields;
        if (e->type == CT_EV_VISIT) e->topics |= trips;
    }
    merge_retold(an);
    return 0;
}
