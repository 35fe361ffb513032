/*
 * export.h - the knowledge base (store.h) written out for other tools, streaming: rows go to
 * the stream as the database yields them, so memory does not grow with the store.
 *
 * Formats and their stable fields:
 *   jsonl    one object per line: ties {"record":"tie", city_a, city_a_name, city_b,
 *            city_b_name, kind, since, sources, articles} then events {"record":"event", id,
 *            type, kind, date, planned, places, place_names, people, sources, articles,
 *            evidence}
 *   csv      header record,id,type,kind,date,planned,city_a,city_a_name,city_b,city_b_name,
 *            places,people,sources,articles,evidence (lists joined with ';'); RFC 4180 quoting
 *   geojson  a FeatureCollection: a Point per place with coordinates (key, name, cc, ties,
 *            events), a LineString per tie history (a, b, names, kind, since, sources)
 *   graphml  nodes = places (name, cc, lat, lon); edges = tie histories (relation "tie",
 *            kind, since, sources) and shared events (relation = event type, count)
 */
#ifndef CT_EXPORT_H
#define CT_EXPORT_H

#include <stdio.h>

#include "store.h"

/* Writes the whole store in format ("jsonl", "csv", "geojson", "graphml") to out. Returns 0,
 * CT_EARG for an unknown format, CT_EDB or CT_EIO. */
int ct_export(ct_store *s, const char *format, FILE *out);

#endif
