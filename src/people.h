/*
 * people.h - named people, their titles and whom they represent, and every later reference
 * to them ("Mayor Park", "Park", "the mayor", "he").
 *
 * ct_people_find() (declared in pipeline.h) fills an->people (ct_person) and
 * an->person_mentions (ct_person_mention, text order). Algorithm:
 *   1. Collect, per non-boilerplate sentence, title phrases (data/titles.tsv, longest match;
 *      lowercase "head", "chair"... only before "of" or a name) and capitalised name runs:
 *      capitalised words, glued hyphens ("Won-joon"), apostrophes inside a word ("O'Neil",
 *      "Kuz'mina"; not a possessive or a contraction: "Park's"), initials ("R."), particles
 *      (data/name_particles.tsv; one or two: "van der Berg", "al-Sayegh"). Stop words
 *      (data/cap_stop.tsv), courtesy prefixes, acronyms, places and organisations do not start
 *      a name; common nouns (data/name_stop.tsv) and titles end it, but for a one-word title
 *      that ends the name ("Firhad Hakim").
 *   2. A run is a person only with evidence: a title before it ("Busan Mayor X", "Chinese
 *      Ambassador to Korea X", "the Mayor of Atlanta, Mr X") or after it ("X, the Mayor of
 *      Y"), a courtesy prefix (data/name_prefixes.tsv), a verb of speech or meeting beside it
 *      ("X said", "met with X", "welcomed X", "held talks with X", "met Osaka's X", "greeted
 *      (at the station) by X", a calling: "jazz singer X": data/person_verbs.tsv; not before a
 *      noun the run qualifies: "met Harbin Ice Festival organisers"), a known given name or
 *      Korean surname with a hyphenated given name (data/given_names.tsv, names.h), or a list
 *      neighbour that is a person. Headlines (title-case) only confirm known people, a titled
 *      name (less a capitalised verb: "Governor Kim Explains") or a caption "Name, Title";
 *      bylines are not people of the story.
 *   3. The title's affiliation: a place, demonym or organisation before it ("Busan Mayor",
 *      "Chinese Ambassador", "IACC chairman"), "its Mayor" (the city just named), or "of/at X"
 *      (right after the title also "from X": "his counterpart from Rome") after it, X a place
 *      (key) or organisation (name); a portfolio may stand between title and name ("Deputy
 *      Mayor for International Affairs X"). Diplomats take only a country. "lead" titles
 *      (president, chairman, director) map through the organisation's kind (orgs.h): officers
 *      of associations and committees are "other", of ports and public bodies "official";
 *      "head" of a city is its mayor; a plural title ("Mayors", "Deputy Mayors") spreads over
 *      its list, each member with its own "of X", or the k-th place of "A and B, Mayors of X
 *      and Y". An embassy's or consulate's staff take the country its name gives ("the
 *      Russian Embassy"); a city government's office ("Tianjin Foreign Affairs Office", "CPC
 *      Chengdu Municipal Committee") the city; a national ministry with no city the country;
 *      a county council stays the organisation; a body named after a city that orgs.h does
 *      not know stays that body ("Director of the Denver Twin Towns Society"); a
 *      provincial or prefectural body is the region's. A governor or premier of a city name
 *      takes the region of that name ("Governor of Tokyo", "Premier of Ontario"); a mayor of
 *      a region is its governor ("the khokim of Tashkent region"); a city office is no
 *      country's ("Delta, Canada mayor" is Delta's); an honorary consul "to" a country
 *      represents it. "the ambassador's deputy" is staff
 *      (official); "his deputy, X" is the owner's deputy mayor. A courtesy prefix that is an
 *      office ("Cllr", "Cr") titles an untitled person. A city office with no stated place
 *      is the home of the delegation the person leads or belongs to ("a delegation from X
 *      ... led by Deputy Mayor Y", "Y led an X delegation", "including A and B, the Assembly
 *      Chairman", "The visitors, led by Y" after a sentence naming them), else the dateline
 *      city ("SAN DIEGO -"; a news agency's "SEOUL (Yonhap)" only when the body names it),
 *      else the article's most-named city not already another mayor's (a former mayor may
 *      share it), not counting the visitors' homes ("a delegation from X", "visitors from
 *      X", "arrived from X": data/guest_nouns.tsv), places of unnamed office holders
 *      ("Mayor X welcomed the mayor of Madrid") nor where the person travelled ("Mayor X
 *      visited Seoul").
 *   4. Names merge within the article through names.h (romanization, order, short forms);
 *      the name is the fullest form, the other forms are aliases; a name cut short at a
 *      line's end ("Elena Sua" in a teaser) joins the full name it begins. Everyone gets a
 *      title ("other" when the article gives none).
 *   5. Title-only mentions ("the mayor", "the Chinese Consul General") resolve to the latest
 *      person with that title (and place), or the next one named, but not to a person of no
 *      stated place named in the same sentence ("Mayor X welcomed the mayor of Madrid"; "as
 *      the Governor of X" is the same person); he/she/his/her to the latest named person
 *      within two sentences.
 *
 * Ownership: strings live in the analysis arena.
 */
#ifndef CT_PEOPLE_H
#define CT_PEOPLE_H

#include <stddef.h>
#include <stdint.h>

#include "analysis.h"

/* The person (index into an->people) of the mention starting at token tok, or -1; *ntok (may be
 * NULL) receives the mention's length in tokens. Title-only and pronoun mentions count. */
int32_t ct_people_at(const ct_analysis *an, size_t tok, size_t *ntok);

/* The person mentions of sentence sent: returns how many and sets *first to the first of them
 * (they are contiguous in an->person_mentions), or 0 and NULL. */
size_t ct_people_in_sentence(const ct_analysis *an, size_t sent, const ct_person_mention **first);

/* Index of the person whose name (or alias) matches name[0..n) per names.h, or -1. */
int32_t ct_people_find_name(const ct_analysis *an, const char *name, size_t n);

/* Spec title from its record name ("consul_general"), CT_TITLE_NONE when unknown. */
ct_title ct_title_parse(const char *s);

#endif
