"""Patterns the twenty-eighth blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events

MAY_14 = "2026-05-14T12:00:00+05:00"  # a Thursday
THURSDAY = date(2026, 5, 14)


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

