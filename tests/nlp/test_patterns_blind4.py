"""Patterns the fourth blind set showed missing, and their neighbours, each in short sentences of our own (not the
labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements


def _pairs(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


def _events(rows):
    return sorted((r["event_date"], r["event_type"]) for r in rows)


# --- statements: a role alone, in other words than the one written next to the name ----------------------------

def test_ru_role_alone_in_other_words_refers_to_the_person_named(make_doc):
    doc = make_doc("Слово взял заместитель председателя совета Марат Оспанов. Он сообщил, что план готов.\n\n"
                   "«Сроки жесткие, но выполнимые», — сказал вице-председатель совета.\n\n"
                   "Декан экономического факультета Нурлан Сагиев заявил, что студенты готовы.\n\n"
                   "«Мы начнем занятия в сентябре», — добавил декан.")
    assert _pairs(extract_statements(doc)) == [
        ("Марат Оспанов", "план готов"), ("Марат Оспанов", "Сроки жесткие, но выполнимые"),
        ("Нурлан Сагиев", "студенты готовы"), ("Нурлан Сагиев", "Мы начнем занятия в сентябре"),
    ]


def test_ru_reporter_and_parliamentarian_refer_back(make_doc):
    doc = make_doc("С докладом выступил Асхат Жанибеков. Он пояснил, что реформа займет год.\n\n"
                   "«Главное — не торопиться», — подчеркнул докладчик.\n\n"
                   "Депутат Сената Айдар Курманов считает, что закон нужно доработать.\n\n"
                   "«Нужны поправки о сроках», — пояснил парламентарий.")
    assert _pairs(extract_statements(doc)) == [
        ("Асхат Жанибеков", "реформа займет год"), ("Асхат Жанибеков", "Главное — не торопиться"),
        ("Айдар Курманов", "закон нужно доработать"), ("Айдар Курманов", "Нужны поправки о сроках"),
    ]


def test_a_vice_chair_is_not_the_chair(make_doc):
    doc = make_doc("Председатель совета Ерлан Ахметов открыл заседание. Заместитель председателя совета Жанна Ибраева "
                   "сообщила, что смета утверждена.\n\n«Денег хватит», — сказала вице-председатель совета.")
    assert _pairs(extract_statements(doc))[-1] == ("Жанна Ибраева", "Денег хватит")


def test_en_and_kk_role_alone(make_doc):
    doc = make_doc("Senator Aidar Kurmanov said the bill needed more work.\n\n"
                   "\"We need amendments on deadlines,\" the lawmaker added.", language="en")
    assert _pairs(extract_statements(doc)) == [("Aidar Kurmanov", "the bill needed more work"),
                                               ("Aidar Kurmanov", "We need amendments on deadlines")]
    doc = make_doc("Баяндама жасаған Асхат Жәнібеков реформа бір жылға созылатынын айтты.\n\n"
                   "– Ең бастысы – асықпау, – деді баяндамашы.", language="kk")
    assert _pairs(extract_statements(doc))[-1] == ("Асхат Жәнібеков", "Ең бастысы – асықпау")


# --- statements: how a group speaks is no part of the group -----------------------------------------------------

def test_a_group_speaking_with_one_voice(make_doc):
    doc = make_doc("Экономисты в один голос повторяют, что инфляция замедлится.\n\n"
                   "Депутаты единодушно заявили, что поддержат бюджет.")
    assert _pairs(extract_statements(doc)) == [("Экономисты", "инфляция замедлится"),
                                               ("Депутаты", "поддержат бюджет")]


def test_en_collectives_described_by_adjectives(make_doc):
    doc = make_doc("Political economists say the budget will need a revision.\n\n"
                   "Local election observers said that the count was orderly.", language="en")
    rows = extract_statements(doc)
    assert _pairs(rows) == [("Political economists", "the budget will need a revision"),
                            ("Local election observers", "the count was orderly")]
    assert all(r["is_collective"] for r in rows)


# --- statements (en): a relative clause about the speaker, a quote continued in its own paragraph ---------------

def test_en_relative_clause_after_the_speaker(make_doc):
    doc = make_doc("According to Arman Seitov, who led the drafting group, the text is nearly final.\n\n"
                   "Aliya Nurova, who heads the audit office, presented the report on Monday, saying that spending "
                   "had fallen.", language="en")
    assert _pairs(extract_statements(doc)) == [("Arman Seitov", "the text is nearly final"),
                                               ("Aliya Nurova", "spending had fallen")]


def test_en_quote_continued_in_the_next_paragraph(make_doc):
    doc = make_doc("\"The budget is balanced. Spending will not grow,\" Minister Arman Seitov said.\n\n"
                   "\"Prices are another matter. We will watch them closely.\"\n\n"
                   "Analysts said the plan was cautious.", language="en")
    assert _pairs(extract_statements(doc)) == [
        ("Arman Seitov", "The budget is balanced. Spending will not grow"),
        ("Arman Seitov", "Prices are another matter. We will watch them closely"),
        ("Analysts", "the plan was cautious"),
    ]


def test_a_ballot_question_is_not_a_statement(make_doc):
    doc = make_doc("Voters were asked one question: \"Do you support the new budget law?\"\n\n"
                   "The ballot question read: \"Do you agree to extend the term?\"", language="en")
    assert extract_statements(doc) == []
