"""Patterns the twenty-sixth blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements

APRIL_9 = "2026-04-09T12:00:00+05:00"  # a Thursday
THURSDAY = date(2026, 4, 9)


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


# --- events ---------------------------------------------------------------------------------------------------------

def test_an_order_named_first_then_its_signer(make_doc, events):
    doc = make_doc("Вчера в Астане прошло первое заседание рабочей группы по избирательной реформе.\n\nРаспоряжение об "
                   "образовании группы Президент подписал в понедельник.", published=APRIL_9)
    assert events(extract_events(doc)) == [(date(2026, 4, 6), "decree"), (date(2026, 4, 8), "working_group")]


def test_a_meeting_with_residents_told_by_a_converb_in_kazakh(make_doc, events):
    doc = make_doc("Кеше аудан әкімдігі тұрғындармен кездесу өткізіп, жаңа ережелерді түсіндірді.", language="kk",
                   published=APRIL_9)
    assert events(extract_events(doc)) == [(date(2026, 4, 8), "public_discussion")]


def test_the_commission_in_lower_case_holding_a_session_earlier_in_the_week(make_doc, events):
    doc = make_doc("President Tokayev met with the chair of the Constitutional Commission on Thursday.\n\nThey spoke "
                   "about the letters of citizens.\n\nThe chair thanked him.\n\nEarlier in the week, on Monday, the "
                   "commission held its ninth session in Astana.", language="en", published=APRIL_9)
    assert events(extract_events(doc)) == [(date(2026, 4, 6), "commission_meeting"), (THURSDAY, "meeting")]


def test_before_that_with_a_day_of_this_week_is_narrated_in_kazakh(make_doc, events):
    doc = make_doc("Бүгін жаңа заңның мәтіні жарияланды.\n\nБұған дейін, кеше, Мемлекет басшысы Ата заңды іске "
                   "асыру туралы Жарлыққа қол қойды.", language="kk", published=APRIL_9)
    assert events(extract_events(doc)) == [(date(2026, 4, 8), "decree"), (THURSDAY, "publication")]


def test_before_that_without_a_recent_day_stays_a_recall(make_doc, events):
    doc = make_doc("Бүгін жаңа заңның мәтіні жарияланды.\n\nБұған дейін Мемлекет басшысы бірнеше Жарлыққа қол "
                   "қойған.", language="kk", published=APRIL_9)
    assert events(extract_events(doc)) == [(THURSDAY, "publication")]


def test_voting_on_a_weekday_went_smoothly(make_doc, events):
    doc = make_doc("The commission announced the preliminary results of the referendum on Thursday.\n\nTurnout was "
                   "high.\n\nThe chair thanked the observers.\n\nVoting on Wednesday went smoothly across the regions.",
                   language="en", published=APRIL_9)
    assert events(extract_events(doc)) == [(date(2026, 4, 8), "referendum"), (THURSDAY, "results")]


def test_a_text_handed_to_the_president_named_in_the_dative(make_doc, events):
    doc = make_doc("Вчера председатель комиссии вручила Касым-Жомарту Токаеву окончательный текст проекта.",
                   published=APRIL_9)
    assert events(extract_events(doc)) == [(date(2026, 4, 8), "meeting")]


def test_a_mazhilis_sitting_discussing_what_the_address_said_in_kazakh(make_doc, events):
    doc = make_doc("Кеше Сенаттың жалпы отырысында сенаторлар Президенттің Жолдауында көтерілген мәселелерді "
                   "талқылады.", language="kk", published=APRIL_9)
    assert events(extract_events(doc)) == [(date(2026, 4, 8), "parliament_session")]


def test_voters_going_to_the_polls_to_choose_deputies(make_doc, events):
    doc = make_doc("The election commission released preliminary results of the election on Thursday.\n\nTurnout "
                   "was 68 percent.\n\nCitizens went to the polls on Wednesday to choose the deputies of the new "
                   "chamber.", language="en", published=APRIL_9)
    assert events(extract_events(doc)) == [(date(2026, 4, 8), "election"), (THURSDAY, "results")]


def test_the_chamber_voting_stays_no_referendum(make_doc, events):
    doc = make_doc("Deputies of the Mazhilis voted in the plenary session on Wednesday.", language="en",
                   published=APRIL_9)
    assert (date(2026, 4, 8), "referendum") not in events(extract_events(doc))


def test_the_address_discussed_is_a_topic_in_three_languages(make_doc, events):
    kk = make_doc("Кеше Сенат депутаттары Жолдауды талқылады.", language="kk", published=APRIL_9,
                  title="Сенаторлар Жолдауды талқылады")
    ru = make_doc("Вчера депутаты Сената обсудили Послание Главы государства.", published=APRIL_9)
    en = make_doc("On Wednesday, senators discussed the State-of-the-Nation Address.", language="en", published=APRIL_9)
    for doc in (kk, ru, en):
        assert "address" not in [t for _, t in events(extract_events(doc))]


def test_the_address_delivered_two_days_before_told_after_before_that(make_doc, events):
    doc = make_doc("Кеше Сенаттың жалпы отырысы өтті.\n\nСенаторлар жаңа заңдарды қарады.\n\nБұл туралы Сенат "
                   "хабарлады.\n\nБұған дейін, 7 сәуірде, Мемлекет басшысы халыққа Жолдауын жариялады.",
                   language="kk", published=APRIL_9)
    assert events(extract_events(doc)) == [(date(2026, 4, 7), "address"), (date(2026, 4, 8), "parliament_session")]


def test_a_draft_presented_on_a_day_then_published_the_next_and_the_sitting_it_was_presented_at(make_doc, events):
    doc = make_doc("Проект закона о выборах, представленный в минувший вторник, опубликован для обсуждения. Текст "
                   "размещен в среду на сайте Министерства юстиции.\n\nПроект представил на пятом заседании "
                   "Конституционной комиссии ее секретарь Арман Сеитов.", published=APRIL_9)
    assert events(extract_events(doc)) == [(date(2026, 4, 7), "commission_meeting"), (date(2026, 4, 8), "publication")]


def test_an_english_draft_presented_on_a_day_at_the_commissions_session(make_doc, events):
    doc = make_doc("The Constitutional Commission approved the final draft on Tuesday, and the text was published "
                   "the following day.\n\nThe draft was approved at the commission's tenth session in Astana.",
                   language="en", published=APRIL_9)
    assert events(extract_events(doc)) == [(date(2026, 4, 7), "commission_meeting"), (date(2026, 4, 8), "publication")]


def test_a_sitting_with_no_act_dated_before_keeps_the_documents_day(make_doc, events):
    doc = make_doc("The text was discussed at the commission's tenth session in Astana.", language="en",
                   published=APRIL_9)
    assert events(extract_events(doc)) == [(THURSDAY, "commission_meeting")]


# --- statements -----------------------------------------------------------------------------------------------------

def test_an_occupation_written_as_a_title_before_an_english_name(make_doc):
    doc = make_doc("Sociologist Dana Abenova argued that the reform needs time. \"Habits change slowly,\" she said.",
                   language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "the reform needs time"),
                                              ("Dana Abenova", "Habits change slowly")]


def test_a_figure_said_after_the_speaker_without_that(make_doc):
    doc = make_doc("Arman Seitov, the board's secretary, said final turnout stood at 61.5 percent of voters.",
                   language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "final turnout stood at 61.5 percent of voters")]


def test_informed_someone_that(make_doc):
    doc = make_doc("Dana Abenova informed the minister that no appeals had been filed by the deadline.", language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "no appeals had been filed by the deadline")]


def test_being_informed_is_no_statement(make_doc):
    doc = make_doc("Arman Seitov was informed that the hall was ready.", language="en")
    assert extract_statements(doc) == []


def test_voters_saying_no_is_a_vote_and_a_thousands_comma_no_clause(make_doc):
    doc = make_doc("In all, 412,350 voters said no, and 21,004 ballots were spoiled.", language="en")
    assert extract_statements(doc) == []
