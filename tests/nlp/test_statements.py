import pytest

from pipeline.nlp import NlpInputError, extract_statements


def test_quote_before_the_speaker_and_inflected_names(make_doc, pairs):
    doc = make_doc(
        "Заседание провела председатель Конституционного суда Эльвира Азимова.\n\n"
        "«Работа будет открытой», – отметила Азимова.\n\n"
        "По словам Азимовой, проект опубликуют в субботу.",
    )
    rows = extract_statements(doc)
    assert pairs(rows) == [("Эльвира Азимова", "Работа будет открытой"),
                            ("Эльвира Азимова", "проект опубликуют в субботу")]
    assert [r["kind"] for r in rows] == ["direct", "indirect"]
    assert rows[0]["speaker_role"] == "председатель Конституционного суда"
    assert rows[0]["speaker_org"] == "Конституционный суд"


def test_speaker_colon_quote_and_role_only_reference(make_doc, pairs):
    doc = make_doc(
        "Председатель ЦИК Нурлан Абдиров: «Участки откроются в семь утра».\n\n"
        "Глава ЦИК также заявил, что наблюдатели допущены на все участки."
    )
    assert pairs(extract_statements(doc)) == [
        ("Нурлан Абдиров", "Участки откроются в семь утра"),
        ("Нурлан Абдиров", "наблюдатели допущены на все участки"),
    ]


def test_head_of_state_without_a_name(make_doc, pairs):
    rows = extract_statements(make_doc("Глава государства подчеркнул, что реформа пройдет поэтапно."))
    assert pairs(rows) == [("Касым-Жомарт Токаев", "реформа пройдет поэтапно")]
    assert rows[0]["resolution"] == "head_of_state"


def test_titles_ballot_questions_and_agency_tags_are_not_statements(make_doc):
    doc = make_doc(
        "АСТАНА. KAZINFORM – Президент подписал Указ «О Конституционной комиссии», передает Kazinform.\n\n"
        "На референдум выносится вопрос: «Принимаете ли Вы новую Конституцию?».\n\n"
        "Как сообщила пресс-служба Акорды, указ вступает в силу со дня подписания.\n\n"
        "В фильме «Закон и порядок» рассказывается об истории парламента."
    )
    assert extract_statements(doc) == []


def test_offsets_point_at_the_statement_and_ids_are_stable(make_doc):
    doc = make_doc("Ерлан Карин заявил, что материалы опубликуют.\n\n«Мы готовы», – добавил он.")
    first, second = extract_statements(doc), extract_statements(doc)
    assert first == second
    for row in first:
        assert doc["text"][row["char_start"]:row["char_end"]] == row["statement_text"]
    assert len({r["statement_id"] for r in first}) == 2
    assert first[1]["speaker_name"] == "Ерлан Карин" and first[1]["resolution"] == "pronoun"


def test_kazakh_patterns(make_doc, pairs):
    doc = make_doc(
        "ОСК төрағасы Нұрлан Әбдіров барлық комиссиялар жасақталғанын мәлім етті.\n\n"
        "– Бюллетеньдер екі тілде басылады, – деді ол.\n\n"
        "Әбдіровтің айтуынша, байқаушылар тіркелді.",
        language="kk",
    )
    assert pairs(extract_statements(doc)) == [
        ("Нұрлан Әбдіров", "барлық комиссиялар жасақталғанын"),
        ("Нұрлан Әбдіров", "Бюллетеньдер екі тілде басылады"),
        ("Нұрлан Әбдіров", "байқаушылар тіркелді"),
    ]


def test_english_patterns(make_doc, pairs):
    doc = make_doc(
        "ASTANA – Constitutional Commission chair Elvira Azimova met reporters on Monday.\n\n"
        "“Every proposal will be answered,” Azimova said.\n\n"
        "According to Azimova, the final draft is ready.\n\n"
        "The draft has 96 articles, Mazhilis deputy Bakyt Nurmukhanov told reporters.",
        language="en",
    )
    assert pairs(extract_statements(doc)) == [
        ("Elvira Azimova", "Every proposal will be answered"),
        ("Elvira Azimova", "the final draft is ready"),
        ("Bakyt Nurmukhanov", "The draft has 96 articles"),
    ]


def test_collective_speakers_are_marked(make_doc, pairs):
    rows = extract_statements(make_doc("Участники круглого стола отметили, что нормы стали конкретнее."))
    assert pairs(rows) == [("Участники круглого стола", "нормы стали конкретнее")]
    assert rows[0]["is_collective"] is True


def test_a_relative_date_in_the_sentence_dates_the_statement(make_doc):
    from datetime import date

    rows = extract_statements(make_doc("Вчера Ерлан Карин заявил, что работа завершена.", published="2026-02-12T10:00:00+05:00"))
    assert rows[0]["statement_date"] == date(2026, 2, 11)


@pytest.mark.parametrize("bad", [None, {"document_id": "x"}, {"document_id": "x", "text": "т", "language": "de"},
                                 {"document_id": "x", "text": "т", "language": "ru", "published_at": "2026-01-01"}])
def test_bad_input_is_a_clear_error(bad):
    with pytest.raises(NlpInputError):
        extract_statements(bad)


def test_empty_text_gives_no_rows(make_doc):
    assert extract_statements(make_doc("")) == []


def test_a_batch_keeps_going_past_a_bad_document(make_doc):
    from pipeline.nlp import extract_documents

    good = make_doc("Ерлан Карин заявил, что материалы опубликуют.", document_id="good")
    out = extract_documents([{"document_id": "bad", "text": 42, "language": "ru"}, good])
    assert [r["document_id"] for r in out["statements"]] == ["good"]
    assert [(e["document_id"], e["stage"]) for e in out["errors"]] == [("bad", "statements"), ("bad", "events")]
    assert "text must be a string" in out["errors"][0]["error"]
