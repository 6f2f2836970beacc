"""English event constructions the blind sets 79 to 84 showed missed or mistaken, and their neighbours, each in short
sentences of our own (not the labelled texts)."""
from pipeline.nlp import extract_events

MAY_14 = "2026-05-14T12:00:00+05:00"  # a Thursday


def _events(rows):
    return sorted((str(r["event_date"]), r["event_type"]) for r in rows)


def test_what_a_body_expects_to_do_on_a_weekday_is_a_plan(make_doc):
    doc = make_doc("Voting in the regional referendum has been under way since the morning on Thursday, the agency "
                   "reports.\n\nTurnout passed 40 percent by noon, the commission chair told reporters.\n\nThe "
                   "commission expects to announce preliminary results on Monday.", language="en", published=MAY_14)
    assert _events(extract_events(doc)) == [("2026-05-14", "referendum")]


def test_results_announced_on_monday_are_still_news(make_doc):
    doc = make_doc("The commission announced preliminary results on Monday. Some 71 percent of voters backed the "
                   "changes.", language="en", published=MAY_14)
    assert _events(extract_events(doc)) == [("2026-05-11", "results")]


def test_a_session_came_a_day_after_a_sitting_the_next_sentence_narrates_on_its_day(make_doc):
    doc = make_doc("ASTANA – The budget commission approved its final report at its ninth session on Thursday.\n\n"
                   "The report runs to 40 pages.\n\nThe officials were pleased.\n\nThe session came a day after the "
                   "commission's eighth meeting. On Wednesday, the members agreed to drop two chapters.",
                   language="en", published=MAY_14)
    assert _events(extract_events(doc)) == [("2026-05-13", "commission_meeting"), ("2026-05-14", "commission_meeting")]


def test_a_session_came_a_day_after_a_sitting_only_named(make_doc):
    doc = make_doc("ASTANA – The budget commission approved its final report at its ninth session on Thursday.\n\n"
                   "The report runs to 40 pages.\n\nThe officials were pleased.\n\nThe session came a day after the "
                   "commission's eighth meeting. Its members will meet again in June.",
                   language="en", published=MAY_14)
    assert _events(extract_events(doc)) == [("2026-05-14", "commission_meeting")]


def test_citizens_voted_on_a_weekday_narrates_the_vote_of_a_results_report(make_doc):
    doc = make_doc("The election commission released preliminary results of the city council election on Thursday.\n\n"
                   "Citizens voted on Wednesday at polling stations in all districts. Turnout stood at 61 percent.",
                   language="en", published=MAY_14)
    assert _events(extract_events(doc)) == [("2026-05-13", "election"), ("2026-05-14", "results")]


def test_a_share_of_citizens_who_voted_for_is_a_figure_of_the_results(make_doc):
    doc = make_doc("The election commission released preliminary results of the city council election on Thursday.\n\n"
                   "Some 58 percent of citizens voted for the ruling party. Turnout stood at 61 percent.",
                   language="en", published=MAY_14)
    assert _events(extract_events(doc)) == [("2026-05-14", "results")]


def test_the_president_on_a_weekday_received_the_draft_from_its_authors(make_doc):
    doc = make_doc("President Kassym-Jomart Tokayev on Wednesday received the revised draft of the land code from the "
                   "working group and signed a decree on its publication.", language="en", published=MAY_14)
    assert _events(extract_events(doc)) == [("2026-05-13", "decree"), ("2026-05-13", "meeting")]


def test_a_commission_that_received_a_draft_from_a_ministry_received_nobody(make_doc):
    doc = make_doc("The budget commission on Wednesday received the revised draft of the land code from the ministry.",
                   language="en", published=MAY_14)
    assert _events(extract_events(doc)) == []
