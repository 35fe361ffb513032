/*
 * test_places.c - the geoparser's matching and disambiguation rules, one invented sentence
 * each: the text, then the places expected as "surface=key" with a trailing "*" for a city
 * government (CT_PM_GOV) and "~" for a demonym (CT_PM_DEMONYM), in text order, "|"-separated.
 * Needs the real gazetteer ($CITYTIES_GAZ or build/gazetteer.bin).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cityties.h"
#include "harness.h"
#include "pipeline.h"
#include "places.h"

typedef struct {
    const char *text;
    const char *want;
} place_case;

/* 250 spaces: a gap that brings an affix to the edge of what ct_lex_match() reaches */
#define SP50 "                                                  "
#define SP250 SP50 SP50 SP50 SP50 SP50

static const place_case cases[] = {
    /* multi-word names, alternate names, diacritics, possessives */
    {"The delegation flew from Los Angeles to Rio de Janeiro on Monday.",
     "Los Angeles=gn:5368361|Rio de Janeiro=gn:3451190"},
    {"Officials from Pusan arrived later.", "Pusan=gn:1838524"},
    {"The mayor of Malmö spoke first.", "Malmö=gn:2692969"},
    {"The team toured London's museums.", "London=gn:2643743"},
    {"He later moved to St. Petersburg for work.", "St. Petersburg=gn:498817"},
    /* a token whose key holds a space ("\xcd\xba" folds to one) goes on a name as two words */
    {"They met in Rio de\xcd\xbaJaneiro today.", "Rio de\xcd\xbaJaneiro=gn:3451190"},
    {"The LA office will open in spring.", "LA=gn:5368361"},
    /* city governments and their acronyms */
    {"The delegation visited Maribor City last week.", "Maribor City=gn:3195506*"},
    {"The Gyeonggi Provincial Government (GPG) said GPG would help.",
     "Gyeonggi Provincial Government=a1:KR.13|GPG=a1:KR.13"},
    {"He left Maribor city for Ljubljana.", "Maribor city=gn:3195506|Ljubljana=gn:3196359"},
    /* an affix after a separator (its key empty): the phrase from the next word, one token
     * longer, while it is within 256 bytes of the separator (1 + 250 + 4 bytes; one space more
     * and ct_lex_match() from the separator stops short of it) */
    {"He left Maribor-city for Ljubljana.", "Maribor-city=gn:3195506|Ljubljana=gn:3196359"},
    {"Officials from Kanagawa-Prefecture came.", "Kanagawa-Prefecture=a1:JP.19"},
    {"He left Maribor-" SP250 "city for Ljubljana.",
     "Maribor-" SP250 "city=gn:3195506|Ljubljana=gn:3196359"},
    {"He left Maribor-" SP250 " city for Ljubljana.", "Maribor=gn:3195506|Ljubljana=gn:3196359"},
    {"A letter from the City of Los Angeles arrived.", "City of Los Angeles=gn:5368361*"},
    {"Busan Metropolitan City signed the pact.", "Busan Metropolitan City=gn:1838524*"},
    {"They met at Busan City Hall in the morning.", "Busan City Hall=gn:1838524*"},
    {"The Seoul Metropolitan Government (SMG) hosted the forum. SMG said it was a success.",
     "Seoul Metropolitan Government=gn:1835848*|SMG=gn:1835848*"},
    /* an acronym need not open with a capital letter to be one, in its own sentence or later */
    {"The Seoul Metropolitan Government (3SMG) hosted it, and 3SMG paid. Later 3SMG said so.",
     "Seoul Metropolitan Government=gn:1835848*|3SMG=gn:1835848*|3SMG=gn:1835848*"},
    /* demonyms and countries */
    {"The Chinese Ambassador met Slovenian and Uzbek officials.",
     "Chinese=cc:CN~|Slovenian=cc:SI~|Uzbek=cc:UZ~"},
    {"Trade between Korea and the United States grew.", "Korea=cc:KR|United States=cc:US"},
    {"Korean companies invested in Vietnam.", "Korean=cc:KR~|Vietnam=cc:VN"},
    /* disambiguation */
    {"The mayor visited Moscow last spring.", "Moscow=gn:524901"},
    {"The mayor visited Moscow, Idaho last spring.", "Moscow=gn:5601538|Idaho=a1:US.ID"},
    {"Students from Seattle and Bellevue joined the trip.",
     "Seattle=gn:5809844|Bellevue=gn:5786882"},
    {"He is the Mayor of Busan.", "Busan=gn:1838524"},
    {"The Governor of Jeju welcomed the guests.", "Jeju=a1:KR.01"},
    {"Officials from Kanagawa Prefecture attended.", "Kanagawa Prefecture=a1:JP.19"},
    {"The ferry reached Jeju at noon.", "Jeju=gn:1846266"},
    {"A team from Gyeonggi-do came too.", "Gyeonggi-do=a1:KR.13"},
    {"Seoul is large.", "Seoul=gn:1835848"},
    /* two candidates decided by their priors: the seat (log of 78,759 people, a seat) over the
     * region of its name that the index lists first */
    {"Czech officials flew to Zlin on Monday.", "Czech=cc:CZ~|Zlin=gn:3061370"},
    /* words of one length whose gazetteer answers share a slot of the memo of first words
     * (chosen by the hash of the token's key: FNV-1a, the low six bits) */
    {"The mayors of Berlin and Prague met the mayors of Miami and Hanoi.",
     "Berlin=gn:2950159|Prague=gn:3067696|Miami=gn:4164138|Hanoi=gn:1581130"},
    /* ...and a word that shares one with its own first letters: the memo tells them apart */
    {"Sydneysiders greeted the mayor of Sydney.", "Sydney=gn:2147714"},
    {"The mayors of Busan and Brussels met the mayors of Madrid and Seattle.",
     "Busan=gn:1838524|Brussels=gn:2800866|Madrid=gn:3117735|Seattle=gn:5809844"},
    {"Montrealers greeted the mayor of Montreal.", "Montreal=gn:6077243"},
    /* words that are place names but not here */
    {"Mobile phones were banned. Reading is fun. Nice work, he said.", ""},
    /* ...mentioned again: the stop answer a name's slot keeps, and a place's beside it */
    {"Mobile phones were banned in Seoul. Mobile phones came back to Seoul. Nice work, Nice "
     "work.",
     "Seoul=gn:1835848|Seoul=gn:1835848"},
    {"Police said the March parade would go ahead.", ""},
    {"Mayor Park met Kim Lee and Choi Young.", ""},
    {"Park Heong-soo spoke to the press.", ""},
    {"Leaders of Asia and Europe met in Northeast Asia.", ""},
    /* a block phrase (place_block.tsv) hides the names inside it: "New Zealand", "Korean" */
    {"The New Zealand Herald wrote from Wellington.", "Wellington=gn:2179537"},
    {"Talks on the Korean Peninsula resumed in Seoul.", "Seoul=gn:1835848"},
    {"The mission ended in May.", ""},
    {"Young people came from Mobile, Alabama.", "Mobile=gn:4076598|Alabama=a1:US.AL"},
    {"Sharon Kettering and Greg Milford spoke.", ""},
    {"Wang Anping arrived.", ""},
    {"A seminar was held in Udupi district.", ""},
    {"Officials of the Samarkand region attended.", "Samarkand region=a1:UZ.10"},
    {"The governor of Texas welcomed students from Georgia.", "Texas=a1:US.TX|Georgia=a1:US.GA"},
    /* the second round: a qualifier read again ("Georgia" a US state once Atlanta puts the
     * United States in the article) is read again by its head, which loses its support */
    {"Officials from Atlanta visited Borjomi, Georgia.", "Atlanta=gn:4180439|Georgia=a1:US.GA"},
    /* a small town of a region the article names: known only in the second round */
    {"Leaders of the United States and the governor of Texas met in Marfa on Monday.",
     "United States=cc:US|Texas=a1:US.TX|Marfa=gn:5525775"},
    /* ...for every mention of a name, though the second round asks once per name whether
     * the sets answer its candidates otherwise now */
    {"Leaders of the United States and the governor of Texas met in Marfa on Monday. They "
     "liked Marfa.",
     "United States=cc:US|Texas=a1:US.TX|Marfa=gn:5525775|Marfa=gn:5525775"},
    {"The governor of Texas welcomed students from Georgia. Georgia sent more students.",
     "Texas=a1:US.TX|Georgia=a1:US.GA|Georgia=a1:US.GA"},
    /* ...and a region read by its own key: two regions of one name, both of named countries,
     * tie in the first round; Lahore's region enters only the regions' set (Pakistan is in the
     * countries' already), and the second round reads Punjab as that region */
    {"India and Pakistan talked. Officials from Lahore visited Punjab.",
     "India=cc:IN|Pakistan=cc:PK|Lahore=gn:1172451|Punjab=a1:PK.04"},
    {"Georgia and Armenia signed a treaty.", "Georgia=cc:GE|Armenia=cc:AM"},
    {"The Texas delegation later flew to Paris.", "Texas=a1:US.TX|Paris=gn:2988507"},
    {"SEOUL MAYOR VISITS BUSAN FOR TALKS", "SEOUL=gn:1835848|BUSAN=gn:1838524"},
    {"Jeju Governor Oh Young-sik met them. Jeju is an island.", "Jeju=a1:KR.01|Jeju=a1:KR.01"},
    {"A Columbia City Hall spokesman in Missouri spoke.",
     "Columbia City Hall=gn:4381982*|Missouri=a1:US.MO"},
    {"Trade with Mexico grew, and Mexico City gained most.", "Mexico=cc:MX|Mexico City=gn:3530597"},
    {"The Busan Port Authority and the Lahore Chamber of Commerce signed.", ""},
    /* a common word before "City" names a kind of city, not the place of its name, unless an
     * office of the city follows */
    {"Daegu won the Green City Award.", "Daegu=gn:1835329"},
    {"The Port City Forum opened in Incheon.", "Incheon=gn:1843564"},
    {"Cebu City Mayor Dario Lopez signed a Friendship City Agreement.", "Cebu City=gn:1717512"},
    {"Hope City Mayor Dana Whitlock spoke.", "Hope City=gn:4115181*"},
    {"Seoul hosted the Child-Friendly City Forum.", "Seoul=gn:1835848"},
    {"Daegu was named a Model City.", "Daegu=gn:1835329"},
    /* a city named like a common word, opening a sentence or a headline with a word after it:
     * the capital is the sentence's, unless the name has support or its country is named */
    {"Split between two options, the council delayed the vote.", ""},
    {"Sale of tickets began on Monday.", ""},
    {"Split is the second-largest city in Croatia.", "Split=gn:3190261|Croatia=cc:HR"},
    {"Split, Busan and Osaka signed the pact.",
     "Split=gn:3190261|Busan=gn:1838524|Osaka=gn:1853909"},
    {"Sale and Busan signed the pact.", "Sale=gn:2537763|Busan=gn:1838524"},
    {"Officials visited Split between the talks.", "Split=gn:3190261"},
    {"He visited Singapore.", "Singapore=gn:1880252"},
    {"The Vice Mayor spoke. YU said so.", ""},
    {"Envoys from Maanshan in China came.", "Maanshan=gn:1801620|China=cc:CN"},
    /* one sense per article; a small town listed with an accepted city */
    {"The Mayor of Troyes spoke. Visitors love Troyes.", "Troyes=gn:2971549|Troyes=gn:2971549"},
    {"The Mayor of Troyes spoke of the ties between Troyes and Kinsale. He liked Kinsale.",
     "Troyes=gn:2971549|Troyes=gn:2971549|Kinsale=gn:2963155|Kinsale=gn:2963155"},
    {"He liked Kinsale.", ""},
    {"Officials of Changnyeong County, Korea visited.", "Changnyeong=gn:6903078|Korea=cc:KR"},
    {"Xinhua reported the visit.", ""},
    {"Students from Bellevue, Washington visited Seoul.",
     "Bellevue=gn:5786882|Washington=a1:US.WA|Seoul=gn:1835848"},
    {"He flew to Paris, Texas.", "Paris=gn:4717560|Texas=a1:US.TX"},
    {"He flew to Moscow, Russia.", "Moscow=gn:524901|Russia=cc:RU"},
    {"Officials of Maribor Province came.", ""},
    {"They met in Laâyoune on Monday.", "Laâyoune=gn:2462881"},
    {"Deputy Mayors Kemal Aslan and Yusuf Tokat spoke.", ""},
    {"It rained. On Monday Maribor signed a pact with Slovenia.",
     "Maribor=gn:3195506|Slovenia=cc:SI"},
    {"Latin American leaders met in Brussels. American firms came.",
     "Brussels=gn:2800866|American=cc:US~"},
    {"It was news. The Korea Herald and the Japan Times reported it.", ""},
    {"Chandler said the talks went well. Busan said it agreed.", "Busan=gn:1838524"},
    {"Maribor and Busan renewed their pact. Slovenia welcomed it.",
     "Maribor=gn:3195506|Busan=gn:1838524|Slovenia=cc:SI"},
    {"Seoul answered. See www.seoul.go.kr or write to info@busan.kr.", "Seoul=gn:1835848"},
    {"The nice weather in Nice helped.", ""},
    /* ...compared whole: a word of the same length and end letters is another word */
    {"Tourists in Paris bought pairs of shoes.", "Paris=gn:2988507"},
    {"Crowds filled Paris. Nobody writes it as paris", ""},
    /* ...every question of a length is answered, not only the last one asked of it (Tokyo) */
    {"Crowds filled Paris and Tokyo. Nobody writes it as paris", "Tokyo=gn:1850147"},
    /* ...and a word 64 bytes longer than a name, with its end letters and first bytes, is
     * another word */
    {"Crowds filled Paris. Nobody writes "
     "parisxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxs.",
     "Paris=gn:2988507"},
    {"Crowds filled Paris. See paris.example.org for more.", "Paris=gn:2988507"},
    /* datelines in capitals: a short capitalised word opening a longer name is no acronym */
    {"SAN DIEGO - Mayor Jane Roe welcomed a delegation from Yokohama, Japan, on Monday.",
     "SAN DIEGO=gn:5391811|Yokohama=gn:1848354|Japan=cc:JP"},
    {"LOS ANGELES \xe2\x80\x94 The council voted on the sister-city plan.",
     "LOS ANGELES=gn:5368361"},
    {"NEW YORK, Sept. 4 (Reuters) - The two mayors met.", "NEW YORK=gn:5128581"},
    /* an alias gives way to a qualifier that contradicts it */
    {"Teachers from St. Petersburg, Florida, toured the school.",
     "St. Petersburg=gn:4171563|Florida=a1:US.FL"},
    {"Teachers from St. Petersburg toured the school.", "St. Petersburg=gn:498817"},
    /* a region by its own name over a small town or a foreign city by an alternate name */
    {"The delegation flew to Guanajuato on Monday.", "Guanajuato=a1:MX.11"},
    {"The delegation flew to Florida on Monday.", "Florida=a1:US.FL"},
    {"Melbourne is the capital of Victoria.", "Melbourne=gn:2158177|Victoria=a1:AU.07"},
    {"The governor of Florida, Uruguay, came too.", "Florida=a1:UY.07|Uruguay=cc:UY"},
    /* place cues that let a small town stand alone: a group "from X", a twinning phrase and
     * the names joined to it by "and", a dateline in capitals */
    {"A dozen delegates from Gaillac arrived on Monday.", "Gaillac=gn:3016824"},
    {"Twenty members of the association travelled to Rodez in July.", "Rodez=gn:2983154"},
    {"The twin towns of Brecon and Gaillac marked the date in Wales.",
     "Brecon=gn:2654817|Gaillac=gn:3016824|Wales=a1:GB.WLS"},
    {"GAILLAC - The mayor welcomed guests from Wales.", "GAILLAC=gn:3016824|Wales=a1:GB.WLS"},
    {"Students from Harvard University met a delegation from Nokia Corporation.", ""},
    {"A delegation from Matsuto, Japan, arrived at Columbia City Hall in Missouri.",
     "Matsuto=gn:1857470|Japan=cc:JP|Columbia City Hall=gn:4381982*|Missouri=a1:US.MO"},
    /* US state abbreviations, only as a qualifier */
    {"Springfield, Ill. - The mayor met guests from Kunming.",
     "Springfield=gn:4250542|Ill=a1:US.IL|Kunming=gn:1804651"},
    /* an English exonym of a large city stands alone, in ASCII; written past ASCII (an accent
     * the key folds away), in a country the article does not name, it does not (a one-word
     * name: its token's flags say whether it is ASCII) */
    {"Officials later flew to Nuremberg.", "Nuremberg=gn:2861650"},
    {"Officials later flew to Nur\xc3\xa9mberg.", ""},
    /* a city's current spelling that GeoNames keeps only as an alternate, when no other place
     * bears it and the city is large, stands alone like its own name, at a sentence's start too
     * (Gyeongju is GeoNames' "Kyonju", Gunsan "Kunsan", Aarhus "\xc3\x85rhus"); a short one does
     * not ("Tour" is an alternate of Tours) */
    {"Gyeongju and Nara have been sister cities since 1970.",
     "Gyeongju=gn:1841603|Nara=gn:1855612"},
    {"Mayor Han Do-yun of Gunsan visited Nara.", "Gunsan=gn:1842025|Nara=gn:1855612"},
    {"Busan and Aarhus signed a friendship agreement on Wednesday.",
     "Busan=gn:1838524|Aarhus=gn:2624652"},
    {"Tour operators from Busan visited Nara.", "Busan=gn:1838524|Nara=gn:1855612"},
    {"Deputy Mayor Ana Ortiz said Julia was pleased with Nara.", "Nara=gn:1855612"},
    /* and so one written without its apostrophes ("Mokp'o" in GeoNames) */
    {"Mayor Kang Seo-jun of Mokpo visited Nara.", "Mokpo=gn:1841066|Nara=gn:1855612"},
    /* a region named as a city ("Sejong-si", not in cities1000) by its name without "-si" */
    {"Officials from Sejong visited Nara.", "Sejong=a1:KR.22|Nara=gn:1855612"},
    /* a city's current romanization that cities1000 lacks, from place_alias.tsv */
    {"Uijeongbu and Gwangmyeong signed a pact with Nara.",
     "Uijeongbu=gn:1833788|Gwangmyeong=gn:1948005|Nara=gn:1855612"},
    {"The mayor of Columbia, Mo., met them.", "Columbia=gn:4381982|Mo=a1:US.MO"},
    /* the gazetteer's reading of a name and an abbreviation's of the same span share its name
     * row, not the cache of candidates */
    {"Visitors from Mo came. The mayor of Columbia, Mo., met them.",
     "Columbia=gn:4381982|Mo=a1:US.MO"},
    {"They flew to Albany, N.Y., and met Bob Jones, Miss Smith and others.",
     "Albany=gn:5106834|N.Y=a1:US.NY"},
    {"TOLEDO, Ohio \xe2\x80\x94 The city signed a pact with Toledo, Spain.",
     "TOLEDO=gn:5174035|Ohio=a1:US.OH|Toledo=gn:2510409|Spain=cc:ES"},
    /* city governments across styles (the government is the city, spec) */
    {"PUNE: The Pune Municipal Corporation will sign an MoU with San Jose, California.",
     "PUNE=gn:1259229|Pune Municipal Corporation=gn:1259229*|San Jose=gn:5392171|"
     "California=a1:US.CA"},
    {"Kharkiv City Council approved a partnership with Nuremberg.",
     "Kharkiv=gn:706483|Nuremberg=gn:2861650"},
    {"BEIJING, March 12 (Xinhua) -- Officials met a delegation from Chengdu and Sichuan "
     "Province.",
     "BEIJING=gn:1816670|Chengdu=gn:1815286|Sichuan Province=a1:CN.32"},
    {"The Mayor of Lviv Andriy Sadovyi met the Mayor of Wroclaw in Poland.",
     "Lviv=gn:702550|Wroclaw=gn:3081368|Poland=cc:PL"},
    {"MEXICO CITY \xe2\x80\x94 Guadalajara, Jalisco, and Guadalajara, Spain, renewed ties.",
     "MEXICO CITY=gn:3530597|Guadalajara=gn:4005539|Jalisco=a1:MX.14|Guadalajara=gn:3121070|"
     "Spain=cc:ES"},
    {"The mayor of Bogot\xc3\xa1 met the mayor of Medell\xc3\xadn in Colombia.",
     "Bogot\xc3\xa1=gn:3688689|Medell\xc3\xadn=gn:3674962|Colombia=cc:CO"},
    {"Officials from Kyiv and Odesa visited Krakow.",
     "Kyiv=gn:703448|Odesa=gn:698740|Krakow=gn:3094802"},
    {"The governor of Georgia visited Tbilisi, Georgia, last week.",
     "Georgia=a1:US.GA|Tbilisi=gn:611717|Georgia=cc:GE"},
    {"Victoria, British Columbia, is twinned with Suzhou.",
     "Victoria=gn:6174041|British Columbia=a1:CA.02|Suzhou=gn:1886760"},
    {"The mobile library and the reading room in Reading were closed.", ""},
    {"The delegation from Mobile, Alabama, toured Malaga.",
     "Mobile=gn:4076598|Alabama=a1:US.AL|Malaga=gn:2514256"},
    {"Victoria Premier Jane Roe visited Jiangsu Province.",
     "Victoria=a1:AU.07|Jiangsu Province=a1:CN.04"},
    {"Reading Borough Council twinned with D\xc3\xbcsseldorf.",
     "Reading=gn:2639577|D\xc3\xbcsseldorf=gn:2934246"},
    {"Santiago de los Caballeros signed a pact with Santiago de Compostela.",
     "Santiago de los Caballeros=gn:3492914|Santiago de Compostela=gn:3109642"},
    {"The city will redevelop the North Port next year.", ""},
    {"Hangzhou, capital of east China's Zhejiang Province, signed an agreement with Boston.",
     "Hangzhou=gn:1808926|China=cc:CN|Zhejiang Province=a1:CN.02|Boston=gn:4930956"},
    {"The Shenzhen Municipal Government hosted officials from Guangdong Province.",
     "Shenzhen Municipal Government=gn:1795565*|Guangdong Province=a1:CN.30"},
    {"Georgia signed the deal. Atlanta officials and Savannah residents cheered.",
     "Georgia=a1:US.GA|Atlanta=gn:4180439|Savannah=gn:4221552"},
    {"The Ukrainian city of Mykolaiv received aid from Aarhus, Denmark.",
     "Ukrainian=cc:UA~|Mykolaiv=gn:700569|Aarhus=gn:2624652|Denmark=cc:DK"},
    {"WASHINGTON \xe2\x80\x94 The president met the mayor.", "WASHINGTON=gn:4140963"},
    {"ORLANDO, Fla. (AP) \xe2\x80\x94 The mayor spoke.", "ORLANDO=gn:4167147|Fla=a1:US.FL"},
    {"UPDATE, 5 p.m.: The meeting ended. BREAKING - The council voted.", ""},
    {"Visitors from Amazon and guests from Paradise arrived.", ""},
    {"Guests from Split and Mostar toured the port.", "Split=gn:3190261|Mostar=gn:3194828"},
    {"MAYOR LANDS IN BUSAN, IN BID TO WIN EXPO", "BUSAN=gn:1838524"},
    {"COLUMBIA, MO - The council met.", "COLUMBIA=gn:4381982|MO=a1:US.MO"},
};

/* More names than the candidate cache has slots (64 for a text this short), each named twice:
 * names that share a slot take turns in it, and every mention keeps its own name's place. Then
 * five words of the stop table ("Mobile phones", "Nice work": names too), some in slots those
 * names filled: no place, as a slot taken by a new name keeps no stop answer of the one before
 * (with the answer left there, two of them are places). The
 * 140 mentions and the lowercase questions of the 70 names are also more than
 * ct_places_find()'s own buffers hold (64 and 32): both move to the heap, and keep what they
 * held. */
static const struct {
    const char *name, *key;
} crowd[] = {
    {"London", "gn:2643743"},      {"Paris", "gn:2988507"},      {"Berlin", "gn:2950159"},
    {"Madrid", "gn:3117735"},      {"Vienna", "gn:2761369"},     {"Prague", "gn:3067696"},
    {"Warsaw", "gn:756135"},       {"Budapest", "gn:3054643"},   {"Lisbon", "gn:2267057"},
    {"Dublin", "gn:2964574"},      {"Oslo", "gn:3143244"},       {"Stockholm", "gn:2673730"},
    {"Helsinki", "gn:658225"},     {"Copenhagen", "gn:2618425"}, {"Athens", "gn:264371"},
    {"Sofia", "gn:727011"},        {"Bucharest", "gn:683506"},   {"Belgrade", "gn:792680"},
    {"Zagreb", "gn:3186886"},      {"Ljubljana", "gn:3196359"},  {"Bratislava", "gn:3060972"},
    {"Tallinn", "gn:588409"},      {"Riga", "gn:456172"},        {"Vilnius", "gn:593116"},
    {"Minsk", "gn:625144"},        {"Moscow", "gn:524901"},      {"Istanbul", "gn:745044"},
    {"Ankara", "gn:323786"},       {"Cairo", "gn:360630"},       {"Nairobi", "gn:184745"},
    {"Lagos", "gn:2332459"},       {"Accra", "gn:2306104"},      {"Dakar", "gn:2253354"},
    {"Tunis", "gn:2464470"},       {"Algiers", "gn:2507480"},    {"Casablanca", "gn:2553604"},
    {"Johannesburg", "gn:993800"}, {"Tokyo", "gn:1850147"},      {"Osaka", "gn:1853909"},
    {"Nagoya", "gn:1856057"},      {"Seoul", "gn:1835848"},      {"Busan", "gn:1838524"},
    {"Incheon", "gn:1843564"},     {"Daegu", "gn:1835329"},      {"Beijing", "gn:1816670"},
    {"Shanghai", "gn:1796236"},    {"Tianjin", "gn:1792947"},    {"Dalian", "gn:1814087"},
    {"Harbin", "gn:2037013"},      {"Hangzhou", "gn:1808926"},   {"Nanjing", "gn:1799962"},
    {"Bangkok", "gn:1609350"},     {"Hanoi", "gn:1581130"},      {"Manila", "gn:1701668"},
    {"Jakarta", "gn:1642911"},     {"Sydney", "gn:2147714"},     {"Melbourne", "gn:2158177"},
    {"Auckland", "gn:2193733"},    {"Toronto", "gn:6167865"},    {"Montreal", "gn:6077243"},
    {"Vancouver", "gn:5814616"},   {"Chicago", "gn:4887398"},    {"Boston", "gn:4930956"},
    {"Seattle", "gn:5809844"},     {"Denver", "gn:5419384"},     {"Houston", "gn:4699066"},
    {"Dallas", "gn:4684888"},      {"Atlanta", "gn:4180439"},    {"Miami", "gn:4164138"},
    {"Lima", "gn:3936456"},
};

/* 72 regions, more than an article's region set holds (64), each named in the first round: the
 * set is full when the names after them are resolved, so their regions ("Jeju Province",
 * Georgia the state) never enter it. Their countries are named first by demonyms ("American"),
 * so no country enters the set after the first round either, and none of these regions' keys
 * shares a bloom bit with a1:KR.01 or a1:US.GA (55) or a country (0). What the second round
 * resolves again is then only what unsettled() sees for its own reasons. */
static const char regions[] =
    "American, Canadian, Australian, Chinese and Korean officials met. Envoys came from "
    "Alabama and Alaska and Arizona and Arkansas and California and Colorado and Connecticut "
    "and Florida and Hawaii and Idaho and Illinois and Iowa and Kansas and Kentucky and Maine "
    "and Maryland and Massachusetts and Michigan and Minnesota and Mississippi and Missouri "
    "and Montana and Nebraska and New Hampshire and New Jersey and New Mexico and North "
    "Carolina and North Dakota and Ohio and Oklahoma and Pennsylvania and Rhode Island and "
    "South Carolina and South Dakota and Tennessee and Texas and Utah and Vermont and "
    "Virginia and West Virginia and Wisconsin and Wyoming and Alberta and Manitoba and "
    "Saskatchewan and Nova Scotia and British Columbia and Queensland and Tasmania and New "
    "South Wales and Western Australia and South Australia and Sichuan and Jiangsu and "
    "Zhejiang and Guangdong and Yunnan and Hubei and Hunan and Henan and Hebei and Shandong "
    "and Shanxi and Fujian and Jiangxi and Anhui and Guizhou and Gansu and Qinghai and Hainan "
    "and Liaoning and Heilongjiang.";

/* A last sentence after the regions, and the place its last name must be. */
static const struct {
    const char *tail, *want;
} after_regions[] = {
    /* a bare name marked a region between the rounds (by "Jeju Province") is resolved again
     * for its class alone: the full set holds no bit of the region */
    {" Officials of Jeju Province met. The ferry reached Jeju at noon.", "Jeju=a1:KR.01"},
    /* a country named outright counts for its own name only until a city of it (Tbilisi)
     * counts for it after the first round: Georgia, the state in the first round (of the
     * country the article names), is the country in the second, resolved again for that
     * country's bit alone */
    {" Envoys flew to Tbilisi. Georgia welcomed them.", "Georgia=cc:GE"},
};

static void render(const ct_analysis *an, char *out, size_t cap)
{
    size_t len = 0;
    out[0] = 0;
    for (size_t i = 0; i < an->places.n; i++) {
        const ct_place_mention *m = CT_VEC_AT(&an->places, ct_place_mention, i);
        uint32_t off = an->toks[m->tok].off;
        uint32_t end = an->toks[m->tok + m->ntok - 1].off + an->toks[m->tok + m->ntok - 1].len;
        int n = snprintf(out + len, cap - len, "%s%.*s=%s%s%s", i ? "|" : "", (int)(end - off),
                         an->text + off, m->key, (m->flags & CT_PM_GOV) ? "*" : "",
                         (m->flags & CT_PM_DEMONYM) ? "~" : "");
        if (n < 0 || (size_t)n >= cap - len) break;
        len += (size_t)n;
    }
}

int main(void)
{
    ct_ctx *ctx = NULL;
    if (ct_ctx_open(NULL, &ctx) != 0 || !ctx) {
        printf("test_places: no gazetteer; skipped\n");
        return harness_done("places");
    }
    ct_arena *arena = ct_arena_new(1 << 16);
    char got[1024];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ct_arena_reset(arena);
        const char *t = cases[i].text;
        ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_PLACES);
        CHECK(an != NULL, "analyze %s", t);
        if (!an) continue;
        render(an, got, sizeof got);
        CHECK(strcmp(got, cases[i].want) == 0, "\"%s\"\n    got  %s\n    want %s", t, got,
              cases[i].want);
    }

    /* the crowd, listed twice: each mention is its own name's place */
    size_t ncrowd = sizeof crowd / sizeof *crowd;
    char text[4096];
    size_t tl = 0;
    for (int pass = 0; pass < 2; pass++) {
        tl += (size_t)snprintf(text + tl, sizeof text - tl, "%s",
                               pass ? " On Monday the mayors of " : "Mayors came from ");
        for (size_t k = 0; k < ncrowd && tl < sizeof text; k++)
            tl += (size_t)snprintf(text + tl, sizeof text - tl, "%s%s", crowd[k].name,
                                   k + 1 < ncrowd ? ", "
                                   : pass ? " met again. Mobile phones, Nice work, Reading lists, "
                                            "March winds and Young people came too."
                                          : ".");
    }
    CHECK(tl < sizeof text, "crowd text fits");
    ct_arena_reset(arena);
    ct_analysis *ca = ct_analyze_text(ctx, arena, text, strlen(text), CT_STAGE_PLACES);
    CHECK(ca && ca->places.n == 2 * ncrowd, "crowd: %zu mentions", ca ? ca->places.n : 0);
    for (size_t i = 0; ca && i < ca->places.n && i < 2 * ncrowd; i++) {
        const ct_place_mention *m = CT_VEC_AT(&ca->places, ct_place_mention, i);
        CHECK(strcmp(m->key, crowd[i % ncrowd].key) == 0, "crowd: %s is %s, not %s",
              crowd[i % ncrowd].name, crowd[i % ncrowd].key, m->key);
    }

    /* the regions, then each last sentence: its last name's place */
    for (size_t i = 0; i < sizeof after_regions / sizeof *after_regions; i++) {
        tl = (size_t)snprintf(text, sizeof text, "%s%s", regions, after_regions[i].tail);
        CHECK(tl < sizeof text, "regions text fits");
        ct_arena_reset(arena);
        ct_analysis *ra = ct_analyze_text(ctx, arena, text, strlen(text), CT_STAGE_PLACES);
        /* the 5 demonyms, the 72 regions (all in the set, which is full), the 2 names after */
        CHECK(ra && ra->places.n == 79, "regions: %zu mentions", ra ? ra->places.n : 0);
        if (!ra || !ra->places.n) continue;
        const ct_place_mention *m = CT_VEC_AT(&ra->places, ct_place_mention, ra->places.n - 1);
        snprintf(got, sizeof got, "%.*s=%s", (int)ra->toks[m->tok].len,
                 ra->text + ra->toks[m->tok].off, m->key);
        CHECK_STR(got, after_regions[i].want);
    }

    /* a headline, which a document's paragraphs flag (ct_analyze_text() has none): a common
     * word opening it, a word after it, is a word there too ("Split Over Budget") */
    const char *head = "Split Over Budget, Council Delays Vote\n\nThe council of Daegu met on "
                       "Monday.\n";
    ct_doc *doc = NULL;
    char err[128];
    ct_analysis *ha = NULL;
    ct_arena_reset(arena);
    CHECK(ct_doc_from_memory("head", head, strlen(head), CT_FMT_TEXT, &doc, err, sizeof err) == 0 &&
              ct_analyze(ctx, doc, arena, CT_STAGE_PLACES, &ha) == 0 && ha,
          "analyze the headline");
    if (ha) {
        render(ha, got, sizeof got);
        CHECK_STR(got, "Daegu=gn:1835329");
    }
    ct_doc_free(doc);

    /* ct_places_at / ct_places_covering */
    ct_arena_reset(arena);
    const char *t = "Officials of Busan Metropolitan City met.";
    ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_PLACES);
    CHECK(an && an->places.n == 1, "one mention");
    if (an && an->places.n == 1) {
        CHECK(ct_places_at(an, 2) != NULL, "at its first token");
        CHECK(ct_places_at(an, 3) == NULL, "not at its second");
        CHECK(ct_places_covering(an, 4) != NULL, "covering its last token");
        CHECK(ct_places_covering(an, 5) == NULL, "not past it");
    }

    char key[24];
    CHECK(ct_places_resolve(ctx, "Korea", 5, key) == CT_PLACE_COUNTRY, "resolve Korea");
    CHECK_STR(key, "cc:KR");
    CHECK(ct_places_resolve(ctx, "Busan", 5, key) == CT_PLACE_CITY, "resolve Busan");
    CHECK_STR(key, "gn:1838524");
    CHECK(ct_places_resolve(ctx, "Slovenian", 9, key) == CT_PLACE_COUNTRY, "resolve demonym");
    CHECK_STR(key, "cc:SI");
    CHECK(ct_places_resolve(ctx, "Gyeongju", 8, key) == CT_PLACE_CITY, "resolve Gyeongju");
    CHECK_STR(key, "gn:1841603");
    CHECK(ct_places_resolve(ctx, "Tour", 4, key) == 0, "resolve a short alternate name");
    CHECK(ct_places_resolve(ctx, "Xyzzyville", 10, key) == 0, "resolve unknown");
    /* a block phrase is no place alone either */
    CHECK(ct_places_resolve(ctx, "Caucasus", 8, key) == 0, "resolve block Caucasus");
    CHECK(ct_places_resolve(ctx, "Balkans", 7, key) == 0, "resolve block Balkans");
    CHECK(ct_places_resolve(ctx, "Scandinavia", 11, key) == 0, "resolve block Scandinavia");
    CHECK(ct_places_resolve(ctx, "Middle East", 11, key) == 0, "resolve block Middle East");

    ct_arena_free(arena);
    ct_ctx_free(ctx);
    return harness_done("places");
}
