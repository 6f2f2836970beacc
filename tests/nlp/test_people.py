from pipeline.nlp import build_organisations, build_people, extract_events, extract_mentions, extract_statements
from pipeline.nlp.merge import merge_events


def test_one_person_across_languages_and_surname_only_mentions(make_doc):
    docs = [
        make_doc("Председатель ЦИК Нурлан Абдиров сообщил, что явка высокая.", document_id="ru"),
        make_doc("ОСК төрағасы Нұрлан Әбдіров барлық учаскелер ашылғанын айтты.", language="kk", document_id="kk"),
        make_doc("“Voting is calm,” CEC Chair Nurlan Abdirov said.", language="en", document_id="en"),
        make_doc("«Нарушений нет», – сказал Абдиров.", document_id="ru-2"),
    ]
    statements = [s for d in docs for s in extract_statements(d)]
    people, links = build_people(statements)
    assert len(people) == 1
    person = people[0]
    assert person["name"] == "Нурлан Абдиров"
    # the fourth report gives the surname alone: it joins the one person with that surname
    assert person["aliases"] == ["Nurlan Abdirov", "Абдиров", "Нурлан Абдиров", "Нұрлан Әбдіров"]
    assert person["statement_count"] == 4 and len(links) == 4
    assert {"Председатель ЦИК", "ОСК төрағасы"} <= {r["role"] for r in person["roles"]}
    organisations = build_organisations(statements)
    assert [o["name"] for o in organisations] == ["ЦИК"]


def test_an_organiser_found_only_in_events_has_the_languages_and_documents_of_their_reports(make_doc):
    # merged events carry no language nor document of their own: the organiser's come from the reports
    docs = [
        make_doc("Вчера ЦИК объявил предварительные итоги выборов в маслихаты.", document_id="ru-1",
                 published="2026-09-21T12:00:00+05:00"),
        make_doc("Кеше Орталық сайлау комиссиясы мәслихат сайлауының алдын ала қорытындысын жариялады.", language="kk",
                 document_id="kk-1", published="2026-09-21T12:00:00+05:00"),
    ]
    reports = [e for d in docs for e in extract_events(d)]
    events, event_documents = merge_events(reports)
    assert [(e["event_type"], e["organiser"], e["document_count"]) for e in events] == [
        ("results", "Орталық сайлау комиссиясы", 2)]
    organisations = build_organisations([], events, event_documents)
    assert [(o["name"], o["languages"], o["document_count"], o["statement_count"]) for o in organisations] == [
        ("Орталық сайлау комиссиясы", ["kk", "ru"], 2, 0)]


def test_collective_speakers_are_not_people(make_doc):
    statements = extract_statements(make_doc("Участники подчеркнули, что реформа назрела."))
    assert build_people(statements) == ([], [])


def test_mentions_of_the_constitution(make_doc):
    doc = make_doc("Ерлан Карин заявил, что статья 47 и Преамбула не затрагивают Халык Кенеси, "
                   "а Национальный курултай не связан с Курултаем.")
    mentions = extract_mentions(extract_statements(doc))
    assert [m["target"] for m in mentions] == ["article 47", "preamble", "halyk_kenesi", "kurultai"]
    for m in mentions:
        assert doc["text"][m["char_start"]:m["char_end"]] == m["matched_text"]
