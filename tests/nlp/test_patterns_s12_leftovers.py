"""Patterns the leftovers of the blind sets (blind49-51 and older ones) showed missing, and their neighbours, each in
short sentences of our own (not the labelled texts)."""
from pipeline.nlp import extract_events, extract_statements

MAY_14 = "2026-05-14T12:00:00+05:00"  # a Thursday


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


# --- statements -----------------------------------------------------------------------------------------------------

def test_a_group_argues_and_a_body_by_name_points_to_something_of_its_own(make_doc):
    doc = make_doc("Analysts argue that the reform came too early, and the Central Bank has pointed to hundreds of "
                   "complaints.", language="en")
    assert _said(extract_statements(doc)) == [("Analysts", "the reform came too early")]


def test_a_group_argues_and_a_body_saying_a_clause_is_not_cut(make_doc):
    doc = make_doc("Analysts argue that the reform came too early, and the Central Bank said that complaints arrived.",
                   language="en")
    assert [text for _, text in _said(extract_statements(doc))][0].endswith("complaints arrived")


def test_results_announced_then_who_told_of_it_is_no_statement(make_doc):
    doc = make_doc("Избирком объявил итоги выборов в маслихат. Об этом на брифинге сообщил его секретарь Арман Сеитов.")
    assert _said(extract_statements(doc)) == []


def test_results_summed_up_then_who_told_of_it_is_no_statement(make_doc):
    doc = make_doc("Жюри подвело окончательные итоги конкурса. Об этом сообщила его председатель Дана Абенова.")
    assert _said(extract_statements(doc)) == []


def test_a_claim_then_who_told_of_it_stays_a_statement(make_doc):
    doc = make_doc("Итоги конкурса будут объявлены в мае. Об этом сообщила председатель жюри Дана Абенова.")
    assert _said(extract_statements(doc)) == [("Дана Абенова", "Итоги конкурса будут объявлены в мае")]


# --- events ---------------------------------------------------------------------------------------------------------

def test_a_decree_named_back_as_the_document_signed_yesterday(make_doc, events):
    doc = make_doc("Сегодня газета публикует Указ Президента о выборах в маслихаты. Документ, подписанный Главой "
                   "государства вчера, назначает голосование на 20 июня.", published=MAY_14)
    assert ("2026-05-13", "decree") in [(d.isoformat(), t) for d, t in events(extract_events(doc))]


def test_a_law_named_back_as_the_document_signed_yesterday(make_doc, events):
    doc = make_doc("Сегодня газета публикует Закон о местном самоуправлении. Документ, подписанный Президентом вчера, "
                   "вступит в силу через десять дней.", published=MAY_14)
    types = [(d.isoformat(), t) for d, t in events(extract_events(doc))]
    assert ("2026-05-13", "law_signed") in types and not any(t == "decree" for _, t in types)


def test_a_document_signed_with_no_act_named_before_is_no_event(make_doc, events):
    doc = make_doc("Сегодня газета публикует текст проекта. Документ, подписанный вчера, насчитывает сорок статей.",
                   published=MAY_14)
    assert not any(t in ("decree", "law_signed") for _, t in events(extract_events(doc)))


def test_a_feminine_relative_clause_after_the_name_is_no_part_of_the_speaker(make_doc):
    doc = make_doc("Библиотекарь Дана Абенова, которая первой прочитала новый устав на встрече в клубе, считает, что "
                   "его нужно обсуждать.")
    assert _said(extract_statements(doc)) == [("Дана Абенова", "его нужно обсуждать")]


def test_a_speaker_inserted_after_an_opening_word_leaves_the_word_out(make_doc):
    doc = make_doc("Экономист Арман Сеитов одобряет новый бюджет.\n\nПравда, тут же оговаривается экономист, расходы "
                   "на дороги придется сократить.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "расходы на дороги придется сократить")]


def test_a_speaker_inserted_after_an_opening_word_by_a_pronoun(make_doc):
    doc = make_doc("Экономист Арман Сеитов одобряет новый бюджет. Впрочем, признает он, сроки очень сжатые.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "сроки очень сжатые")]


def test_a_voter_named_then_called_a_young_man(make_doc):
    doc = make_doc("Студент Арман Сеитов пришел на участок с друзьями. По словам молодого человека, он выбрал "
                   "кандидата еще весной.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "он выбрал кандидата еще весной")]


def test_a_kazakh_group_made_its_support_known_after_an_occasion(make_doc):
    doc = make_doc("Кездесуден кейін мұғалімдер жаңа бағдарламаны қолдайтынын білдірді.", language="kk")
    assert _said(extract_statements(doc)) == [("Мұғалімдер", "жаңа бағдарламаны қолдайтынын")]


def test_gratitude_made_known_in_kazakh_is_no_statement(make_doc):
    doc = make_doc("Мұғалім Арман Сейітов ұйымдастырушыларға алғысын білдірді.", language="kk")
    assert _said(extract_statements(doc)) == []


def test_a_head_of_a_body_named_in_the_instrumental_then_by_the_role(make_doc):
    doc = make_doc("Председатель избиркома Арман Сеитов сообщил, что явка превысила прогноз.\n\nВ тот же день Арман "
                   "Сеитов встретился с главой миссии наблюдателей ОБСЕ Мартой Коваль.\n\nГлава миссии сообщила, что "
                   "отчет будет готов через месяц.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "явка превысила прогноз"),
                                              ("Марта Коваль", "отчет будет готов через месяц")]


def test_an_act_the_news_came_a_day_after_is_dated_back_from_it(make_doc, events):
    doc = make_doc("ASTANA – The full text of the new water code appeared in the official newspaper on Wednesday.\n\n"
                   "The publication came a day after President Arman Seitov signed a decree on putting the code into "
                   "effect. The decree tells the ministries to draft the rules.", language="en", published=MAY_14)
    assert [(d.isoformat(), t) for d, t in events(extract_events(doc))] == [("2026-05-12", "decree"),
                                                                             ("2026-05-13", "publication")]


def test_an_act_the_news_came_a_day_after_not_taken_up_stays_background(make_doc, events):
    doc = make_doc("ASTANA – The full text of the new water code appeared in the official newspaper on Wednesday.\n\n"
                   "The publication came a day after President Arman Seitov signed a decree on putting the code into "
                   "effect. Farmers welcomed the text.", language="en", published=MAY_14)
    assert [(d.isoformat(), t) for d, t in events(extract_events(doc))] == [("2026-05-13", "publication")]


def test_an_act_the_news_came_days_after_with_no_count_stays_background(make_doc, events):
    doc = make_doc("ASTANA – The full text of the new water code appeared in the official newspaper on Wednesday.\n\n"
                   "The publication comes weeks after the akim signed a decree on it.", language="en",
                   published=MAY_14)
    assert [(d.isoformat(), t) for d, t in events(extract_events(doc))] == [("2026-05-13", "publication")]


def test_a_promise_joined_to_the_reported_clause_is_said_too(make_doc):
    doc = make_doc("Кандидат Дана Абенова ответила, что закон дает селам больше прав, и пообещала встречаться с "
                   "жителями каждый месяц.")
    assert _said(extract_statements(doc)) == [("Дана Абенова", "закон дает селам больше прав"),
                                              ("Дана Абенова", "встречаться с жителями каждый месяц")]


def test_a_proposal_joined_to_the_reported_clause_is_no_statement(make_doc):
    doc = make_doc("Кандидат Дана Абенова ответила, что закон дает селам больше прав, и предложила встречаться с "
                   "жителями каждый месяц.")
    assert _said(extract_statements(doc)) == [("Дана Абенова", "закон дает селам больше прав")]
