/* tests/unit/test_coder.c — coder behaviour on small in-memory dictionaries:
 * negation, hypotheticals, questions, passives, compounds, pronouns, reported
 * speech, discards, self-events, agents and TABARI compatibility. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>
#include <dyad/dyad.h>

static const char actors[] = "RUSSIA_ [RUS]\n+RUSSIAN_\nUKRAIN [UKR]\nFRANCE_ [FRA]\n+FRENCH_\n"
                             "GERMANY_ [DEU]\n+GERMAN_\nCHINA_ [CHN]\n+CHINESE_\nKENYA [KEN]\n"
                             "BRITAIN_ [GBR]\nMORDOR [###]\nPRINCE DOL_AMROTH [DOL]\n"
                             "ALDO_MORRIGAN_ [KENELI] [KENGOV 20100101-20151231]\n"
                             "BERA_TOLLAN_ [KENELI] [KENGOV 20100101-20151231] [KENOPP 20180101-]\n";
static const char agents[] = "TROOPS_ [~MIL]\nFOREIGN_MINISTER_ [~GOV]\nPOLICE_ [~COP]\n";
static const char verbs[] = "<TIME>\nYESTERDAY_ [-1]\nWHEN_PEACE_COMES [###]\n</TIME>\n"
                            "--- ATTACK [190] ---\nATTACK\nSHELL [195]\n"
                            "--- FIRE [190] ---\nFIRE\n- * ARTILLERY [194]\n"
                            "--- CONFISCATE [1711] ---\nWIRE_+TAP\n"
                            "--- MEET [036] ---\nMEET\n- * WITH + [036]\n"
                            "--- TELEPHONE [041] ---\nTELEPHONE\n"
                            "--- REFUSE [---] ---\nREFUSE\n- * TO MEET + [1246]\n"
                            "--- SAY [010] ---\nSAY\n"
                            "--- CRITICIZE [111] ---\nCRITICIZE\nCONDEMN\n"
                            "--- GATHER [040] ---\nGATHER\n- * IN + WITH NOBODY [190]\n"
                            "--- BLAST [+++] ---\nBLAST\n"
                            "--- ALLOW [060] ---\nALLOW\n- * REAL~_PLEASANT [024]\n"
                            "--- WARN [160] ---\nWARN\n- * AT ^ + [162]\n"
                            "- * ABOUT_{ THE | A }_BORDER [163]\n";
static const char discards[] = "FOOTBALL_MATCH\n+TYPHOON\n";

static dyad_dict *dict;

static int setup(void **state)
{
	(void)state;
	dyad_dict_builder *b;
	dyad_error err;
	assert_int_equal(dyad_dict_builder_new(&b), 0);
	assert_int_equal(dyad_dict_builder_add_text(b, DYAD_DICT_ACTORS, "a", actors, strlen(actors), &err), 0);
	assert_int_equal(dyad_dict_builder_add_text(b, DYAD_DICT_AGENTS, "g", agents, strlen(agents), &err), 0);
	assert_int_equal(dyad_dict_builder_add_text(b, DYAD_DICT_VERBS, "v", verbs, strlen(verbs), &err), 0);
	assert_int_equal(dyad_dict_builder_add_text(b, DYAD_DICT_DISCARDS, "d", discards, strlen(discards), &err), 0);
	assert_int_equal(dyad_dict_builder_finish(&dict, b, &err), 0);
	dyad_dict_builder_free(b);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	dyad_dict_free(dict);
	return 0;
}

/* code text dated date (0: none); write "SRC CODE TGT;..." into out */
static const char *code_dated(const char *text, int compat, int32_t date, char *out, size_t cap)
{
	dyad_coder_options o;
	dyad_coder_options_init(&o);
	o.tabari_compat = compat;
	o.petrarch_compat = compat == 2;
	dyad_coder *c;
	assert_int_equal(dyad_coder_new(&c, dict, &o), 0);
	dyad_doc doc = {0};
	doc.id = "t";
	doc.id_len = 1;
	doc.text = text;
	doc.text_len = strlen(text);
	doc.date = date;
	dyad_result r;
	dyad_error err;
	assert_int_equal(dyad_coder_code(c, &doc, &r, &err), 0);
	out[0] = 0;
	size_t len = 0;
	for (size_t i = 0; i < r.n_events && len < cap; i++)
		len += (size_t)snprintf(out + len, cap - len, "%s%s %s %s", i ? ";" : "", r.events[i].source,
		                        r.events[i].code, r.events[i].target);
	dyad_coder_free(c);
	return out;
}

static const char *code(const char *text, int compat, char *out, size_t cap)
{
	return code_dated(text, compat, 20240101, out, cap);
}

#define EXPECT(text, want)                                                                  \
	do {                                                                                \
		char buf_[512];                                                             \
		assert_string_equal(code(text, 0, buf_, sizeof buf_), want);                \
	} while (0)

static void test_basic_and_agents(void **state)
{
	(void)state;
	EXPECT("Russian troops shelled Ukraine on Monday.", "RUSMIL 195 UKR");
	/* (a meeting is both parties') */
	EXPECT("The French foreign minister met with his German counterpart.", "FRAGOV 036 DEU;DEU 036 FRAGOV");
	/* (and so is a phone call: CAMEO codes it "with actors reversed") */
	EXPECT("The French foreign minister telephoned his German counterpart.", "FRAGOV 041 DEU;DEU 041 FRAGOV");
}

static void test_negation_and_modality(void **state)
{
	(void)state;
	EXPECT("Russia did not attack Ukraine.", "");
	EXPECT("Russia never attacked Ukraine.", "");
	EXPECT("Russia would attack Ukraine if talks fail.", "");
	EXPECT("If Russia attacks Ukraine, France will respond.", "");
	EXPECT("Will Russia attack Ukraine?", "");
	/* the refusal is coded, not the meeting */
	EXPECT("China refused to meet France.", "CHN 1246 FRA");
}

static void test_passive_and_compounds(void **state)
{
	(void)state;
	EXPECT("Ukraine was attacked by Russia.", "RUS 190 UKR");
	EXPECT("Ukraine was attacked overnight.", "");
	EXPECT("France and Germany criticized China.", "FRA 111 CHN;DEU 111 CHN");
	/* a trailing agent types bare nationality adjectives ("Hungarian and
	 * Romanian officials"), not a name before "the minister of X" */
	EXPECT("Britain and the foreign minister of Germany criticized China.",
	       "GBR 111 CHN;DEUGOV 111 CHN");
}

static void test_reported_speech_and_pronouns(void **state)
{
	(void)state;
	EXPECT("France said Russia attacked Ukraine.", "RUS 190 UKR");
	EXPECT("Russia denied the claim. It attacked Ukraine on Monday.", "RUS 190 UKR");
}

static void test_discards_and_self_events(void **state)
{
	(void)state;
	EXPECT("France attacked Germany in a football match.", "");
	EXPECT("Kenya attacked Kenya.", "");
	/* force by a state's forces on a place of their own country is domestic */
	EXPECT("Kenya police attacked Kenya.", "KENCOP 190 KEN");
}

static void test_tabari_compat_codes_negation(void **state)
{
	(void)state;
	char buf[256];
	/* TABARI has no negation rule: compatibility mode codes it */
	assert_string_equal(code("Russia did not attack Ukraine.", 1, buf, sizeof buf), "RUS 190 UKR");
}

static void test_plural_after_number_is_a_noun(void **state)
{
	(void)state;
	/* "shells" is the object, not a second verb that would end the clause */
	EXPECT("Russian troops fired two artillery shells at Ukraine.", "RUSMIL 194 UKR");
}

static void test_story_discard(void **state)
{
	(void)state;
	/* "+TYPHOON": the whole story goes, not only its sentence */
	EXPECT("Russia attacked Ukraine. A typhoon hit Kenya.", "");
}

static void test_petrarch_compat(void **state)
{
	(void)state;
	char buf[256];
	/* TABARI stems: ATTACK matches "attackx"; PETRARCH-1 lists whole forms */
	assert_string_equal(code("Russia attackx Ukraine.", 1, buf, sizeof buf), "RUS 190 UKR");
	assert_string_equal(code("Russia attackx Ukraine.", 2, buf, sizeof buf), "");
	assert_string_equal(code("Russia attacks France.", 2, buf, sizeof buf), "RUS 190 FRA");
	/* ... and so do its actors: the stem UKRAIN is no actor there */
	assert_string_equal(code("Russia attacks Ukraine.", 2, buf, sizeof buf), "RUS 190 ---");
	/* an agent with no actor is PETRARCH's anonymous "---COP" */
	assert_string_equal(code("The police attacked France.", 2, buf, sizeof buf), "---COP 190 FRA");
	/* "WIRE_+TAP": "+" marks the inflected word of a PETRARCH-1 verb phrase */
	assert_string_equal(code("Russia wire tapped France.", 2, buf, sizeof buf), "RUS 1711 FRA");
	/* a phrase set off by commas and opened by a preposition sits between
	 * subject and verb; pronouns are no actors */
	assert_string_equal(code("France, in remarks on Monday, criticized China.", 2, buf, sizeof buf),
	                    "FRA 111 CHN");
	assert_string_equal(code("Russia met France. It criticized China.", 2, buf, sizeof buf), "RUS 036 FRA");
	/* pattern words as written: ARTILLERY, and the target after the verb */
	assert_string_equal(code("Russia fired on France with artillery.", 2, buf, sizeof buf), "RUS 194 FRA");
}

static void test_tabari_comma_clauses(void **state)
{
	(void)state;
	char buf[256];
	/* a comma-delimited clause of 3 to 10 words is deleted before coding
	 * (TABARI manual 8.6); the opening one is kept, as are a compound's commas */
	const char *clause = "France, long a critic of the Chinese government, criticized Russia on Monday for "
	                     "the shelling of towns in the east.";
	assert_string_equal(code(clause, 1, buf, sizeof buf), "FRA 111 RUS");
	/* the closing clause too, when the sentence ends with a full stop */
	assert_string_equal(code("France criticized Russia on Monday for its war, China said on Monday.", 1, buf,
	                         sizeof buf),
	                    "FRA 111 RUS");
	assert_string_equal(code("France, Germany and China criticized Russia on Monday morning.", 1, buf, sizeof buf),
	                    "FRA 111 RUS;DEU 111 RUS;CHN 111 RUS");
}

static void test_tabari_discard_and_complex(void **state)
{
	(void)state;
	char buf[256];
	/* an actor coded ### discards the sentence, a verb coded +++ makes it too
	 * complex; outside TABARI mode they are null codes */
	assert_string_equal(code("Russia attacked Ukraine near the border with Mordor on Monday.", 1, buf, sizeof buf),
	                     "");
	assert_string_equal(code("Russia attacked Ukraine near the border with Mordor on Monday.", 0, buf, sizeof buf),
	                    "RUS 190 UKR");
	assert_string_equal(code("Russia blasted Ukraine and attacked it on Monday morning.", 1, buf, sizeof buf), "");
}

static void test_tabari_patterns(void **state)
{
	(void)state;
	char buf[256];
	/* "REAL~_PLEASANT": REAL may be a stem, PLEASANT must follow it at once;
	 * the target is the first actor after the verb, even inside the pattern */
	assert_string_equal(code("Russia allowed that France is a really pleasant place to visit.", 1, buf, sizeof buf),
	                    "RUS 024 FRA");
	assert_string_equal(code("Russia allowed that France is a really very pleasant place to visit.", 1, buf,
	                         sizeof buf),
	                    "RUS 060 FRA");
	/* "_{ ... }_": each alternative is joined to its neighbours */
	assert_string_equal(code("Russia warned about the border with France on Monday.", 1, buf, sizeof buf),
	                    "RUS 163 FRA");
	assert_string_equal(code("Russia warned about the long border with France on Monday.", 1, buf, sizeof buf),
	                    "RUS 160 FRA");
	/* "^" passes over a whole actor */
	assert_string_equal(code("Russia warned at the China of France on Monday.", 1, buf, sizeof buf), "RUS 162 FRA");
	/* words of an actor phrase joined by a space may have others between them */
	assert_string_equal(code("The Prince of Dol_Amroth criticized China on Monday.", 1, buf, sizeof buf),
	                    "DOL 111 CHN");
	assert_string_equal(code("The Prince of Dol_Amroth criticized China on Monday.", 0, buf, sizeof buf), "");
	/* the target search ends at a conjunction outside a compound */
	assert_string_equal(code("Russia criticized the plan on Monday and then the talks with China began.", 1, buf, sizeof buf),
	                    "");
	assert_string_equal(code("Russia criticized the plan of France and China on Monday.", 1, buf, sizeof buf),
	                    "RUS 111 FRA;RUS 111 CHN");
}

static void test_tabari_pronouns(void **state)
{
	(void)state;
	char buf[256];
	/* IT takes the first actor of the sentence, THEY the first compound
	 * (TABARI manual 7.7) */
	assert_string_equal(code("Russia criticized China on Monday and then it attacked Ukraine.", 1, buf, sizeof buf),
	                    "RUS 111 CHN;RUS 190 UKR");
	assert_string_equal(code("France and Germany criticized China and then they attacked Russia on Monday.", 1, buf,
	                         sizeof buf),
	                    "FRA 111 CHN;DEU 111 CHN;FRA 190 RUS;DEU 190 RUS");
	/* with no actor before it, the previous sentence's first actor */
	assert_string_equal(code("Russian troops criticized China. It attacked Ukraine on Monday.", 1, buf, sizeof buf),
	                    "RUSMIL 111 CHN;RUS 190 UKR");
}

static void test_relative_dates(void **state)
{
	(void)state;
	dyad_coder *c;
	assert_int_equal(dyad_coder_new(&c, dict, NULL), 0);
	dyad_doc doc = {0};
	const char *text = "Russia attacked Ukraine yesterday. When peace comes Russia will meet France.";
	doc.id = "t";
	doc.id_len = 1;
	doc.text = text;
	doc.text_len = strlen(text);
	doc.date = 20240301; /* the day before is 2024-02-29 */
	dyad_result r;
	dyad_error err;
	assert_int_equal(dyad_coder_code(c, &doc, &r, &err), 0);
	assert_int_equal(r.n_events, 1);
	assert_int_equal(r.events[0].date, 20240229);
	dyad_coder_free(c);
}

/* an office holder in a dated story has the role of that date; in an
 * undated one the role held now, else the last role held */
static void test_undated_office_holders(void **state)
{
	(void)state;
	char buf[256];
	assert_string_equal(code_dated("Aldo Morrigan criticized China.", 0, 20240101, buf, sizeof buf),
	                    "KENELI 111 CHN");
	assert_string_equal(code_dated("Aldo Morrigan criticized China.", 0, 20120101, buf, sizeof buf),
	                    "KENGOV 111 CHN");
	assert_string_equal(code_dated("Aldo Morrigan criticized China.", 0, 0, buf, sizeof buf), "KENGOV 111 CHN");
	assert_string_equal(code_dated("Bera Tollan criticized China.", 0, 0, buf, sizeof buf), "KENOPP 111 CHN");
}

/* a pattern that fails after filling its target slot leaves no target behind
 * (this used to reach a NULL pattern and crash) */
static void test_failed_pattern_leaves_no_slot(void **state)
{
	(void)state;
	/* (in a country of neither party: a meeting at a third location, both
	 * parties') */
	EXPECT("Nobody knew it, but Russian envoys gathered in France with German diplomats.",
	       "RUS 044 DEU;DEU 044 RUS");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_basic_and_agents),
		cmocka_unit_test(test_negation_and_modality),
		cmocka_unit_test(test_passive_and_compounds),
		cmocka_unit_test(test_reported_speech_and_pronouns),
		cmocka_unit_test(test_discards_and_self_events),
		cmocka_unit_test(test_tabari_compat_codes_negation),
		cmocka_unit_test(test_plural_after_number_is_a_noun),
		cmocka_unit_test(test_story_discard),
		cmocka_unit_test(test_petrarch_compat),
		cmocka_unit_test(test_tabari_comma_clauses),
		cmocka_unit_test(test_tabari_discard_and_complex),
		cmocka_unit_test(test_tabari_patterns),
		cmocka_unit_test(test_tabari_pronouns),
		cmocka_unit_test(test_relative_dates),
		cmocka_unit_test(test_failed_pattern_leaves_no_slot),
		cmocka_unit_test(test_undated_office_holders),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
