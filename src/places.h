/*
 * places.h - the geoparser: finds the cities, regions and countries an article names and links
 * each to its gazetteer key (gazetteer.h).
 *
 * ct_places_find() (declared in pipeline.h) appends ct_place_mention values to an->places in
 * text order, skipping sentences flagged CT_SENT_BOILER. Algorithm, in two passes:
 *
 *  1. Spotting. At each capitalised token, the longest token span whose key (text.h) is a name
 *     in data/place_alias.tsv or in the gazetteer, or a demonym (data/demonyms.tsv, which gives
 *     a CT_PM_DEMONYM country mention). Phrases marked "block" in data/place_stop.tsv (vague
 *     regions) hide what they contain. Around the name, data/place_affix.tsv words say what it
 *     names: "Busan Metropolitan City", "City of Los Angeles", "Busan City Hall" (the city
 *     government: CT_PM_GOV, span widened over the affix), "Jeju Province", "Governor of
 *     Jeju" (the region), "Mayor of X" (a city). "Seoul Metropolitan Government (SMG)" defines
 *     "SMG" for the rest of the article.
 *  2. Resolution. Each candidate is scored: population (log), capital/seat rank, a primary
 *     name over an alternate one, the article's own countries (named countries, demonyms, big
 *     unambiguous cities), an "X, Country" or "X, State" qualifier (decisive), and the affix
 *     class. A city beats the same-named region unless the text marks the region.
 *     A name the text marks as a region somewhere ("Jeju Province") is that region wherever it
 *     stands alone (unless the city has five million people).
 *     Then the winner must earn its place: a stoplisted word (data/place_stop.tsv) or one the
 *     article also uses in lowercase ("nice"), a name beside a person cue (a title before it,
 *     data/place_person.tsv: "Mayor Park"; another capitalised word before or after it that
 *     data/place_follow.tsv does not allow: "Lee Jae-myung", "Busan Port Authority"; a speech
 *     verb after it, data/place_speech.tsv: "Chandler said"), an alternate name or a small
 *     place from a country or region the article does not otherwise name, gives nothing.
 *     Return nothing rather than a guess.
 *
 * Ownership: mentions live in the analysis arena; keys are copied into the mention.
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
