/* lib/words.c — the closed-class word lists the shallow syntax relies on:
 * determiners, prepositions, auxiliaries, negators, modals, conditionals,
 * clause boundaries and a few noun classes. Upper case, as tokens are folded. */
#include "lib/words.h"

#include <string.h>

const char *const dyad_words__determiners[] = {"THE", "A", "AN", "ITS", "HIS", "HER", "THEIR", "OUR",
                                          "THIS", "THESE", "THOSE", "'S", "ANY", "EACH", "NO",
                                          "EVERY", "SUCH", "ANOTHER", NULL};
const char *const dyad_words__prepositions[] = {"OF", "IN", "WITH", "TO", "FOR", "FROM", "AT", "ON",
                                           "BY", "AGAINST", "ABOUT", "OVER", "UNDER", "BETWEEN",
                                           "NEAR", "ACROSS", "INTO", "TOWARD", "TOWARDS", "AMONG",
                                           "INCLUDING", "REGARDING", "AFTER", "BEFORE", "DURING",
                                           "WITHOUT", "THAN", "LIKE", "VIA", "THROUGH", NULL};
const char *const dyad_words__be_forms[] = {"IS", "ARE", "WAS", "WERE", "BEEN", "BEING", "BE", "GET",
                                       "GOT", "GETS", NULL};
const char *const dyad_words__negators[] = {"NOT", "N'T", "NEVER", "NEITHER", "NOR", NULL};
const char *const dyad_words__modals[] = {"COULD", "MIGHT", "MAY", "SHOULD", "MUST", "CAN", "CANNOT",
                                     NULL};
/* announced future actions: coded as intentions and threats (CAMEO 03, 13) */
const char *const dyad_words__futures[] = {"WILL", "WOULD", "'LL", "SHALL", NULL};
const char *const dyad_words__readiness[] = {"READY", "PREPARED", "WILLING", "PLANS", "PLANNING", "READINESS",
                                        "WILLINGNESS", "INTENTION", "DETERMINATION", "DESIRE",
                                        "PLANNED", "INTENDS", "INTEND", "GOING", NULL};
const char *const dyad_words__conditionals[] = {"IF", "UNLESS", "WHETHER", "LEST", NULL};
const char *const dyad_words__blockers[] = {"REFUSE", "DECLINE", "FAIL", "REJECT", "THREATEN",
                                       "VOW", "PLAN", "WANT", "INTEND", "HOPE", "SEEK", "TRY",
                                       "AGREE", "PROMISE", "PLEDGE", "URGE", "ASK", "CALL",
                                       "PREPARE", "OFFER", "PROPOSE", "WARN", "DENY",
                                       "AIM", "EXPECT", "DEMAND", "ATTEMPT", "OPPOSE", "AVOID",
                                       "STOP", "CEASE", "HALT", "RESUME", "CONTINUE", "BEGIN",
                                       "START", NULL};
const char *const dyad_words__adverbs[] = {"ALSO", "LATER", "THEN", "SUBSEQUENTLY", "REPORTEDLY",
                                      "ALLEGEDLY", "STILL", "FINALLY", "AGAIN", "JUST",
                                      "ALREADY", "REPEATEDLY", "RECENTLY", "ON", NULL};
const char *const dyad_words__clause_stops[] = {";", ":", "WHILE", "WHEREAS", "ALTHOUGH", "BECAUSE",
                                           "WHO", "WHICH", "THAT", "WHEN", "SINCE", "UNTIL", "BUT",
                                           "AFTER", "BEFORE", "AS", "AMID", "DESPITE", NULL};

const char *const dyad_words__partitives[] = {"GROUP", "MEMBERS", "MEMBER", "THOUSANDS", "HUNDREDS",
                                         "DOZENS", "SCORES", "DELEGATION", "TEAM", "NUMBER", "MANY",
                                         "SOME", "SEVERAL", "MOST", "ALL", "BOTH", "EACH", "ONE",
                                         "TWO", "THREE", "UNIT", "UNITS", "CONVOY", "COALITION",
                                         "MILLIONS", "CROWD", "CROWDS", "BAND", "GANG", NULL};
const char *const dyad_words__agent_heads[] = {
    "CHIEF", "CHIEFS", "HEAD", "HEADS", "GENERAL", "GENERALS", "COMMANDER", "COMMANDERS", "LEADER",
    "LEADERS", "LEADERSHIP", "PERSONNEL", "MEMBER", "MEMBERS", "STAFF", "UNIT", "UNITS", "SOURCE",
    "SOURCES", "OFFICER", "OFFICERS", "BOSS", "BOSSES", "JUNTA", "TEAM", "TEAMS", "DELEGATION",
    "ENVOY", "ENVOYS", "REPRESENTATIVE", "REPRESENTATIVES", "AIDE", "AIDES", "ADVISER", "ADVISERS",
    "ADVISOR", "ADVISORS", "PATROL", "PATROLS", "CONVOY", "DIVISION", "BRIGADE", "BATTALION",
    "REGIMENT", "SQUAD", "CORPS", "WING", "CAMP", "COUNCIL", "COMMITTEE", "PANEL", "BODY", "AGENCY",
    "WATCHDOG", "MINISTRY", "DEPARTMENT", "OFFICE", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON",
    "FIGHTERS", "SOLDIERS", "GUARDS", "AGENTS", "WORKERS", "LAWMAKERS", "FIGURES", "GROUPS",
    "GROUP", "FACTION", "FACTIONS", "MILITIA", "MILITIAS", "CHAIRMAN", "CHAIR", "SECRETARY",
    "DIRECTOR", "ANALYSTS", "EXPERTS", "JOURNALISTS", "CORRESPONDENT", "POSITION", "POSITIONS",
    "BASE", "BASES", "CAMPS", "HIDEOUT", "HIDEOUTS", "STRONGHOLD", "STRONGHOLDS", "TARGETS", "POSTS",
    "OUTPOSTS", "VEHICLES", "CONVOYS", "FACILITIES", "INSTALLATIONS", "HEADQUARTERS", "COMMAND",
    "TROOPS", "FORCES", NULL};
const char *const dyad_words__pair_nouns[] = {"LEADERS", "SIDES", "COUNTRIES", "NATIONS", "GOVERNMENTS",
                                         "PRESIDENTS", "MINISTERS", "DELEGATIONS", "HEADS", "PARTIES",
                                         "NEIGHBORS", "NEIGHBOURS", "STATES", "PREMIERS", "ALLIES",
                                         "CAPITALS", NULL};
const char *const dyad_words__topic_preps[] = {"ON", "OVER", "ABOUT", "REGARDING", "CONCERNING",
                                          "INCLUDING", "LIKE", NULL};

const char *const dyad_words__numerals[] = {"TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT",
                                       "NINE", "TEN", "ELEVEN", "TWELVE", "DOZEN", "SEVERAL",
                                       "HUNDRED", "THOUSAND", NULL};

const char *const dyad_words__possessives[] = {"ITS", "THEIR", "HIS", "HER", "OUR", NULL};

int dyad_words__is_adverb(const dtoken *t)
{
	return t->kind == TK_WORD && ((t->norm_len > 3 && !memcmp(t->norm + t->norm_len - 2, "LY", 2)) ||
	                              dyad_words__in(t, dyad_words__adverbs));
}

/* --- verbs ------------------------------------------------------------------ */
