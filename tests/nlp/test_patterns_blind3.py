"""Patterns the third blind set showed missing, and their neighbours, each in short sentences of our own (not the
labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements


def _pairs(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


def _events(rows):
    return sorted((r["event_date"], r["event_type"]) for r in rows)


# --- statements: a pronoun with an adverb refers back to the person named before ------------------------------

def test_ru_pronoun_with_also_after_po_slovam(make_doc):
    doc = make_doc("По словам министра Армана Сеитова, бюджет готов.\n\n"
                   "Он также добавил, что цены снизятся.\n\n"
                   "Депутат Айгуль Бекова заявила, что закон нужен.\n\n"
                   "Она же отметила, что сроки сжатые.")
    assert _pairs(extract_statements(doc)) == [
        ("Арман Сеитов", "бюджет готов"), ("Арман Сеитов", "цены снизятся"),
        ("Айгуль Бекова", "закон нужен"), ("Айгуль Бекова", "сроки сжатые"),
    ]


def test_kk_pronoun_with_also_and_the_adverb_left_out_of_the_clause(make_doc):
    doc = make_doc("Министр Арман Сейітов бюджет дайын екенін айтты. Ол сондай-ақ бағалар төмендейтінін атап өтті.",
                   language="kk")
    assert _pairs(extract_statements(doc)) == [("Арман Сейітов", "бюджет дайын"),
                                               ("Арман Сейітов", "бағалар төмендейтінін")]


# --- statements: English subjects without auxiliaries, collectives with a quantifier -----------------------------

def test_en_auxiliaries_are_not_part_of_the_speaker(make_doc):
    doc = make_doc("Officials have stressed that the plan was drafted with care.\n\n"
                   "Minister Arman Seitov said the budget was ready. He has also said that prices would fall.",
                   language="en")
    assert _pairs(extract_statements(doc)) == [
        ("Officials", "the plan was drafted with care"), ("Arman Seitov", "the budget was ready"),
        ("Arman Seitov", "prices would fall"),
    ]


def test_quantified_collectives_in_three_languages(make_doc):
    doc = make_doc("Some deputies said they would vote for the bill.\n\nMany analysts have argued that the timing was rushed.",
                   language="en")
    rows = extract_statements(doc)
    assert _pairs(rows) == [("Some deputies", "they would vote for the bill"),
                            ("Many analysts", "the timing was rushed")]
    assert all(r["is_collective"] for r in rows)
    doc = make_doc("Ряд экспертов считает, что норма размыта.\n\nНекоторые депутаты заявили, что поддержат закон.")
    assert _pairs(extract_statements(doc)) == [("Ряд экспертов", "норма размыта"),
                                               ("Некоторые депутаты", "поддержат закон")]
    doc = make_doc("Кейбір депутаттар заң қажет екенін айтты.", language="kk")
    assert _pairs(extract_statements(doc)) == [("Кейбір депутаттар", "заң қажет")]
