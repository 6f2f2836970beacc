"""Event patterns the blind sets 52 to 54 showed missing, and their neighbours, each in short sentences of our own
(not the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events
from tests.nlp.reference_week import MAY_14, TUESDAY, WEDNESDAY


def test_a_law_signed_with_the_day_between_the_verb_and_the_law(make_doc, events):
    doc = make_doc("ASTANA – President Kassym-Jomart Tokayev signed on Tuesday the Law on public libraries, the press "
                   "service said.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "law_signed")]


def test_a_law_only_talked_about_on_a_day_stays_no_signing(make_doc, events):
    doc = make_doc("Deputies discussed on Tuesday the Law on public libraries.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == []


def test_an_address_dated_by_a_participle_set_off_after_it(make_doc, events):
    doc = make_doc("Tokayev proposed a new tax code.\n\n"
                   "The President set out the plan in his annual State-of-the-Nation Address, delivered on Tuesday at a "
                   "joint session of the chambers of Parliament.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "address")]


def test_a_vote_things_are_ready_for_is_no_vote_held(make_doc, events):
    doc = make_doc("On Thursday, the commission chair held a briefing on the vote.", language="en", published=MAY_14,
                   title="Commission: all ballots ready for Sunday's referendum")
    assert events(extract_events(doc)) == [(date(2026, 5, 14), "briefing")]


def test_a_meeting_that_preceded_the_signing_told_before_in_russian(make_doc, events):
    doc = make_doc("Президент вчера подписал указ о проведении выборов.\n\n"
                   "Подписанию предшествовала встреча, на которой глава комиссии Дана Абенова вручила Главе государства "
                   "доклад.", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "decree"), (WEDNESDAY, "meeting")]


def test_a_decree_signed_yesterday_by_which_a_vote_was_called_in_kazakh(make_doc, events):
    doc = make_doc("Мемлекет басшысының кеше қол қойылған Жарлығымен облыстық сайлау 20 маусымға белгіленді.\n\n"
                   "Жарлыққа қол қоюдан бұрын Президент Орталық комиссия төрағасы Дана Әбенованы қабылдады.",
                   language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "decree"), (WEDNESDAY, "meeting")]


def test_a_decree_signed_weeks_ago_by_which_a_body_works_stays_background_in_kazakh(make_doc, events):
    doc = make_doc("Кеше комиссия отырысы өтті.\n\n"
                   "Комиссия 2 сәуірде қол қойылған Жарлығымен құрылған.", language="kk", published=MAY_14)
    assert (date(2026, 4, 2), "decree") not in events(extract_events(doc))


def test_a_meeting_placed_in_akorda_and_in_astana_is_one_place(make_doc):
    akorda = extract_events(make_doc("Вчера в Акорде Президент принял министра Дану Абенову.", published=MAY_14))
    astana = extract_events(make_doc("Астана. Кеше Президент министр Дана Әбенованы қабылдады.", language="kk",
                                     published=MAY_14))
    assert akorda[0]["place_key"] == astana[0]["place_key"] != ""
    assert akorda[0]["location"] == "Акорда"


def test_a_draft_put_online_on_a_day(make_doc, events):
    doc = make_doc("The ministry put the draft of the new tax code online on Tuesday, opening a public discussion.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "publication")]


def test_comments_posted_online_are_no_publication(make_doc, events):
    doc = make_doc("Readers posted hundreds of comments online on Tuesday.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == []


def test_published_the_next_day_counts_from_the_sentence_before(make_doc, events):
    doc = make_doc("On Tuesday, the council approved the draft of the new tax code. The draft was published for "
                   "public discussion the next day.", language="en", published=MAY_14)
    assert (WEDNESDAY, "publication") in events(extract_events(doc))


def test_published_the_next_day_after_a_date_weeks_before_is_recalled(make_doc, events):
    doc = make_doc("The council approved the draft on April 2. The draft was published the next day.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == []


def test_a_decree_its_signer_signed_in_a_relative_clause_in_russian(make_doc, events):
    doc = make_doc("Министерству предстоит подготовить новые правила. Этого требует указ о развитии библиотек, который "
                   "Президент подписал во вторник.", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "decree")]


def test_a_body_formed_by_yesterdays_decree_in_russian(make_doc, events):
    doc = make_doc("В состав совета, образованного вчерашним Указом Главы государства, вошли 40 человек.",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "decree")]


def test_a_body_formed_by_a_decree_without_its_day_stays_background_in_russian(make_doc, events):
    doc = make_doc("Члены совета, образованного Указом Главы государства, вчера провели встречу с жителями Тараза.",
                   published=MAY_14)
    assert (WEDNESDAY, "decree") not in events(extract_events(doc))


def test_polling_stations_received_voters_is_no_meeting_in_kazakh(make_doc, events):
    doc = make_doc("Кеше облыста мәслихат сайлауы өтті. Учаскелер таңертең ашылып, кешке дейін сайлаушыларды қабылдады.",
                   language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "election")]


def test_a_reception_told_as_the_time_of_something_else_in_kazakh(make_doc, events):
    doc = make_doc("Бұл туралы Президент кеше министр Дана Әбенованы қабылдаған кезде белгілі болды.",
                   language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "meeting")]


def test_a_law_coming_into_force_today_in_the_present_in_russian(make_doc, events):
    doc = make_doc("С сегодняшнего дня, когда вступает в силу новый Налоговый кодекс, ставки меняются.",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 14), "other")]


def test_a_law_coming_into_force_later_in_the_present_stays_no_event_in_russian(make_doc, events):
    doc = make_doc("Новый Налоговый кодекс вступает в силу через десять дней после опубликования.", published=MAY_14)
    assert events(extract_events(doc)) == []


def test_a_commission_wrapping_up_its_work_on_a_day_told_in_an_after_clause(make_doc, events):
    doc = make_doc("ASTANA – The tax code is ready.\n\n"
                   "After the commission wrapped up its work on Tuesday, its chair Dana Abenova handed the final draft "
                   "to President Kassym-Jomart Tokayev on Wednesday. He signed a decree the same day.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "commission_meeting"), (WEDNESDAY, "decree"),
                                           (WEDNESDAY, "meeting")]


def test_an_after_clause_with_no_day_of_its_own_stays_a_bound(make_doc, events):
    doc = make_doc("Deputies will vote on the code after the commission wrapped up its work.", language="en",
                   published=MAY_14)
    assert events(extract_events(doc)) == []
