/*
 * places.h - the geoparser: finds the cities, regions and countries an article names and links
 * each to its gazetteer key (gazetteer.h).
 *
 * ct_places_find() (declared in pipeline.h) appends ct_place_mention values to an->places in
 * text order, skipping sentences flagged CT_SENT_BOILER. Algorithm, in two passes:
 *
 *  1. Spotting. At each capitalised token, the longest token span whose key (text.h) is a name
 *     in data/place_alias.tsv or in the gazetteer, or a demonym (data/demonyms.tsv, which gives
 *     a CT_PM_DEMONYM country mention). Phrases of data/place_block.tsv (continents, vague
 *     regions) hide what they contain. Around the name, data/place_affix.tsv words say what it
 *     names: "Busan Metropolitan City", "City of Los Angeles", "Busan City Hall" (the city
 *     government: CT_PM_GOV, span widened over the affix; "Pune Municipal Corporation" too),
 *     "Jeju Province", "Governor of Jeju", "Victoria Premier" (the region), "Mayor of X" (a
 *     city), "a delegation from X", "twin towns of X and Y" (a cue: a place is expected, a small
 *     town may stand alone). A name in capitals opening a line before a comma or dash is a
 *     dateline, also a cue ("CARBONNE -"); a short word in capitals is an acronym unless it
 *     opens a longer name ("SAN DIEGO", "NEW YORK"). Right after "X, " a US state abbreviation
 *     (data/place_abbr.tsv: "Ill.", "MO") is a qualifier. "Seoul Metropolitan Government (SMG)"
 *     defines "SMG" for the rest of the article.
 *  2. Resolution. Each candidate is scored: population (log), capital/seat rank, a primary
 *     name over an alternate one, the article's own countries (named countries, demonyms, big
 *     unambiguous cities), an "X, Country" or "X, State" qualifier (decisive, even against an
 *     alias: "St. Petersburg, Florida"), and the affix class. A city beats the same-named region
 *     unless the text marks the region; a foreign city reached by an alternate name does not
 *     ("Victoria" is not Hong Kong). A plain name whose best reading is a town too small to
 *     stand alone is the region of that name when only one region, or only one in the article's
 *     countries, has it as its own name ("Guanajuato", "New Brunswick").
 *     A name the text marks as a region somewhere ("Jeju Province") is that region wherever it
 *     stands alone (unless the city has five million people).
 *     Then the winner must earn its place: a stoplisted word (data/place_stop.tsv) or one the
 *     article also uses in lowercase ("nice"), a name beside a person cue (a title before it,
 *     data/place_person.tsv: "Mayor Park"; another capitalised word before or after it that
 *     data/place_follow.tsv does not allow: "Lee Jae-myung", "Incheon Port Authority"; a speech
 *     verb after it, data/place_speech.tsv: "Chandler said"), an alternate name or a small
 *     place from a country or region the article does not otherwise name, gives nothing
 *     (except an English exonym of a city of 200,000 or more, "Nuremberg", and a name of several
 *     words that only one town of 50,000 or more has, "Santiago de Compostela", not after "the").
 *     Return nothing rather than a guess. Last, one sense per article: a bare mention of a name
 *     accepted elsewhere with support ("the Mayor of Troyes" ... "a visit to Troyes") is that
 *     place; and a town that the gazetteer knows by that name alone, listed with an accepted
 *     city ("between Troyes and Kinsale"), is a place at every bare mention.
 *
 * Ownership: mentions live in the analysis arena; keys are copied into the mention. The
 * spotted names and the lowercase-word questions are heap scratch freed before
 * ct_places_find() returns; equal names share one candidate array, so memory grows with the
 * number of mentions (about 16 MB per MB of text made only of place names), not with the
 * gazetteer.
 */
#ifndef CT_PLACES_H
#define CT_PLACES_H

#include <stddef.h>

#include "analysis.h"

/* The place mention starting at token tok, or NULL. O(log n) over an->places. */
const ct_place_mention *ct_places_at(const ct_analysis *an, size_t tok);

/* The place mention whose span covers token tok, or NULL. */
const ct_place_mention *ct_places_covering(const ct_analysis *an, size_t tok);

/* Resolves a free-standing name ("Busan", "Korea", "Slovenian") to a place key with no article
 * context: alias table, demonyms, then the gazetteer's best prior (a city over the same-named
 * region). Stoplisted words and small places known only by an alternate name give nothing.
 * Writes the key into key[24]; returns its CT_PLACE_* kind, or 0 when unknown. */
int ct_places_resolve(const ct_ctx *ctx, const char *s, size_t n, char key[24]);

#endif
