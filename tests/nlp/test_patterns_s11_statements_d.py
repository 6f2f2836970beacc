"""Statement patterns the blind sets forty-nine to fifty-one showed missing, and their neighbours, each in short
sentences of our own (not the labelled texts)."""
from pipeline.nlp import extract_statements


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


def test_a_teacher_named_again_by_the_other_kazakh_word(make_doc):
    doc = make_doc("Жиынға қатысқан мұғалім Айгүл Серікова сабақ кестесі өзгеретінін айтты.\n\n– Оқушылар жаңа "
                   "пәнді күтіп жүр, – дейді ұстаз.", language="kk")
    assert _said(extract_statements(doc)) == [("Айгүл Серікова", "сабақ кестесі өзгеретінін"),
                                              ("Айгүл Серікова", "Оқушылар жаңа пәнді күтіп жүр")]


def test_teachers_in_the_plural_are_no_one_named_before(make_doc):
    doc = make_doc("Мұғалім Айгүл Серікова жиынға келді.\n\n– Оқушылар жаңа пәнді күтіп жүр, – дейді ұстаздар.",
                   language="kk")
    assert [s for s, _ in _said(extract_statements(doc))] != ["Айгүл Серікова"]


def test_a_quote_followed_by_how_it_came_laughed_in_kazakh(make_doc):
    doc = make_doc("Студент Нұрлан Әбенов учаскеге ерте келді.\n\n– Кезек әлі жоқ екен, – деп күлді ол.",
                   language="kk")
    assert _said(extract_statements(doc)) == [("Нұрлан Әбенов", "Кезек әлі жоқ екен")]


def test_laughter_with_no_quote_before_it_is_no_statement(make_doc):
    doc = make_doc("Студент Нұрлан Әбенов учаскеге ерте келіп, достарымен бірге күлді.", language="kk")
    assert _said(extract_statements(doc)) == []


def test_a_name_with_a_role_set_off_then_saying(make_doc):
    doc = make_doc("ASTANA – Dana Abenova, head of the election commission, met voters in Taraz on Monday, saying the "
                   "count would be done by midnight.", language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "the count would be done by midnight")]


def test_a_name_with_a_role_set_off_and_no_saying_is_no_statement(make_doc):
    doc = make_doc("Dana Abenova, head of the election commission, met voters in Taraz on Monday.", language="en")
    assert _said(extract_statements(doc)) == []


def test_the_source_of_the_report_set_off_between_speaker_and_verb(make_doc):
    doc = make_doc("Minister Arman Seitov met farmers in Kostanay.\n\nSeitov, according to the ministry's press "
                   "office, stressed that the new subsidies would arrive before the sowing.", language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the new subsidies would arrive before the sowing")]


def test_called_a_quoted_phrase_then_warned_that(make_doc):
    doc = make_doc("Dana Abenova, who teaches history in Taraz, called the new course \"a long overdue step\" but warned "
                   "that the textbooks were not ready.", language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "a long overdue step"),
                                              ("Dana Abenova", "the textbooks were not ready")]


def test_a_title_in_quotes_then_warned_that_is_one_statement(make_doc):
    doc = make_doc("Dana Abenova, who teaches history in Taraz, praised the law \"On Education\" but warned that the "
                   "textbooks were not ready.", language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "the textbooks were not ready")]


def test_an_interviewers_remark_before_a_quoted_answer_is_no_statement(make_doc):
    doc = make_doc("Мы поговорили с юристом Арманом Сеитовым.\n\n— Скептики говорят, что реформа запоздала. Вы "
                   "согласны?\n\n«Отчасти. Но лучше поздно», — отвечает Сеитов.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "Отчасти. Но лучше поздно")]
