/*
 * boiler.h - tells page chrome from article body, paragraph by paragraph.
 *
 * Rules, each true of scraped news pages in general: a paragraph is boilerplate when most of its
 * letters are Hangul/Han/Kana (Korean page chrome around an English story); when it holds a
 * copyright notice; when it starts with a navigation or byline phrase of data/boilerplate.tsv
 * and is short; when it is a phone/fax line, an e-mail or URL line, an image file name, a menu
 * of "|"-separated items, a date or time alone, or three words or fewer; and everything after a
 * "footer" phrase (comment boxes, related-article lists) is boilerplate. A leading metadata
 * prefix ("date 2023-10-13 ...") is split off as its own META paragraph. The first remaining
 * paragraph without final punctuation is the headline (TITLE), and so is every later copy of
 * it and every short heading without final punctuation.
 */
#ifndef CT_BOILER_H
#define CT_BOILER_H

#include "analysis.h"
#include "document.h"

/* Classifies doc's paragraphs into a new array in arena (the doc is not changed): *out, *n.
 * Returns 0 or CT_ENOMEM. */
int ct_boiler_classify(const ct_ctx *ctx, const ct_doc *doc, ct_arena *arena, ct_para **out,
                       size_t *n);

#endif
