/*
 * events.c - events and ties (events.h). Placeholder stage: the names tables are final.
 */
#include "events.h"

#include "pipeline.h"

const char *const ct_event_type_names[] = {"",           "visit",          "meeting",
                                           "agreement",  "speech",         "conference",
                                           "cultural_event", "honor"};
const char *const ct_tie_kind_names[] = {"", "sister", "friendship", "mou", "cooperation"};
const char *const ct_topic_names[] = {
    "tourism",        "climate_environment", "gender_equity",   "digital_government",
    "smart_city",     "culture_arts",        "trade_investment", "maritime_ports",
    "urban_planning_transport", "energy",    "education_academia", "health_welfare",
    "sports",         "mega_events",         "youth",           "science_technology", NULL};

int ct_events_find(ct_analysis *an)
{
    (void)an;
    return 0;
}
