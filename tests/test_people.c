/* test_people.c - people, titles, affiliations and references (people.h), on invented
 * sentences. Each case: text, then the expected people as "name|title|of" lines. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cityties.h"
#include "harness.h"
#include "lexicon.h"
#include "people.h"
#include "pipeline.h"
#include "record.h"

typedef struct {
    const char *text;
    const char *want[6]; /* "name|title|of" (of "-" for none); NULL-terminated */
} people_case;

static const people_case cases[] = {
    /* title before, place before */
    {"Daegu Mayor Kim Tae-hoon met officials on Monday.", {"Kim Tae-hoon|mayor|gn:1835329"}},
    /* appositive with "the Mayor of" */
    {"Won-jin Choi, the Mayor of Daejeon, and Karl Weber, the Ambassador of Austria to Korea, "
     "held a meeting.",
     {"Won-jin Choi|mayor|gn:1835235", "Karl Weber|ambassador|cc:AT"}},
    /* demonym gives the country; "to Korea" is the posting */
    {"Chinese Ambassador to Korea Zhou Minghui visited the port.",
     {"Zhou Minghui|ambassador|cc:CN"}},
    /* Mayor X of Y */
    {"Mayor Robert Hansen of Denver said the visit went well.", {"Robert Hansen|mayor|gn:5419384"}},
    /* X, Mayor of Y */
    {"Anna Lindqvist, Mayor of Stockholm, said the talks were useful.",
     {"Anna Lindqvist|mayor|gn:2673730"}},
    /* organisation affiliation through a lead title */
    {"Peter Olsen, Chairman of the Nordic Shipping Corporation, said prices rose.",
     {"Peter Olsen|business|Nordic Shipping Corporation"}},
    {"Maria Kowalska, President of the Baltic Cities Association, spoke first.",
     {"Maria Kowalska|other|Baltic Cities Association"}},
    /* each organisation's own kind (people.c asks it of orgs.c once per organisation) */
    {"Peter Olsen, Chairman of the Nordic Shipping Corporation, said prices rose. Maria "
     "Kowalska, President of the Baltic Cities Association, spoke first.",
     {"Peter Olsen|business|Nordic Shipping Corporation",
      "Maria Kowalska|other|Baltic Cities Association"}},
    /* president of a country */
    {"President of France Jacques Moreau arrived.", {"Jacques Moreau|head_of_state|cc:FR"}},
    /* Russian name with patronymic and a later short form */
    {"Mayor Pavel Andreyevich Orlov of Moscow greeted guests. Orlov said the city was ready.",
     {"Pavel Andreyevich Orlov|mayor|gn:524901"}},
    /* romanization variants within one article merge */
    {"Busan Mayor Seo Hyung-su met visitors. Later Heong-su Seo said trade mattered.",
     {"Seo Hyung-su|mayor|gn:1838524"}},
    /* a list of Korean names without titles */
    {"The delegation included Kim Sang-woo, Lee Ji-hoon and Choi Min-seo.",
     {"Kim Sang-woo|other|-", "Lee Ji-hoon|other|-", "Choi Min-seo|other|-"}},
    /* plural title distributes over the list */
    {"Deputy Mayors Ahmet Yilmaz and Mehmet Demir attended.",
     {"Ahmet Yilmaz|deputy_mayor|-", "Mehmet Demir|deputy_mayor|-"}},
    /* a title's first word cut by a combining mark past U+036F (U+20D0), which ends a token but
     * leaves no trace in the key: "Ma" is no title's whole first word, yet the span runs on to
     * "mayor" (title_match() refuses such a word only when a space follows it) */
    {"Ma\xe2\x83\x90"
     "yor Hans Weber of Munich met visitors from Seoul.",
     {"Hans Weber|mayor|gn:2867714"}},
    /* no evidence: a capitalised phrase is not a person */
    {"Grand Harbor Plaza opened near Riverside Gardens last year.", {NULL}},
    /* speech verb evidence with a known given name */
    {"Thomas Becker said the exchange would grow.", {"Thomas Becker|other|-"}},
    /* courtesy prefix between an appositive title and the name */
    {"The Mayor of Lyon, Mr Pierre Durand, welcomed the guests.",
     {"Pierre Durand|mayor|gn:2996944"}},
    /* a title after one name of a list is not the next name's */
    {"Henrik Berg, Mayor of Oslo, Lars Dahl and Nina Holm attended the dinner.",
     {"Henrik Berg|mayor|gn:3143244", "Lars Dahl|other|-", "Nina Holm|other|-"}},
    /* plural title before names with their own places */
    {"Mayors Tom Hale of Denver and Ann Price of Boston signed the letter.",
     {"Tom Hale|mayor|gn:5419384", "Ann Price|mayor|gn:4930956"}},
    /* plural title after the names: respective places */
    {"Tom Hale and Ann Price, Mayors of Denver and Boston, signed the letter.",
     {"Tom Hale|mayor|gn:5419384", "Ann Price|mayor|gn:4930956"}},
    /* "its Mayor": the city named before */
    {"The delegation flew to Kazan and met its Mayor, Rustam Valiev.",
     {"Rustam Valiev|mayor|gn:551487"}},
    /* bylines are not people of the story */
    {"Photo by Mark Evans", {NULL}},
    /* an acronym is not part of a name */
    {"Secretary General of WXYZ Omar Haddad said the forum grew.", {"Omar Haddad|other|-"}},
    /* "her fellow councillors": the owner's place; prefixes inside the list */
    {"The Deputy Mayor of Oslo, Ms Ingrid Lund, and her fellow councillors Mr Erik Moe and "
     "Mr Jonas Vik arrived.",
     {"Ingrid Lund|deputy_mayor|gn:3143244", "Erik Moe|council_member|gn:3143244",
      "Jonas Vik|council_member|gn:3143244"}},
    /* head of a municipality is its mayor */
    {"The delegation was led by Avi Cohen, head of the Haifa municipality.",
     {"Avi Cohen|mayor|gn:294801"}},
    /* counterpart takes the other side's title */
    {"Jeju Governor Oh Min-jae and his Hokkaido counterpart Haruto Sato signed the pact.",
     {"Oh Min-jae|governor|a1:KR.01", "Haruto Sato|governor|a1:JP.12"}},
    /* a bare "Mayor X" is the host (the dateline city), not the guests' city; the leader of
     * the delegation "from Y" is Y's */
    {"SAN DIEGO - Mayor Kevin Faulconer welcomed a delegation from Yokohama, Japan, led by "
     "Deputy Mayor Hiroshi Tanaka, at City Hall on Monday.",
     {"Kevin Faulconer|mayor|gn:5391811", "Hiroshi Tanaka|deputy_mayor|gn:1848354"}},
    {"Mayor Tom Hale welcomed visitors from Yokohama on Monday. The guests toured Denver.",
     {"Tom Hale|mayor|gn:5419384"}},
    {"Mayor Tom Hale welcomed a delegation from Yokohama on Monday.", {"Tom Hale|mayor|-"}},
    {"Deputy Mayor Kim Jin-ho led a Busan delegation to Denver on Monday.",
     {"Kim Jin-ho|deputy_mayor|gn:1838524"}},
    /* Irish council chair; a county council stays the organisation */
    {"Cllr Mary Walsh, Cathaoirleach of Kerry County Council, welcomed the visitors.",
     {"Mary Walsh|council_member|Kerry County Council"}},
    {"Cllr Sean Byrne said the visit was a success.", {"Sean Byrne|council_member|-"}},
    /* Latin American mayor */
    {"Presidente Municipal Luis Garcia of Guadalajara welcomed the visitors.",
     {"Luis Garcia|mayor|gn:4005539"}},
    /* an embassy's staff represent the country */
    {"First Secretary Anna Ivanova of the Russian Embassy attended the meeting.",
     {"Anna Ivanova|official|cc:RU"}},
    /* the governor of Tokyo is the prefecture's */
    {"Governor Yuriko Koike of Tokyo received the guests.", {"Yuriko Koike|governor|a1:JP.40"}},
    /* a city government's office is the city */
    {"Zhang Wei, Director of the Foreign Affairs Office of Shenzhen Municipal Government, "
     "attended the signing.",
     {"Zhang Wei|official|gn:1795565"}},
    /* a county head is a governor, of the county's key (named like its seat) */
    {"The delegation from Changnyeong County, consisting of County Governor Sung Nam-ki and "
     "business leaders, visited Tokyo.",
     {"Sung Nam-ki|governor|gn:6903078"}},
    {"Changnyeong County Governor Sung Nam-ki visited Tokyo.", {"Sung Nam-ki|governor|gn:6903078"}},
    /* visitors "arrived from X": the leader is X's */
    {"The delegation, headed by Vice Mayor Zhang Hui, arrived in Denver from Chengdu on Monday.",
     {"Zhang Hui|deputy_mayor|gn:1815286"}},
    /* a member of the delegation "from X, including Governor Y" */
    {"Mayor Tom Hale met a delegation from Osaka, including Deputy Mayor Ken Sato, in Denver.",
     {"Tom Hale|mayor|gn:5419384", "Ken Sato|deputy_mayor|gn:1853909"}},
    /* "the mayor of Madrid" beside a named mayor is another mayor, and Madrid is not his */
    {"Jefe de Gobierno Claudia Reyes welcomed the mayor of Madrid.", {"Claudia Reyes|mayor|-"}},
    {"Mayor Tom Hale met the mayor of Madrid in Denver. Hale was kind.",
     {"Tom Hale|mayor|gn:5419384"}},
    /* ... but "as the Governor of X" is the same person */
    {"This was the first visit of Governor Ken Sato since he was elected as the Governor of "
     "Osaka Prefecture.",
     {"Ken Sato|governor|a1:JP.32"}},
    /* Chinese party secretary after the name */
    {"Li Qiang, Party Secretary of Shanghai, met the visitors.", {"Li Qiang|official|gn:1796236"}},
    /* a public body's chief executive is staff */
    {"Tim Lucey, Chief Executive of Cork County Council, signed the charter.",
     {"Tim Lucey|official|Cork County Council"}},
    {"Chen Hong, Executive Vice Mayor of Chengdu, met the delegation.",
     {"Chen Hong|deputy_mayor|gn:1815286"}},
    /* a city's people's congress, party committee and duma are the city's */
    {"Liu Wei, Chairman of the Standing Committee of the Chengdu Municipal People's Congress, "
     "met the guests.",
     {"Liu Wei|council_member|gn:1815286"}},
    {"Fan Rui, Secretary of the CPC Chengdu Municipal Committee, met the mayor.",
     {"Fan Rui|official|gn:1815286"}},
    {"Alexei Orlov, Chairman of the Moscow City Duma, met the delegation.",
     {"Alexei Orlov|council_member|gn:524901"}},
    /* the khokim of a region is its governor */
    {"The khokim of Tashkent region, Zoyir Rahimov, received the guests.",
     {"Zoyir Rahimov|governor|a1:UZ.14"}},
    /* a national ministry's official is the country's; a city's office the city's even when
     * the places stage leaves the name alone */
    {"Anna Berg, Director-General of the Ministry of Foreign Affairs of Sweden, spoke.",
     {"Anna Berg|official|cc:SE"}},
    {"Li Hua, director of the Tianjin Foreign Affairs Office, read a letter.",
     {"Li Hua|official|gn:1792947"}},
    /* "City, Country mayor" is the city's; "mayor of Country's second city" no country's */
    {"The Delta, Canada mayor Lois Hart and her delegation visited Mangalore.",
     {"Lois Hart|mayor|gn:5937615"}},
    {"Tom Baker, mayor of New Zealand's second-largest city, visited Shenzhen. The talks in "
     "Christchurch and Christchurch's council followed.",
     {"Tom Baker|mayor|gn:2192362"}},
    /* a former mayor shares the city with the present one */
    {"Mayor Ravi Rao of Mangalore met the guests. Former Mayor Anil Shet spoke in Mangalore.",
     {"Ravi Rao|mayor|gn:1263780", "Anil Shet|mayor|gn:1263780"}},
    /* a body named after a city that orgs.h does not know is the body, not the city */
    {"Corinne Tam, Executive Director of the Denver Sister Cities International, spoke.",
     {"Corinne Tam|other|Denver Sister Cities International"}},
    {"Sam Lee, Chief Executive Officer of the Seattle Seahawks, spoke.",
     {"Sam Lee|business|Seattle Seahawks"}},
    /* "ambassador's deputy": staff of the office */
    {"Yael Barkan, Israeli ambassador's deputy, also took part.", {"Yael Barkan|official|cc:IL"}},
    /* a portfolio between title and name; "the city's deputy mayor" */
    {"Deputy Mayor for International Affairs Kim Jae-won met the delegation in Seoul.",
     {"Kim Jae-won|deputy_mayor|gn:1835848"}},
    {"Seoul's Deputy Mayor for Economic Affairs, Kim Eui-seung, spoke at the forum.",
     {"Kim Eui-seung|deputy_mayor|gn:1835848"}},
    {"Mr. Lee Min-ho, the city's deputy mayor for international affairs, greeted the guests "
     "in Daegu.",
     {"Lee Min-ho|deputy_mayor|gn:1835329"}},
    /* "U.S." before a title */
    {"U.S. Ambassador to Japan Rahm Emerson visited Nagasaki.", {"Rahm Emerson|ambassador|cc:US"}},
    /* a lowercase title word as an adjective names no one */
    {"Startup Norway (Norway's premier startup incubator) signed an agreement.", {NULL}},
    /* "his counterpart from Rome, X" */
    {"Jerusalem Mayor Moshe Lion hosted his counterpart from Rome, Roberto Gualtieri.",
     {"Moshe Lion|mayor|gn:281184", "Roberto Gualtieri|mayor|gn:3169070"}},
    /* later members of a delegation's list; a region's delegation for its assembly chair */
    {"Mayor Tom Hale welcomed a delegation from Osaka led by Deputy Mayor Ken Sato and "
     "Councillor Yui Abe, at City Hall in Denver.",
     {"Tom Hale|mayor|gn:5419384", "Ken Sato|deputy_mayor|gn:1853909",
      "Yui Abe|council_member|gn:1853909"}},
    {"The governor met a delegation from Aomori Prefecture, including Governor Ken Sato and "
     "Yui Abe, the Prefectural Assembly Chairman, in Jeju.",
     {"Ken Sato|governor|a1:JP.03", "Yui Abe|council_member|a1:JP.03"}},
    /* "his deputy, X": a mayor's deputy is a deputy mayor of the mayor's city */
    {"Mayor Jean Fabre of Gaillac will visit Brecon, accompanied by his deputy, Ali Mezrane.",
     {"Jean Fabre|mayor|gn:3016824", "Ali Mezrane|deputy_mayor|gn:3016824"}},
    {"Professor Jane Lee came with her deputy, Tom Hale.",
     {"Jane Lee|academic|-", "Tom Hale|other|-"}},
    /* officers of associations and committees are "other" (the spec) */
    {"Lev Stern, Director General of the Nordic-Baltic Friendship Association, spoke.",
     {"Lev Stern|other|Nordic-Baltic Friendship Association"}},
    {"Gilles Marty, president of the Gaillac twinning committee, thanked everyone.",
     {"Gilles Marty|other|gn:3016824"}},
    /* a port authority's executives are officials */
    {"Ann Lee, CEO of the Busan Port Authority, attended.",
     {"Ann Lee|official|Busan Port Authority"}},
    /* a portfolio's own last word is no name */
    {"Ambassador Kim Sang-kyun, Special Representative for Korean Peninsula Peace, spoke.",
     {"Kim Sang-kyun|ambassador|-"}},
    /* "A delegation from X arrived. The visitors, led by Y, ...": the sentence before */
    {"A delegation from San Diego arrived in Yokohama on Monday. The visitors, led by "
     "Councilmember Jane Doe, toured the port. Mayor Ken Ito welcomed them in Yokohama.",
     {"Jane Doe|council_member|gn:5391811", "Ken Ito|mayor|gn:1848354"}},
    /* a news agency's bureau is not the host city unless the body names it */
    {"SEOUL, March 3 (Yonhap) -- Mayor Kim Jin-ho left Busan for Fukuoka on Monday. He "
     "returns to Busan on Friday.",
     {"Kim Jin-ho|mayor|gn:1838524"}},
    {"DENVER - Mayor Tom Hale welcomed visitors from Busan on Monday.",
     {"Tom Hale|mayor|gn:5419384"}},
    /* Australian "Cr", Scottish "Lord Provost", Italian "Sindaco", Welsh "First Minister" */
    {"Cr Jane Smith said the visit to Geelong was a success.",
     {"Jane Smith|council_member|gn:2165798"}},
    {"Lord Provost Robert Allan of Edinburgh met the guests.", {"Robert Allan|mayor|gn:2650225"}},
    {"Sindaco Giuseppe Salvi of Milan signed the pact.", {"Giuseppe Salvi|mayor|gn:3173435"}},
    {"First Minister Mark Davies of Wales visited Chongqing.", {"Mark Davies|governor|a1:GB.WLS"}},
    /* a teaser cut short at the end of a line is the full name's person */
    {"Foreign Minister Lucia Ferrer Ibarra signed it. The mayors met.\nRead more: Foreign "
     "Minister Lucia Ferr",
     {"Lucia Ferrer Ibarra|minister|-"}},
    /* cut too short for names.h to take it for the name ("Su" of "Suarez"): drop_truncated() */
    {"Foreign Minister Elena Suarez Molina signed it. The mayors met.\nRead more: Foreign "
     "Minister Elena Su",
     {"Elena Suarez Molina|minister|-"}},
    /* a country the places stage left beside a title */
    {"Mexico Foreign Minister Lucia Ferrer Ibarra signed it.",
     {"Lucia Ferrer Ibarra|minister|cc:MX"}},
    /* where the person travelled is not the person's home */
    {"Mayor Tom Hale visited Seoul on Monday.", {"Tom Hale|mayor|-"}},
    {"Mayor Tom Hale welcomed visitors who toured Denver.", {"Tom Hale|mayor|gn:5419384"}},
    /* "Cathaoirleach of Arklow Municipal District, Cllr X": the place's own words before the
     * comma */
    {"Cathaoirleach of Arklow Municipal District, Cllr Pat Keane offered a warm welcome.",
     {"Pat Keane|council_member|gn:2966883"}},
    /* a provincial or prefectural body is the region's; a federation of one is an association */
    {"Ma Jun, Secretary of the CPC Guangdong Provincial Committee, met the delegation.",
     {"Ma Jun|official|a1:CN.30"}},
    {"Sato Ken, Director of the Osaka Prefectural Government Tourism Bureau, spoke.",
     {"Sato Ken|official|a1:JP.32"}},
    {"Ito Yumi, President of the Kyoto Prefectural Assembly Friendship Federation, spoke.",
     {"Ito Yumi|other|Kyoto Prefectural Assembly Friendship Federation"}},
    /* an honorary consul "to" a country represents it; an ambassador "to" one is posted there */
    {"The mayor was with Honorary Consul to Russia Armi Lopez, among others.",
     {"Armi Lopez|consul|cc:RU"}},
    {"Ambassador to Korea Jan Novak spoke.", {"Jan Novak|ambassador|-"}},
    /* a vice premier or deputy prime minister is a minister; a premier of a province its
     * governor, even when a city elsewhere has the province's name */
    {"Chinese Vice Premier Liu Hao met the mayor.", {"Liu Hao|minister|cc:CN"}},
    {"Deputy Prime Minister Anna Frey of Canada visited Seoul.", {"Anna Frey|minister|cc:CA"}},
    {"Premier Doug Forde of Ontario visited Tokyo.", {"Doug Forde|governor|a1:CA.08"}},
    /* a council's chair is a member, its secretary-general staff */
    {"Kim Ho-jin, Secretary General of the Seoul Metropolitan Council, attended.",
     {"Kim Ho-jin|official|gn:1835848"}},
    {"Kim Ho-jin, Chairman of the Seoul Metropolitan Council, attended.",
     {"Kim Ho-jin|council_member|gn:1835848"}},
    /* "Mayor Y and officials from X visited Z": Y travelled with X's party */
    {"Mayor Tom Hale and business leaders from Denver visited Busan.",
     {"Tom Hale|mayor|gn:5419384"}},
    /* a district's executive power: its head is the governor, its deputy head an official */
    {"The delegation met Elnur Gasimov, Deputy Head of the Qabala District Executive "
     "Power, and Mirza Sadikov, head of Qabala District Executive Power.",
     {"Elnur Gasimov|official|a1:AZ.38", "Mirza Sadikov|governor|a1:AZ.38"}},
    {"Kim Su, Director of the Gyeonggi Provincial Office of Tourism, spoke.",
     {"Kim Su|official|a1:KR.13"}},
    /* a person's calling right before the name is evidence */
    {"Kobe jazz singer Tsuki Egawa was fabulous.", {"Tsuki Egawa|other|-"}},
    /* a caption line: name, comma, title */
    {"Thai consul visits Chengdu\n\nSombat Wongsa, Thailand Consul General in Chengdu\n\nThe "
     "consul general met officials on Monday.",
     {"Sombat Wongsa|consul_general|cc:TH"}},
    /* a headline's capitalised words before a comma are no name */
    {"Busan, Seattle Mayors Sign Trade Pact\n\nThe mayors met on Monday.", {NULL}},
    /* a headline's capitalised verb is not part of the name; its trip is no home */
    {"Mayor Seo Heong-soo Visits Seattle\n\nMayor Seo Heong-soo arrived on Monday.",
     {"Seo Heong-soo|mayor|-"}},
    /* a one-word title that is also a surname ends a name */
    {"Kolkata Mayor Firhad Hakim welcomed the guests from Dhaka.",
     {"Firhad Hakim|mayor|gn:1275004"}},
    /* "greeted at the station by X": the verb a few words before "by" */
    {"We were greeted at the Nagoya train station by Yasuo Ohta and his colleagues.",
     {"Yasuo Ohta|other|-"}},
    /* attachés are staff; a chargé d'affaires heads the mission; a name right after "Embassy of
     * Country" is the person's */
    {"Staff from the Embassy of France in Seoul, including Attache Marie Dubois, attended.",
     {"Marie Dubois|official|cc:FR"}}, /* the embassy's staff: its country */
    {"Charge d'Affaires of the Embassy of Chile Ana Soto spoke.", {"Ana Soto|ambassador|cc:CL"}},
    /* Indian English: "CM" is a state's chief minister */
    {"Maharashtra CM Uddhav Thackeray met the Japanese delegation.",
     {"Uddhav Thackeray|governor|a1:IN.16"}},
    /* a word before a non-place title is no place ("Chelsea Director") */
    {"Chelsea Director Tom Hale spoke.", {"Tom Hale|other|-"}},
    /* a list after "ORG, including" names the organisation's people; "Don" is a given name */
    {"Mayor Anna Velk joined a mission with leadership from the Port of Tarnow, including "
     "Executive Director Ivo Brand and Director of Business Development Don Marek.",
     {"Anna Velk|mayor|-", "Ivo Brand|official|Port of Tarnow",
      "Don Marek|official|Port of Tarnow"}},
    /* a title that ends a paragraph ends its sentence, and still titles the name that opens the
     * next (title_before() looks for titles ending from the sentence's first token on) */
    {"Talks in Busan\n\nThe visit was led by Busan Mayor\n\nKim Tae-hoon, who met officials "
     "on Monday.",
     {"Kim Tae-hoon|mayor|gn:1838524"}},
    /* a fuller form, with no evidence of its own, of a person named before: looked up though
     * none of its words' folds is his, since its Korean surname keys it by the class and its
     * joined given name ("minhojun") is his name (run_unknown()) */
    {"Mayor Minhojun spoke on Friday. The plan of Lee Min Ho Jun is new.",
     {"Lee Min Ho Jun|mayor|-"}},
    /* a Korean surname at an end of a two-word run is a known name (known_evidence()), which
     * lets the portfolio stand between title and name without a comma */
    {"Deputy Mayor for International Affairs Kim Minsu met the delegation in Seoul.",
     {"Kim Minsu|deputy_mayor|gn:1835848"}},
    /* a staff title: "Specialist" is city staff */
    {"Investment Incentive Specialist Ilya Marenko of Daegu attended.",
     {"Ilya Marenko|official|gn:1835329"}},
    /* collect() asks which place and organisation cover a word by walking the mentions along
     * with its tokens (walk_place(), walk_org()): a place or an organisation after others still
     * starts no name (else "New Zealand" said, and "Thomas Becker" opens with a given name) */
    {"Officials from Busan and Daegu met on Monday. New Zealand said it would join the pact.",
     {NULL}},
    {"The Baltic Cities Association met on Monday. The Thomas Becker Foundation gave a grant.",
     {NULL}},
    /* ... and a word asked after the walk went past it is searched for: the run's first word,
     * before the foundation, is in none, so the run ends where the foundation starts */
    {"The Baltic Cities Association met on Monday. Peter J. Holmberg Foundation staff signed "
     "the deal.",
     {"Peter J|other|-"}},
    /* ... as is a word of the name after "<title> of", walked again past the word before it
     * once the run reached Seoul */
    {"Officials from Busan met on Monday. The Mayor of Qorvath Kim Min-ho Seoul office opened "
     "on Monday.",
     {"Kim Min-ho|other|-"}},
    /* name_start() passes over a word that no mark of its five lexicons holds: a particle
     * ("De") still starts no name, and a surname in capitals ("WANG") still starts one */
    {"Officials met on Monday. De Souza said the talks went well.", {NULL}},
    {"Officials met on Monday. WANG Xiaoming said the talks went well.", {"WANG Xiaoming|other|-"}},
    /* a name's text has one space between words, however far apart they lie (a tab, two
     * spaces): span_form() takes a span as its own text only when it already is */
    {"Mayor Anna  Velk met Ambassador Karl\tWeber on Monday. Velk and Weber spoke.",
     {"Anna Velk|mayor|-", "Karl Weber|ambassador|-"}},
    /* an apostrophe inside a name's word, ASCII or U+2019, before a capital or a lowercase
     * letter, keeps the word whole; a later "O’Varn" is the same person */
    {"Mayor Colm O'Varn of Denver met Deputy Mayor Ines N\xe2\x80\x99Tamba of Boston. Later "
     "O\xe2\x80\x99Varn said the visit went well.",
     {"Colm O'Varn|mayor|gn:5419384", "Ines N\xe2\x80\x99Tamba|deputy_mayor|gn:4930956"}},
    {"Darya Vol'nova, the Mayor of Denver, met Pietro Dell'Arsa in Boston.",
     {"Darya Vol'nova|mayor|gn:5419384", "Pietro Dell'Arsa|other|-"}},
    /* ... and counts as one word of the run (run_words()): three words with a Korean surname at
     * an end are a known name, as "Kim Dong Varn" is */
    {"Kim Dong O'Varn attended the dinner.", {"Kim Dong O'Varn|other|-"}},
    /* ... but a possessive ('s, ’s) or a plural's apostrophe ends the name, and
     * quotation marks glue nothing */
    {"Denver Mayor Anna Velk's aides and Boston Mayor Tom Hale\xe2\x80\x99s staff joined the "
     "Mayors' forum.",
     {"Anna Velk|mayor|gn:5419384", "Tom Hale|mayor|gn:4930956"}},
    {"Residents call Mayor Ana Velk 'Iron Lady' and Mayor Tom Hale \xe2\x80\x98"
     "Builder\xe2\x80\x99 and 'Tom'.",
     {"Ana Velk|mayor|-", "Tom Hale|mayor|-"}},
    /* the object of a verb of meeting is a person, a given name listed or not, as after "met":
     * "welcomed X", "hosted X", "thanked X", "held talks with X", the verb before a place's
     * possessive ("met Osaka's X"), and a title "of" a portfolio before it */
    {"Mayor Anna Velk welcomed Temirlan Osmonov on Monday.",
     {"Anna Velk|mayor|-", "Temirlan Osmonov|other|-"}},
    {"Mayor Anna Velk hosted Dilnoza Karimova, invited Idris Halvani and thanked Bakhrom Aliev.",
     {"Anna Velk|mayor|-", "Dilnoza Karimova|other|-", "Idris Halvani|other|-",
      "Bakhrom Aliev|other|-"}},
    {"Mayor Anna Velk held talks with Ravshan Tolibov on Monday.",
     {"Anna Velk|mayor|-", "Ravshan Tolibov|other|-"}},
    {"Mayor Anna Velk of Denver met Osaka's Keisuke Amagiri on Monday.",
     {"Anna Velk|mayor|gn:5419384", "Keisuke Amagiri|other|-"}},
    {"Mayor Anna Velk met Minister of Trade Wiryo Santika on Monday.",
     {"Anna Velk|mayor|-", "Wiryo Santika|minister|-"}},
    /* ... but not a run before a common capitalised word or a visiting party's noun, which the
     * run qualifies */
    {"The mayor met Qorvath Ice Festival organisers on Monday.", {NULL}},
    {"The mayor welcomed Team Qorvath delegates on Monday.", {NULL}},
    /* ... nor the subject of a verb whose object it is: hotels and companies host and invite */
    {"Grand Velmora hosted the dinner and Orvik Shipbuilding invited the guests.", {NULL}},
    /* two particles run inside a name as one does, the last maybe hyphenated to the next word */
    {"Ambassador Joost van der Meulen of the Netherlands met Mayor Anna Velk.",
     {"Joost van der Meulen|ambassador|cc:NL", "Anna Velk|mayor|-"}},
    {"Mayor Anna Velk met with Aurelio de la Pena, Farid al-Qasimi and Ximena de los Rios.",
     {"Anna Velk|mayor|-", "Aurelio de la Pena|other|-", "Farid al-Qasimi|other|-",
      "Ximena de los Rios|other|-"}},
    /* a generational suffix ends the name with its dot, and the apposition after it holds */
    {"Mayor Anna Velk met Tomas Oberlin Jr., the mayor of Tulsa, on Monday.",
     {"Anna Velk|mayor|-", "Tomas Oberlin Jr.|mayor|gn:4553433"}},
    {"Mayor Anna Velk met Daniel Orsk Quibble III, chairman of the Qorvath Shipping Company.",
     {"Anna Velk|mayor|-", "Daniel Orsk Quibble III|business|Qorvath Shipping Company"}},
    /* a royal title right after a given name is the surname */
    {"The delegation met Mayor Helen King of Leeds on Monday.", {"Helen King|mayor|gn:2644688"}},
    {"The delegation met Councilor Daniel Prince of Leeds on Monday.",
     {"Daniel Prince|council_member|gn:2644688"}},
    /* a one-word title with no kind after a given name ("mayor", no " royal"): the name run
     * goes on to its other tests, as before the royal rule (it once read a NULL kind there) */
    {"The delegation met Helen Mayor, a teacher, on Monday.", {NULL}},
    /* a chain of courtesy words, and a courtesy phrase of two words, are no part of the name */
    {"Mayor Anna Velk met H.E. Mr. Yerlan Tokbayev, Ambassador of Kazakhstan, on Monday.",
     {"Anna Velk|mayor|-", "Yerlan Tokbayev|ambassador|cc:KZ"}},
    {"Mayor Anna Velk met Datuk Seri Amran Yusri and Tan Sri Halim Bakri on Monday.",
     {"Anna Velk|mayor|-", "Amran Yusri|other|-", "Halim Bakri|other|-"}},
    {"Governor Datuk Seri Amran Yusri of Penang met the delegation on Monday.",
     {"Amran Yusri|governor|gn:1735106"}},
};

/* The process's resident memory in bytes (Linux /proc/self/statm), or 0 when unknown. */
static size_t resident_bytes(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    unsigned long size = 0, res = 0;
    int ok = f && fscanf(f, "%lu %lu", &size, &res) == 2;
    if (f) fclose(f);
    long page = sysconf(_SC_PAGESIZE);
    return ok && page > 0 ? (size_t)res * (size_t)page : 0;
}

/* How many of an's person mentions are person's and open the text at `at` (a mention is told
 * by the words it begins: "Velk s" for "Velk said"); 0 when an is NULL. */
static size_t mentions_at(const ct_analysis *an, int32_t person, const char *at)
{
    size_t n = 0, len = strlen(at);
    for (size_t i = 0; an && i < an->person_mentions.n; i++) {
        const ct_person_mention *m = CT_VEC_AT(&an->person_mentions, ct_person_mention, i);
        n += m->person == person && !strncmp(an->text + an->toks[m->tok].off, at, len);
    }
    return n;
}

static int has_person(const ct_analysis *an, const char *want)
{
    char name[128], title[32], of[128];
    const char *a = strchr(want, '|'), *b = a ? strchr(a + 1, '|') : NULL;
    if (!a || !b) return 0;
    snprintf(name, sizeof name, "%.*s", (int)(a - want), want);
    snprintf(title, sizeof title, "%.*s", (int)(b - a - 1), a + 1);
    snprintf(of, sizeof of, "%s", b + 1);
    for (size_t i = 0; i < an->people.n; i++) {
        const ct_person *p = CT_VEC_AT(&an->people, ct_person, i);
        if (strcmp(p->name, name) != 0) continue;
        const char *t = ct_title_name(p->title);
        int ok = t && !strcmp(t, title) &&
                 (!strcmp(of, "-") ? p->of == NULL : (p->of && !strcmp(p->of, of)));
        if (!ok) fprintf(stderr, "  %s: got %s|%s\n", name, t ? t : "-", p->of ? p->of : "-");
        return ok;
    }
    return 0;
}

/* The people of the name memo's cases: more than the memo has slots (64), so that some two of
 * their names share a slot whatever the hash, and the cases need not know which. Each name has
 * nine bytes ("Anna Bekl"), and any two surnames differ in two letters that fold apart (names.h),
 * so that no two are taken for one person. */
#define MEMO_PEOPLE 65

/* Writes the names of the MEMO_PEOPLE people to names and an article to t (of cap bytes) that
 * names each with a title, then each by surname alone ("Bekl said ..."); its length. */
static size_t memo_article(char names[][10], char *t, size_t cap)
{
    static const char first[] = "BDGLMNSVZF", rest[] = "klmnstvzf";
    size_t o = 0;
    for (size_t i = 0; i < MEMO_PEOPLE; i++)
        snprintf(names[i], 10, "Anna %ce%c%c", first[i / 9], rest[i % 9],
                 rest[(i / 9 + i % 9 + 1) % 9]);
    for (size_t i = 0; i < MEMO_PEOPLE && o < cap; i++)
        o += (size_t)snprintf(t + o, cap - o, "Mayor %s spoke on Friday. ", names[i]);
    for (size_t i = 0; i < MEMO_PEOPLE && o < cap; i++)
        o += (size_t)snprintf(t + o, cap - o, "%s said the talks went well. ", names[i] + 5);
    return o < cap ? o : cap;
}

/* The people stage's analysis of an HTML page, or NULL; *doc is its document (ct_doc_free()). */
static ct_analysis *people_of_html(const ct_ctx *ctx, ct_arena *arena, const char *name,
                                   const char *html, ct_doc **doc)
{
    char err[128];
    ct_analysis *an = NULL;
    *doc = NULL;
    ct_arena_reset(arena);
    if (ct_doc_from_memory(name, html, strlen(html), CT_FMT_HTML, doc, err, sizeof err) != 0 ||
        ct_analyze(ctx, *doc, arena, CT_STAGE_PEOPLE, &an) != 0)
        return NULL;
    return an;
}

int main(void)
{
    ct_ctx *ctx = NULL;
    if (ct_ctx_open(NULL, &ctx) != 0 || !ctx) {
        printf("people: skipped (no context)\n");
        return 0;
    }
    ct_arena *arena = ct_arena_new(1 << 16);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const people_case *pc = &cases[i];
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, pc->text, strlen(pc->text), CT_STAGE_PEOPLE);
        CHECK(an != NULL, "analysis of case %zu", i);
        if (!an) continue;
        size_t nwant = 0;
        for (; nwant < 6 && pc->want[nwant]; nwant++)
            CHECK(has_person(an, pc->want[nwant]), "case %zu: want %s", i, pc->want[nwant]);
        CHECK(an->people.n == nwant, "case %zu: %zu people, want %zu (first: %s)", i, an->people.n,
              nwant, an->people.n ? CT_VEC_AT(&an->people, ct_person, 0)->name : "-");
    }

    /* references: "Mayor Park", "the mayor", "he" resolve to the person; queries */
    {
        const char *t = "Seoul Mayor Park Jin-ho met Ambassador Lukas Novak on Friday. "
                        "Mayor Park said the ties were strong. The mayor added that he was glad. "
                        "Ambassador Novak thanked him.";
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_PEOPLE);
        CHECK(an && an->people.n == 2, "two people");
        if (an && an->people.n == 2) {
            int32_t park = ct_people_find_name(an, "Park Jin-ho", 11);
            int32_t novak = ct_people_find_name(an, "Lukas Novak", 11);
            CHECK(park >= 0 && novak >= 0 && park != novak, "find by name");
            size_t bad = 0, nm = an->person_mentions.n, him = 0;
            for (size_t i = 0; i < nm; i++) {
                const ct_person_mention *m = CT_VEC_AT(&an->person_mentions, ct_person_mention, i);
                const char *w = an->text + an->toks[m->tok].off;
                if (!strncmp(w, "Mayor Park", 10) || !strncmp(w, "mayor", 5) ||
                    !strncmp(w, "he ", 3))
                    bad += m->person != park;
                if (!strncmp(w, "Ambassador Novak", 16)) bad += m->person != novak;
                if (!strncmp(w, "him.", 4)) him++, bad += m->person != novak;
            }
            CHECK(bad == 0 && him == 1, "references resolve (%zu wrong, %zu him)", bad, him);
            const ct_person_mention *first;
            size_t n0 = ct_people_in_sentence(an, 0, &first);
            CHECK(n0 == 2 && first && first->person == park, "sentence 0 mentions: %zu", n0);
            size_t nt = 0;
            CHECK(ct_people_at(an, first->tok, &nt) == park && nt >= 2, "people_at");
            CHECK(ct_people_at(an, 1, NULL) == -1 || first->tok == 1, "people_at miss");
        }
    }
    /* pronouns begin with an h or an s, in either case (resolve_refs() refuses other short words
     * by their first byte): "She" and "her" name the mayor, "the" and "Hi" nobody */
    {
        const char *t = "Mayor Anna Velk met the guests. She said her city was ready. Hi to all.";
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_PEOPLE);
        size_t she = 0, pronouns = 0;
        for (size_t i = 0; an && i < an->person_mentions.n; i++) {
            const ct_person_mention *m = CT_VEC_AT(&an->person_mentions, ct_person_mention, i);
            if (m->kind != CT_PERM_PRONOUN) continue;
            pronouns++;
            const char *w = an->text + an->toks[m->tok].off;
            she += (!strncmp(w, "She ", 4) || !strncmp(w, "her ", 4)) && m->person == 0;
        }
        CHECK(an && an->people.n == 1 && she == 2 && pronouns == 2, "She, her: %zu of %zu", she,
              pronouns);
    }
    /* a "he" or "she" opening its sentence's mentions is the last sentence's subject, not the
     * person named last; its gender, once a courtesy word or a pronoun tells it, refuses the
     * other; a pronoun inside a sentence still takes the person named last */
    {
        static const struct {
            const char *text, *pronoun, *want; /* pronoun: the text its mention begins */
        } refs[] = {
            {"Incheon Mayor Ivo Berg met Haiphong Vice Chairman Tomas Dunn on Monday. He then "
             "traveled to Hanoi.",
             "He then", "Ivo Berg"},
            {"Seattle Mayor Ivo Berg met Busan Mayor Tomas Dunn in Busan on Monday. On Tuesday, he "
             "visited Ulsan.",
             "he visited", "Ivo Berg"},
            /* a pronoun subject is its sentence's subject in turn */
            {"Mayor Ivo Berg arrived in Busan on Monday. He met Mayor Tomas Dunn at city hall. He "
             "then visited Ulsan.",
             "He then", "Ivo Berg"},
            /* one person named before: that person */
            {"Mayor Ivo Berg arrived in Busan on Monday. He visited the port.", "He visited",
             "Ivo Berg"},
            /* gender: "Mr." before the subject, or a "he" that named him */
            {"Mr. Ivo Berg met Mayor Anna Velk in Busan on Monday. She then traveled to Ulsan.",
             "She then", "Anna Velk"},
            {"Mayor Ivo Berg arrived in Busan on Monday. He met Mayor Anna Velk at city hall. She "
             "later visited Ulsan.",
             "She later", "Anna Velk"},
            /* a "her" may be a country's: it tells no gender of the person it is taken for */
            {"Mayor Ivo Berg praised Korea and her people on Monday. He then visited Ulsan.",
             "He then", "Ivo Berg"},
            /* the speaker of a closing attribution is the subject */
            {"Governor Karl Lind will visit Busan next week, Mayor Tomas Dunn of Seattle said. He "
             "added that the visit mattered.",
             "He added", "Tomas Dunn"},
            {"\"Governor Karl Lind is welcome in Busan,\" Mayor Tomas Dunn said. He added that the "
             "visit mattered.",
             "He added", "Tomas Dunn"},
            {"Governor Karl Lind will visit Busan next week, said Mayor Tomas Dunn. He added that "
             "the visit mattered.",
             "He added", "Tomas Dunn"},
            /* a person in a phrase fronted before the subject is not it; an appositive is */
            {"Following talks with Mayor Tomas Dunn, Governor Karl Lind toured the port. He then "
             "visited Ulsan.",
             "He then", "Karl Lind"},
            {"On Friday, Mayor Ivo Berg of Seattle, the host of the forum, welcomed Mayor Tomas "
             "Dunn of Busan. He later traveled to Portland.",
             "He later", "Ivo Berg"},
            /* inside a sentence: the person named last */
            {"Mayor Ivo Berg met Governor Karl Lind, who said he was glad.", "he was", "Karl Lind"},
        };
        for (size_t k = 0; k < sizeof refs / sizeof *refs; k++) {
            ct_arena_reset(arena);
            const char *t = refs[k].text;
            ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_PEOPLE);
            int32_t want = an ? ct_people_find_name(an, refs[k].want, strlen(refs[k].want)) : -1;
            int32_t got = -2;
            for (size_t i = 0; an && i < an->person_mentions.n; i++) {
                const ct_person_mention *m = CT_VEC_AT(&an->person_mentions, ct_person_mention, i);
                if (m->kind == CT_PERM_PRONOUN &&
                    !strncmp(an->text + an->toks[m->tok].off, refs[k].pronoun,
                             strlen(refs[k].pronoun)))
                    got = m->person;
            }
            CHECK(want >= 0 && got == want, "pronoun case %zu: %s is %d, want %s (%d)", k,
                  refs[k].pronoun, got, refs[k].want, want);
        }
    }
    /* word_forms() keeps each word's folds in a slot of its hash: a later word of the same
     * length in the same slot ("Bomz", then "Velk") is folded again, not taken for the first, so
     * a short name still finds its person after an unknown word */
    {
        const char *t = "Mayor Anna Velk spoke on Friday. Bomz was absent. Velk said the talks "
                        "went well.";
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_PEOPLE);
        int32_t velk = an ? ct_people_find_name(an, "Anna Velk", 9) : -1;
        size_t found = mentions_at(an, velk, "Velk s");
        CHECK(velk >= 0 && found == 1, "Velk after Bomz: %zu mentions", found);
    }
    /* word_forms() folds no word whose kept letters (ct_name_fold_sig()) no person's held word
     * has ("Bomz" here), unless it is a Korean surname spelling, which names a person through its
     * class: "Pak" ({a, p}) is Park Jin-ho's ("park", "palk": {a, p, l}), "Velk" Anna Velk's */
    {
        const char *t = "Mayor Park Jin-ho met Mayor Anna Velk on Friday. Bomz was absent. Pak "
                        "said the talks went well. Velk agreed.";
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_PEOPLE);
        int32_t park = an ? ct_people_find_name(an, "Park Jin-ho", 11) : -1;
        int32_t velk = an ? ct_people_find_name(an, "Anna Velk", 9) : -1;
        size_t pak = mentions_at(an, park, "Pak s"), vk = mentions_at(an, velk, "Velk a");
        size_t other = 0;
        for (size_t i = 0; an && i < an->person_mentions.n; i++) {
            const ct_person_mention *m = CT_VEC_AT(&an->person_mentions, ct_person_mention, i);
            other += !strncmp(an->text + an->toks[m->tok].off, "Bomz", 4); /* anyone's */
        }
        CHECK(park >= 0 && velk >= 0 && pak == 1 && vk == 1 && other == 0 && an->people.n == 2,
              "Pak, Velk after Bomz: %zu, %zu, %zu", pak, vk, other);
    }
    /* a word refused by its letters is kept in the word memo with them, and asked again once a
     * person has them: "Velk", refused while Ann Cole alone is known, is Ivo Velk's once the
     * list makes him a person */
    {
        const char *t = "Velk agreed with the plan. Mayors Ann Cole and Ivo Velk signed it on "
                        "Friday.";
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_PEOPLE);
        int32_t velk = an ? ct_people_find_name(an, "Ivo Velk", 8) : -1;
        size_t found = mentions_at(an, velk, "Velk a");
        CHECK(velk >= 0 && found == 1, "Velk before Ivo Velk: %zu mentions", found);
    }
    /* a person named by one word: its key is its folded word, given again as its word and then
     * passed over (held_add()), so the key's set must be kept (held_arg.spaced is only a key
     * with a space): "Velk" said later is Mayor Velk's */
    {
        const char *t = "Mayor Velk met Mayor Ann Cole on Friday. Velk said the talks went well.";
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_PEOPLE);
        int32_t velk = an ? ct_people_find_name(an, "Velk", 4) : -1;
        size_t found = mentions_at(an, velk, "Velk s");
        CHECK(velk >= 0 && found == 1, "one-word Velk said later: %zu mentions", found);
    }
    /* a first-person piece: the byline's author is the body's "I" (resolve_refs() counts the
     * narrative "I"s on its walk for narrator(); "Phase I" is a numeral, a quoted "I" another's) */
    {
        const char *t = "By Jan Kowal, Legislative Aide, Office of Mayor Velk\n"
                        "Mayor Anna Velk led the visit to Phase I of the port. I joined her "
                        "there, and \"I am glad,\" the harbour master said.";
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_PEOPLE);
        int32_t kowal = an ? ct_people_find_name(an, "Jan Kowal", 9) : -1;
        size_t mine = 0, other = 0;
        for (size_t i = 0; an && i < an->person_mentions.n; i++) {
            const ct_person_mention *m = CT_VEC_AT(&an->person_mentions, ct_person_mention, i);
            if (an->toks[m->tok].len != 1 || an->text[an->toks[m->tok].off] != 'I') continue;
            if (m->person == kowal)
                mine++;
            else
                other++;
        }
        CHECK(kowal >= 0 && mine == 1 && other == 0, "narrator: %zu I of the author, %zu other",
              mine, other);
    }
    /* a person's parsed name is the memo's form of its text, shared: a later name in the same
     * memo slot gets a form of its own rather than parsing over the one an earlier name holds,
     * so each of the memo's people is a person of their own, whom their surname alone finds */
    {
        char names[MEMO_PEOPLE][10], t[MEMO_PEOPLE * 64];
        size_t len = memo_article(names, t, sizeof t), bad = 0;
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, len, CT_STAGE_PEOPLE);
        for (size_t i = 0; an && i < MEMO_PEOPLE; i++) {
            int32_t who = ct_people_find_name(an, names[i], 9);
            char said[16];
            snprintf(said, sizeof said, "%s said", names[i] + 5);
            size_t found = 0;
            for (size_t k = 0; k < an->person_mentions.n; k++) {
                const ct_person_mention *m = CT_VEC_AT(&an->person_mentions, ct_person_mention, k);
                const char *w = an->text + an->toks[m->tok].off;
                found += m->person == who && !strncmp(w, said, strlen(said));
            }
            bad += who < 0 || found != 1;
        }
        CHECK(an && an->people.n == MEMO_PEOPLE && bad == 0,
              "memo slots shared: %zu people, %zu not found by surname", an ? an->people.n : 0,
              bad);
    }
    /* the stage's per-person slots and name cache are not zeroed when allocated, but cleared as
     * each person is added: an arena whose reused block holds garbage gives the same people and
     * references (the arena is reset and filled here, then reset before the analysis) */
    {
        const char *t = "Seoul Mayor Park Jin-ho met Ambassador Lukas Novak on Friday. "
                        "Mayor Park said the ties were strong. Novak agreed, and Deputy Mayor "
                        "Anna Velk joined them. Velk and Park Jin-ho spoke later.";
        ct_arena_reset(arena);
        void *junk = ct_arena_alloc_raw(arena, (1 << 16) - 64);
        if (junk) memset(junk, 0xA5, (1 << 16) - 64);
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_PEOPLE);
        CHECK(an && an->people.n == 3, "garbage arena: %zu people", an ? an->people.n : 0);
        int32_t park = an ? ct_people_find_name(an, "Park Jin-ho", 11) : -1;
        int32_t velk = an ? ct_people_find_name(an, "Anna Velk", 9) : -1;
        size_t named = 0;
        for (size_t i = 0; an && i < an->person_mentions.n; i++) {
            const ct_person_mention *m = CT_VEC_AT(&an->person_mentions, ct_person_mention, i);
            const char *w = an->text + an->toks[m->tok].off;
            named += (m->person == park && !strncmp(w, "Park Jin-ho s", 13)) +
                     (m->person == velk && !strncmp(w, "Velk and", 8));
        }
        CHECK(park >= 0 && velk >= 0 && named == 2, "garbage arena: %zu short forms", named);
    }
    /* a name of two words with no evidence of its own (pass two) is looked up unparsed only when
     * one of its words' folds is a person's word (run_unknown()): "Ivo Velk" completes "Mayor
     * Velk", and names him again */
    {
        static const char *const t[] = {
            "Mayor Velk spoke on Friday. The plan of Ivo Velk was praised.",
            "Mayor Ivo Velk spoke on Friday. The plan of Ivo Velk was praised. Velk left.",
        };
        for (size_t k = 0; k < 2; k++) {
            ct_arena_reset(arena);
            ct_analysis *an = ct_analyze_text(ctx, arena, t[k], strlen(t[k]), CT_STAGE_PEOPLE);
            const ct_person *p = an && an->people.n ? an->people.items : NULL;
            size_t named = 0;
            for (size_t i = 0; an && i < an->person_mentions.n; i++)
                named += CT_VEC_AT(&an->person_mentions, ct_person_mention, i)->person == 0;
            CHECK(an && an->people.n == 1 && !strcmp(p->name, "Ivo Velk") && named == 2 + k,
                  "Ivo Velk (%zu): %zu people, %zu mentions", k, an ? an->people.n : 0, named);
        }
    }
    /* mentions sort by their first token, those of one token in the order they were made: the
     * first name of a plural title's list ("Deputy Mayors Ahmet Yilmaz") before the title's
     * own mention left over from the copy the list's other name took; so too past the first
     * block of mentions sorted by insertion (64), where the title's mention follows 70 more
     * names and the blocks are merged */
    {
        char t[2048]; /* the first sentence, and 70 more of 14 bytes */
        size_t o = (size_t)snprintf(t, sizeof t, "%s",
                                    "Deputy Mayors Ahmet Yilmaz and Mehmet Demir attended.");
        for (int k = 0; k < 2; k++) {
            ct_arena_reset(arena);
            ct_analysis *an = ct_analyze_text(ctx, arena, t, o, CT_STAGE_PEOPLE);
            size_t nt = 0, at0 = 0, unsorted = 0, nm = an ? an->person_mentions.n : 0;
            int32_t who = an ? ct_people_at(an, 0, &nt) : -1;
            for (size_t i = 0; i < nm; i++) {
                const ct_person_mention *m = CT_VEC_AT(&an->person_mentions, ct_person_mention, i);
                at0 += m->tok == 0;
                unsorted += i > 0 && m[-1].tok > m->tok;
            }
            CHECK(who == 0 && nt == 4 && at0 == 2 && !unsorted && nm > (k ? 70u : 2u),
                  "mentions at token 0 (%d): %zu, first of %zu tokens, of %zu", k, at0, nt, nm);
            for (int i = 0; i < 70; i++)
                o += (size_t)snprintf(t + o, sizeof t - o, " Demir agreed.");
        }
    }
    /* a run that named no one is looked up again once a person is added (name_run.miss,
     * pctx.gen): "Velk" names no one on the first round, "Ivo Velk" becomes a person as the
     * list neighbour of a titled name, and the second round finds him in "Velk" */
    {
        const char *t = "Velk arrived early. Mayor Ahmet Yilmaz and Ivo Velk were present.";
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_PEOPLE);
        int32_t velk = an ? ct_people_find_name(an, "Ivo Velk", 8) : -1;
        CHECK(velk >= 0 && ct_people_at(an, 0, NULL) == velk, "Velk before Ivo Velk");
    }
    /* a headline names only known people, through the longest prefix of its capitalised run
     * that names one (heading_run()): "Velk" of "Velk Meets Partners In Busan" */
    {
        const char *h = "<html><body><h1>Velk Meets Partners In Busan</h1><p>Mayor Anna Velk met "
                        "partners in Busan on Friday.</p></body></html>";
        ct_doc *doc;
        ct_analysis *an = people_of_html(ctx, arena, "headline", h, &doc);
        int rc = !an;
        size_t nt = 0;
        int32_t who = !rc && an ? ct_people_at(an, 0, &nt) : -1;
        CHECK(!rc && an && an->people.n == 1 && who == 0 && nt == 1, "headline Velk: %d, %zu",
              (int)who, nt);
        ct_doc_free(doc);
    }
    /* a person's filter takes the words of each new form (bag_add(); a repeated form is
     * skipped): "Park Jin-ho" completes "Mayor Park", so "Jin-ho" then names him; its words are
     * counted (span_form()) as many whether it is its own text or two spaces apart */
    for (int far = 0; far < 2; far++) {
        const char *t = far ? "Mayor Park spoke on Friday. The plan of Park  Jin-ho is new. Jin-ho "
                              "said it would work."
                            : "Mayor Park spoke on Friday. The plan of Park Jin-ho is new. Jin-ho "
                              "said it would work.";
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_PEOPLE);
        size_t named = 0;
        for (size_t i = 0; an && i < an->person_mentions.n; i++)
            named += CT_VEC_AT(&an->person_mentions, ct_person_mention, i)->person == 0;
        CHECK(an && an->people.n == 1 && named == 3, "Park, Park Jin-ho, Jin-ho (%d): %zu mentions",
              far, named);
    }
    /* word_forms() takes a token's key as its word only for ASCII letters, whose key is their
     * bytes lowered: "O\xc5\x89a" (U+0149) keys as "o", U+02BC, "na", longer than its bytes;
     * read to its bytes' length, its fold is no held word of Mayor O\xc5\x89a Berg's, and
     * run_unknown() would take the later two for no one's */
    {
        const char *t = "Mayor O\xc5\x89"
                        "a Berg of Munich met visitors on Monday. Later O\xc5\x89"
                        "a said the ties mattered. Berg thanked O\xc5\x89"
                        "a.";
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_PEOPLE);
        size_t named = 0;
        for (size_t i = 0; an && i < an->person_mentions.n; i++) {
            const ct_person_mention *m = CT_VEC_AT(&an->person_mentions, ct_person_mention, i);
            named += m->person == 0 && an->text[an->toks[m->tok].off] == 'O';
        }
        CHECK(an && an->people.n == 1 && named == 2,
              "a name of letters past ASCII: %zu later mentions", named);
    }
    /* a name's probe is kept by its memo form (probe_of()): forty ambassadors, whose forms
     * share the probe memo's slots, each found again by his surname, which a probe of another
     * form would not find */
    {
        static const char *const given[] = {"Lukas", "Marta", "Tomas", "Ilse", "Pavel"};
        static const char *const sur[] = {"Novak", "Horvath", "Dvorak", "Kral",
                                          "Benes", "Svoboda", "Urban",  "Kolar"};
        enum { N = 40 };
        char t[8192];
        size_t o = 0;
        for (size_t i = 0; i < N; i++)
            o += (size_t)snprintf(t + o, sizeof t - o,
                                  "Ambassador %s %s%c met officials on Monday. ", given[i % 5],
                                  sur[i / 5], 'a' + (int)(i % 5));
        for (size_t i = N; i-- > 0;)
            o += (size_t)snprintf(t + o, sizeof t - o, "Ambassador %s%c said the talks went well. ",
                                  sur[i / 5], 'a' + (int)(i % 5));
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, o, CT_STAGE_PEOPLE);
        size_t named = 0;
        for (size_t i = 0; an && i < an->person_mentions.n; i++) {
            const ct_person_mention *m = CT_VEC_AT(&an->person_mentions, ct_person_mention, i);
            named += m->kind == CT_PERM_NAME && m->person >= 0;
        }
        CHECK(an && an->people.n == N && named == 2 * N, "forty ambassadors: %zu people, %zu named",
              an ? an->people.n : 0, named);
    }
    /* the name memo makes a form (2.6 KB) for each text it parses, at most NAME_FORMS (256) an
     * article: 20,000 runs naming no one ("the Velk Zaaa plan", each a new text looked up since
     * "velk" is a person's word) take no more memory than their text's analysis, and past the
     * cap names are parsed into a form of the moment, people's names compared by their text,
     * with the same answers ("Brand" still names Ivo Brand) */
    {
        enum { RUNS = 20000 };
        size_t cap = 64 + RUNS * 24, o = 0;
        char *t = malloc(cap);
        if (t) {
            o += (size_t)snprintf(t, cap, "Mayor Anna Velk spoke on Friday. Mayor Ivo Brand came.");
            for (size_t i = 0; i < RUNS; i++)
                o += (size_t)snprintf(t + o, cap - o, "%s the Velk Z%c%c%c plan%s",
                                      i % 20 ? "," : " Then", 'a' + (int)(i / 676 % 26),
                                      'a' + (int)(i / 26 % 26), 'a' + (int)(i % 26),
                                      i % 20 == 19 ? " came." : "");
            o += (size_t)snprintf(t + o, cap - o, " Brand said the plan would work.");
            ct_arena_reset(arena);
            size_t before = resident_bytes();
            ct_analysis *an = ct_analyze_text(ctx, arena, t, o, CT_STAGE_PEOPLE);
            size_t after = resident_bytes(), grew = after > before ? after - before : 0;
            int32_t brand = an ? ct_people_find_name(an, "Ivo Brand", 9) : -1;
            size_t named = mentions_at(an, brand, "Brand s");
            CHECK(an && an->people.n == 2 && brand >= 0 && named == 1,
                  "past the memo's forms: %zu people, %zu mentions", an ? an->people.n : 0, named);
            CHECK(!before || grew < ((size_t)32 << 20), "%zu runs grew memory by %zu MB",
                  (size_t)RUNS, grew >> 20);
            free(t);
        }
    }
    /* collect() passes over the lowercase words whose marks say they begin no title, but not
     * "deputy", whose "his deputy, X" is a rule of its own: with the titles' bit cleared from
     * its mark, as titles.tsv without its "Deputy ..." lines would leave it, the deputy is found */
    {
        const char *t = "Mayor Jean Fabre of Gaillac will visit Brecon, accompanied by his deputy, "
                        "Ali Mezrane.";
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_ORGS);
        uint64_t bit = ct_lex_bit(ct_lex(ctx->lex, "titles"));
        size_t cleared = 0;
        for (size_t i = 0; an && an->lexmask && i < an->ntoks; i++)
            if (ct_tok_is(an, i, "deputy")) an->lexmask[i] &= ~bit, cleared++;
        int rc = an ? ct_people_find(an) : -1;
        CHECK(!rc && cleared == 1 && has_person(an, "Ali Mezrane|deputy_mayor|gn:3016824"),
              "his deputy, without a title's mark");
    }
    /* ct_people_find_name() copies its caller's text into the name memo (which keeps the
     * stage's own texts as they are): a buffer the caller then fills with another name of the
     * same memo slot is not taken for the first. Each name is looked up twice, so that of two
     * names sharing a slot, whichever the memo does not hold at first is taken into it before
     * the other is looked up. */
    {
        char names[MEMO_PEOPLE][10], t[MEMO_PEOPLE * 64], buf[16];
        size_t len = memo_article(names, t, sizeof t), bad = 0;
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, t, len, CT_STAGE_PEOPLE);
        int32_t who[MEMO_PEOPLE];
        for (size_t pass = 0; an && pass < 2; pass++)
            for (size_t i = 0; i < MEMO_PEOPLE; i++) {
                memcpy(buf, names[i], 10);
                int32_t p = ct_people_find_name(an, buf, 9);
                if (pass == 0) who[i] = p;
                bad += p < 0 || p != who[i];
                for (size_t k = 0; pass == 0 && k < i; k++)
                    bad += who[k] == p;
            }
        CHECK(an && bad == 0, "find_name of a reused buffer: %zu wrong", bad);
    }
    /* the narrator's "I" is the body's: a headline's "I" makes no byline's author a person */
    {
        const char *h =
            "<html><body><h1>I Saw The Port Of Busan Grow Last Year</h1><p>By Jan Kowal, "
            "Legislative Aide</p>"
            "<p>Mayor Anna Velk led the visit to the port of Busan on Friday.</p>"
            "</body></html>";
        ct_doc *doc;
        ct_analysis *an = people_of_html(ctx, arena, "narrator", h, &doc);
        int rc = !an;
        CHECK(!rc && an && an->people.n == 1, "a headline's I: %zu people",
              !rc && an ? an->people.n : 0);
        ct_doc_free(doc);
    }
    CHECK(ct_title_parse("consul_general") == CT_TITLE_CONSUL_GENERAL, "title parse");
    CHECK(ct_title_parse("nope") == CT_TITLE_NONE, "title parse unknown");

    ct_arena_free(arena);
    ct_ctx_free(ctx);
    return harness_done("people");
}
