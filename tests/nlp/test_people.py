from pipeline.nlp import build_organisations, build_people, extract_mentions, extract_statements


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
