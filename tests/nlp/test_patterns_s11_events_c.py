"""Event patterns the blind sets 46 to 48 showed missing, and their neighbours, each in short sentences of our own
(not the labelled texts)."""
from pipeline.nlp import extract_events
from tests.nlp.reference_week import MAY_14, THURSDAY, WEDNESDAY, TUESDAY, SUNDAY


def test_a_referendum_under_way_with_its_object_between(make_doc, events):
    doc = make_doc("Областной референдум о переименовании нового района проходит спокойно.", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "referendum")]


def test_voters_flocking_to_the_polls_with_the_hour_between_in_kazakh(make_doc, events):
    doc = make_doc("Комиссия кеше референдумның қорытындысын жариялады. Қолдағандар 80 пайыз.\n\n"
                   "Сайлаушылар жексенбі күні таңғы сағат сегізден бастап учаскелерге ағылды.",
                   language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(SUNDAY, "referendum"), (WEDNESDAY, "results")]


def test_a_final_sitting_with_the_body_by_its_common_noun_after_it(make_doc, events):
    doc = make_doc("Президент принял председателя Конституционной комиссии Дану Абенову.\n\n"
                   "По ее словам, на заключительном заседании, прошедшем во вторник, комиссия утвердила текст.",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "commission_meeting"), (THURSDAY, "meeting")]


def test_a_final_session_held_by_the_body_named_by_its_common_noun(make_doc, events):
    doc = make_doc("A spokesman for the Constitutional Commission held a briefing on Wednesday.\n\n"
                   "Earlier that day the commission held its final session and approved the text.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "briefing"), (WEDNESDAY, "commission_meeting")]


def test_a_final_sitting_of_a_body_the_document_never_names_stays_out(make_doc, events):
    doc = make_doc("Аким принял председателя совета ветеранов Дану Абенову.\n\n"
                   "По ее словам, на заключительном заседании, прошедшем во вторник, комиссия утвердила план.",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "meeting")]


def test_an_election_held_with_the_day_and_its_date_between_commas_in_kazakh(make_doc, events):
    doc = make_doc("Комиссия бүгін мәслихат сайлауының қорытындысын жариялады.\n\n"
                   "Сайлау кеше, 13 мамырда, өтті. Учаскелер кешке жабылды.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "election"), (THURSDAY, "results")]


def test_before_that_with_a_kazakh_weekday_and_its_day_set_off(make_doc, events):
    doc = make_doc("Кеше облыста жаңа заң күшіне енді.\n\n"
                   "Бұған дейін, сейсенбі күні, Сенат пен Мәжілістің бірлескен отырысы өтті.",
                   language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "parliament_session"), (WEDNESDAY, "other")]


def test_before_that_with_a_weekday_weeks_back_stays_a_recall(make_doc, events):
    doc = make_doc("Кеше облыста жаңа заң күшіне енді.\n\n"
                   "Бұған дейін, 2 сәуір күні, Сенат пен Мәжілістің бірлескен отырысы өтті.",
                   language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "other")]


def test_turnout_given_on_the_voting_day_is_the_vote(make_doc, events):
    doc = make_doc("Polling stations closed at 8 p.m. on Thursday in the city's local election. Turnout reached 61 "
                   "percent of the 400,000 registered voters, the city election commission said.",
                   language="en", published="2026-05-14T22:00:00+05:00")
    assert events(extract_events(doc)) == [(THURSDAY, "election")]


def test_results_given_on_the_voting_night_stay_results(make_doc, events):
    doc = make_doc("Polling stations closed at 8 p.m. on Thursday in the city's local election. Preliminary results "
                   "show the mayor's party won 48 percent, the city election commission said.",
                   language="en", published="2026-05-14T23:30:00+05:00")
    assert events(extract_events(doc)) == [(THURSDAY, "election"), (THURSDAY, "results")]


def test_an_appeal_to_the_people_of_a_country_in_kazakh(make_doc, events):
    doc = make_doc("Мемлекет басшысы бүгін Қазақстан халқына үндеу жасады.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "address")]


def test_the_date_of_a_law_entered_into_force_is_not_the_meetings(make_doc, events):
    doc = make_doc("Кеше аудан әкімі Арман Сейітов тұрғындармен кездесіп, 1 сәуірде күшіне енген жаңа заңды түсіндірді.",
                   language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "public_discussion")]


def test_a_vote_as_the_subject_of_was_discussed_is_a_topic_in_kazakh(make_doc, events):
    doc = make_doc("Кеше аудан әкімі Арман Сейітов студенттермен кездесті. Кездесуде 10 мамырда өткен мәслихат "
                   "сайлауы мен жастардың құқықтары талқыланды.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "public_discussion")]


def test_an_exhibition_opened_the_same_day_in_kazakh(make_doc, events):
    doc = make_doc("Кеше аудан әкімі Арман Сейітов студенттермен кездесті.\n\n"
                   "Сол күні аудандық мұражайда «Дала заңы» атты көрме ашылды.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "other"), (WEDNESDAY, "public_discussion")]


def test_an_exhibition_opened_in_russian(make_doc, events):
    doc = make_doc("Вчера в областной библиотеке открылась выставка старых изданий Конституции.", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "other")]


def test_results_the_head_of_state_was_briefed_on_are_a_topic(make_doc, events):
    doc = make_doc("President Tokayev received Arman Seitov, chairman of the election commission.\n\n"
                   "The President was briefed on the final results of the local election.\n\n"
                   "Seitov reported that the final results had been approved.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "meeting")]


def test_a_session_a_decree_convenes_is_not_held(make_doc, events):
    doc = make_doc("President Tokayev received Arman Seitov, the speaker of the Senate.\n\n"
                   "The same day, the President signed a decree convening the first session of the Senate.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "decree"), (THURSDAY, "meeting")]


def test_met_the_leaders_of_a_body_is_a_meeting(make_doc, events):
    doc = make_doc("The President met the leaders of the Senate on Wednesday to discuss the budget.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "meeting")]


def test_met_local_residents_stays_a_public_discussion(make_doc, events):
    doc = make_doc("The governor met local residents on Wednesday to discuss the budget.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "public_discussion")]


def test_a_group_formed_and_its_order_told_by_the_common_noun_in_kazakh(make_doc, events):
    doc = make_doc("Жер реформасы бойынша жұмыс тобы құрылды. Топты құру туралы өкімге Премьер-министр Арман Сейітов "
                   "сейсенбіде қол қойды.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "working_group")]


def test_the_signer_of_an_order_forming_a_group_stays_a_decree_in_kazakh(make_doc, events):
    doc = make_doc("Премьер-министр Арман Сейітов сейсенбіде жер реформасы бойынша жұмыс тобын құру туралы өкімге "
                   "қол қойды.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "decree")]


def test_the_address_named_by_what_the_president_proposed_in_it_is_a_topic_in_kazakh(make_doc, events):
    doc = make_doc("Мемлекет басшысы Жолдауда ұсынған реформаны талдау үшін кеше сарапшылар кеңесі өтті.",
                   language="kk", published=MAY_14)
    assert not [e for e in events(extract_events(doc)) if e[1] == "address"]


def test_a_decree_signed_after_receiving_the_draft_from_someone_in_kazakh(make_doc, events):
    doc = make_doc("Жарлық бүгін газетте жарияланды.\n\n"
                   "Президент Жарлыққа кеше, жұмыс тобының жетекшісі Арман Сейітовтен қорытынды жобаны қабылдап алған соң "
                   "қол қойды.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "decree"), (WEDNESDAY, "meeting"), (THURSDAY, "publication")]


def test_the_full_text_appearing_in_a_newspaper_is_its_publication(make_doc, events):
    doc = make_doc("The full text of the new land code appeared in Kazakhstanskaya Pravda on Wednesday.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "publication")]


def test_a_speaker_appearing_in_a_newspaper_is_no_publication(make_doc, events):
    doc = make_doc("The minister appeared in a televised debate on Wednesday.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == []
