"""Event patterns the blind sets 55 to 60 showed missing, and their neighbours, each in short sentences of our own
(not the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events
from tests.nlp.reference_week import MAY_14, SUNDAY, THURSDAY, TUESDAY, WEDNESDAY


def test_a_meeting_on_a_draft_described_by_a_chain_of_clauses_with_a_future_verb(make_doc, events):
    doc = make_doc("Во вторник аким района Ерлан Садыков провел встречу с жителями Шахтинска, посвященную проекту "
                   "закона, который будет рассмотрен в июне.", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "public_discussion")]


def test_a_meeting_described_by_a_clause_and_then_told_to_come_stays_a_plan(make_doc, events):
    doc = make_doc("Встреча с жителями Шахтинска, посвященная проекту закона, пройдет в июне.", published=MAY_14)
    assert events(extract_events(doc)) == []


def test_the_vote_commission_approving_a_protocol_form_on_a_day(make_doc, events):
    doc = make_doc("Областная избирательная комиссия провела брифинг.\n\nВо вторник комиссия утвердила форму протокола "
                   "об итогах выборов.", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "other"), (date(2026, 5, 14), "briefing")]


def test_a_protocol_on_the_results_is_no_results_event(make_doc, events):
    doc = make_doc("Во вторник депутаты изучили протокол об итогах голосования.", published=MAY_14)
    assert events(extract_events(doc)) == []


def test_polling_stations_opening_on_the_day_is_the_vote_in_english(make_doc, events):
    doc = make_doc("Voters approved the new Constitution in Sunday's referendum, preliminary results published on "
                   "Thursday show.\n\nPolling stations in the region opened at 8 a.m. on Sunday, and lines formed early.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(SUNDAY, "referendum"), (THURSDAY, "results")]


def test_polling_stations_named_without_opening_stay_no_vote_in_english(make_doc, events):
    doc = make_doc("The commission published preliminary results of the referendum on Thursday.\n\nPolling stations "
                   "in the region were equipped with cameras.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "results")]


def test_people_backing_a_constitution_tell_the_vote_is_a_referendum(make_doc, events):
    doc = make_doc("Citizens have approved a new Constitution, according to preliminary results released on Thursday."
                   "\n\nVoters went to the polls on Sunday in cold weather.", language="en", published=MAY_14,
                   title="Country adopts new basic law")
    assert events(extract_events(doc)) == [(SUNDAY, "referendum"), (THURSDAY, "results")]


def test_voting_opening_at_an_hour_and_closing_in_kazakh(make_doc, events):
    doc = make_doc("Комиссия бүгін референдумның алдын ала қорытындысын жариялады.\n\n"
                   "Жексенбі күні дауыс беру сағат 08:00-де басталып, 21:00-де аяқталды.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(SUNDAY, "referendum"), (THURSDAY, "results")]


def test_results_a_decree_came_a_day_after_taken_up_by_their_figures(make_doc, events):
    doc = make_doc("The President signed a decree on Wednesday on the new tax rules.\n\n"
                   "The decree came a day after the Central Election Commission announced the final results. On Tuesday, "
                   "the commission said 64 percent of voters had backed the reform.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "results"), (WEDNESDAY, "decree")]


def test_a_commission_announcing_a_text_approved_in_the_passive_is_the_results(make_doc, events):
    doc = make_doc("Voters went to the polls on Sunday to decide on a new code, and on Tuesday the Central Referendum "
                   "Commission announced that the code had been approved.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(SUNDAY, "referendum"), (TUESDAY, "results")]


def test_a_decree_signed_written_in_lowercase_in_kazakh(make_doc, events):
    doc = make_doc("Кеше Президент ұлттық кеңес құру туралы жарлыққа қол қойды.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "decree")]


def test_a_long_text_handed_to_the_president_named_in_full(make_doc, events):
    doc = make_doc("The council chair on Tuesday handed the final version of the new tax code to President Kassym-Jomart "
                   "Tokayev.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "meeting")]


def test_a_text_the_president_s_office_published_is_no_hand_over(make_doc, events):
    doc = make_doc("The council on Tuesday handed the final version of the new tax code to President Tokayev's office "
                   "by mail.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == []


def test_a_group_with_an_adjective_dated_by_the_order_told_next_in_russian(make_doc, events):
    doc = make_doc("В Минздраве создана отраслевая рабочая группа по пересмотру правил, вступивших в силу 1 мая. "
                   "Соответствующий приказ подписан вчера.", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "working_group")]


def test_the_relevant_order_told_after_the_group_is_no_decree_in_kazakh(make_doc, events):
    doc = make_doc("Бүгін министрлікте жұмыс тобының алғашқы отырысы өтті.\n\nЖұмыс тобы 12 мамырда құрылды. Тиісті "
                   "бұйрыққа вице-министр Ерлан Сапаров қол қойды.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "working_group"), (THURSDAY, "working_group")]


def test_another_decree_told_after_the_group_stays_a_decree_in_kazakh(make_doc, events):
    doc = make_doc("Жұмыс тобы кеше құрылды.\n\nСейсенбі күні Президент салық туралы жарлыққа қол қойды.", language="kk",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "decree"), (WEDNESDAY, "working_group")]


def test_the_same_day_of_the_head_of_state_named_by_his_title_in_russian(make_doc, events):
    doc = make_doc("Президент принял министра финансов Ерлана Сапарова.\n\nКруглый стол экономистов прошел накануне, "
                   "13 мая.\n\nВ тот же день Глава государства подписал Указ о налоговой реформе.", published="2026-05-14T18:00:00+05:00")
    assert (THURSDAY, "decree") in events(extract_events(doc))


def test_a_meeting_of_an_official_named_in_full_with_residents_in_russian(make_doc, events):
    doc = make_doc("Вчера в городском Доме культуры состоялась встреча заместителя акима Атырауской области Ерлана "
                   "Сапарова с жителями города.", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "public_discussion")]


def test_the_joint_sitting_where_the_address_was_given_is_its_venue(make_doc, events):
    doc = make_doc("President Tokayev delivered his State-of-the-Nation Address on Tuesday.\n\nSpeaking to a joint "
                   "session of both chambers, he proposed a new tax code.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "address")]


def test_the_joint_sitting_where_the_address_was_given_in_kazakh(make_doc, events):
    doc = make_doc("Мемлекет басшысы кеше Қазақстан халқына Жолдауын жариялады. Президент Парламент палаталарының "
                   "бірлескен отырысында сөйлеген сөзінде жаңа салық кодексін ұсынды.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "address")]


def test_an_akimat_holding_a_meeting_with_residents_in_english(make_doc, events):
    doc = make_doc("In Atyrau, the city akimat held a meeting with residents on Tuesday to explain the tax code.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "public_discussion")]


def test_an_akimat_holding_a_meeting_with_deputies_is_no_public_discussion(make_doc, events):
    doc = make_doc("In Atyrau, the city akimat held a meeting with deputies on Tuesday to explain the tax code.",
                   language="en", published=MAY_14)
    assert (TUESDAY, "public_discussion") not in events(extract_events(doc))


def test_an_address_a_day_before_narrated_by_the_speech_told_next(make_doc, events):
    doc = make_doc("A day after President Tokayev delivered his annual State-of-the-Nation Address, economists are still "
                   "debating his tax plan.\n\nSpeaking to both chambers on Wednesday, the President said taxes would fall.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "address")]


def test_an_address_a_day_before_named_only_as_the_occasion_stays_background(make_doc, events):
    doc = make_doc("A day after President Tokayev delivered his annual State-of-the-Nation Address, economists are still "
                   "debating his tax plan.\n\nMost of them expect lower taxes.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == []


def test_a_decree_providing_for_a_group_with_an_adjective_is_no_group_in_russian(make_doc, events):
    doc = make_doc("Вчера Президент подписал указ о налоговой реформе. Документ также предусматривает создание "
                   "межведомственной рабочей группы.", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "decree")]


def test_a_hotline_a_ministry_launched_on_a_day_in_russian(make_doc, events):
    doc = make_doc("Вчера в министерстве прошел брифинг.\n\nПо словам вице-министра, во вторник министерство запустило "
                   "бесплатную горячую линию для граждан.", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "other"), (WEDNESDAY, "briefing")]


def test_a_hotline_only_planned_is_no_event_in_russian(make_doc, events):
    doc = make_doc("Министерство планирует запустить горячую линию для граждан.", published=MAY_14)
    assert events(extract_events(doc)) == []
