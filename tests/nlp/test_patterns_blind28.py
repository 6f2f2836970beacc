"""Patterns the twenty-eighth blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements

MAY_14 = "2026-05-14T12:00:00+05:00"  # a Thursday
THURSDAY = date(2026, 5, 14)


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


# --- events ---------------------------------------------------------------------------------------------------------

def test_following_the_outcome_of_a_discussion_is_no_results(make_doc, events):
    doc = make_doc("Заң жобасы бүгін талқылауға жарияланды.\n\nТүпкілікті нұсқа талқылау қорытындысы бойынша "
                   "дайындалады.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "publication")]


def test_a_first_sitting_of_the_group_in_kazakh(make_doc, events):
    doc = make_doc("Облыста түсіндіру жөніндегі жұмыс тобы құрылды. Топтың алғашқы отырысы 12 мамырда әкімдікте "
                   "өтті.", language="kk", published=MAY_14, title="Облыста жұмыс тобы құрылды")
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "working_group")]


def test_a_decree_named_by_its_quoted_title_then_its_signer(make_doc, events):
    doc = make_doc("Сегодня газета публикует новый закон.\n\nУказ «О мерах по реализации закона» Глава государства "
                   "подписал вчера.", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "decree"), (THURSDAY, "publication")]


def test_a_decree_signed_in_the_kazakh_passive_with_the_possessive(make_doc, events):
    doc = make_doc("Бүгін жаңа заң күшіне енді.\n\nСайлауды өткізу туралы Мемлекет басшысының Жарлығына да бүгін қол "
                   "қойылды.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "decree"), (THURSDAY, "other")]


def test_kazakh_results_announced_on_a_date_written_before_the_vote(make_doc, events):
    doc = make_doc("Орталық сайлау комиссиясы 12 мамырда сайлаудың алдын ала қорытындысын жариялады.", language="kk",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "results")]


def test_figures_told_a_briefing_make_no_briefing(make_doc, events):
    doc = make_doc("On Wednesday, the commission announced the preliminary results of the election.\n\nTurnout "
                   "stood at 70 percent, the chair told a briefing in Astana.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "results")]


def test_an_address_taken_up_by_the_proposal_it_made_the_day_before(make_doc, events):
    doc = make_doc("President Tokayev proposed on Wednesday to hold a referendum on the Senate. The proposal was the "
                   "core of his State-of-the-Nation Address.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "address")]


def test_a_russian_address_taken_up_by_the_proposal(make_doc, events):
    doc = make_doc("Президент вчера предложил провести референдум. Это предложение прозвучало в Послании народу "
                   "Казахстана.", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "address")]


# --- statements -----------------------------------------------------------------------------------------------------

def test_according_to_a_name_with_an_apposition_of_no_verb(make_doc):
    doc = make_doc("Opinions differ. According to Dana Abenova, a historian at a state university, the text is "
                   "easier to read than the old one.", language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "the text is easier to read than the old one")]


def test_according_to_a_name_then_a_clause_with_an_article(make_doc):
    doc = make_doc("According to Dana Abenova, a second reading was held on time.", language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "a second reading was held on time")]


def test_a_clause_with_a_relative_clause_before_a_name_and_its_apposition(make_doc):
    doc = make_doc("The election board, which also counts the referendum ballots, will start work at once, Arman "
                   "Seitov, secretary of the board, told journalists on Monday.", language="en")
    assert _said(extract_statements(doc)) == [
        ("Arman Seitov", "The election board, which also counts the referendum ballots, will start work at once")]


def test_a_clause_before_a_pronoun_and_its_verb(make_doc):
    doc = make_doc("\"The count is over,\" Arman Seitov said.\n\nThe protocols will be checked by Friday, he added.",
                   language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "The count is over"),
                                              ("Arman Seitov", "The protocols will be checked by Friday")]


def test_who_said_with_an_age_then_the_main_verb(make_doc):
    doc = make_doc("Pensioner Dana Abenova, 71, who said she had voted at every election, told reporters that the "
                   "queue moved fast.", language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "she had voted at every election"),
                                              ("Dana Abenova", "the queue moved fast")]


def test_the_reported_clause_after_the_name_with_an_apostrophe_in_the_apposition(make_doc):
    doc = make_doc("Arman Seitov, head of the region's planning office, said the plan gives builders clear terms.",
                   language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the plan gives builders clear terms")]


def test_put_it_bluntly_when_speaking_then_a_quote_of_two_sentences(make_doc):
    doc = make_doc("Dana Abenova, a teacher in Taraz, put it simply when we met on Friday: \"People want roads. They "
                   "want them this year.\"", language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "People want roads. They want them this year")]


def test_an_expert_role_word_after_a_quote_is_the_political_scientist_just_quoted_in_kazakh(make_doc):
    doc = make_doc("Заңгер Арман Сейітов жобаны қолдайтынын айтты.\n\nСаясаттанушы Дана Әбенова талқылау ашық болуы "
                   "керек деп есептейді.\n\n– Әр азамат өз пікірін айта алады, – дейді сарапшы.", language="kk")
    assert _said(extract_statements(doc))[-1] == ("Дана Әбенова", "Әр азамат өз пікірін айта алады")


def test_a_collective_after_summed_up_in_kazakh(make_doc):
    doc = make_doc("– Жаңа заң азаматтарды қорғайды, – деп түйді форум қатысушылары.", language="kk")
    assert _said(extract_statements(doc)) == [("Форум қатысушылары", "Жаңа заң азаматтарды қорғайды")]


def test_a_long_description_ending_in_the_name_before_a_colon_quote_in_kazakh(make_doc):
    doc = make_doc("Шымкент қаласындағы №8 сайлау учаскесінде дауыс берген дәрігер Асқар Бекұлы: «Бәрі жақсы өтеді деп "
                   "ойлаймын», – деді.", language="kk")
    assert _said(extract_statements(doc)) == [("Асқар Бекұлы", "Бәрі жақсы өтеді деп ойлаймын")]


def test_a_kazakh_decree_setting_the_vote_day_stays_dated_by_its_signing(make_doc, events):
    doc = make_doc("Кеше Мемлекет басшысы Әбенованы қабылдады.\n\nОл жобаны тапсырды.\n\nКездесу жылы өтті.\n\nСол "
                   "күні Мемлекет басшысы 28 маусымда референдум өткізу туралы Жарлыққа қол қойды.", language="kk",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "decree"), (date(2026, 5, 13), "meeting")]
