from pipeline.nlp import extract_events, merge_events


def test_reports_in_three_languages_become_one_event(make_doc):
    docs = [
        make_doc("В Астане прошло первое заседание Конституционной комиссии.", document_id="ru-1",
                 published="2026-01-24T16:00:00+05:00"),
        make_doc("Астанада Конституциялық комиссияның алғашқы отырысы өтті.", language="kk", document_id="kk-1",
                 published="2026-01-24T18:00:00+05:00"),
        make_doc("ASTANA – The meeting of the Constitutional Commission took place on Jan. 24.", language="en",
                 document_id="en-1", published="2026-01-24T20:00:00+05:00"),
    ]
    reports = [e for d in docs for e in extract_events(d)]
    events, links = merge_events(reports)
    assert len(reports) == 3 and len(events) == 1
    assert events[0]["languages"] == ["en", "kk", "ru"] and events[0]["document_count"] == 3
    assert sorted(l["document_id"] for l in links) == ["en-1", "kk-1", "ru-1"]


def test_same_day_round_tables_in_different_cities_stay_apart(make_doc):
    docs = [
        make_doc("В Караганде прошел круглый стол о проекте Конституции.", document_id="a"),
        make_doc("В Астане прошел круглый стол о проекте Конституции.", document_id="b"),
    ]
    events, _ = merge_events([e for d in docs for e in extract_events(d)])
    assert len(events) == 2


def test_merge_is_deterministic_whatever_the_input_order(make_doc):
    docs = [make_doc("В Астане прошло заседание Конституционной комиссии.", document_id=f"d{i}") for i in range(3)]
    reports = [e for d in docs for e in extract_events(d)]
    assert merge_events(reports) == merge_events(list(reversed(reports)))
