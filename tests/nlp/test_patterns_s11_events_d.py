"""Event patterns the blind sets 49 to 51 showed missing, and their neighbours, each in short sentences of our own
(not the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events
from tests.nlp.reference_week import MAY_14, THURSDAY, WEDNESDAY, TUESDAY, SUNDAY


def test_an_official_met_deputies_without_with(make_doc, events):
    doc = make_doc("On Tuesday, the Minister of Justice Dana Abenova met deputies of the city maslikhat in Taraz.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "meeting")]


def test_an_official_met_residents_stays_a_public_discussion(make_doc, events):
    doc = make_doc("On Tuesday, the Minister of Justice Dana Abenova met residents of Taraz in the city library.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "public_discussion")]


def test_voters_went_to_the_polls_to_elect_a_chamber_in_kazakh(make_doc, events):
    doc = make_doc("Жексенбіде облыс сайлаушылары жаңа Мәжіліс депутаттарын сайлау үшін учаскелерге барды.",
                   language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(SUNDAY, "election")]


def test_deputies_voting_in_the_chamber_is_no_election_in_kazakh(make_doc, events):
    doc = make_doc("Жексенбіде Мәжіліс депутаттары заң жобасы бойынша дауыс берді.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == []


def test_residents_took_part_in_electing_a_chamber_in_kazakh(make_doc, events):
    doc = make_doc("Кеше Жамбыл облысының тұрғындары Мәжіліс депутаттарын сайлауға қатысты.",
                   language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "election")]


def test_something_done_at_the_meeting_held_on_a_day_in_kazakh(make_doc, events):
    doc = make_doc("Сейсенбі күні Ақордада өткен кездесуде Президент министр Дана Әбенованың баяндамасын тыңдады.",
                   language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "meeting")]


def test_the_meeting_held_with_residents_is_not_made_an_officials_meeting_in_kazakh(make_doc, events):
    doc = make_doc("Сейсенбі күні аудан тұрғындарымен өткен кездесуде әкім Дана Әбенова жобаны түсіндірді.",
                   language="kk", published=MAY_14)
    assert (TUESDAY, "meeting") not in events(extract_events(doc))


def test_an_official_received_a_body_s_leadership_named_in_the_possessive(make_doc, events):
    doc = make_doc("On Tuesday, the Prime Minister received the council's members in his office.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "meeting")]


def test_a_body_received_a_ministry_s_proposals_is_no_meeting(make_doc, events):
    doc = make_doc("On Tuesday, the council received the ministry's proposals.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == []


def test_an_earlier_sitting_past_the_lead_with_what_the_body_decided_there_in_kazakh(make_doc, events):
    doc = make_doc("Жаңа заң жобасы талқылауға жарияланды.\n\n"
                   "Жоба кеше, 13 мамырда, комиссияның төртінші отырысында таныстырылды.\n\n"
                   "– Біз әр бапты түсінікті жаздық, – деді Дана Әбенова.\n\n"
                   "Бұған дейін, 11 мамырда, комиссия үшінші отырысында жаңа заң қажет деген қорытындыға келді.",
                   language="kk", published=MAY_14)
    assert (date(2026, 5, 11), "commission_meeting") in events(extract_events(doc))


def test_an_earlier_sitting_past_the_lead_only_recalled_stays_out_in_kazakh(make_doc, events):
    doc = make_doc("Жаңа заң жобасы талқылауға жарияланды.\n\n"
                   "Жоба кеше, 13 мамырда, комиссияның төртінші отырысында таныстырылды.\n\n"
                   "– Біз әр бапты түсінікті жаздық, – деді Дана Әбенова.\n\n"
                   "Комиссияның үшінші отырысы 11 мамырда өтті.",
                   language="kk", published=MAY_14)
    assert (date(2026, 5, 11), "commission_meeting") not in events(extract_events(doc))


def test_a_gathering_held_to_explain_something_in_kazakh(make_doc, events):
    doc = make_doc("Кеше Тараз қалалық әкімдігінде жаңа заң туралы түсіндіру жиыны өтті.\n\n"
                   "Сол күні Дана Әбенова қалалық мәслихат депутаттарымен кездесті.",
                   language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "meeting"), (WEDNESDAY, "public_discussion")]


def test_explaining_as_a_plain_verbal_noun_is_no_gathering_in_kazakh(make_doc, events):
    doc = make_doc("Кеше әкім жаңа заңды түсіндіру жұмысы басталғанын айтты.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == []


def test_a_headline_publishing_the_act_signed_the_day_before_by_its_title_in_kazakh(make_doc, events):
    doc = make_doc("Мемлекет басшысы кеше мектеп реформасы туралы Жарлыққа қол қойды.", language="kk",
                   published=MAY_14, title="Мектеп реформасы туралы Жарлық жарияланды")
    assert events(extract_events(doc)) == [(WEDNESDAY, "decree")]


def test_a_headline_publishing_a_draft_law_by_its_title_stays_a_publication_in_kazakh(make_doc, events):
    doc = make_doc("Жоба бүгін талқылауға шығарылды.", language="kk", published=MAY_14,
                   title="Мектеп туралы Заң жобасы жарияланды")
    assert (THURSDAY, "publication") in events(extract_events(doc))


def test_an_act_in_force_from_the_day_it_was_signed_is_no_event_of_its_own_in_kazakh(make_doc, events):
    doc = make_doc("Президент кеше мектеп реформасы туралы Жарлыққа қол қойды.\n\n"
                   "Жарлық қол қойылған күннен бастап күшіне енді.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "decree")]


def test_an_act_in_force_from_the_day_it_was_signed_is_no_event_of_its_own_in_russian(make_doc, events):
    doc = make_doc("Президент вчера подписал указ о мерах по реформе школ.\n\n"
                   "Указ вступил в силу со дня подписания.", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "decree")]


def test_a_law_in_force_from_a_day_of_the_month_stays_an_event_in_kazakh(make_doc, events):
    doc = make_doc("Жаңа заң бүгіннен бастап күшіне енді.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "other")]


def test_an_order_published_as_the_participle_of_the_act_setting_something_up(make_doc, events):
    doc = make_doc("A working group on school reform was set up on Wednesday by an order published on the ministry's "
                   "website.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "working_group")]


def test_a_draft_published_on_a_website_stays_a_publication(make_doc, events):
    doc = make_doc("The draft law was published on the ministry's website on Wednesday.", language="en",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "publication")]


def test_speaking_at_a_joint_session_opening_the_sentence_is_the_venue_of_the_address_told_before(make_doc, events):
    doc = make_doc("The President's plan, set out in his State-of-the-Nation Address on Monday, is widely debated.\n\n"
                   "Speaking at a joint session of both chambers, he said the reform needed the people's consent.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 11), "address")]


def test_speaking_at_a_round_table_with_a_day_of_its_own_stays_an_event(make_doc, events):
    doc = make_doc("Speaking at a round table in Almaty on Tuesday, the minister said the reform needed time.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "round_table")]
