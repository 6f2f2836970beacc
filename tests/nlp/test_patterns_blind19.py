"""Patterns the nineteenth blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements, merge_events

FEB_3 = "2026-02-03T12:00:00+05:00"  # a Tuesday
TUESDAY, MONDAY, SUNDAY, SATURDAY = date(2026, 2, 3), date(2026, 2, 2), date(2026, 2, 1), date(2026, 1, 31)


# --- events ---------------------------------------------------------------------------------------------------------

def test_a_meeting_of_a_named_group_with_residents(make_doc, events):
    doc = make_doc("Вчера в Семее состоялась встреча членов районной информационной группы с жителями города.",
                   language="ru", published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "public_discussion")]


def test_a_group_discussed_the_draft_with_residents(make_doc, events):
    doc = make_doc("Группа обсудила проект закона с жителями села.", language="ru", published=FEB_3,
                   title="Информационная группа обсудила проект с жителями Семея")
    assert events(extract_events(doc)) == [(TUESDAY, "public_discussion")]


def test_the_same_day_a_second_gathering_of_the_kind_is_an_event_of_its_own(make_doc, events):
    doc = make_doc("Вчера аким района встретился с жителями поселка.\n\nЖители спрашивали о школах.\n\n"
                   "Учитель сказал, что все понятно.\n\nВ тот же день аким провел встречу со студентами колледжа.",
                   language="ru", published=FEB_3)
    rows = extract_events(doc)
    assert events(rows) == [(MONDAY, "public_discussion"), (MONDAY, "public_discussion")]
    assert len({r["document_event_id"] for r in rows}) == 2
    merged, links = merge_events(rows)
    assert len(merged) == 2 and len(links) == 2  # one document's two gatherings stay two events


def test_one_meeting_told_twice_stays_one_event(make_doc, events):
    doc = make_doc("Вчера аким района встретился с жителями поселка. Встреча с жителями прошла в доме культуры.",
                   language="ru", published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "public_discussion")]


def test_the_day_before_yesterday_in_kazakh_opening_a_report(make_doc, events):
    doc = make_doc("Алдыңғы күні аудан әкімі студенттермен кездесу өткізді.", language="kk", published=FEB_3)
    assert events(extract_events(doc)) == [(SUNDAY, "public_discussion")]


def test_a_participle_with_its_day_before_an_adjective_and_the_sitting(make_doc, events):
    doc = make_doc("Заң жобасы кеше жарияланды.\n\nҚұжат алдыңғы күні өткен Конституциялық комиссияның бесінші "
                   "отырысында талқыланды.", language="kk", published=FEB_3)
    assert events(extract_events(doc)) == [(SUNDAY, "commission_meeting"), (MONDAY, "publication")]


def test_a_kazakh_vote_held_on_a_day_written_between(make_doc, events):
    doc = make_doc("Мәслихат депутаттарының сайлауы 1 ақпанда өтті.", language="kk", published=FEB_3)
    assert events(extract_events(doc)) == [(SUNDAY, "election")]


def test_a_bare_commission_after_the_election_commission_is_that_commission(make_doc, events):
    doc = make_doc("Орталық сайлау комиссиясы бүгін сайлаудың алдын ала қорытындысын шығарды.\n\n"
                   "Комиссия отырысына байқаушылар қатысты.", language="kk", published=FEB_3)
    assert events(extract_events(doc)) == [(TUESDAY, "results")]


def test_a_bare_commission_after_the_constitutional_commission_still_sits(make_doc, events):
    doc = make_doc("Конституциялық комиссия мүшелері жобаны талқылады.\n\nКомиссия отырысы кеше өтті.",
                   language="kk", published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "commission_meeting")]


def test_results_of_a_vote_named_by_its_day_announced_on_another_day(make_doc, events):
    doc = make_doc("The results of Saturday's local election, announced by the election commission on Monday, "
                   "surprised no one.", language="en", published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "results")]


def test_an_address_described_by_a_relative_clause_with_its_day(make_doc, events):
    doc = make_doc("The plan came in the President's State-of-the-Nation Address, which was delivered on Monday in "
                   "Astana.", language="en", published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "address")]


def test_results_named_in_a_claim_the_speaker_makes_after_it_are_no_event(make_doc, events):
    doc = make_doc("Министр провел брифинг для журналистов.\n\nИтоги голосования, объявленные комиссией, открыли "
                   "дорогу новым законам, отметил министр.", language="ru", published=FEB_3)
    assert events(extract_events(doc)) == [(TUESDAY, "briefing")]


def test_a_signing_a_press_service_reports_is_still_news(make_doc, events):
    doc = make_doc("The President signed a decree on the new ministry, the Akorda press service said.",
                   language="en", published=FEB_3)
    assert events(extract_events(doc)) == [(TUESDAY, "decree")]


# --- statements -----------------------------------------------------------------------------------------------------

def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


def test_a_guest_met_in_the_instrumental_is_named_in_the_nominative_the_text_writes(make_doc):
    doc = make_doc("Председатель Сената Марат Ахметов встретился с депутатом бундестага Анной Линдберг.\n\n"
                   "Анна Линдберг отметила, что реформа вызывает большой интерес в Европе.", language="ru",
                   published=FEB_3)
    assert _said(extract_statements(doc)) == [("Анна Линдберг", "реформа вызывает большой интерес в Европе")]


def test_the_speaker_of_a_chamber_is_its_chair(make_doc):
    doc = make_doc("Председатель Сената Марат Ахметов принял делегацию во главе с вице-спикером парламента Анной "
                   "Линдберг.\n\nСпикер Сената рассказал гостям, что законопроект будет готов к весне.",
                   language="ru", published=FEB_3)
    assert _said(extract_statements(doc)) == [("Марат Ахметов", "законопроект будет готов к весне")]


def test_a_guest_named_by_the_word_guest(make_doc):
    doc = make_doc("Аким области Марат Ахметов встретился с депутатом шведского парламента Анной Линдберг.\n\n"
                   "Анна Линдберг отметила, что реформа вызывает интерес.\n\n«Мы будем следить за голосованием», — "
                   "подчеркнула гостья.", language="ru", published=FEB_3)
    assert ("Анна Линдберг", "Мы будем следить за голосованием") in _said(extract_statements(doc))


def test_an_unquoted_claim_with_commas_and_the_speaker_after_it(make_doc):
    doc = make_doc("Министр юстиции Азамат Жумабаев провел брифинг.\n\nНовые правила, утвержденные в марте, упростят "
                   "регистрацию партий, отметил министр.", language="ru", published=FEB_3)
    assert ("Азамат Жумабаев", "Новые правила, утвержденные в марте, упростят регистрацию партий") \
        in _said(extract_statements(doc))


def test_residents_declaring_support_keep_their_object(make_doc):
    doc = make_doc("Жители района, в свою очередь, заявили о поддержке новой программы.", language="ru",
                   published=FEB_3)
    assert _said(extract_statements(doc)) == [("Жители района", "о поддержке новой программы")]


def test_a_kazakh_reminder_opening_before_the_head_of_state(make_doc):
    doc = make_doc("Еске салсақ, Мемлекет басшысы өткен айда жаңа бағдарламаны ұсынып, бұл мәселені келесі жылы "
                   "шешуге болатынын айтқан еді.", language="kk", published=FEB_3)
    assert _said(extract_statements(doc)) == [("Қасым-Жомарт Тоқаев", "бұл мәселені келесі жылы шешуге болатынын")]


def test_a_group_in_a_city_speaking_anonymously(make_doc):
    doc = make_doc("Foreign diplomats in Almaty, speaking on condition of anonymity, said the campaign was calm but "
                   "that turnout was hard to predict.", language="en", published=FEB_3)
    assert _said(extract_statements(doc)) == [("Foreign diplomats in Almaty",
                                               "the campaign was calm but that turnout was hard to predict")]


def test_arguing_that_after_a_quote(make_doc):
    doc = make_doc('"The old rules served us well," Minister Arman Seitov told deputies, arguing that new ones would '
                   'be simpler.', language="en", published=FEB_3)
    assert ("Arman Seitov", "new ones would be simpler") in _said(extract_statements(doc))


def test_told_an_outlet_with_a_slash_in_its_name(make_doc):
    doc = make_doc("Lawyer Dana Bekova told RFE/RL's Russian Service that the courts were not ready.", language="en",
                   published=FEB_3)
    assert _said(extract_statements(doc)) == [("Dana Bekova", "the courts were not ready")]


def test_did_not_say_but_said(make_doc):
    doc = make_doc("Minister Arman Seitov did not say who would lead the agency, but said it would open in May.",
                   language="en", published=FEB_3)
    assert _said(extract_statements(doc)) == [("Arman Seitov", "it would open in May")]


def test_a_group_named_by_where_it_comes_from(make_doc):
    doc = make_doc("Observers from Almaty said the count was transparent.", language="en", published=FEB_3)
    assert _said(extract_statements(doc)) == [("Observers from Almaty", "the count was transparent")]
