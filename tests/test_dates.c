/*
 * test_dates.c - the date normalizer and the publication date, as tables.
 *
 * exprs[]: a publication date (the anchor; "null" when unknown), an invented sentence, and the
 * values every expression found in it must resolve to, in order, joined by "; " (kind prefixes
 * anniv:, dur:, since: for the non-point kinds; "" means no date at all: the false-date traps).
 * The sentence's own tense cues decide past or future. scans[] calls ct_date_scan directly
 * with an explicit tense; pubs[] checks ct_published_in_text on small invented pages; the
 * last part runs the stages through ct_analyze_text when a context can be opened.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cityties.h"
#include "dates.h"
#include "harness.h"
#include "lexicon.h"
#include "pipeline.h"

static const struct {
    const char *pub, *text, *want;
} exprs[] = {
    {"2018-08-01", "On July 26th (Thu), the mayor attended a meeting.", "2018-07-26"},
    {"2018-08-01", "The forum opened on July 26th (Thursday) in Seoul.", "2018-07-26"},
    {"2003-12-01", "The two sides signed the deal on Nov. 3 in Moscow.", "2003-11-03"},
    {"2020-01-10", "The accord was signed on 3 November 2019 in Paris.", "2019-11-03"},
    {"2020-01-10", "The accord was signed on November 3, 2019 in Paris.", "2019-11-03"},
    {"2020-01-10", "The accord was signed November 3 2019 in Paris.", "2019-11-03"},
    {"2020-01-10", "Records dated 2019/11/03 were shown.", "2019-11-03"},
    {"2020-01-10", "The notice was issued 2019.05.14 by the council.", "2019-05-14"},
    {"2020-01-10", "The notice was issued 2019-05-14 by the council.", "2019-05-14"},
    {"2020-01-10", "The notice was issued 2019. 5. 14 by the council.", "2019-05-14"},
    {"2020-01-10", "The first meeting took place in September 2014.", "2014-09"},
    {"2020-01-10", "The first meeting took place in September, 2014.", "2014-09"},
    {"2020-01-10", "The first meeting took place in September of 2014.", "2014-09"},
    {"2020-01-10", "The cities became sister cities in 1976.", "1976"},
    {"2020-01-10", "In 1976, the cities became sister cities.", "1976"},
    {"2022-07-05", "The delegation arrived on the 4th.", "2022-07-04"},
    {"2022-07-05", "The mayor spoke on the afternoon of the 25th.", "2022-06-25"},
    {"2022-07-05", "The mayor will speak on the afternoon of the 25th.", "2022-07-25"},
    {"2022-07-20", "The mayor spoke on the morning of the 2nd at City Hall.", "2022-07-02"},
    {"2024-04-18", "The mayors met on Wednesday at City Hall.", "2024-04-17"},
    {"2024-04-18", "The mayors met on Thursday at City Hall.", "2024-04-18"},
    {"2024-04-18", "The mayors met on Friday at City Hall.", "2024-04-12"},
    {"2024-04-18", "The mayors will meet on Friday at City Hall.", "2024-04-19"},
    {"2024-04-18", "The mayors will meet on Thursday at City Hall.", "2024-04-18"},
    {"2024-04-18", "The mayor arrived Monday afternoon.", "2024-04-15"},
    {"2024-04-18", "The mayor met the envoy last Monday.", "2024-04-15"},
    {"2024-04-18", "The mayor will meet the envoy next Monday.", "2024-04-22"},
    {"2024-04-18", "The mayor met the envoy yesterday.", "2024-04-17"},
    {"2024-04-18", "The mayor meets the envoy today.", "2024-04-18"},
    {"2024-04-18", "The mayor will meet the envoy tomorrow.", "2024-04-19"},
    {"2024-04-18", "The delegation visited Osaka last week.", "2024-04-08/2024-04-14"},
    {"2024-04-18", "The delegation visited Osaka earlier last week.", "2024-04-08/2024-04-14"},
    {"2024-04-18", "The delegation visited Osaka earlier this week.", "2024-04-15/2024-04-17"},
    {"2024-04-18", "The delegation will visit Osaka next week.", "2024-04-22/2024-04-28"},
    {"2024-04-18", "The delegation visited Osaka last weekend.", "2024-04-13/2024-04-14"},
    {"2024-04-18", "The delegation visited Osaka last month.", "2024-03"},
    {"2024-01-18", "The delegation visited Osaka last month.", "2023-12"},
    {"2024-04-18", "The delegation will visit Osaka next month.", "2024-05"},
    {"2024-12-18", "The delegation will visit Osaka next month.", "2025-01"},
    {"2024-04-18", "The delegation visited Osaka last year.", "2023"},
    {"2024-04-18", "The delegation will visit Osaka next year.", "2025"},
    {"2024-04-18", "The delegation will visit Osaka this year.", "2024"},
    {"2024-04-18", "The delegation will visit Osaka later this year.", "2024"},
    {"2003", "He replied that he would visit Kalmykia next April or May.", "2004-04/2004-05"},
    {"2003-12-05", "He replied that he would visit Kalmykia next April or May.", "2004-04/2004-05"},
    {"2003", "The memorandum was inked last Nov. 3 in Moscow.", "2003-11-03"},
    {"2003-11-10", "The memorandum was inked last Nov. 3 in Moscow.", "2003-11-03"},
    {"2003-10-10", "The memorandum was inked last Nov. 3 in Moscow.", "2002-11-03"},
    {"2003", "Seoul declared last April 23 as the Day of Moscow.", "2003-04-23"},
    {"2022-12-13", "Mayor Park visited Japan last October.", "2022-10"},
    {"2022-10-13", "Mayor Park visited Japan last October.", "2021-10"},
    {"2017", "The mayor will tour Eurasia from June 26 until July 4.", "2017-06-26/2017-07-04"},
    {"null", "The mayor will tour Eurasia from June 26 until July 4.", "XXXX-06-26/XXXX-07-04"},
    {"2017", "The forum runs June 27 – 30 in Moscow.", "2017-06-27/2017-06-30"},
    {"2017", "The forum runs June 27-30 in Moscow.", "2017-06-27/2017-06-30"},
    {"2003", "The festival ran Nov. 3 through Nov. 5.", "2003-11-03/2003-11-05"},
    {"2017-07-10", "Talks were held between June 28 and 29.", "2017-06-28/2017-06-29"},
    {"2017-07-10", "The festival ran June 26-July 4.", "2017-06-26/2017-07-04"},
    {"2017-07-10", "The festival ran from June 26 to July 4.", "2017-06-26/2017-07-04"},
    {"2013-11-01", "A delegation toured Pittsburgh from October 28 through November 1.",
     "2013-10-28/2013-11-01"},
    {"2015-10-26", "The mission ran from October 4-7 in Mexico City.", "2015-10-04/2015-10-07"},
    {"2024-01-01", "From October 16-21, 2017, the mayor was in Asia.", "2017-10-16/2017-10-21"},
    {"2023-09-05",
     "The events are scheduled to take place from the 5th to the 9th of September 2023 in Xiamen.",
     "2023-09-05/2023-09-09"},
    {"null", "From Sunday 29 May to Friday 3 June 2016, the Lord Mayor led a delegation.",
     "2016-05-29/2016-06-03"},
    {"null", "The party travelled from Friday 17th to Sunday 19th July.", "XXXX-07-17/XXXX-07-19"},
    {"null", "They visit from the 3rd to the 5th for three days.", "XXXX-XX-03/XXXX-XX-05"},
    {"2024-11-01", "The delegation was in Seattle during Oct. 29 – Nov. 2.",
     "2024-10-29/2024-11-02"},
    {"2007-10-17", "The mayor is to visit San Diego between October 25 and November 3.",
     "2007-10-25/2007-11-03"},
    {"2005-10-19", "The delegation visited the province from Oct. 20th to Oct. 22nd.",
     "2005-10-20/2005-10-22"},
    {"2003", "This year marks the 10th anniversary of the pact.", "2003; anniv:1993"},
    {"2003", "The cities marked the tenth anniversary of the pact.", "anniv:1993"},
    {"2003", "They will celebrate the fifteenth anniversary of their sisterhood.", "anniv:1988"},
    {"2022", "They celebrated the 40-year anniversary of twinning.", "anniv:1982"},
    {"2017", "Seoul and LA have been sister cities for the past 26 years.", "dur:1991"},
    {"2017", "Seoul and LA have been sister cities for 26 years.", "dur:1991"},
    {"2017", "The 26-year relationship was renewed.", "dur:1991"},
    {"2017", "They have been partners for over fifty years.", "dur:1967"},
    {"2017", "They have been partners for more than twenty-six years.", "dur:1991"},
    {"2017", "Over the past 30 years, there have been many visits.", "dur:1987"},
    {"2017", "Exchanges grew in the last 20 years.", "dur:1997"},
    {"2017", "The towns mark 40 years of twinning.", "dur:1977"},
    {"2017", "The cities first met 12 years ago.", "2005"},
    {"null", "Seoul and LA have been sister cities for 26 years.", "dur:null"},
    {"2017", "The two cities have been sister cities since 1993.", "since:1993"},
    {"2017", "The two cities have been sister cities since March 2010.", "since:2010-03"},
    {"2017", "The visit marks the 65th year of the relationship.", "anniv:1952"},
    {"2024-04-18", "Mayor Park shared his enthusiasm for the upcoming 2030 Busan World Expo.", ""},
    {"2024-04-18", "He asked for support for the Busan 2030 World Expo bid.", ""},
    {"2024-04-18", "The 2030 Busan World Expo will be decided soon.", ""},
    {"2024-04-18", "Executives from T-Mobile attended.", ""},
    {"2024-04-18", "The G20 summit was mentioned.", ""},
    {"2024-04-18", "For inquiries call 82-2-2235-6114 today.", "2024-04-18"},
    {"2024-04-18", "For inquiries call 82-2-2235-6114.", ""},
    {"2024-04-18", "The office is at 3Fl, 292-47 Sindang-dong.", ""},
    {"2024-04-18", "Download version 2.1.3 of the app.", ""},
    {"2024-04-18", "The app reached version 10.2 last year.", "2023"},
    {"2024-04-18", "The event drew 350 representatives from 20 cities.", ""},
    {"2024-04-18", "The exhibition shows 120 photos.", ""},
    {"2024-04-18", "The network spans over 110 cities.", ""},
    {"2024-04-18", "1 | Page", ""},
    {"2024-04-18", "The ceremony began at 11:01.", ""},
    {"2024-04-18", "The ceremony began at 10 a.m. sharp.", ""},
    {"2024-04-18", "The COVID-19 pandemic delayed the visit.", ""},
    {"2024-04-18", "The 9th Chinese Consul General in Busan took office.", ""},
    {"2024-04-18", "The meeting was held on the 4th floor of City Hall.", ""},
    {"2024-04-18", "June Lee, a council member, spoke.", ""},
    {"2024-04-18", "The mayor may visit Seoul.", ""},
    {"2024-04-18", "Residents march in the parade.", ""},
    {"2024-04-18", "He spent 16 hours on a flight.", ""},
    {"2024-04-18", "A 16-hour flight brought them.", ""},
    {"2024-04-18", "The 30-year-old official spoke.", ""},
    {"2024-04-18", "The 1990s saw rapid growth.", ""},
    {"2024-04-18", "The rate rose 2.5 percent in 2023.", "2023"},
    {"2024-04-18", "Revenue was 2,000 won.", ""},
    {"2024-04-18", "Taipei won the 2017 Universiade bid.", ""},
    {"2024-04-18", "Room 2019 hosted the talks.", ""},
    {"2024-04-18", "The Sun reported the story.", ""},
    {"2024-04-18", "Sister cities since 1976 and 1988.", "since:1976; 1988"},
    {"2020-09-23", "Agreements were signed in 1996 and 2017.", "1996; 2017"},
    {"2020-09-23", "Agreements were signed in 1996, 2005 and 2017.", "1996; 2005; 2017"},
    {"2015-10-24", "A program of cooperation in 2016-2018 was signed.", "2016/2018"},
    {"2015-10-24", "A program of cooperation from 2016 to 2018 was signed.", "2016/2018"},
    {"2015-10-24", "The agreement dated June 20, 2000 is in force.", "2000-06-20"},
    {"2023-05-12", "The delegation visited Ulsan on May 9 to celebrate.", "2023-05-09"},
    {"2023-05-12", "Since becoming sister cities in 2013, they exchanged delegations.", "2013"},
    {"2024-02-09", "The document was signed in Tashkent on 8 February.", "2024-02-08"},
    {"2024-03-21", "On March 10th, the governor met a delegation.", "2024-03-10"},
    {"2024-03-21", "Since signing an agreement on August 8, 2016, the two have cooperated.",
     "2016-08-08"},
    {"2016-01-13", "The two governors inked the agreement Tuesday at the provincial office.",
     "2016-01-12"},
    {"2023-10-31", "Nine delegates arrived Monday from Tokoname.", "2023-10-30"},
    {"2017-06-09", "A delegation visited Dayton on Friday.", "2017-06-09"},
    {"2017-06-09", "Busan hosted a delegation in October 2015.", "2015-10"},
    {"2024-07-31", "The mayors met in Beijing on Tuesday, his office said Wednesday.",
     "2024-07-30; 2024-07-31"},
    {"2024-07-31", "Oh invited Yin to Seoul's upcoming Smart Life Week in October.", "2024-10"},
    {"2005-10-19", "The governor will visit Gyeonggi Province in April.", "2006-04"},
    {"2005-10-19", "The governor visited Gyeonggi Province in April.", "2005-04"},
    {"2022-12-30", "Members hosted delegates in December as part of the reception.", "2022-12"},
    {"2016-06-09", "In April I was pleased to host the Wellington mayor.", "2016-04"},
    {"2023-12-10", "On December 9, in France, the mayors signed a twinning agreement.",
     "2023-12-09"},
    {"2023-12-10", "On December 19, in France, the mayors signed a twinning agreement.",
     "2022-12-19"},
    {"2023-12-10", "On December 19, the mayors will sign a twinning agreement.", "2023-12-19"},
    {"2013-07-19", "Members met the mayor on Thursday with regard to the issue.", "2013-07-18"},
    {"2018-08-06", "The Smart China Expo will be held on 23 August 2018 at Chongqing.",
     "2018-08-23"},
    {"2018", "On 6 August 2018, the vice mayor led a delegation.", "2018-08-06"},
    {"2023-09-10", "The agreement was signed on Saturday, Sept. 9, 2023.", "2023-09-09"},
    {"2023-09-10", "The virtual signing took place on Sept. 8, 2022.", "2022-09-08"},
    {"2021-04-01", "They held a video conference on the afternoon of March 26, 2021.",
     "2021-03-26"},
    {"2011-12-19", "The plan calls for it to occur by June, 2012.", "2012-06"},
    {"2011-12-19", "During the first half of December, the mayor led a delegation.", "2011-12"},
    {"2024-10-02", "A delegation is set to visit Jingzhou on September 25.", "2024-09-25"},
    {"2024-09-20", "A delegation is set to visit Jingzhou on September 25.", "2024-09-25"},
    {"null", "Mayor Joo led a delegation to Tainan on February 23.", "XXXX-02-23"},
    {"null", "A delegation visited Qabala District Sept. 6 as part of its tour.", "XXXX-09-06"},
    {"null", "The signing took place on Thursday, October 17 in Layoune.", "XXXX-10-17"},
    {"null", "This Tuesday 29 the Texan delegation arrives at the port.", "XXXX-XX-29"},
    {"XXXX-04-30", "The two leaders inked a sister-city agreement on Monday.", "XXXX-04-XX"},
    {"XXXX-10-31", "The governors signed a pact Monday on a sister relationship.", "XXXX-10-XX"},
    {"null", "The governors signed a pact Monday on a sister relationship.", "null"},
    {"2022-09", "The governor last weekend met the mayor of Atlanta.", "2022-XX-XX"},
    {"2003", "The mayor met the envoy on Monday.", "2003-XX-XX"},
    {"XXXX-04-30", "The mayor met the envoy yesterday.", "XXXX-04-29"},
    {"2024-04-18", "Travelling in July 1975, the prince visited Monmouth.", "1975-07"},
    {"2024-04-18", "The first visit came in 1975.", "1975"},
    {"2024-04-18", "The association was founded in 1963.", "1963"},
    {"2024-04-18", "The celebration held on Sept. 20 in Fukuoka highlighted ties.", "2023-09-20"},
    {"2009-10-01", "The celebration held on Sept. 20 in Fukuoka highlighted ties.", "2009-09-20"},
    {"2024-04-18", "Tarnow has 17 sister cities, including Dayton (since 1989).", "since:1989"},
    {"2024-04-18", "The exchange began in early 2015.", "2015"},
    {"2024-04-18", "The exchange began in late 2015 and grew.", "2015"},
    {"2024-04-18", "The pact was signed in mid-2015.", "2015"},
    {"2024-04-18", "The Memorandum was signed May 17, 2017.", "2017-05-17"},
    {"2024-04-18", "The delegation arrived in Dayton in May, 2017.", "2017-05"},
    {"2024-04-18", "The delegation arrived in May.", "2023-05"},
    {"2024-06-18", "The delegation arrived in May.", "2024-05"},
    {"2024-06-18", "The delegation will arrive in May.", "2025-05"},
    {"2024-06-18", "The mayor attended the ceremony on Sunday.", "2024-06-16"},
    {"2024-06-18", "The mayor attended the ceremony on Saturday.", "2024-06-15"},
    {"2024-06-18", "The mayor will attend the ceremony on Saturday.", "2024-06-22"},
    {"2024-06-18", "The mayor plans to attend the ceremony on Saturday.", "2024-06-22"},
    {"2024-06-18", "The mayor is scheduled to attend the ceremony on Saturday.", "2024-06-22"},
    {"2024-06-18", "The ceremony is to be held on Saturday.", "2024-06-22"},
    {"2024-06-18", "The ceremony is set to take place on June 28.", "2024-06-28"},
    {"2024-06-18", "The mayor visited Paris on June 28.", "2023-06-28"},
    {"2024-06-18", "The mayor visited Paris on June 8 and will visit Rome on June 28.",
     "2024-06-08; 2024-06-28"},
    {"2024-06-18", "The mayors met on Monday and will sign the pact on Friday.",
     "2024-06-17; 2024-06-21"},
    {"2024-06-18", "The mayors signed the pact on 18 June.", "2024-06-18"},
    {"2024-06-18", "Ceremonies took place on 17-18 June.", "2024-06-17/2024-06-18"},
    {"2024-06-18", "Ceremonies took place on 17 and 18 June.", "2024-06-18"},
    {"2024-06-18", "The meeting is on Jun. 20.", "2024-06-20"},
    {"2024-06-18", "The meeting was on Aug 20.", "2023-08-20"},
    {"2024-06-18", "Jan Smith met the mayor.", ""},
    {"2024-06-18", "The mayor met Jan. 5 with envoys.", "2024-01-05"},
    {"2024-06-18", "The trip lasted from 2019 until 2021.", "2019/2021"},
    {"2024-06-18", "Between 2010 and 2012 the cities exchanged students.", "2010/2012"},
    {"2024-06-18", "Talks took place 10-12 June in Riga.", "2024-06-10/2024-06-12"},
    {"2024-06-18", "The meeting is 20th June.", "2024-06-20"},
    {"2024-06-18", "The meeting was the 20th of May.", "2024-05-20"},
    {"2024-06-18", "Friday, June 14, 2024 was a holiday.", "2024-06-14"},
    {"2024-06-18", "The office reopened Thu, 13 June 2024.", "2024-06-13"},
    {"2024-06-18", "Mayor Lee said Tuesday the talks were useful.", "2024-06-18"},
    {"2024-06-18", "The city said on Wednesday that it will sign.", "2024-06-12"},
    {"2024-06-18", "The city said on Monday that it will sign.", "2024-06-17"},
    {"2024-06-18", "The pact signed 19.07.2013 remains.", "2013-07-19"},
    {"2024-06-18", "The pact signed 09/06/2016 remains.", "2016-06-09"},
    {"2024-06-18", "The pact signed 11/26/2015 remains.", "2015-11-26"},
    {"2024-06-18", "The twinning dates from 1981.", "1981"},
    {"2024-06-18", "The partnership was formed before 1990.", "1990"},
    {"2024-06-18", "The exchange will continue until 2026.", "2026"},
    {"2024-06-18", "The program runs through 2026.", "2026"},
    {"2024-06-18", "It will be completed by 2030.", "2030"},
    {"2024-06-18", "It hosted the Expo during 2010.", "2010"},
    {"2024-06-18", "They met again after 2015.", "2015"},
    {"2024-06-18", "Plans for 2030 were discussed.", ""},
    {"2024-06-18", "The 2030 plan was discussed.", ""},
    {"2024-06-18", "The ceremony on the 4th was attended by 200 people.", "2024-06-04"},
    {"2024-06-18", "The ceremony on the 24th was attended by 200 people.", "2024-05-24"},
    {"2024-06-18", "The ceremony will be on the 24th.", "2024-06-24"},
    {"2024-06-18", "The ceremony will be on the 4th.", "2024-07-04"},
    {"2024-06-18", "They marked the 50th anniversary on August 1st.", "anniv:1974; 2023-08-01"},
    {"2024-06-18", "Officials met in the morning.", ""},
    {"2024-06-18", "A three-day, two-night schedule was set.", ""},
    {"2024-06-18", "Mayor Alvarez visited Yokkaichi in October 2017.", "2017-10"},
    {"2024-06-18", "The city recorded 2017 visitors.", ""},
    {"2024-06-18", "About 1,500 people attended.", ""},
    {"2024-06-18", "The visit was on 1 June at noon.", "2024-06-01"},
    {"2024-06-18", "The mayor will visit on July 1st, 2024.", "2024-07-01"},
    {"2024-06-18", "The mayor visited on Monday, June 17.", "2024-06-17"},
    {"2024-06-18", "The Mayor visited on June 17 (Mon).", "2024-06-17"},
    {"2024-06-18", "They visited the week before last.", ""},
    {"2024-06-18", "The decision came in March.", "2024-03"},
    {"2024-06-18", "The council approved it last March.", "2024-03"},
    {"2024-06-18", "The council will approve it next March.", "2025-03"},
    {"2024-06-18", "It happened in 2019, when the pact was signed.", "2019"},
    {"2024-06-18", "It was signed 5 years ago.", "2019"},
    {"2024-06-18", "The cities mark the 30TH ANNIVERSARY of ties.", "anniv:1994"},
    {"2024-06-18", "The cities celebrate their twenty-fifth anniversary.", "anniv:1999"},
    {"2024-06-18", "The relationship has lasted for nearly 40 years.", "dur:1984"},
    {"2024-06-18", "The friendship has grown for about thirty years.", "dur:1994"},
    {"2024-06-18", "The 10-year plan was signed in May.", "2024-05"},
    {"2024-06-18", "The 10-year plan was adopted.", ""},
    {"2024-06-18", "The 50 Years of Friendship gala was held.", "dur:1974"},
    {"2024-06-18", "The pact was signed in May last year and renewed three days ago.",
     "2023-05; 2024-06-15"},
    {"2024-06-18", "The visit took place May 3-5 last year.", "2023-05-03/2023-05-05"},
    {"2024-06-18", "They met on March 3 this year.", "2024-03-03"},
    {"2024-06-18", "They will meet in January next year.", "2025-01"},
    {"2024-06-18", "They met two weeks ago.", "2024-06-XX"},
    {"2024-06-18", "They met a month ago.", "2024-05"},
    {"2024-06-18", "A day ago the mayor arrived.", "2024-06-17"},
    {"2024-06-18", "The sister city ties began 30 years ago.", "1994"},
    {"2024-06-18", "The mayor returned for the first time in six years.", ""},
    {"2024-06-18", "The festival ran from mid-October.", "2023-10"},
    {"2024-06-18", "The festival will run from mid-October.", "2024-10"},
    {"2024-06-18", "The city will host the forum early next year.", "2025"},
};

static const struct {
    const char *pub;
    int tense;
    const char *text, *want;
} scans[] = {
    {"2023-12-20", CT_TENSE_FUTURE, "in March", "2024-03"},
    {"2023-12-20", CT_TENSE_PAST, "in March", "2023-03"},
    {"2023-12-20", CT_TENSE_UNKNOWN, "in March", "2024-03"},
    {"2023-02-10", CT_TENSE_UNKNOWN, "in March", "2023-03"},
    {"2023-02-10", CT_TENSE_PAST, "in March", "2022-03"},
    {"2024-04-18", CT_TENSE_PAST, "on Wednesday", "2024-04-17"},
    {"2024-04-18", CT_TENSE_FUTURE, "on Wednesday", "2024-04-24"},
    {"2024-04-18", CT_TENSE_UNKNOWN, "Thursday", "2024-04-18"},
    {"XXXX-04-30", CT_TENSE_PAST, "on Monday", "XXXX-04-XX"},
    {"null", CT_TENSE_PAST, "on Monday", ""},
    {"2022-07-05", CT_TENSE_PAST, "on the 4th", "2022-07-04"},
    {"2022-07-05", CT_TENSE_FUTURE, "on the 4th", "2022-08-04"},
    {"2003", CT_TENSE_FUTURE, "next April or May", "2004-04/2004-05"},
    {"2003", CT_TENSE_PAST, "last Nov. 3", "2003-11-03"},
    {"2017", CT_TENSE_FUTURE, "from June 26 until July 4", "2017-06-26/2017-07-04"},
    {"2024-01-03", CT_TENSE_FUTURE, "Dec. 30 - Jan. 2", "2024-12-30/2025-01-02"},
    {"2024-01-03", CT_TENSE_PAST, "Dec. 30 - Jan. 2", "2023-12-30/2024-01-02"},
    {"2024-01-03", CT_TENSE_PAST, "yesterday", "2024-01-02"},
    {"2024-03-01", CT_TENSE_PAST, "yesterday", "2024-02-29"},
    {"2024-01-01", CT_TENSE_PAST, "last week", "2023-12-25/2023-12-31"},
};

static const struct {
    const char *text, *want;
} pubs[] = {
    {"date 2024-04-18 Mayor Kim met the visiting delegation at City Hall on Wednesday.",
     "2024-04-18"},
    {" date 2022-09 Published:\n\nThe governor met the mayor.", "2022-09"},
    {"Page info\n\nWriter Staff Day18-08-01 11:01 View718\n\nCity signs tourism pact",
     "2018-08-01"},
    {"NEWS\n\n  • Date : 2024-10-02\n\nThe delegation will visit.", "2024-10-02"},
    {"Posted on March 3, 2021\n\nThe mayor welcomed guests.", "2021-03-03"},
    {"Twin cities sign pact\n\n2021-11-09 10:32 Source: Foreign Affairs Office\n\nThe mayor "
     "signed.",
     "2021-11-09"},
    {"Published: 12 January 2020\n\nThe mayor welcomed guests.", "2020-01-12"},
    {"• Updated 2024.4.16 17:33\nLocal news\nTwo islands agree to cooperate\n승인 2024.03.21  "
     "16:29:49\n\nBody text.",
     "2024-03-21"},
    {"• Updated 2024.4.16 17:33\nLocal news\nBody text.", "2024-04-16"},
    {"Capitals to sign agreement\n\nReleased 09/06/2016\n\nToday I will seek agreement.",
     "2016-06-09"},
    {"Delegation visits partner region\nCreatedd 2005-10-19 Hit 6322\nContents", "2005-10-19"},
    {"Sister city news\n2019.05.14\n\nThe two cities met.", "2019-05-14"},
    {"Friday, November 1, 2013\n\nCouncil issues proclamation on sister city.", "2013-11-01"},
    {"09 February 2024\n\nTwo capitals sign twinning agreement", "2024-02-09"},
    {"Cities celebrate anniversary\n2023-05-12 13:40:00\n\nThe delegation visited on May 9.",
     "2023-05-12"},
    {"Reporter Lee  |  \n|  2016.01.13 13:50\n\nThe governors signed.", "2016-01-13"},
    {"SEOUL, May 3 (Yonhap) -- The mayor said the talks went well.", "XXXX-05-03"},
    {"SEOUL, May 3 (Yonhap) -- The forum, first held in May 2019, opened again.", "2019-05-03"},
    {"Lima, Peru, June 5, 2019 (Agency) – The mayors signed a pact.", "2019-06-05"},
    {"PORT CITY, Oct. 31 (Agency) — The governors signed a pact Monday.", "XXXX-10-31"},
    {"Harbour Town, Oct 12: The mayor visited the port.", "XXXX-10-12"},
    {"RIVERTON – October 27, 2023 – The morning will be remembered.", "2023-10-27"},
    {"The mayors met to discuss cooperation between the two cities and agreed to continue the "
     "exchange programs that began long ago.\nCopyright(c) 2003 News World All rights reserved.",
     "2003"},
    {"Cities sign pact\n\nThe mayors signed the pact.\n\n© 2017 Example Media", "2017"},
    {"Cities sign pact\n\nThe mayors signed the pact.\n\nCopyright 2010-2017 Example Media",
     "2017"},
    {"© 2012 Example Media\n\nPosted on March 3, 2021\n\nThe mayor welcomed guests.", "2021-03-03"},
    {"Copyright 2011 Example Media\n\nThe mayors signed.\n\n(c) 2015 Other Media", "2011"},
    /* the first copyright line's latest year, though a later line gives a later one */
    {"\xC2\xA9 2012-2014 Example Media\n\nThe mayors signed.\n\n\xC2\xA9 2016 Other Media", "2014"},
    /* a copyright line after the first line that gives a date, or before it, ranks last */
    {"Posted on March 3, 2021\n\nThe mayor welcomed guests.\n\n\xC2\xA9 2012 Example Media",
     "2021-03-03"},
    /* a copyright line of more than 160 bytes, which the date readers take without searching it
     * for a digit first: searched for one before it is read for a year */
    {"The mayors signed.\n\xC2\xA9 2018 Example Media Group, all rights reserved: no part of this "
     "page may be copied, stored or sent in any form without the written leave of the publisher "
     "and its editors",
     "2018"},
    /* the copyright cursor, carried from line to line: every byte that may begin a mark tried
     * in the first line ("(", "C", "c", the 0xC2 of "\xC2\xA3"), the mark in a line that a
     * no-break space begins (its 0xC2, where the cursor stood, trimmed off before the line) */
    {"Fees (\xC2\xA3"
     "5) for Cities, etc\n\xC2\xA0(c) 2019 Example Media",
     "2019"},
    /* ...and carried past a line without a digit, not read for a year: a mark there is not
     * one of the next line's */
    {"Tel 555 0100\n(c) Example Media\n2019 was the year the mayors met.", "null"},
    {"Release date 2016-06-09 | Reg date 2016-06-10\n\nThe mayors signed.", "2016-06-09"},
    /* the top of the page ends at a long line with 15 spaces (counted eight bytes at a time,
     * the 15th among the last bytes), not with 14: a lone date after it is no longer chrome */
    {"Delegates Delegates Delegates Delegates Delegates Delegates Delegates Delegates "
     "Delegates Delegates Delegates Delegates Delegates Delegates Delegates\n\nDecember 19, "
     "2011\n\nThe council met.",
     "2011-12-19"},
    {"Delegates Delegates Delegates Delegates Delegates Delegates Delegates Delegates "
     "Delegates Delegates Delegates Delegates Delegates Delegates Delegates D\n\n"
     "December 19, 2011\n\nThe council met.",
     "null"},
    {"The mayor met the envoy on Monday.", "null"},
    {"Council member's visit and memorandum signed May 17, 2017\n\nThe delegation arrived in May.",
     "null"},
    {"The mayors of the two cities held a joint meeting to discuss cooperation and agreed to sign "
     "a partnership agreement between the cities soon.\nRelated news\n03 July 2025\nAnother story",
     "null"},
    {"Site Title\n\nThursday, November 21, 2024\n61.6 F\nWeather\n\nRiverton, Texas – October 27, "
     "2023 – The mayors signed an agreement.",
     "2023-10-27"},
    {"To date, six summits have been held in both nations.", "null"},
    {"Home > News\nOrigin: office Release Time:2015-08-03 16:08 Read: Degree\n\nOn March 30th, the "
     "city signed.",
     "2015-08-03"},
    {"Six mayors visit capital\n\nPublished On: October 26th, 2015Categories: International News",
     "2015-10-26"},
    {"News | Members\n\nCity Seeks Ways to Cooperate with the Delegation from Wenzhou City, "
     "China2023-05-17\n\nBody.",
     "2023-05-17"},
    {"Urban News\n\nThe Daily Paper                19.07.2013\n\nThe council met.", "2013-07-19"},
    {"City of Harbor  > Pressroom  > Newsrelease(17 Oct.2007)\n\nThe mayor is to visit.",
     "2007-10-17"},
    {"Capital City, May 11, 2023 (FBC) – The two cities signed an action plan.", "2023-05-11"},
    {"On November 15, the mayor met the minister.", "null"},
    {"Mayor visits partner city - October 2017\nFrom October 16-21, 2017, the mayor toured Asia.",
     "null"},
    {"Posted by Jane Doe on March 3, 2021\n\nBody text here.", "2021-03-03"},
    {"The study was published on March 3, 2021.\nIt found growth.", "null"},
    {"Dates were released 09/06/2016 by the council.", "null"},
    {"Last updated: 10:01 AM, March 4, 2021\n\nBody", "2021-03-04"},
    {"Event date: June 5, 2024\nPublished 2024\xEB\x85\x84 3\xEC\x9B\x94 21\xEC\x9D\xBC\n",
     "2024-03-21"},
    {"Event date: June 5, 2024\n\nBody", "null"},
    {"Friday, November 1, 2013\n\nThe proclamation is dated the 29th day of October, 2013.",
     "2013-11-01"},
    {"Wednesday 3 March 2021\n\nThe mayors met.", "2021-03-03"},
    {"By Staff Writer | Mar. 3, 2021 10:00 AM\n\nThe mayors met.", "2021-03-03"},
    {"LONDON, March 3 (Reuters) - The mayor said the city would twin with Lyon.", "XXXX-03-03"},
    /* a short line's digits, all in its first sixteen bytes (read eight at a time), and all
     * in its last six (read one by one) */
    {"Posted 2021-03-03 by the staff\n\nThe mayors met.", "2021-03-03"},
    {"Writer Kimm Day:18-8-1\n\nThe mayors met.", "2018-08-01"},
    /* labels outside ASCII: one, and a revision's before the publication's in one line */
    {"입력 2024.03.21 10:00\n\nThe mayors met.", "2024-03-21"},
    {"수정 2024.03.22 입력 2024.03.21\n\nThe mayors met.", "2024-03-21"},
};

/* Values of every expression in text, joined as in exprs[]. */
static void run_text(const ct_lexicons *lex, const char *pubs_, const char *text, char *out,
                     size_t cap)
{
    ct_ymd pub = {0, 0, 0};
    if (strcmp(pubs_, "null") != 0)
        CHECK(ct_ymd_parse(pubs_, strlen(pubs_), &pub) == 0, "anchor %s", pubs_);
    ct_date_expr ex[32];
    int16_t ref = pub.y > 0 ? pub.y : 0;
    size_t n = ct_dates_in_text(lex, pub, text, strlen(text), &ref, ex, 32);
    size_t len = 0;
    out[0] = '\0';
    for (size_t i = 0; i < n && len + 64 < cap; i++) {
        char v[64];
        if (!ct_when_format(&ex[i].value, v, sizeof v)) strcpy(v, "null");
        const char *pre = ex[i].kind == CT_DM_ANNIV      ? "anniv:"
                          : ex[i].kind == CT_DM_DURATION ? "dur:"
                          : ex[i].kind == CT_DM_SINCE    ? "since:"
                                                         : "";
        len += (size_t)snprintf(out + len, cap - len, "%s%s%s", i ? "; " : "", pre, v);
    }
}

static void test_cursor(const ct_lexicons *lex)
{
    ct_date_anchor A;
    memset(&A, 0, sizeof A);
    A.lex = lex;
    A.pub.y = 2024, A.pub.m = 4, A.pub.d = 18;
    const char *s = "on March 3, 2021 at noon";
    const char *p = s;
    ct_date_expr e;
    CHECK(ct_date_scan(&p, s + strlen(s), &A, &e) == 0, "scan succeeds");
    CHECK(p == s + 16, "cursor advanced past the date (%d)", (int)(p - s));
    CHECK(e.start == s && e.end == p, "expression bounds");
    CHECK(e.year_given == 1, "year given");
    const char *t = "the mayor said";
    p = t;
    CHECK(ct_date_scan(&p, t + strlen(t), &A, &e) != 0 && p == t, "no date leaves the cursor");
    const char *u = "They met on Monday and again on Friday.";
    p = u;
    int n = 0;
    ct_date_expr prev;
    while (ct_date_search(&p, u + strlen(u), &A, n ? &prev : NULL, &e) == 0)
        prev = e, n++;
    CHECK(n == 2, "search finds two (%d)", n);
    /* format and parse round trips */
    const char *iso[] = {"2023-10-13", "2023-10", "2023", "XXXX-06-26", "XXXX-XX-03", NULL};
    for (int i = 0; iso[i]; i++) {
        ct_when w;
        memset(&w, 0, sizeof w);
        char buf[32];
        CHECK(ct_ymd_parse(iso[i], strlen(iso[i]), &w.start) == 0, "parse %s", iso[i]);
        ct_when_format(&w, buf, sizeof buf);
        CHECK_STR(buf, iso[i]);
    }
    /* spans, short years, and a short buffer cut as snprintf() cuts */
    {
        ct_when w = {{2017, 6, 26}, {2017, 7, 4}};
        char buf[32];
        CHECK(ct_when_format(&w, buf, sizeof buf) == 21, "span length");
        CHECK_STR(buf, "2017-06-26/2017-07-04");
        CHECK(ct_when_format(&w, buf, 8) == 10, "cut span: its first date's whole length");
        CHECK_STR(buf, "2017-06");
        ct_when v = {{987, -1, 0}, {0, 0, 0}};
        CHECK(ct_when_format(&v, buf, sizeof buf) == 7, "short year length");
        CHECK_STR(buf, "0987-XX");
        /* the longest a date writes, into room for it and its NUL exactly (written in place)
         * and into one byte less (cut) */
        ct_when l = {{32767, 127, 127}, {0, 0, 0}};
        char room[14], less[13];
        CHECK(ct_when_format(&l, room, sizeof room) == 13, "longest date length");
        CHECK_STR(room, "32767-127-127");
        CHECK(ct_when_format(&l, less, sizeof less) == 13, "cut longest: its whole length");
        CHECK_STR(less, "32767-127-12");
    }
    ct_ymd d;
    CHECK(ct_ymd_parse("2024-04-16T09:00:00Z", 20, &d) == 0 && d.d == 16, "ISO timestamp");
    CHECK(ct_ymd_parse("Monday", 6, &d) != 0, "not ISO");
    CHECK(ct_date_tense(lex, "He will visit in May", 20, 14) == CT_TENSE_FUTURE, "tense future");
    CHECK(ct_date_tense(lex, "He visited in May", 17, 11) == CT_TENSE_PAST, "tense past");
    CHECK(ct_date_tense(lex, "In May, he signed it", 20, 0) == CT_TENSE_PAST, "tense after");
    CHECK(ct_date_tense(lex, "The talks in May", 16, 10) == CT_TENSE_UNKNOWN, "tense unknown");
}

/* A reading whose value does not depend on the clause's tense is not asked it (dates.c's
 * tense_of()), and the stage then reads no tense cue and scans it once (dates_in_text()); one
 * whose value does, is (a weekday, a day, a month without a year, the publication day itself,
 * which is future or not). A date not before the publication day is still future in a future
 * clause ("will meet ... today"), its reading asked nothing. */
static void test_asked(const ct_lexicons *lex)
{
    /* with a publication date of 2024-04-18, or none (0) */
    static const struct {
        int pub;
        const char *text;
        int future;
    } futures[] = {{1, "The mayor will meet the envoy today.", 1},
                   {1, "The mayor met the envoy today.", 0},
                   {1, "The mayors will sign it on 18 April 2024.", 1},
                   {1, "The mayors signed it on 18 April 2024.", 0},
                   {1, "The mayors will sign it in 2025.", 1},
                   {1, "The mayors will recall their visit in 2019.", 0},
                   {0, "The mayors will meet on Friday.", 1},
                   {0, "The mayors met on Friday.", 0},
                   {1, "The office will stay open since 18 April 2024.", 1},
                   {1, "The office has stayed open since 18 April 2024.", 0}};
    for (size_t i = 0; i < sizeof futures / sizeof futures[0]; i++) {
        ct_ymd pub = futures[i].pub ? (ct_ymd){2024, 4, 18} : (ct_ymd){0, 0, 0};
        ct_date_expr ex[4];
        const char *t = futures[i].text;
        size_t n = ct_dates_in_text(lex, pub, t, strlen(t), NULL, ex, 4);
        CHECK(n == 1 && ex[0].future == futures[i].future, "future %d, want %d: %s",
              n ? ex[0].future : -1, futures[i].future, t);
    }
}

static void test_stages(void)
{
    ct_ctx *ctx = NULL;
    if (ct_ctx_open(NULL, &ctx) != 0 || !ctx) {
        printf("test_dates: no context (gazetteer), stage tests skipped\n");
        return;
    }
    ct_arena *arena = ct_arena_new(1 << 16);
    const char *t = "date 2024-04-18 The mayor met the envoy on Wednesday.\n\n"
                    "The two cities have been sister cities since 1993. The mayor will visit "
                    "Seattle next April.\n";
    ct_analysis *an = ct_analyze_text(ctx, arena, t, strlen(t), CT_STAGE_DATES);
    CHECK(an != NULL, "analyze");
    if (an) {
        char buf[64];
        CHECK(an->has_published, "published found");
        ct_when_format(&an->published, buf, sizeof buf);
        CHECK_STR(buf, "2024-04-18");
        size_t total = an->dates.n;
        CHECK(total >= 3, "three mentions (%zu)", total);
        const ct_date_mention *dm = an->dates.items;
        int saw_since = 0, saw_future = 0, saw_wed = 0;
        for (size_t i = 0; i < total; i++) {
            ct_when_format(&dm[i].value, buf, sizeof buf);
            if (dm[i].kind == CT_DM_SINCE && strcmp(buf, "1993") == 0) saw_since = 1;
            if (dm[i].future && strcmp(buf, "2025-04") == 0) saw_future = 1;
            if (strcmp(buf, "2024-04-17") == 0) {
                saw_wed = 1;
                const char *w = ct_tok_text(an, dm[i].tok + dm[i].ntok - 1);
                CHECK(strncmp(w, "Wednesday", 9) == 0, "token range ends on Wednesday");
            }
            size_t k;
            const ct_date_mention *in = ct_dates_in_sentence(an, dm[i].sent, &k);
            CHECK(in && k >= 1 && in->sent == dm[i].sent, "dates_in_sentence");
        }
        CHECK(saw_since && saw_future && saw_wed, "since %d future %d weekday %d", saw_since,
              saw_future, saw_wed);
    }
    ct_arena_reset(arena);
    const char *u = "The mayor met the envoy on Monday.\n";
    an = ct_analyze_text(ctx, arena, u, strlen(u), CT_STAGE_DATES);
    CHECK(an && !an->has_published, "no publication date invented");
    ct_arena_free(arena);
    ct_ctx_free(ctx);
}

/* The stage passes over words no expression can begin with (a gate on the tokens' lexicon
 * marks and the scanner's word lists), and over words too far before an anchor, a word every
 * expression holds (digits, a weekday or month word, or a word of dates.c's ANCHOR_LISTS):
 * it must find what the ungated scan of each sentence finds, at the same
 * token, for every row of exprs[] and a few sentences of words near the lists' words, of
 * expressions whose one anchor is of each kind, and of the longest reach before an anchor. */
static void test_gate(void)
{
    ct_ctx *ctx = NULL;
    if (ct_ctx_open(NULL, &ctx) != 0 || !ctx) return;
    const ct_lexicons *lex = ctx->lex;
    ct_arena *arena = ct_arena_new(1 << 16);
    static const char *const extra[] = {
        "Mayor Anna Velk of Tarnow arrived on the twenty-fifth of May, and in mid-June will "
        "return; Friday's talks came three weeks ago.",
        "Thens and Ons: Todays tomorrows, Mays Junes, Mondays, nearly-ready Lasts at Tarnow.",
        "The delegation from Velkburg, earlier this week, ate at Tuesdays on Fifth Avenue.",
        "Since 1998, for 26 years and over the past decade, Tarnow and Velkburg have traded.",
        "The town's s-bend: Thes, Sevens and Sep talks, a six-year tie signed Sept. 4, then on "
        "Tue the Ons of Mayday and Marches, about Abouts.",
        "The the morning of the 5th, in the past two years, the Monday after, The May talks, "
        "the two-year tie, of the 3rd of June, for the past decade and over Sept. 4 they met.",
        /* the longest reaches: seven words before the anchor ("5th", "years"), six before
         * "year" */
        "The envoys of the two towns met on early-next the morning of the 5th at the hall.",
        "The envoys of the two towns kept ties for more than the past twenty-six years.",
        "The envoys of the two towns kept for more than the past a-year relationship.",
        /* one anchor each: a unit, a year, a period, a day, "anniversary" (after a number
         * word, no anchor), a capitalized month, digits after letters, letters past ASCII */
        "The envoys of the two towns met there a week ago at the old hall.",
        "A year after the signing of the charter, the two towns met at the old hall.",
        "The envoys of the two towns met there an years ago (a count, then a plural).",
        "The envoys of the two towns and their aides met there over the weekend last weekend.",
        "The envoys of the two towns and their aides will meet at the old hall tonight.",
        "The envoys of the two towns and their aides marked the tenth anniversary there.",
        "The envoys of the two towns and their aides may meet in May at the old hall.",
        "The envoys of the two towns and their aides met at the old hall in Sept2019.",
        /* the digits of a token, its last byte among them, read in one load, in two, and
         * byte by byte near the end of the text */
        "The envoys of the two towns met in2019 at the old hall.",
        "The envoys of the two towns and their aides kept their ties for7 years.",
        "The envoys of the two towns kept their ties for7 years at the old hall.",
        "The envoys of the two towns and their aides kept their ties throughout7 years.",
        "The envoys of the two towns and their aides met in September2019 at the hall.",
        "The envoys of the two towns and their aides met at the old hall in2019",
        "The envoys of the two towns and their aides met at the old hall in Mayé.",
        /* letters past ASCII around the scanner's words: a number, weekday, month or DAYS
         * word after them, the token's end, begins an expression; other such tokens are no
         * anchor ("Díaz", "Ocaña", "Kyiv’s", "липня") */
        "The envoys of Díaz and Ocaña met at the old hall ñthree years ago.",
        "The envoys of Díaz and Ocaña will meet at the old hall on ñMonday.",
        "The envoys of Díaz and Ocaña met at the old hall on the ñMay 5 visit.",
        "The envoys of Díaz and Ocaña met at the old hall ñyesterday.",
        "The envoys of Kyiv’s sister city met in липня at the old hall, not in 2019.",
        "The envoys of Kyiv’s sister city met at the old hall in липня in 2019.",
        /* the tense cues of the words of tokens, of a token's bytes, and none of the letters
         * after a digit */
        "date 2024-04-18 On Friday the mayors 4visited and will meet.",
        "date 2024-04-18 The mayors will meet the envoys on Friday at City Hall.",
        "date 2024-04-18 The mayors met the envoys on Friday at City Hall.",
        "date 2024-04-18 The pact will be signed on Friday, the mayors said.",
        "date 2024-04-18 On Friday, Müller visited Seoul.",
        "date 2024-04-18 The mayors éwill meet the envoys on Friday.", /* "will" after "é" */
        "date 2024-04-18 The mayors greeted the envoys in May.",
        /* a sentence whose one anchor is its first token */
        "Yesterday the envoys of the two towns met at the old hall.",
        /* no anchor: no expression either way */
        "The envoys of the two towns and their aides may meet at the old hall in the spring.",
    };
    /* a word cut in two tokens at 65535 bytes: its second piece ("will") is no word of its own,
     * and gives no cue */
    static const char head[] = "date 2024-04-18 The envoys ", tail[] = "will meet on Friday.";
    size_t cutn = sizeof head - 1 + 65535 + sizeof tail - 1;
    char *cut = malloc(cutn + 1);
    if (cut) {
        memcpy(cut, head, sizeof head - 1);
        memset(cut + sizeof head - 1, 'x', 65535);
        memcpy(cut + cutn - (sizeof tail - 1), tail, sizeof tail);
    }
    size_t nrows = sizeof exprs / sizeof exprs[0], nx = sizeof extra / sizeof extra[0];
    for (size_t r = 0; r < nrows + nx + (cut != NULL); r++) {
        const char *text = r < nrows ? exprs[r].text : r < nrows + nx ? extra[r - nrows] : cut;
        const char *name = text != cut ? text : "(a word cut at 65535 bytes, then \"will\")";
        ct_arena_reset(arena);
        ct_analysis *an = ct_analyze_text(ctx, arena, text, strlen(text), CT_STAGE_DATES);
        CHECK(an != NULL, "analyze %s", name);
        if (!an) continue;
        ct_ymd pub = an->has_published ? an->published.start : (ct_ymd){0, 0, 0};
        int16_t ref = 0;
        for (size_t si = 0; si < an->nsents; si++) {
            const ct_sentence *st = &an->sents[si];
            if (st->flags & CT_SENT_BOILER) continue;
            ct_date_expr ex[64];
            size_t n = ct_dates_in_text(lex, pub, an->text + st->off, st->len, &ref, ex, 64);
            size_t k = 0;
            const ct_date_mention *dm = ct_dates_in_sentence(an, si, &k);
            CHECK(k == n, "gate: %zu mentions, ungated %zu: %s", k, n, name);
            for (size_t i = 0; i < n && i < k; i++) {
                /* the same start: the mention's first token holds the expression's start */
                const ct_token *t = &an->toks[dm[i].tok];
                size_t at = (size_t)(ex[i].start - an->text);
                char got[64] = "", want[64] = "";
                ct_when_format(&dm[i].value, got, sizeof got);
                ct_when_format(&ex[i].value, want, sizeof want);
                /* (without a publication year the stage may give a yearless date the year the
                 * text last wrote) */
                int yearless = !an->has_published && ex[i].value.start.y == 0;
                CHECK(t->off <= at && at < t->off + t->len && dm[i].kind == ex[i].kind &&
                          (yearless || strcmp(got, want) == 0),
                      "gate: mention %zu differs (%s, ungated %s): %s", i, got, want, name);
            }
        }
    }
    free(cut);
    ct_arena_free(arena);
    ct_ctx_free(ctx);
}

/* Word ends, eight bytes at a time (word_len()): a day word followed by each byte around the
 * letter ranges ends there unless that byte is an ASCII letter; with text after it (the
 * eight-byte reads) and at the end of the input (byte by byte). */
static void test_word_ends(const ct_lexicons *lex)
{
    ct_date_anchor A;
    memset(&A, 0, sizeof A);
    A.lex = lex;
    A.pub.y = 2024, A.pub.m = 4, A.pub.d = 18;
    static const char *const days[] = {"today", "tomorrow", "yesterday", NULL};
    static const unsigned char after[] = {'@', 'A',  'Z',  '[',  '`',  'a',  'z',  '{', '0',
                                          ' ', 0x7F, 0x80, 0xC1, 0xDA, 0xE1, 0xFA, 0xFF};
    for (size_t d = 0; days[d]; d++)
        for (size_t i = 0; i < sizeof after; i++)
            for (int tail = 0; tail < 2; tail++) {
                char buf[64];
                size_t n = strlen(days[d]);
                memcpy(buf, days[d], n);
                buf[n] = (char)after[i];
                size_t len = n + 1;
                if (tail) {
                    memcpy(buf + len, " at the hall", 12);
                    len += 12;
                }
                int letter = ((after[i] | 32) >= 'a' && (after[i] | 32) <= 'z');
                const char *p = buf;
                ct_date_expr e;
                int rc = ct_date_scan(&p, buf + len, &A, &e);
                CHECK(letter ? rc != 0 : rc == 0 && e.end == buf + n,
                      "%s followed by 0x%02X (%s): %s", days[d], after[i], tail ? "text" : "end",
                      letter ? "no day word" : "ends the word");
            }
}

int main(void)
{
    ct_lexicons *lex = ct_lexicons_load();
    CHECK(lex != NULL, "lexicons load");
    if (!lex) return harness_done("dates");
    size_t n = sizeof exprs / sizeof exprs[0];
    for (size_t i = 0; i < n; i++) {
        char got[512];
        run_text(lex, exprs[i].pub, exprs[i].text, got, sizeof got);
        CHECK(strcmp(got, exprs[i].want) == 0, "[%s] %s: got \"%s\", want \"%s\"", exprs[i].pub,
              exprs[i].text, got, exprs[i].want);
    }
    for (size_t i = 0; i < sizeof scans / sizeof scans[0]; i++) {
        ct_date_anchor A;
        memset(&A, 0, sizeof A);
        A.lex = lex;
        A.tense = scans[i].tense;
        if (strcmp(scans[i].pub, "null") != 0)
            ct_ymd_parse(scans[i].pub, strlen(scans[i].pub), &A.pub);
        const char *p = scans[i].text;
        ct_date_expr e;
        char got[64] = "";
        if (ct_date_scan(&p, p + strlen(p), &A, &e) == 0) ct_when_format(&e.value, got, sizeof got);
        CHECK(strcmp(got, scans[i].want) == 0, "scan [%s/%d] %s: got \"%s\", want \"%s\"",
              scans[i].pub, scans[i].tense, scans[i].text, got, scans[i].want);
    }
    for (size_t i = 0; i < sizeof pubs / sizeof pubs[0]; i++) {
        ct_ymd d;
        char got[32] = "null";
        if (ct_published_in_text(lex, NULL, pubs[i].text, strlen(pubs[i].text), &d)) {
            ct_when w;
            memset(&w, 0, sizeof w);
            w.start = d;
            ct_when_format(&w, got, sizeof got);
        }
        CHECK(strcmp(got, pubs[i].want) == 0, "published of \"%.40s...\": got %s, want %s",
              pubs[i].text, got, pubs[i].want);
    }
    /* metadata beats the text */
    static const struct {
        const char *meta, *want;
    } metas[] = {{"2021-03-04T10:00:00Z", "2021-03-04"},
                 {"Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05"},
                 {"March 3, 2021", "2021-03-03"},
                 {"2019", "2019"}};
    for (size_t i = 0; i < sizeof metas / sizeof metas[0]; i++) {
        ct_ymd d;
        char got[32] = "null";
        const char *text = "Posted on May 1, 2000\nBody.";
        if (ct_published_in_text(lex, metas[i].meta, text, strlen(text), &d)) {
            ct_when w;
            memset(&w, 0, sizeof w);
            w.start = d;
            ct_when_format(&w, got, sizeof got);
        }
        CHECK_STR(got, metas[i].want);
    }
    test_cursor(lex);
    test_asked(lex);
    test_word_ends(lex);
    printf("test_dates: %zu expression sentences, %zu scans, %zu pages\n", n,
           sizeof scans / sizeof scans[0], sizeof pubs / sizeof pubs[0]);
    ct_lexicons_free(lex);
    test_stages();
    test_gate();
    return harness_done("dates");
}
