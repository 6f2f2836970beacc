"""Patterns the blind sets 46-48 showed missing, and their neighbours, each in short sentences of our own (not the
labelled texts)."""
from pipeline.nlp import extract_statements


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


# --- statements -----------------------------------------------------------------------------------------------------

def test_an_interviewee_introduced_in_the_genitive_is_named_in_the_nominative(make_doc):
    doc = make_doc("Газета расспросила профессора экономики Ерлана Сапарова.\n\n– Налоги вырастут?\n\n– Нет, ставки "
                   "останутся прежними до конца года, – отвечает Сапаров.")
    assert _said(extract_statements(doc)) == [("Ерлан Сапаров", "Нет, ставки останутся прежними до конца года")]


def test_a_woman_in_the_nominative_keeps_her_name(make_doc):
    doc = make_doc("Слово взяла экономист Алия Сапарова.\n\n– Ставки останутся прежними, – отвечает Сапарова.")
    assert _said(extract_statements(doc)) == [("Алия Сапарова", "Ставки останутся прежними")]


def test_a_group_with_a_participle_set_off_after_it(make_doc):
    doc = make_doc("Преподаватели колледжа, выступавшие на конференции, в свою очередь отметили, что экзамены "
                   "перенесут на июнь.")
    assert _said(extract_statements(doc)) == [("Преподаватели колледжа, выступавшие на конференции",
                                               "экзамены перенесут на июнь")]


def test_a_group_described_by_an_adverb_and_a_participle_is_not_the_person_it_belongs_to(make_doc):
    doc = make_doc("Депутат Арман Сеитов поддержал закон.\n\nКритически настроенные коллеги депутата указывают, что "
                   "закон приняли слишком быстро.")
    assert _said(extract_statements(doc)) == [("Критически настроенные коллеги депутата",
                                               "закон приняли слишком быстро")]


def test_described_as_an_adjective_after_an_apposition(make_doc):
    doc = make_doc("Its director, Aidar Nurlanov, described the season as long and difficult.", language="en")
    assert _said(extract_statements(doc)) == [("Aidar Nurlanov", "the season as long and difficult")]


def test_a_group_with_a_relative_clause_described_a_thing_as(make_doc):
    doc = make_doc("Members of the council who spoke to Kazinform described the hearing as tense.", language="en")
    assert _said(extract_statements(doc)) == [("Members of the council who spoke to Kazinform",
                                               "the hearing as tense")]


def test_urging_others_to_act_is_a_call(make_doc):
    doc = make_doc("Aidar Nurlanov said the club had opened a library. He urged other clubs to follow.",
                   language="en")
    assert _said(extract_statements(doc)) == [("Aidar Nurlanov", "the club had opened a library")]


def test_urging_a_thing_is_still_said(make_doc):
    doc = make_doc("Aidar Nurlanov urged a review of the budget.", language="en")
    assert _said(extract_statements(doc)) == [("Aidar Nurlanov", "a review of the budget")]


def test_a_foreign_name_with_diacritics_speaks_a_clause_holding_a_quote(make_doc):
    doc = make_doc('Marta Novák said the reform "goes further than expected" by most observers.', language="en")
    assert _said(extract_statements(doc)) == [("Marta Novák",
                                               'the reform "goes further than expected" by most observers')]


def test_a_promise_to_act_is_said(make_doc):
    doc = make_doc("Aidar Nurlanov promised to open two new schools next year.", language="en")
    assert _said(extract_statements(doc)) == [("Aidar Nurlanov", "open two new schools next year")]


def test_called_in_quotes_then_a_promise_of_the_same_subject(make_doc):
    doc = make_doc('The mayor, Aidar Nurlanov, called the budget "a fair compromise" and promised to report on it '
                   'every month.', language="en")
    assert _said(extract_statements(doc)) == [("Aidar Nurlanov", "a fair compromise"),
                                              ("Aidar Nurlanov", "report on it every month")]


def test_an_interviewers_remark_after_the_writers_paragraph_is_no_statement(make_doc):
    doc = make_doc("Газета поговорила с экономистом Ерланом Сапаровым.\n\n– Зачем нужен новый налог?\n\n– Чтобы "
                   "выровнять бюджеты регионов, – говорит Сапаров.\n\nЭксперт уверен, что реформа окупится.\n\n"
                   "– Оппоненты утверждают, что налог ударит по малому бизнесу.\n\n– Малый бизнес его почти не "
                   "заметит, – отвечает экономист.")
    assert _said(extract_statements(doc)) == [("Ерлан Сапаров", "Чтобы выровнять бюджеты регионов"),
                                              ("Ерлан Сапаров", "реформа окупится"),
                                              ("Ерлан Сапаров", "Малый бизнес его почти не заметит")]


def test_a_quote_opened_after_the_writers_sentence_goes_on_in_the_next_paragraph(make_doc):
    doc = make_doc("Экономист Ерлан Сапаров считает, что налог окупится. «Бюджеты регионов станут ровнее.\n\n"
                   "Через год это увидят все», – поясняет он.")
    assert _said(extract_statements(doc)) == [("Ерлан Сапаров", "налог окупится"),
                                              ("Ерлан Сапаров", "Бюджеты регионов станут ровнее.\n\nЧерез год это увидят все")]


def test_a_title_in_quotes_before_the_next_paragraph_opens_no_quote(make_doc):
    doc = make_doc("Экономист Ерлан Сапаров прочитал закон «О налогах».\n\nЧерез год это увидят все, – поясняет он.")
    assert ("Ерлан Сапаров", "О налогах") not in _said(extract_statements(doc))


def test_the_head_of_state_after_a_place_adverb_is_not_the_last_chair_named(make_doc):
    doc = make_doc("Совет возглавил председатель Верховного суда Арман Сеитов. Совет создан после форума в Актобе. "
                   "Там Глава государства заявил, что суды должны работать открыто.")
    assert _said(extract_statements(doc)) == [("Касым-Жомарт Токаев", "суды должны работать открыто")]
