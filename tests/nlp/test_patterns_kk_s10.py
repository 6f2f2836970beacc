"""Kazakh statement patterns the sets blind33 to blind36 showed missing or wrongly taken, and their neighbours, each in
short sentences of our own (not the labelled texts)."""
from pipeline.nlp import extract_statements


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


def test_a_clause_someone_had_written_before(make_doc):
    doc = make_doc("Журналист Дана Сейітова ауыл мектебі жабылуы мүмкін екенін жазған болатын.", language="kk")
    assert _said(extract_statements(doc)) == [("Дана Сейітова", "ауыл мектебі жабылуы мүмкін")]


def test_a_chair_named_by_the_role_is_not_the_head_of_state_named_since(make_doc):
    doc = make_doc("Кеңестің төрағасы Дана Сейітова бүгін Мемлекет басшысы Қасым-Жомарт Тоқаевқа баяндаманы табыс етті.\n\n"
                   "Кеңес төрағасының сөзінше, биыл 300 өтініш қаралды.", language="kk")
    assert _said(extract_statements(doc)) == [("Дана Сейітова", "биыл 300 өтініш қаралды")]


def test_the_head_of_state_by_his_title_stays_the_president(make_doc):
    doc = make_doc("Кеңестің төрағасы Дана Сейітова бүгін Мемлекет басшысы Қасым-Жомарт Тоқаевқа баяндаманы табыс етті.\n\n"
                   "Мемлекет басшысының сөзінше, жұмыс жалғасады.", language="kk")
    assert _said(extract_statements(doc)) == [("Қасым-Жомарт Тоқаев", "жұмыс жалғасады")]


def test_a_speaker_after_the_quote_described_with_initials(make_doc):
    doc = make_doc("«Сабақтар енді қызықты», – дейді Қ.И. Сәтбаев атындағы университеттің студенті Дана Сейітова.",
                   language="kk")
    assert _said(extract_statements(doc)) == [("Дана Сейітова", "Сабақтар енді қызықты")]


def test_a_dash_speech_with_initials_in_its_speaker(make_doc):
    doc = make_doc("– Жоба дайын, – деді А.Б. Сейітов атындағы мектептің директоры Арман Жақыпов.", language="kk")
    assert _said(extract_statements(doc)) == [("Арман Жақыпов", "Жоба дайын")]


def test_a_clause_said_with_dedi_and_no_complementiser(make_doc):
    doc = make_doc("Депутат Арман Жақыпов мектеп салу қажет деді.", language="kk")
    assert _said(extract_statements(doc)) == [("Арман Жақыпов", "мектеп салу қажет")]


def test_taking_the_floor_before_the_clause_is_no_part_of_it(make_doc):
    doc = make_doc("Мұғалім Дана Сейітова сөз алып, оқулықтарды жаңарту керек екенін айтты.", language="kk")
    assert _said(extract_statements(doc)) == [("Дана Сейітова", "оқулықтарды жаңарту керек")]


def test_reporting_on_how_a_work_goes_is_a_topic(make_doc):
    doc = make_doc("Әкім Арман Жақыпов брифинг өткізіп, егін жинау науқанының барысын баяндады.", language="kk")
    assert _said(extract_statements(doc)) == []


def test_reporting_a_clause_made_a_noun_stays_a_statement(make_doc):
    doc = make_doc("Әкім Арман Жақыпов егін жинау науқаны аяқталғанын баяндады.", language="kk")
    assert _said(extract_statements(doc)) == [("Арман Жақыпов", "егін жинау науқаны аяқталғанын")]


def test_approving_a_quality_is_a_statement(make_doc):
    doc = make_doc("Сарапшы Дана Сейітова жаңа ереженің айқындылығын құптады.", language="kk")
    assert _said(extract_statements(doc)) == [("Дана Сейітова", "жаңа ереженің айқындылығын")]


def test_approving_a_draft_is_no_statement(make_doc):
    doc = make_doc("Депутат Арман Жақыпов бюджет жобасын құптады.", language="kk")
    assert _said(extract_statements(doc)) == []


def test_issues_raised_in_the_plural_are_topics(make_doc):
    doc = make_doc("Жиынға келген фермерлер жайылым, тұқым және техника мәселелерін көтерді.", language="kk")
    assert _said(extract_statements(doc)) == []


def test_one_issue_raised_by_its_problem_is_a_topic_too(make_doc):
    doc = make_doc("Фермер Арман Жақыпов жайылым тапшылығы мәселесін көтерді.", language="kk")
    assert _said(extract_statements(doc)) == []
