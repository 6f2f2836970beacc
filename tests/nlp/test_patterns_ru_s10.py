"""Russian statement constructions the sets blind33 to blind36 showed missed or misread, and their neighbours, each in
short sentences of our own (not the labelled texts)."""
from pipeline.nlp import extract_statements


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


def test_an_akimat_as_the_source_of_figures_is_no_statement(make_doc):
    doc = make_doc("Аким района Нурлан Сеитов провел встречу с жителями. По данным акимата, в зал пришли 300 человек.")
    assert _said(extract_statements(doc)) == []


def test_an_akim_as_the_source_of_figures_is_a_statement(make_doc):
    doc = make_doc("Аким района Нурлан Сеитов провел встречу с жителями. По данным акима, в районе построят две школы.")
    assert _said(extract_statements(doc)) == [("Нурлан Сеитов", "в районе построят две школы")]


def test_a_press_service_giving_the_head_of_states_words(make_doc):
    doc = make_doc("Президент принял министра финансов.\n\n«Бюджет должен быть понятен каждому», — приводит слова "
                   "Главы государства пресс-служба Акорды.")
    assert _said(extract_statements(doc)) == [("Касым-Жомарт Токаев", "Бюджет должен быть понятен каждому")]


def test_a_press_service_giving_a_ministers_words(make_doc):
    doc = make_doc("«Школы откроются в срок», — привела слова министра Армана Сеитова пресс-служба ведомства.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "Школы откроются в срок")]


def test_a_press_service_reporting_alone_is_no_speaker(make_doc):
    doc = make_doc("«Школы откроются в срок», — сообщает пресс-служба ведомства.")
    assert _said(extract_statements(doc)) == []


def test_a_date_before_the_subject_is_no_part_of_its_name(make_doc):
    doc = make_doc("Напомним, 12 марта Конституционный суд сообщил, что жалоба депутатов принята к рассмотрению.")
    assert _said(extract_statements(doc)) == [("Конституционный суд", "жалоба депутатов принята к рассмотрению")]


def test_a_body_reaching_a_conclusion_is_no_statement(make_doc):
    doc = make_doc("Напомним, 12 марта комиссия пришла к выводу, что области нужен новый бюджетный кодекс.")
    assert _said(extract_statements(doc)) == []


def test_members_of_a_body_reaching_a_conclusion_speak_as_a_group(make_doc):
    doc = make_doc("Члены комиссии пришли к выводу, что области нужен новый бюджетный кодекс.")
    assert _said(extract_statements(doc)) == [("Члены комиссии", "области нужен новый бюджетный кодекс")]


def test_a_split_quote_going_on_into_the_next_paragraph(make_doc):
    doc = make_doc("Мы поговорили с экономистом Арманом Сеитовым.\n\n«Налоги выросли. Люди это чувствуют, – говорит "
                   "он. – Малый бизнес платит больше всех.\n\nЗимой многие кафе закрылись. Так дальше нельзя».")
    assert _said(extract_statements(doc)) == [
        ("Арман Сеитов", "Налоги выросли. Люди это чувствуют"),
        ("Арман Сеитов", "Малый бизнес платит больше всех"),
        ("Арман Сеитов", "Зимой многие кафе закрылись. Так дальше нельзя")]
