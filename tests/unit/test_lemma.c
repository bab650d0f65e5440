/* tests/unit/test_lemma.c — verb and noun lemmas and parts of speech. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "lib/lemma.h"

#include <stdio.h>
#include <string.h>

typedef struct pair {
	const char *word;
	const char *lemma; /* "" = not an inflected form: the call returns 0 */
} pair;

typedef size_t (*lemma_fn)(const char *, size_t, char *, size_t);

static void check_pairs(lemma_fn fn, const char *what, const pair *p, size_t n)
{
	char out[DYAD_LEMMA_MAX + 1];
	for (size_t i = 0; i < n; i++) {
		size_t len = fn(p[i].word, strlen(p[i].word), out, sizeof out);
		const char *got = len ? out : "";
		if (strcmp(got, p[i].lemma) != 0 || len != strlen(p[i].lemma))
			fail_msg("%s(%s) = \"%s\" (%zu), want \"%s\"", what, p[i].word, got, len,
			         p[i].lemma);
	}
}

#define CHECK(fn, table) check_pairs(fn, #fn, table, sizeof table / sizeof table[0])

static void test_verb_irregular(void **state)
{
	(void)state;
	static const pair t[] = {
		{"FOUGHT", "FIGHT"}, {"STRUCK", "STRIKE"}, {"FLED", "FLEE"}, {"MET", "MEET"},
		{"SAID", "SAY"}, {"HELD", "HOLD"}, {"SOUGHT", "SEEK"}, {"BEGAN", "BEGIN"},
		{"BEGUN", "BEGIN"}, {"WITHDREW", "WITHDRAW"}, {"WITHDRAWN", "WITHDRAW"},
		{"TOLD", "TELL"}, {"WAS", "BE"}, {"WERE", "BE"}, {"IS", "BE"}, {"BEEN", "BE"},
		{"HAD", "HAVE"}, {"HAS", "HAVE"}, {"DID", "DO"}, {"WENT", "GO"}, {"LED", "LEAD"},
		{"LEFT", "LEAVE"}, {"SHOT", "SHOOT"}, {"SPOKE", "SPEAK"}, {"STOLE", "STEAL"},
		{"BLEW", "BLOW"}, {"FLOWN", "FLY"}, {"SENT", "SEND"}, {"LOST", "LOSE"},
		{"CAUGHT", "CATCH"}, {"LAID", "LAY"}, {"DYING", "DIE"}, {"FOUND", "FIND"},
		{"SAW", "SEE"}, {"FELL", "FALL"}, {"OVERRAN", "OVERRUN"}, {"UNDERTOOK", "UNDERTAKE"},
	};
	CHECK(dyad_lemma__verb, t);
}

static void test_verb_regular(void **state)
{
	(void)state;
	static const pair t[] = {
		{"ATTACKED", "ATTACK"}, {"ATTACKING", "ATTACK"}, {"ATTACKS", "ATTACK"},
		{"VISITED", "VISIT"}, {"VISITING", "VISIT"}, {"SANCTIONS", "SANCTION"},
		{"SANCTIONED", "SANCTION"}, {"CLAIMED", "CLAIM"}, {"KILLED", "KILL"},
		{"WARNED", "WARN"}, {"THREATENED", "THREATEN"}, {"OFFERED", "OFFER"},
		/* doubled final consonant */
		{"STOPPED", "STOP"}, {"STOPPING", "STOP"}, {"EXPELLED", "EXPEL"},
		{"KIDNAPPED", "KIDNAP"}, {"COMMITTED", "COMMIT"}, {"OCCURRED", "OCCUR"},
		{"PLOTTING", "PLOT"}, {"BANNED", "BAN"}, {"TARGETTING", "TARGET"},
		/* silent e */
		{"CRITICIZED", "CRITICIZE"}, {"CRITICIZES", "CRITICIZE"}, {"HOPED", "HOPE"},
		{"HOPING", "HOPE"}, {"WAGING", "WAGE"}, {"RATED", "RATE"}, {"USING", "USE"},
		{"AGREED", "AGREE"}, {"AGREEING", "AGREE"}, {"ARGUED", "ARGUE"},
		{"CHANGING", "CHANGE"}, {"FREED", "FREE"}, {"ACCUSED", "ACCUSE"},
		/* -ies, -ied, -es */
		{"DENIES", "DENY"}, {"DENIED", "DENY"}, {"TRIES", "TRY"}, {"TRIED", "TRY"},
		{"SUPPLIES", "SUPPLY"}, {"TIES", "TIE"}, {"DIED", "DIE"}, {"GOES", "GO"},
		{"MARCHES", "MARCH"}, {"WITNESSES", "WITNESS"}, {"FOCUSES", "FOCUS"},
		{"FOCUSED", "FOCUS"}, {"FOCUSSED", "FOCUS"}, {"TAXES", "TAX"},
		{"AMBUSHES", "AMBUSH"}, {"CAUSES", "CAUSE"},
		/* -ing keeps the stem when the stem does not end consonant-vowel-consonant */
		{"SINGING", "SING"}, {"BEING", "BE"}, {"SEEING", "SEE"}, {"HOLDING", "HOLD"},
		/* British and American spellings, each its own WordNet lemma */
		{"CRITICISED", "CRITICISE"}, {"CRITICISES", "CRITICISE"},
		{"MOBILISED", "MOBILISE"}, {"MOBILIZED", "MOBILIZE"},
		{"NEUTRALISED", "NEUTRALISE"}, {"ORGANISED", "ORGANISE"},
		/* hyphenated compounds WordNet does not list */
		{"RE-ELECTED", "RE-ELECT"}, {"TEST-FIRED", "TEST-FIRE"},
		/* lower case input is folded */
		{"attacked", "ATTACK"}, {"Fought", "FIGHT"},
	};
	CHECK(dyad_lemma__verb, t);
}

static void test_verb_not_inflected(void **state)
{
	(void)state;
	static const pair t[] = {
		/* base forms: their own lemma */
		{"ATTACK", ""}, {"SAY", ""}, {"MEET", ""}, {"PRESS", ""}, {"BRING", ""},
		{"FEED", ""}, {"NEED", ""}, {"SHED", ""}, {"BUS", ""},
		/* dyad keeps the news reading of these ambiguous forms */
		{"WOUND", ""}, {"LAY", ""}, {"RENT", ""},
		/* not verbs at all */
		{"THE", ""}, {"OF", ""}, {"NEWS", ""}, {"HUNDRED", ""}, {"INDEED", ""},
		{"RETIREES", ""}, {"MINISTRY", ""}, {"KABUL", ""}, {"US", ""}, {"ITS", ""},
		{"", ""}, {"X", ""}, {"'S", ""}, {"-", ""}, {"RE-", ""}, {"-ED", ""},
	};
	CHECK(dyad_lemma__verb, t);
}

static void test_noun(void **state)
{
	(void)state;
	static const pair t[] = {
		{"MINISTERS", "MINISTER"}, {"SANCTIONS", "SANCTION"}, {"ATTACKS", "ATTACK"},
		{"COUNTRIES", "COUNTRY"}, {"AUTHORITIES", "AUTHORITY"}, {"TROOPS", "TROOP"},
		{"FORCES", "FORCE"}, {"TALKS", "TALK"}, {"CRISES", "CRISIS"},
		{"ANALYSES", "ANALYSIS"}, {"CHILDREN", "CHILD"}, {"WOMEN", "WOMAN"},
		{"MEN", "MAN"}, {"GUNMEN", "GUNMAN"}, {"CHAIRMEN", "CHAIRMAN"}, {"TEETH", "TOOTH"},
		{"MASSES", "MASS"}, {"BUSES", "BUS"}, {"CLASHES", "CLASH"}, {"BOXES", "BOX"},
		{"HEROES", "HERO"}, {"RETIREES", "RETIREE"}, {"AMERICANS", "AMERICAN"},
		{"PALESTINIANS", "PALESTINIAN"}, {"BANKS", "BANK"}, {"JUDGES", "JUDGE"},
		{"EX-MINISTERS", "EX-MINISTER"}, {"LOSSES", "LOSS"}, {"NICHES", "NICHE"},
		/* singular, proper names, plurals kept as themselves, non-nouns */
		{"MINISTER", ""}, {"NEWS", ""}, {"ARMS", ""}, {"MEANS", ""}, {"SPECIES", ""},
		{"SERIES", ""}, {"MEDIA", ""}, {"DATA", ""}, {"KANSAS", ""}, {"LAOS", ""},
		{"WALES", ""}, {"JAMES", ""}, {"OMEN", ""}, {"ITS", ""}, {"HIS", ""}, {"US", ""},
		{"THE", ""}, {"DENIED", ""}, {"GLASS", ""},
	};
	CHECK(dyad_lemma__noun, t);
}

static void test_pos(void **state)
{
	(void)state;
	static const struct { const char *word; unsigned pos; } t[] = {
		{"THE", 0}, {"OF", 0}, {"AND", 0}, {"", 0},
		{"ATTACK", DYAD_POS_NOUN | DYAD_POS_VERB},
		{"ATTACKS", DYAD_POS_NOUN | DYAD_POS_VERB},
		{"ATTACKED", DYAD_POS_VERB},
		{"SANCTIONS", DYAD_POS_NOUN | DYAD_POS_VERB},
		{"FOUGHT", DYAD_POS_VERB},
		{"MINISTERS", DYAD_POS_NOUN | DYAD_POS_VERB},
		{"COUNTRIES", DYAD_POS_NOUN},
		{"CHILDREN", DYAD_POS_NOUN},
		{"KANSAS", DYAD_POS_NOUN},
		{"MEDIA", DYAD_POS_NOUN},
		{"QUICKLY", DYAD_POS_ADV},
		{"BIGGER", DYAD_POS_ADJ},
		{"US", 0},  /* one- and two-letter names (US, IT, AS) are not nouns here */
		{"IT", 0},
		{"RE-ELECTED", DYAD_POS_VERB | DYAD_POS_ADJ}, /* ELECTED: also an adjective */
		{"ceasefire", 0},
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		unsigned got = dyad_lemma__pos(t[i].word, strlen(t[i].word));
		if (got != t[i].pos)
			fail_msg("pos(%s) = %u, want %u", t[i].word, got, t[i].pos);
	}
	/* inclusion checks where WordNet adds rarer readings */
	assert_true(dyad_lemma__pos("SAID", 4) & DYAD_POS_VERB);
	assert_true(dyad_lemma__pos("BEST", 4) & DYAD_POS_ADJ);
	assert_true(dyad_lemma__pos("LATEST", 6) & DYAD_POS_ADJ);
	assert_true(dyad_lemma__pos("BEST", 4) & DYAD_POS_ADV);
	assert_true(dyad_lemma__pos("FARTHER", 7) & DYAD_POS_ADV);
	assert_true(dyad_lemma__pos("PEOPLE", 6) & DYAD_POS_NOUN);
	assert_true(dyad_lemma__pos("DANGEROUS", 9) == DYAD_POS_ADJ);
}

static void test_buffers(void **state)
{
	(void)state;
	char out[16];
	/* snprintf-style: a small cap reports the length and writes "" */
	memset(out, 'x', sizeof out);
	assert_int_equal(dyad_lemma__verb("WITHDREW", 8, out, 8), 8);
	assert_string_equal(out, "");
	assert_int_equal(dyad_lemma__verb("WITHDREW", 8, out, 9), 8);
	assert_string_equal(out, "WITHDRAW");
	assert_int_equal(dyad_lemma__verb("RE-ELECTED", 10, out, 8), 8);
	assert_string_equal(out, "");
	assert_int_equal(dyad_lemma__verb("ATTACKED", 8, NULL, 0), 6);
	/* n is honoured: the word need not be NUL-terminated */
	assert_int_equal(dyad_lemma__verb("ATTACKEDXYZ", 8, out, sizeof out), 6);
	assert_string_equal(out, "ATTACK");
	/* too long for the tables: never an inflected form */
	char long_word[DYAD_LEMMA_MAX + 10];
	memset(long_word, 'A', sizeof long_word);
	memcpy(long_word + sizeof long_word - 2, "ED", 2);
	assert_int_equal(dyad_lemma__verb(long_word, sizeof long_word, out, sizeof out), 0);
	assert_int_equal(dyad_lemma__noun(long_word, sizeof long_word, out, sizeof out), 0);
	assert_int_equal(dyad_lemma__pos(long_word, sizeof long_word), 0);
	/* bytes outside A-Z: looked up as they are, no crash */
	assert_int_equal(dyad_lemma__verb("\xC3\x89T\xC3\x89", 6, out, sizeof out), 0);
	assert_int_equal(dyad_lemma__pos("\0\0\0", 3), 0);
}

/* Does some line of the exception list map surface to lemma? (A surface can
 * sit on several lines.) */
static int listed(const char *path, const char *surface, const char *lemma)
{
	FILE *f = fopen(path, "r");
	char line[256];
	size_t n = strlen(surface);
	int found = 0;
	while (f && !found && fgets(line, sizeof line, f)) {
		for (char *c = line; *c; c++)
			if (*c >= 'a' && *c <= 'z')
				*c = (char)(*c - 32);
		if (strncmp(line, surface, n) != 0 || line[n] != ' ')
			continue;
		for (char *tok = strtok(line + n, " \n"); tok && !found; tok = strtok(NULL, " \n"))
			found = strcmp(tok, lemma) == 0;
	}
	if (f)
		fclose(f);
	return found;
}

/* Every single-word irregular verb and noun in WordNet's own lists resolves
 * to one of its listed lemmas (or to itself, for the few dyad keeps). */
static void test_wordnet_exceptions(void **state)
{
	(void)state;
	static const char *const lists[] = {"/usr/share/wordnet/verb.exc",
	                                    "/usr/share/wordnet/noun.exc"};
	for (size_t l = 0; l < 2; l++) {
		FILE *f = fopen(lists[l], "r");
		if (!f) {
			printf("skipped: %s not found (wordnet-base not installed)\n", lists[l]);
			return;
		}
		lemma_fn fn = l == 0 ? dyad_lemma__verb : dyad_lemma__noun;
		char line[256], up[256], out[DYAD_LEMMA_MAX + 1];
		size_t checked = 0, matched = 0;
		while (fgets(line, sizeof line, f)) {
			if (strchr(line, '_'))
				continue;
			size_t i, n = strcspn(line, " \n");
			for (i = 0; line[i] && line[i] != '\n'; i++)
				up[i] = (char)(line[i] >= 'a' && line[i] <= 'z' ? line[i] - 32 : line[i]);
			up[i] = 0;
			size_t len = fn(up, n, out, sizeof out);
			checked++;
			if (len == 0) {
				matched++; /* kept as its own lemma by dyad's choice */
				continue;
			}
			/* the answer must be one of the listed lemmas */
			up[n] = 0;
			if (listed(lists[l], up, out))
				matched++;
			else
				printf("%s -> %s is not listed\n", up, out);
		}
		fclose(f);
		printf("%s: %zu of %zu irregular forms give a listed lemma or themselves\n",
		       lists[l], matched, checked);
		assert_true(checked > 1000);
		assert_int_equal(matched, checked);
	}
}

static void check_analyze(const char *word)
{
	size_t n = strlen(word);
	char v[DYAD_LEMMA_MAX + 1], nn[DYAD_LEMMA_MAX + 1];
	dyad_lemma__forms f;
	dyad_lemma__analyze(word, n, &f);
	size_t vl = dyad_lemma__verb(word, n, v, sizeof v);
	size_t nl = dyad_lemma__noun(word, n, nn, sizeof nn);
	unsigned pos = dyad_lemma__pos(word, n);
	if (f.pos != pos || f.verb_len != vl || f.noun_len != nl || strcmp(f.verb, vl ? v : "") ||
	    strcmp(f.noun, nl ? nn : ""))
		fail_msg("analyze(%s) = {%u, %s, %s}, separately {%u, %s, %s}", word, f.pos, f.verb,
		         f.noun, pos, vl ? v : "", nl ? nn : "");
}

/* dyad_lemma__analyze gives what the three separate calls give. */
static void test_analyze(void **state)
{
	(void)state;
	static const char *const words[] = {
		"ATTACKED", "ATTACKS", "SANCTIONS", "FOUGHT", "TROOPS", "KANSAS", "WALES", "MEDIA",
		"WOUND", "LEFT", "THE", "US", "RE-ELECTED", "EX-MINISTERS", "WELL-BEING", "US-LED",
		"BIGGER", "BEST", "DENIES", "CHILDREN", "HOPING", "SINGING", "", "-", "A-", "-A",
	};
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		check_analyze(words[i]);
	/* and over WordNet's irregular verbs and regular endings of its verbs */
	FILE *f = fopen("/usr/share/wordnet/verb.exc", "r");
	if (f) {
		char line[256];
		while (fgets(line, sizeof line, f)) {
			line[strcspn(line, " \n")] = 0;
			check_analyze(line);
		}
		fclose(f);
	}
	f = fopen("/usr/share/wordnet/index.verb", "r");
	if (f) {
		char line[256], form[300];
		static const char *const endings[] = {"S", "ES", "ED", "D", "ING", "ER", "EST"};
		while (fgets(line, sizeof line, f)) {
			if (line[0] == ' ')
				continue;
			line[strcspn(line, " \n")] = 0;
			for (size_t e = 0; e < sizeof endings / sizeof endings[0]; e++) {
				snprintf(form, sizeof form, "%s%s", line, endings[e]);
				for (char *c = form; *c; c++)
					if (*c >= 'a' && *c <= 'z')
						*c = (char)(*c - 32);
				check_analyze(form);
			}
		}
		fclose(f);
	}
	/* a compound whose lemma would pass DYAD_LEMMA_MAX has none */
	char w[DYAD_LEMMA_MAX + 1];
	memset(w, 'A', sizeof w);
	memcpy(w + DYAD_LEMMA_MAX - 4, "-LED", 4);
	w[DYAD_LEMMA_MAX] = 0;
	char out[2 * DYAD_LEMMA_MAX];
	assert_int_equal(dyad_lemma__verb(w, DYAD_LEMMA_MAX, out, sizeof out), 0);
	memcpy(w + DYAD_LEMMA_MAX - 8, "-ATTACKS", 8);
	assert_int_equal(dyad_lemma__verb(w, DYAD_LEMMA_MAX, out, sizeof out), DYAD_LEMMA_MAX - 1);
	check_analyze(w);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_verb_irregular),
		cmocka_unit_test(test_verb_regular),
		cmocka_unit_test(test_verb_not_inflected),
		cmocka_unit_test(test_noun),
		cmocka_unit_test(test_pos),
		cmocka_unit_test(test_buffers),
		cmocka_unit_test(test_wordnet_exceptions),
		cmocka_unit_test(test_analyze),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
