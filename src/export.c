/*
 * export.c - streaming exports of ties and merged events (contracts in export.h). Every format
 * reads the same two row streams: tie histories (one per pair and kind) and event groups.
 */
#include "export.h"

#include <jansson.h>
#include <sqlite3.h>
#include <string.h>

/* Tie histories: a, a_name, b, b_name, kind, since (earliest), sources, articles (';'),
 * a_lat, a_lon, b_lat, b_lon. */
static const char *const TIES_SQL =
    "SELECT t.a, (SELECT label FROM place_label WHERE key = t.a), t.b,"
    " (SELECT label FROM place_label WHERE key = t.b), t.kind,"
    " (SELECT t2.since FROM tie t2 WHERE t2.a = t.a AND t2.b = t.b AND t2.kind = t.kind"
    "   AND t2.since_lo IS NOT NULL ORDER BY t2.since_lo, t2.id LIMIT 1),"
    " count(DISTINCT t.article_id),"
    " (SELECT group_concat(doc_id, ';') FROM (SELECT DISTINCT ar.doc_id FROM tie t3"
    "   JOIN article ar ON ar.id = t3.article_id WHERE t3.a = t.a AND t3.b = t.b"
    "   AND t3.kind = t.kind ORDER BY ar.doc_id)),"
    " pa.lat, pa.lon, pb.lat, pb.lon"
    " FROM tie t JOIN place pa ON pa.key = t.a JOIN place pb ON pb.key = t.b"
    " GROUP BY t.a, t.b, t.kind ORDER BY t.a, t.b, t.kind";

/* Event groups: id, type, kind, date (most precise), planned (every source), places (';'),
 * place names (';'), people (';'), sources, articles (';'), evidence (first). */
static const char *const EVENTS_SQL =
    "SELECT g.id, g.type,"
    " (SELECT kind FROM event WHERE group_id = g.id AND kind IS NOT NULL LIMIT 1),"
    " (SELECT date FROM event WHERE group_id = g.id AND date IS NOT NULL"
    "   ORDER BY date LIKE 'X%', length(date) DESC, date LIMIT 1),"
    " (SELECT min(planned) FROM event WHERE group_id = g.id),"
    " (SELECT group_concat(key, ';') FROM (SELECT DISTINCT k.key FROM event_key k"
    "   JOIN event e ON e.id = k.event_id WHERE e.group_id = g.id ORDER BY k.key)),"
    " (SELECT group_concat(coalesce(label, key), ';') FROM (SELECT DISTINCT k.key, p.label"
    "   FROM event_key k JOIN event e ON e.id = k.event_id LEFT JOIN place_label p"
    "   ON p.key = k.key WHERE e.group_id = g.id ORDER BY k.key)),"
    " (SELECT group_concat(name, ';') FROM (SELECT DISTINCT p.name FROM event_arg x"
    "   JOIN event e ON e.id = x.event_id JOIN person p ON p.id = x.person_id"
    "   WHERE e.group_id = g.id ORDER BY p.name)),"
    " (SELECT count(*) FROM event WHERE group_id = g.id),"
    " (SELECT group_concat(doc_id, ';') FROM (SELECT DISTINCT ar.doc_id FROM event e"
    "   JOIN article ar ON ar.id = e.article_id WHERE e.group_id = g.id ORDER BY ar.doc_id)),"
    " (SELECT evidence FROM event WHERE group_id = g.id AND evidence IS NOT NULL"
    "   ORDER BY id LIMIT 1)"
    " FROM event_group g ORDER BY g.id";

static const char *txt(sqlite3_stmt *st, int i)
{
    const char *v = (const char *)sqlite3_column_text(st, i);
    return v ? v : "";
}

static json_t *jtxt(sqlite3_stmt *st, int i)
{
    const char *v = (const char *)sqlite3_column_text(st, i);
    return v ? json_string(v) : json_null();
}

static json_t *jlist(const char *v)
{
    json_t *a = json_array();
    while (v && *v) {
        const char *e = strchr(v, ';');
        size_t n = e ? (size_t)(e - v) : strlen(v);
        json_array_append_new(a, json_stringn(v, n));
        v = e ? e + 1 : NULL;
    }
    return a;
}

static int emit_json(FILE *out, json_t *o)
{
    int rc = json_dumpf(o, out, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(o);
    return rc == 0 && fputc('\n', out) != EOF ? 0 : CT_EIO;
}

static void csv_cell(FILE *out, const char *v, int last)
{
    if (strpbrk(v, ",\"\r\n")) {
        fputc('"', out);
        for (; *v; v++) {
            if (*v == '"') fputc('"', out);
            fputc(*v, out);
        }
        fputc('"', out);
    } else {
        fputs(v, out);
    }
    fputs(last ? "\r\n" : ",", out);
}

static void xml_text(FILE *out, const char *v)
{
    for (; *v; v++) {
        switch (*v) {
        case '<':
            fputs("&lt;", out);
            break;
        case '>':
            fputs("&gt;", out);
            break;
        case '&':
            fputs("&amp;", out);
            break;
        case '"':
            fputs("&quot;", out);
            break;
        default:
            if ((unsigned char)*v >= 0x20 || *v == '\t' || *v == '\n') fputc(*v, out);
        }
    }
}

static int prep(ct_store *s, sqlite3_stmt **st, const char *sql)
{
    return sqlite3_prepare_v2(ct_store_db(s), sql, -1, st, NULL) == SQLITE_OK ? 0 : CT_EDB;
}

static int export_jsonl(ct_store *s, FILE *out)
{
    sqlite3_stmt *st = NULL;
    int rc = prep(s, &st, TIES_SQL), step;
    while (rc == 0 && (step = sqlite3_step(st)) == SQLITE_ROW) {
        json_t *o = json_object();
        json_object_set_new(o, "record", json_string("tie"));
        json_object_set_new(o, "city_a", jtxt(st, 0));
        json_object_set_new(o, "city_a_name", jtxt(st, 1));
        json_object_set_new(o, "city_b", jtxt(st, 2));
        json_object_set_new(o, "city_b_name", jtxt(st, 3));
        json_object_set_new(o, "kind", jtxt(st, 4));
        json_object_set_new(o, "since", jtxt(st, 5));
        json_object_set_new(o, "sources", json_integer(sqlite3_column_int64(st, 6)));
        json_object_set_new(o, "articles", jlist(txt(st, 7)));
        rc = emit_json(out, o);
    }
    sqlite3_finalize(st);
    if (rc == 0) rc = prep(s, &st, EVENTS_SQL);
    while (rc == 0 && (step = sqlite3_step(st)) == SQLITE_ROW) {
        json_t *o = json_object();
        json_object_set_new(o, "record", json_string("event"));
        json_object_set_new(o, "id", json_integer(sqlite3_column_int64(st, 0)));
        json_object_set_new(o, "type", jtxt(st, 1));
        json_object_set_new(o, "kind", jtxt(st, 2));
        json_object_set_new(o, "date", jtxt(st, 3));
        json_object_set_new(o, "planned", json_boolean(sqlite3_column_int(st, 4)));
        json_object_set_new(o, "places", jlist(txt(st, 5)));
        json_object_set_new(o, "place_names", jlist(txt(st, 6)));
        json_object_set_new(o, "people", jlist(txt(st, 7)));
        json_object_set_new(o, "sources", json_integer(sqlite3_column_int64(st, 8)));
        json_object_set_new(o, "articles", jlist(txt(st, 9)));
        json_object_set_new(o, "evidence", jtxt(st, 10));
        rc = emit_json(out, o);
    }
    sqlite3_finalize(st);
    return rc;
}

static int export_csv(ct_store *s, FILE *out)
{
    fputs("record,id,type,kind,date,planned,city_a,city_a_name,city_b,city_b_name,places,people,"
          "sources,articles,evidence\r\n",
          out);
    sqlite3_stmt *st = NULL;
    int rc = prep(s, &st, TIES_SQL);
    long n = 0;
    char num[32];
    while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
        snprintf(num, sizeof num, "%ld", ++n);
        csv_cell(out, "tie", 0);
        csv_cell(out, num, 0);
        csv_cell(out, "tie", 0);
        csv_cell(out, txt(st, 4), 0);
        csv_cell(out, txt(st, 5), 0);
        csv_cell(out, "0", 0);
        for (int i = 0; i < 4; i++)
            csv_cell(out, txt(st, i), 0);
        csv_cell(out, "", 0);
        csv_cell(out, "", 0);
        snprintf(num, sizeof num, "%lld", (long long)sqlite3_column_int64(st, 6));
        csv_cell(out, num, 0);
        csv_cell(out, txt(st, 7), 0);
        csv_cell(out, "", 1);
    }
    sqlite3_finalize(st);
    if (rc == 0) rc = prep(s, &st, EVENTS_SQL);
    while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
        csv_cell(out, "event", 0);
        csv_cell(out, txt(st, 0), 0);
        csv_cell(out, txt(st, 1), 0);
        csv_cell(out, txt(st, 2), 0);
        csv_cell(out, txt(st, 3), 0);
        csv_cell(out, sqlite3_column_int(st, 4) ? "1" : "0", 0);
        for (int i = 0; i < 4; i++)
            csv_cell(out, "", 0);
        csv_cell(out, txt(st, 5), 0);
        csv_cell(out, txt(st, 7), 0);
        csv_cell(out, txt(st, 8), 0);
        csv_cell(out, txt(st, 9), 0);
        csv_cell(out, txt(st, 10), 1);
    }
    sqlite3_finalize(st);
    return rc == 0 && ferror(out) ? CT_EIO : rc;
}

/* Places with coordinates that some tie or event names, with their counts. */
static const char *const NODES_SQL =
    "SELECT p.key, (SELECT label FROM place_label WHERE key = p.key), p.cc, p.lat, p.lon,"
    " (SELECT count(*) FROM (SELECT DISTINCT a, b, kind FROM tie WHERE a = p.key OR b = p.key)),"
    " (SELECT count(DISTINCT e.group_id) FROM event_key k JOIN event e ON e.id = k.event_id"
    "   WHERE k.key = p.key)"
    " FROM place p WHERE EXISTS (SELECT 1 FROM tie WHERE a = p.key OR b = p.key)"
    " OR EXISTS (SELECT 1 FROM event_key k WHERE k.key = p.key) ORDER BY p.key";

static int export_geojson(ct_store *s, FILE *out)
{
    sqlite3_stmt *st = NULL;
    int rc = prep(s, &st, NODES_SQL), first = 1;
    fputs("{\"type\":\"FeatureCollection\",\"features\":[\n", out);
    while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
        if (sqlite3_column_type(st, 3) == SQLITE_NULL) continue;
        json_t *f = json_pack("{s:s,s:{s:s,s:[f,f]},s:{s:s,s:o,s:o,s:I,s:I}}", "type", "Feature",
                              "geometry", "type", "Point", "coordinates",
                              sqlite3_column_double(st, 4), sqlite3_column_double(st, 3),
                              "properties", "key", txt(st, 0), "name", jtxt(st, 1), "cc",
                              jtxt(st, 2), "ties", (json_int_t)sqlite3_column_int64(st, 5),
                              "events", (json_int_t)sqlite3_column_int64(st, 6));
        if (!first) fputs(",\n", out);
        first = 0;
        json_dumpf(f, out, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(9));
        json_decref(f);
    }
    sqlite3_finalize(st);
    if (rc == 0) rc = prep(s, &st, TIES_SQL);
    while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
        if (sqlite3_column_type(st, 8) == SQLITE_NULL || sqlite3_column_type(st, 10) == SQLITE_NULL)
            continue;
        json_t *f = json_pack(
            "{s:s,s:{s:s,s:[[f,f],[f,f]]},s:{s:s,s:o,s:s,s:o,s:o,s:o,s:I,s:o}}", "type", "Feature",
            "geometry", "type", "LineString", "coordinates", sqlite3_column_double(st, 9),
            sqlite3_column_double(st, 8), sqlite3_column_double(st, 11),
            sqlite3_column_double(st, 10), "properties", "city_a", txt(st, 0), "city_a_name",
            jtxt(st, 1), "city_b", txt(st, 2), "city_b_name", jtxt(st, 3), "kind", jtxt(st, 4),
            "since", jtxt(st, 5), "sources", (json_int_t)sqlite3_column_int64(st, 6), "articles",
            jlist(txt(st, 7)));
        if (!first) fputs(",\n", out);
        first = 0;
        json_dumpf(f, out, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(9));
        json_decref(f);
    }
    sqlite3_finalize(st);
    fputs("\n]}\n", out);
    return rc == 0 && ferror(out) ? CT_EIO : rc;
}

static int export_graphml(ct_store *s, FILE *out)
{
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
          "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
          "  <key id=\"cc\" for=\"node\" attr.name=\"cc\" attr.type=\"string\"/>\n"
          "  <key id=\"lat\" for=\"node\" attr.name=\"lat\" attr.type=\"double\"/>\n"
          "  <key id=\"lon\" for=\"node\" attr.name=\"lon\" attr.type=\"double\"/>\n"
          "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
          "  <key id=\"kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
          "  <key id=\"since\" for=\"edge\" attr.name=\"since\" attr.type=\"string\"/>\n"
          "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n"
          "  <graph id=\"cityties\" edgedefault=\"undirected\">\n",
          out);
    sqlite3_stmt *st = NULL;
    int rc = prep(s, &st, NODES_SQL);
    while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
        fputs("    <node id=\"", out);
        xml_text(out, txt(st, 0));
        fputs("\"><data key=\"name\">", out);
        xml_text(out, *txt(st, 1) ? txt(st, 1) : txt(st, 0));
        fputs("</data><data key=\"cc\">", out);
        xml_text(out, txt(st, 2));
        fputs("</data>", out);
        if (sqlite3_column_type(st, 3) != SQLITE_NULL)
            fprintf(out, "<data key=\"lat\">%.5f</data><data key=\"lon\">%.5f</data>",
                    sqlite3_column_double(st, 3), sqlite3_column_double(st, 4));
        fputs("</node>\n", out);
    }
    sqlite3_finalize(st);
    long n = 0;
    if (rc == 0) rc = prep(s, &st, TIES_SQL);
    while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
        fprintf(out, "    <edge id=\"e%ld\" source=\"", ++n);
        xml_text(out, txt(st, 0));
        fputs("\" target=\"", out);
        xml_text(out, txt(st, 2));
        fputs("\"><data key=\"relation\">tie</data><data key=\"kind\">", out);
        xml_text(out, txt(st, 4));
        fputs("</data><data key=\"since\">", out);
        xml_text(out, txt(st, 5));
        fprintf(out, "</data><data key=\"weight\">%lld</data></edge>\n",
                (long long)sqlite3_column_int64(st, 6));
    }
    sqlite3_finalize(st);
    if (rc == 0)
        rc = prep(s, &st,
                  "SELECT k1.key, k2.key, e.type, count(DISTINCT e.group_id) FROM event e"
                  " JOIN event_key k1 ON k1.event_id = e.id JOIN event_key k2"
                  " ON k2.event_id = e.id AND k1.key < k2.key GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
    while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
        fprintf(out, "    <edge id=\"e%ld\" source=\"", ++n);
        xml_text(out, txt(st, 0));
        fputs("\" target=\"", out);
        xml_text(out, txt(st, 1));
        fputs("\"><data key=\"relation\">", out);
        xml_text(out, txt(st, 2));
        fprintf(out, "</data><data key=\"weight\">%lld</data></edge>\n",
                (long long)sqlite3_column_int64(st, 3));
    }
    sqlite3_finalize(st);
    fputs("  </graph>\n</graphml>\n", out);
    return rc == 0 && ferror(out) ? CT_EIO : rc;
}

int ct_export(ct_store *s, const char *format, FILE *out)
{
    if (!format) return CT_EARG;
    if (strcmp(format, "jsonl") == 0) return export_jsonl(s, out);
    if (strcmp(format, "csv") == 0) return export_csv(s, out);
    if (strcmp(format, "geojson") == 0) return export_geojson(s, out);
    if (strcmp(format, "graphml") == 0) return export_graphml(s, out);
    return CT_EARG;
}
