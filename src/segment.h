/*
 * segment.h - tokens and sentences over a document's body.
 *
 * Tokens: runs of letters/digits (a word may mix them: "G20"), or one punctuation character.
 * Hyphens and apostrophes split words ("Won-joon" is Won, -, joon; "London's" is London, ', s)
 * and the CT_TOK_SPACE flag tells whether white space preceded, so a caller can rebuild the
 * surface form. Sentences end at . ! ? (not after an abbreviation or an initial), at paragraph
 * breaks, and every 400 tokens at the latest; bullets (▴ • ■) start a new sentence.
 * Paragraphs the document marked as boilerplate or title carry that flag into their sentences.
 *
 * Ownership: token and sentence arrays live in the analysis arena.
 */
#ifndef CT_SEGMENT_H
#define CT_SEGMENT_H

#include "analysis.h"

/* Fills an->toks and an->sents from an->doc's paragraphs (or, with no doc, from an->text as
 * one body where blank lines separate paragraphs). Returns 0 or CT_ENOMEM. */
int ct_segment(ct_analysis *an);

/* Index of the sentence holding token tok. */
size_t ct_segment_sentence_of(const ct_analysis *an, size_t tok);

/* Is token tok of sentence sent inside quotation marks (" or curly quotes)? Quotes are
 * counted from the start of the sentence's paragraph, since a quotation may run over several
 * sentences. */
int ct_segment_quoted(const ct_analysis *an, size_t sent, size_t tok);

#endif
