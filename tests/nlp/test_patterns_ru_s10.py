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


def test_a_group_expressing_support_then_doing_something_else(make_doc):
    doc = make_doc("Участники форума выразили поддержку новому закону и решили собраться снова через месяц.")
    assert _said(extract_statements(doc)) == [("Участники форума", "поддержку новому закону")]


def test_expressing_thanks_is_no_statement(make_doc):
    doc = make_doc("Участники форума выразили благодарность организаторам.")
    assert _said(extract_statements(doc)) == []


def test_a_proposal_after_the_words_is_no_part_of_them(make_doc):
    doc = make_doc("Фермер Арман Сеитов заявил, что доволен новым законом, но предложил отменить налог на воду.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "доволен новым законом")]


def test_a_verb_of_the_clauses_own_subject_after_but_stays(make_doc):
    doc = make_doc("Депутат Арман Сеитов заявил, что комиссия рассмотрела проект, но вернула его на доработку.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "комиссия рассмотрела проект, но вернула его на доработку")]


def test_an_official_named_by_the_word_for_any_official(make_doc):
    doc = make_doc("Заместитель министра Арман Сеитов встретился с фермерами. Первым выступил фермер Олжас Ким. "
                   "Чиновник ответил, что субсидии сохранятся.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "субсидии сохранятся")]


def test_a_quote_right_after_a_reported_clause_goes_on_in_that_voice(make_doc):
    doc = make_doc("Мы поговорили с экономистом Арманом Сеитовым. Новый налог, считает он, ударит по фермерам. "
                   "«Хотя другого выхода у бюджета нет».")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "Новый налог, считает он, ударит по фермерам"),
                                              ("Арман Сеитов", "Хотя другого выхода у бюджета нет")]


def test_a_quote_after_a_sentence_that_reports_nothing_stays_unattributed(make_doc):
    doc = make_doc("Экономист Арман Сеитов прочитал в Таразе лекцию. «Налоги и фермеры».")
    assert _said(extract_statements(doc)) == []


def test_words_given_whole_in_quotes_after_po_ee_slovam_are_direct(make_doc):
    doc = make_doc("Пенсионерка Алия Ким выслушала министра. По ее словам, «обещать легко, посмотрим на деле».")
    rows = extract_statements(doc)
    assert [(r["speaker_name"], r["statement_text"], r["kind"]) for r in rows] == [
        ("Алия Ким", "обещать легко, посмотрим на деле", "direct")]


def test_a_long_lead_before_a_colon_and_a_quote_names_its_subject_first(make_doc):
    doc = make_doc("Бывший аким района Арман Сеитов согласился с докладчиком, но напомнил фразу, которую, по его "
                   "признанию, много лет назад услышал от одного из старых агрономов области: «земля не терпит спешки».")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "земля не терпит спешки")]


def test_a_teacher_named_again_by_the_word_pedagog(make_doc):
    doc = make_doc("Учитель истории Арман Сеитов пришел на встречу.\n\n«Детям нужны простые учебники», – считает "
                   "педагог.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "Детям нужны простые учебники")]


def test_a_long_role_with_its_institution_before_the_name_is_the_subject(make_doc):
    doc = make_doc("Доктор экономических наук, профессор Аграрного университета имени К. А. Абаева Арман Сеитов "
                   "считает, что цены на зерно вырастут.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "цены на зерно вырастут")]


def test_a_long_clause_before_the_verb_is_no_subject(make_doc):
    doc = make_doc("После долгих споров в зале о ценах на зерно и воду для полей района наконец заявили, что решение "
                   "примут позже.")
    assert _said(extract_statements(doc)) == []
