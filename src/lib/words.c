/* lib/words.c — the closed-class word lists the shallow syntax relies on:
 * determiners, prepositions, auxiliaries, negators, modals, conditionals,
 * clause boundaries and a few noun classes. Upper case, as tokens are folded. */
#include "lib/words.h"

#include <pthread.h>
#include <string.h>

#include "util/hash.h"

const char *const dyad_words__determiners[] = {DYAD_WORDS_LISTED(1), "THE", "A", "AN", "ITS", "HIS", "HER", "THEIR", "OUR",
                                          "THIS", "THESE", "THOSE", "'S", "ANY", "EACH", "NO",
                                          "EVERY", "SUCH", "ANOTHER", NULL};
const char *const dyad_words__prepositions[] = {DYAD_WORDS_LISTED(2), "OF", "IN", "WITH", "TO", "FOR", "FROM", "AT", "ON",
                                           "BY", "AGAINST", "ABOUT", "OVER", "UNDER", "BETWEEN",
                                           "NEAR", "ACROSS", "INTO", "TOWARD", "TOWARDS", "AMONG",
                                           "INCLUDING", "REGARDING", "AFTER", "BEFORE", "DURING",
                                           "WITHOUT", "THAN", "LIKE", "VIA", "THROUGH", NULL};
const char *const dyad_words__be_forms[] = {DYAD_WORDS_LISTED(3), "IS", "ARE", "WAS", "WERE", "BEEN", "BEING", "BE", "GET",
                                       "GOT", "GETS", NULL};
const char *const dyad_words__negators[] = {DYAD_WORDS_LISTED(4), "NOT", "N'T", "NEVER", "NEITHER", "NOR", NULL};
const char *const dyad_words__modals[] = {DYAD_WORDS_LISTED(5), "COULD", "MIGHT", "MAY", "SHOULD", "MUST", "CAN", "CANNOT",
                                     NULL};
/* announced future actions: coded as intentions and threats (CAMEO 03, 13) */
const char *const dyad_words__futures[] = {DYAD_WORDS_LISTED(6), "WILL", "WOULD", "'LL", "SHALL", NULL};
const char *const dyad_words__readiness[] = {DYAD_WORDS_LISTED(7), "READY", "PREPARED", "WILLING", "PLANS", "PLANNING", "READINESS",
                                        "WILLINGNESS", "INTENTION", "DETERMINATION", "DESIRE",
                                        "PLANNED", "INTENDS", "INTEND", "GOING", "DUE", "SCHEDULED", "PLOTTING",
                                        "PLOTTED", "PLOTS", NULL};
const char *const dyad_words__conditionals[] = {DYAD_WORDS_LISTED(8), "IF", "UNLESS", "WHETHER", "LEST", NULL};
const char *const dyad_words__blockers[] = {DYAD_WORDS_LISTED(9), "REFUSE", "DECLINE", "FAIL", "REJECT", "THREATEN",
                                       "VOW", "PLAN", "WANT", "INTEND", "HOPE", "SEEK", "TRY",
                                       "AGREE", "PROMISE", "PLEDGE", "URGE", "ASK", "CALL",
                                       "PREPARE", "OFFER", "PROPOSE", "WARN", "DENY",
                                       "AIM", "EXPECT", "DEMAND", "ATTEMPT", "OPPOSE", "AVOID",
                                       "STOP", "CEASE", "HALT", "RESUME", "CONTINUE", "BEGIN",
                                       "START", NULL};
const char *const dyad_words__adverbs[] = {DYAD_WORDS_LISTED(10), "ALSO", "LATER", "THEN", "SUBSEQUENTLY", "REPORTEDLY",
                                      "ALLEGEDLY", "STILL", "FINALLY", "AGAIN", "JUST",
                                      "ALREADY", "REPEATEDLY", "RECENTLY", "ON", NULL};
const char *const dyad_words__clause_stops[] = {DYAD_WORDS_LISTED(11), ";", ":", "WHILE", "WHEREAS", "ALTHOUGH", "THOUGH", "BECAUSE",
                                           "WHO", "WHICH", "THAT", "WHEN", "SINCE", "UNTIL", "BUT",
                                           "AFTER", "BEFORE", "AS", "AMID", "DESPITE", NULL};

const char *const dyad_words__partitives[] = {DYAD_WORDS_LISTED(12), "GROUP", "MEMBERS", "MEMBER", "THOUSANDS", "HUNDREDS",
                                         "DOZENS", "SCORES", "TENS", "DELEGATION", "TEAM", "NUMBER", "MANY",
                                         "SOME", "SEVERAL", "MOST", "ALL", "BOTH", "EACH", "ONE",
                                         "TWO", "THREE", "UNIT", "UNITS", "CONVOY", "COALITION",
                                         "MILLIONS", "CROWD", "CROWDS", "BAND", "GANG", "ELEMENTS",
                                         "PERSONNEL", "OPERATIVES", "CONTINGENT", "DETACHMENT", "CELL", NULL};
const char *const dyad_words__agent_heads[] = {DYAD_WORDS_LISTED(13),
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
const char *const dyad_words__pair_nouns[] = {DYAD_WORDS_LISTED(14), "LEADERS", "SIDES", "COUNTRIES", "NATIONS", "GOVERNMENTS",
                                         "PRESIDENTS", "MINISTERS", "DELEGATIONS", "HEADS", "PARTIES",
                                         "NEIGHBORS", "NEIGHBOURS", "STATES", "PREMIERS", "ALLIES",
                                         "CAPITALS", NULL};
const char *const dyad_words__topic_preps[] = {DYAD_WORDS_LISTED(15), "ON", "OVER", "ABOUT", "REGARDING", "CONCERNING",
                                          "INCLUDING", "LIKE", NULL};

const char *const dyad_words__numerals[] = {DYAD_WORDS_LISTED(16), "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT",
                                       "NINE", "TEN", "ELEVEN", "TWELVE", "DOZEN", "SEVERAL",
                                       "HUNDRED", "THOUSAND", NULL};

const char *const dyad_words__possessives[] = {DYAD_WORDS_LISTED(17), "ITS", "THEIR", "HIS", "HER", "OUR", NULL};
/* TABARI shifts a verb to a noun only after an article */
const char *const dyad_words__articles[] = {DYAD_WORDS_LISTED(18), "THE", "A", "AN", NULL};
/* words that may sit between parts of one noun phrase */
const char *const dyad_words__glue[] = {DYAD_WORDS_LISTED(19), "'S", "THE", "A", "AN", "ITS", "HIS", "HER", "THEIR", "SENIOR",
                                   "TOP", "FORMER", "DEPUTY", "CHIEF", "ACTING", "NEW", "LOCAL",
                                   "STATE", "NATIONAL", "FEDERAL", "SPECIAL", "INTERIM", "VICE",
                                   "ARMED", "SECURITY", "RULING", "MAIN", "LEADING", "RIGHTS",
                                   "HUMAN", "ELITE", "PRO", "ANTI", NULL};
const char *const dyad_words__pronouns[] = {DYAD_WORDS_LISTED(20), "HE", "SHE", "THEY", "IT", NULL};
/* TABARI also resolves the object forms (manual 7.7) */
const char *const dyad_words__tabari_pronouns[] = {DYAD_WORDS_LISTED(21), "HE", "SHE", "THEY", "IT", "HIM", "THEM", NULL};
const char *const dyad_words__possessors[] = {DYAD_WORDS_LISTED(22), "HIS", "HER", "ITS", "THEIR", NULL};
const char *const dyad_words__homeland[] = {DYAD_WORDS_LISTED(23), "COUNTRY", "NATION", NULL};
const char *const dyad_words__first_person[] = {DYAD_WORDS_LISTED(24), "WE", "I", NULL};
const char *const dyad_words__not_names[] = {DYAD_WORDS_LISTED(25),
    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "JANUARY",
    "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
    "NOVEMBER", "DECEMBER", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT",
    "OCT", "NOV", "DEC", "THE", "AND", NULL};
const char *const dyad_words__complementizers[] = {DYAD_WORDS_LISTED(26), "THAT", NULL};
const char *const dyad_words__group_nouns[] = {DYAD_WORDS_LISTED(27), "GROUP", "MOVEMENT", "ORGANISATION", "ORGANIZATION",
                                           "MILITIA", "BLOC", "ALLIANCE", NULL};
const char *const dyad_words__each[] = {DYAD_WORDS_LISTED(29), "EACH", NULL};
const char *const dyad_words__proxies[] = {DYAD_WORDS_LISTED(28), "OFFICE", "LAWYER", "LAWYERS", "ATTORNEY", "ATTORNEYS",
                                      "AIDE", "AIDES", "ADVISER", "ADVISERS", "ADVISOR", "ADVISORS",
                                      "CAMP", "CAMPAIGN", "TEAM", NULL};

/* local lists (no mark), searched: the days of the week, and the time words
 * that stand alone before or after a verb ("police yesterday arrested",
 * "were killed overnight") */
const char *const dyad_words__weekdays[] = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                                            "SUNDAY", NULL};
const char *const dyad_words__time_words[] = {"YESTERDAY", "TODAY", "TONIGHT", "OVERNIGHT", NULL};

/* mark k (list[0][0] == k) of the list with bit k - 1 in dtoken_memo.lists;
 * no word begins with a control byte */
const char dyad_words__mark[DYAD_WORDS_MARKS][2] = {
	{0, 0},   {1, 0},   {2, 0},   {3, 0},   {4, 0},   {5, 0},   {6, 0},   {7, 0},
	{8, 0},   {9, 0},   {10, 0},  {11, 0},  {12, 0},  {13, 0},  {14, 0},  {15, 0},
	{16, 0},  {17, 0},  {18, 0},  {19, 0},  {20, 0},  {21, 0},  {22, 0},  {23, 0},
	{24, 0},  {25, 0},  {26, 0},  {27, 0},  {28, 0},  {29, 0},  {30, 0},  {31, 0}};

/* every list of words.h: what dyad_words__listed knows (each begins with
 * DYAD_WORDS_LISTED) */
static const char *const *const every_list[] = {
	dyad_words__determiners, dyad_words__prepositions, dyad_words__be_forms, dyad_words__negators,
	dyad_words__modals, dyad_words__futures, dyad_words__readiness, dyad_words__conditionals,
	dyad_words__blockers, dyad_words__adverbs, dyad_words__clause_stops, dyad_words__partitives,
	dyad_words__pair_nouns, dyad_words__topic_preps, dyad_words__possessives, dyad_words__articles,
	dyad_words__glue, dyad_words__pronouns, dyad_words__possessors, dyad_words__homeland,
	dyad_words__agent_heads, dyad_words__numerals, dyad_words__tabari_pronouns, dyad_words__first_person,
	dyad_words__not_names, dyad_words__complementizers, dyad_words__group_nouns,
	dyad_words__proxies, dyad_words__each, NULL};

/* every listed word by hash (open addressing) with the bits of its lists,
 * built once for all threads */
#define LISTED_SLOTS 2048
static struct {
	const char *word;
	uint32_t lists;
} listed_set[LISTED_SLOTS];
static pthread_once_t listed_once = PTHREAD_ONCE_INIT;

static void build_listed(void)
{
	for (size_t l = 0; every_list[l]; l++) {
		uint32_t bit = (uint32_t)1 << (every_list[l][0][0] - 1);
		for (size_t i = 1; every_list[l][i]; i++) {
			const char *x = every_list[l][i];
			size_t h = dyad_hash32(x, strlen(x)) & (LISTED_SLOTS - 1);
			while (listed_set[h].word && strcmp(listed_set[h].word, x))
				h = (h + 1) & (LISTED_SLOTS - 1);
			listed_set[h].word = x;
			listed_set[h].lists |= bit;
		}
	}
}

uint32_t dyad_words__listed(const char *w, size_t n)
{
	pthread_once(&listed_once, build_listed);
	for (size_t h = dyad_hash32(w, n) & (LISTED_SLOTS - 1); listed_set[h].word; h = (h + 1) & (LISTED_SLOTS - 1))
		if (!strncmp(listed_set[h].word, w, n) && !listed_set[h].word[n])
			return listed_set[h].lists;
	return 0;
}

struct dyad_words__sig_slot dyad_words__sigs[DYAD_WORDS_SIG_SLOTS];

static uint64_t list_sig(const char *const *list)
{
	uint64_t sig = 0;
	for (int i = 0; list[i]; i++)
		sig |= (uint64_t)1 << dyad_words__sig_bit(list[i], strlen(list[i]));
	return sig;
}

/* the list's signature, from its slot in dyad_words__sigs when it has one
 * (open addressing from dyad_words__sig_slot_of; a slot, once taken by a
 * list, stays that list's, so what is read there is always the list's: its
 * signature, or all bits while another thread makes it) */
uint64_t dyad_words__sig_slow(const char *const *list)
{
	size_t h = dyad_words__sig_slot_of(list);
	for (size_t k = 0; k < DYAD_WORDS_SIG_SLOTS; k++, h = (h + 1) % DYAD_WORDS_SIG_SLOTS) {
		struct dyad_words__sig_slot *sl = &dyad_words__sigs[h];
		const char *const *at = atomic_load_explicit(&sl->list, memory_order_acquire);
		if (!at) {
			const char *const *none = NULL;
			if (atomic_compare_exchange_strong_explicit(&sl->list, &none, list, memory_order_acq_rel,
			                                            memory_order_acquire)) {
				uint64_t sig = list_sig(list);
				atomic_store_explicit(&sl->absent, ~sig, memory_order_relaxed);
				return sig;
			}
			at = none; /* another thread took the slot: for which list? */
		}
		if (at == list)
			return ~atomic_load_explicit(&sl->absent, memory_order_relaxed);
	}
	return list_sig(list); /* (a full table: the coder tests far fewer lists) */
}

int dyad_words__is_adverb(const dtoken *t)
{
	/* (the last byte from the token, not the form: most words end otherwise) */
	return t->kind == TK_WORD &&
	       ((t->norm_len > 3 && t->last == 'Y' && !memcmp(t->norm + t->norm_len - 2, "LY", 2)) ||
	        dyad_words__in(t, dyad_words__adverbs));
}

/* --- verbs ------------------------------------------------------------------ */
