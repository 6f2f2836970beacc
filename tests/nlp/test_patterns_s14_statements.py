"""Statement patterns the held-out sets blind79 to blind84 showed missing in Russian and Kazakh, and their neighbours,
each in short sentences of our own (not the labelled texts)."""
from pipeline.nlp import extract_statements


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


def test_an_issue_raised_in_a_kazakh_converb_before_the_clause_said(make_doc):
    doc = make_doc("Әкім Арман Сейітов жаңа мектеп салу мәселесін көтеріп, бұл жұмысты биыл бастау керек екенін "
                   "айтты.", language="kk")
    assert _said(extract_statements(doc)) == [("Арман Сейітов", "бұл жұмысты биыл бастау керек")]


def test_an_issue_raised_alone_in_kazakh_is_no_statement(make_doc):
    doc = make_doc("Әкім Арман Сейітов жаңа мектеп салу мәселесін көтерді.", language="kk")
    assert _said(extract_statements(doc)) == []


def test_how_often_a_group_says_it_is_no_part_of_the_group(make_doc):
    doc = make_doc("Юристы из частной практики нередко возражают, что новые сроки слишком короткие.")
    assert _said(extract_statements(doc)) == [("Юристы из частной практики", "новые сроки слишком короткие")]


def test_a_group_speaking_online_is_the_group_alone(make_doc):
    doc = make_doc("Жители Караганды в соцсетях называли новый парк «подарком к празднику».")
    assert _said(extract_statements(doc)) == [("Жители Караганды", "подарком к празднику")]


def test_a_town_after_the_office_is_no_part_of_the_name(make_doc):
    doc = make_doc("Начальник управления образования Костаная Дана Абенова сообщила, что ремонт школ завершен.\n\n"
                   "«Все классы готовы к сентябрю», — добавила Дана Абенова.")
    assert _said(extract_statements(doc)) == [("Дана Абенова", "ремонт школ завершен"),
                                              ("Дана Абенова", "Все классы готовы к сентябрю")]


def test_a_name_with_a_patronymic_keeps_its_three_words(make_doc):
    doc = make_doc("Министр Арман Ерланович Сеитов заявил, что решение принято.\n\n«Работа продолжится», — добавил "
                   "Арман Сеитов.")
    assert _said(extract_statements(doc)) == [("Арман Ерланович Сеитов", "решение принято"),
                                              ("Арман Ерланович Сеитов", "Работа продолжится")]


def test_a_kazakh_opinion_after_the_writers_clause_and_a_colon(make_doc):
    doc = make_doc("Кеңес жұмысы жасырын болмайды: депутаттардың айтуынша, әр шешім сайтта жарияланады.", language="kk")
    assert _said(extract_statements(doc)) == [("Депутаттар", "әр шешім сайтта жарияланады")]


def test_a_quote_told_to_an_outlet_named_by_its_web_address(make_doc):
    doc = make_doc("«Работа продолжится и летом», – сказал корреспонденту Vlast.kz аким района Ерлан Жумабаев.")
    assert _said(extract_statements(doc)) == [("Ерлан Жумабаев", "Работа продолжится и летом")]
