"""Event patterns the sets blind39 to blind42 showed missing or wrongly found, and their neighbours, each in short
sentences of our own (not the labelled texts)."""
from pipeline.nlp import extract_events
from tests.nlp.reference_week import MAY_14, THURSDAY, WEDNESDAY, TUESDAY


# --- an earlier sitting taken up by the next sentence ----------------------------------------------------------------

def test_an_earlier_sitting_taken_up_by_then(make_doc, events):
    doc = make_doc("Вчера рабочая группа провела третье заседание.\n\nОна собралась через день после второго "
                   "заседания, которое прошло во вторник, 12 мая. Тогда группа решила пригласить экспертов.",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "working_group"), (WEDNESDAY, "working_group")]


def test_an_earlier_sitting_taken_up_by_that_meeting(make_doc, events):
    doc = make_doc("The working group held its third meeting on Wednesday.\n\nIt came a day after the second meeting, "
                   "held on Tuesday, May 12. That meeting ended with a decision to invite outside experts.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "working_group"), (WEDNESDAY, "working_group")]


def test_an_earlier_sitting_followed_by_this_meeting_stays_context(make_doc, events):
    doc = make_doc("The working group held its third meeting on Wednesday.\n\nIt came a day after the second meeting, "
                   "held on Tuesday, May 12. This meeting was devoted to the budget.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "working_group")]


def test_an_earlier_sitting_only_named_stays_context(make_doc, events):
    doc = make_doc("Вчера рабочая группа провела третье заседание.\n\nОна собралась через день после второго "
                   "заседания, которое прошло во вторник, 12 мая. Группу возглавляет Арман Сеитов.",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "working_group")]


# --- results told by the counting body in English --------------------------------------------------------------------

def test_results_the_commission_reported_the_draft_had_won_support(make_doc, events):
    doc = make_doc("Voters in the region went to the polls on Wednesday to decide on a new charter, and on Thursday the "
                   "regional referendum commission reported that the charter had won broad support.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "referendum"), (THURSDAY, "results")]


def test_results_a_share_of_voters_backing_the_text_then_the_commission(make_doc, events):
    doc = make_doc("More than 60 percent of local voters backed the new charter, the Regional Referendum Commission "
                   "announced on Thursday.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "results")]


def test_a_commission_reporting_what_it_will_do_is_no_result(make_doc, events):
    doc = make_doc("On Thursday the regional referendum commission reported that the ballots had been printed.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == []


def test_a_vote_named_in_the_results_clause_stays_part_of_them(make_doc, events):
    doc = make_doc("On Thursday the regional referendum commission announced the results of the referendum held a day "
                   "earlier.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "results")]


# --- a date set off after the day of a relative clause ----------------------------------------------------------------

def test_a_date_set_off_in_the_relative_clause_dates_the_gathering_not_the_act(make_doc, events):
    doc = make_doc("Президент подписал указ о создании совета.\n\nУказ подписан после форума, который прошел в среду, "
                   "13 мая, в Таразе. На форуме Президент предложил создать совет.", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "public_discussion"), (THURSDAY, "decree")]


def test_a_date_after_the_relative_clause_ends_still_dates_the_act(make_doc, events):
    doc = make_doc("Президент подписал указ, который давно ждали, 13 мая.", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "decree")]


# --- a draft handed over, told from the President's side ----------------------------------------------------------------

def test_the_president_received_the_draft_from_a_body(make_doc, events):
    doc = make_doc("President Tokayev on Wednesday signed a law on local budgets, hours after he received the final "
                   "draft of the tax code from the working group.\n\nThe draft was handed to him by the group's head.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "law_signed"), (WEDNESDAY, "meeting")]


def test_a_body_receiving_proposals_from_citizens_is_no_meeting(make_doc, events):
    doc = make_doc("The commission received the first proposals from citizens on Wednesday.", language="en",
                   published=MAY_14)
    assert events(extract_events(doc)) == []


# --- sittings counted in Kazakh ----------------------------------------------------------------------------------------

def test_sittings_counted_in_kazakh_are_no_sitting_of_the_day(make_doc, events):
    doc = make_doc("Мемлекет басшысы жұмыс тобының жетекшісін қабылдады.\n\nКездесуде топ жұмысының қорытындысы "
                   "талқыланды. Комиссия барлығы тоғыз отырыс өткізіп, заң жобасын әзірледі.", language="kk",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "meeting")]


def test_a_sitting_by_its_ordinal_in_kazakh_stays(make_doc, events):
    doc = make_doc("Кеше комиссия тоғызыншы отырысын өткізді.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "commission_meeting")]


# --- a gathering taken up by its day in the next paragraph --------------------------------------------------------------

def test_a_sitting_a_day_before_the_news_taken_up_by_its_day(make_doc, events):
    doc = make_doc("The new budget code took effect on May 14, a day after the Senate held its last plenary session "
                   "under the old rules.\n\nAt Wednesday’s session, senators adopted their final resolutions.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "parliament_session"), (THURSDAY, "other")]


def test_a_sitting_a_day_before_the_news_not_taken_up_stays_background(make_doc, events):
    doc = make_doc("The new budget code took effect on May 14, a day after the Senate held its last plenary session "
                   "under the old rules.\n\nSenators will now work under the new code.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "other")]


# --- the signed act's text published, the act in the genitive ----------------------------------------------------------

def test_the_text_of_the_document_published_after_a_law_signed(make_doc, events):
    doc = make_doc("Президент подписал закон о местных бюджетах. Текст документа опубликован на портале «Әділет».",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "law_signed")]


def test_the_text_of_the_law_published_in_kazakh(make_doc, events):
    doc = make_doc("Мемлекет басшысы жергілікті бюджеттер туралы заңға қол қойды. Заңның мәтіні «Әділет» жүйесінде "
                   "жарияланды.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "law_signed")]


def test_the_text_of_a_draft_published_after_a_law_signed_stays(make_doc, events):
    doc = make_doc("Президент подписал закон о местных бюджетах. Текст проекта налогового кодекса опубликован на "
                   "портале «Әділет».", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "law_signed"), (THURSDAY, "publication")]


def test_the_text_of_a_law_published_after_a_decree_stays(make_doc, events):
    doc = make_doc("Президент подписал указ о реформе. Текст закона о выборах опубликован на портале «Әділет».",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "decree"), (THURSDAY, "publication")]


# --- an opinion piece signed before its text -----------------------------------------------------------------------------

def test_an_opinion_piece_signed_by_name_and_role_has_no_event(make_doc, events):
    doc = make_doc("Арман Сеитов, экономист\n\nИтоги вчерашнего голосования по бюджету уже известны. Цифры убедительные, "
                   "но вопрос в другом.", published=MAY_14, title="Бюджет принят. Что дальше")
    assert events(extract_events(doc)) == []


def test_an_opinion_piece_signed_by_in_english_has_no_event(make_doc, events):
    doc = make_doc("By Dana Abenova\n\nPreliminary results of Wednesday's local vote show strong support for the "
                   "charter. That is only the start.", language="en", published=MAY_14, title="The Charter Is Only a Start")
    assert events(extract_events(doc)) == []


def test_a_report_opening_with_a_sentence_keeps_its_event(make_doc, events):
    doc = make_doc("Арман Сеитов, аким района, вчера встретился с жителями.", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "public_discussion")]


# --- after "the event" in Kazakh -------------------------------------------------------------------------------------------

def test_a_meeting_with_students_after_the_event_in_kazakh(make_doc, events):
    doc = make_doc("Кеше университетте су ресурстары туралы дөңгелек үстел өтті.\n\nОған министр Дана Әбенова қатысты."
                   "\n\nСарапшылар су тапшылығы туралы айтты.\n\nІс-шарадан соң министр университет студенттерімен "
                   "кездесіп, сұрақтарға жауап берді.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "public_discussion"), (WEDNESDAY, "round_table")]


def test_a_meeting_with_students_past_the_lead_without_a_day_stays_background(make_doc, events):
    doc = make_doc("Кеше университетте су ресурстары туралы дөңгелек үстел өтті.\n\nОған министр Дана Әбенова қатысты."
                   "\n\nСарапшылар су тапшылығы туралы айтты.\n\nМинистр жиі университет студенттерімен кездесіп "
                   "тұрады.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "round_table")]
