"""Event patterns the blind sets 49 to 51 showed missing, and their neighbours, each in short sentences of our own
(not the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events

MAY_14 = "2026-05-14T12:00:00+05:00"  # a Thursday
THURSDAY = date(2026, 5, 14)
WEDNESDAY = date(2026, 5, 13)
TUESDAY = date(2026, 5, 12)
SUNDAY = date(2026, 5, 10)


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
