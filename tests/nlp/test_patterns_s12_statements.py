"""Statement patterns the blind sets 52 to 54 showed missing, and their neighbours, each in short sentences of our own
(not the labelled texts)."""
from pipeline.nlp import extract_statements


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


# --- who speaks -----------------------------------------------------------------------------------------------------

def test_an_occupation_opening_the_sentence_is_no_part_of_the_name(make_doc):
    doc = make_doc("Гости спрашивали о налогах. Металлург Арман Жумабаев заявил, что впервые прочитал закон о земле.")
    assert _said(extract_statements(doc)) == [("Арман Жумабаев", "впервые прочитал закон о земле")]


def test_a_first_name_that_is_also_a_common_noun_stays_in_the_name(make_doc):
    doc = make_doc("Гости задавали вопросы. Роза Сеитова сказала, что впервые прочитала закон о земле.")
    assert _said(extract_statements(doc)) == [("Роза Сеитова", "впервые прочитала закон о земле")]


def test_a_man_named_first_in_the_genitive_takes_the_nominative_written_later(make_doc):
    doc = make_doc("Вчера в клубе прошла встреча акима города Нуржана Кенжебергена с жителями.\n\n«Мы только "
                   "объясняем», – сказал Нуржан Кенжеберген.")
    assert _said(extract_statements(doc)) == [("Нуржан Кенжеберген", "Мы только объясняем")]
