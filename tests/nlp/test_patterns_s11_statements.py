"""Statement patterns the blind sets 40 to 42 showed missing, and their neighbours, each in short sentences of our own
(not the labelled texts)."""
from pipeline.nlp import extract_statements


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


# --- Kazakh ---------------------------------------------------------------------------------------------------------

def test_a_persons_statement_in_kazakh_after_mәлімдеуінше(make_doc):
    doc = make_doc("Министр Арман Сейітовтің мәлімдеуінше, биыл облыста 40 мектеп салынады.", language="kk")
    assert _said(extract_statements(doc)) == [("Арман Сейітов", "биыл облыста 40 мектеп салынады")]


def test_a_topic_reported_with_туралы_баяндап_before_the_clause_said(make_doc):
    doc = make_doc("Әкім Арман Сейітов жол құрылысы туралы баяндап, жұмыстың мерзімінен бұрын аяқталатынын айтты.",
                   language="kk")
    assert _said(extract_statements(doc)) == [("Арман Сейітов", "жұмыстың мерзімінен бұрын аяқталатынын")]


def test_a_topic_dwelt_on_with_тоқталып_before_the_clause_said(make_doc):
    doc = make_doc("Әкім Арман Сейітов бюджеттің негізгі баптарына тоқталып, биыл 40 мектеп салынатынын түсіндірді.",
                   language="kk")
    assert _said(extract_statements(doc)) == [("Арман Сейітов", "биыл 40 мектеп салынатынын")]


def test_a_topic_dwelt_on_alone_is_no_statement(make_doc):
    doc = make_doc("Әкім Арман Сейітов бюджеттің негізгі баптарына тоқталды.", language="kk")
    assert _said(extract_statements(doc)) == []


def test_a_thing_called_by_quoted_words_with_деп_атады(make_doc):
    doc = make_doc("Сарапшы Арман Сейітов жаңа бюджетті «даму бюджеті» деп атады.", language="kk")
    assert _said(extract_statements(doc)) == [("Арман Сейітов", "даму бюджеті")]


def test_a_thing_judged_without_quotation_marks_with_деп_бағалады(make_doc):
    doc = make_doc("Депутат Арман Сейітов жаңа бюджетті маңызды қадам деп бағалады.", language="kk")
    assert _said(extract_statements(doc)) == [("Арман Сейітов", "жаңа бюджетті маңызды қадам")]


def test_a_name_or_a_title_given_with_деп_атады_is_no_statement(make_doc):
    for text in ("Депутат Арман Сейітов ұлын Арман деп атады.", "Депутат Арман Сейітов жобаны «Ақ жол» деп атады."):
        assert _said(extract_statements(make_doc(text, language="kk"))) == []


def test_a_group_told_by_a_participle_and_an_adjective_in_kazakh(make_doc):
    doc = make_doc("Жиынға қатысқан халықаралық сарапшылар жұмыс ашық өткенін атап өтті.", language="kk")
    assert _said(extract_statements(doc)) == [("Жиынға қатысқан халықаралық сарапшылар", "жұмыс ашық өткенін")]

def test_a_quote_closing_the_sentence_before_деді_with_the_speaker_heading_it(make_doc):
    doc = make_doc("Кәсіпкер Арман Сейітов маған берген пікірінде «Бюджет – әр отбасының ісі» деді.", language="kk")
    assert _said(extract_statements(doc)) == [("Арман Сейітов", "Бюджет – әр отбасының ісі")]


def test_a_quoted_title_after_an_object_before_деді_is_no_statement(make_doc):
    doc = make_doc("Кәсіпкер Арман Сейітов жобаны «Ақ жол» деді.", language="kk")
    assert _said(extract_statements(doc)) == []

# --- Russian --------------------------------------------------------------------------------------------------------

def test_named_as_a_quoted_participle_in_the_instrumental(make_doc):
    doc = make_doc("Политолог Арман Сеитов в комментарии Zakon.kz назвал ход реформы «взвешенным, но быстрым».")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "взвешенным, но быстрым")]


def test_an_object_held_to_be_something_after_считает(make_doc):
    doc = make_doc("Политолог Арман Сеитов считает новый закон важным шагом.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "новый закон важным шагом")]


def test_a_course_held_needed_after_считает_is_no_statement(make_doc):
    doc = make_doc("Политолог Арман Сеитов считает необходимым провести слушания.")
    assert _said(extract_statements(doc)) == []


def test_a_persons_figures_after_по_ее_данным(make_doc):
    doc = make_doc("Социолог Дана Абенова считает, что интерес высок. По ее данным, в селах люди чаще спрашивали о "
                   "налогах.")
    assert _said(extract_statements(doc)) == [("Дана Абенова", "интерес высок"),
                                              ("Дана Абенова", "в селах люди чаще спрашивали о налогах")]


def test_a_bodys_figures_after_по_его_данным_are_no_statement(make_doc):
    doc = make_doc("Министерство опубликовало отчет. По его данным, в селах построено 40 школ.")
    assert _said(extract_statements(doc)) == []


def test_a_clause_after_whom_it_was_told_and_о_том(make_doc):
    doc = make_doc("Министр Арман Сеитов проинформировал Главу государства о том, что работа идет по графику.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "работа идет по графику")]


def test_named_as_quoted_words_with_a_possessive_pronoun_before_the_object(make_doc):
    doc = make_doc("Открывая форум, аким Арман Сеитов поблагодарил волонтеров и назвал их работу «примером для всей "
                   "области».")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "примером для всей области")]


def test_a_pronoun_object_named_as_something_is_no_statement(make_doc):
    doc = make_doc("Аким Арман Сеитов назвал его лучшим учеником.")
    assert _said(extract_statements(doc)) == []


def test_kak_with_an_outlet_in_quotes_and_a_role_set_off_before_the_name(make_doc):
    doc = make_doc("Как пояснил «Казахстанской правде» член совета, профессор Арман Сеитов, совет будет работать "
                   "открыто.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "совет будет работать открыто")]


def test_the_head_of_a_district_is_its_akim_named_before(make_doc):
    doc = make_doc("Аким Карасайского района Арман Сеитов встретился с жителями. Фермер Дана Абенова предложила "
                   "построить мост. По словам главы района, все замечания будут учтены.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "все замечания будут учтены")]


# --- English --------------------------------------------------------------------------------------------------------

def test_a_body_reporting_in_a_clause_joined_with_and_on_a_day(make_doc):
    doc = make_doc("Voters went to the polls on Sunday, and on Monday the Central Election Commission reported that the "
                   "plan had won broad support.", language="en")
    assert _said(extract_statements(doc)) == [("Central Election Commission", "the plan had won broad support")]


def test_a_clause_after_says_with_a_possessive_subject(make_doc):
    doc = make_doc("A friend of mine, Dana Abenova, who teaches maths in Talgar, says her students ask about the budget "
                   "every week.", language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "her students ask about the budget every week")]


def test_a_possessive_object_after_said_is_no_clause(make_doc):
    doc = make_doc("Dana Abenova said her goodbyes and left.", language="en")
    assert _said(extract_statements(doc)) == []


def test_a_quote_closing_a_reported_clause_with_its_own_full_stop_ends_the_sentence(make_doc):
    doc = make_doc('Senator Dana Abenova told reporters that the debate was "tense but fair." The senator said '
                   'she expected a vote in May.', language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", 'the debate was "tense but fair."'),
                                              ("Dana Abenova", "she expected a vote in May")]


def test_a_quote_of_several_sentences_at_the_head_goes_on_to_its_speaker(make_doc):
    doc = make_doc('"We are ready. The work is done," Senator Dana Abenova said.', language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "We are ready. The work is done")]


def test_a_body_that_concluded_records_a_decision_not_words(make_doc):
    doc = make_doc("The Budget Commission concluded in May that the plan was too costly.", language="en")
    assert _said(extract_statements(doc)) == []


def test_a_person_who_concluded_is_a_statement(make_doc):
    doc = make_doc("Commission chair Dana Abenova concluded that the plan was too costly.", language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "the plan was too costly")]


def test_a_foreign_surname_in_russian_is_a_person(make_doc):
    doc = make_doc("Делегацию возглавляет Анна Вайсберг.\n\nПо словам Анны Вайсберг, делегация оценит работу штабов.")
    assert _said(extract_statements(doc)) == [("Анна Вайсберг", "делегация оценит работу штабов")]


def test_a_think_tanks_name_is_no_person_a_pronoun_refers_to(make_doc):
    doc = make_doc('Dana Abenova, an analyst at the think tank Steppe Analytics, said turnout was high.\n\n"People came '
                   'out because the debate was visible," she added.', language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "turnout was high"),
                                              ("Dana Abenova", "People came out because the debate was visible")]


# --- bodies ---------------------------------------------------------------------------------------------------------

def test_a_body_named_by_its_initials_is_given_the_full_name_the_document_gives(make_doc):
    doc = make_doc("В Центральной избирательной комиссии прошел брифинг.\n\nЦИК также сообщила, что нарушений не было.")
    assert _said(extract_statements(doc)) == [("Центральная избирательная комиссия", "нарушений не было")]


def test_a_body_named_only_by_its_initials_keeps_them(make_doc):
    doc = make_doc("ЦИК сообщила, что нарушений не было.")
    assert _said(extract_statements(doc)) == [("ЦИК", "нарушений не было")]


def test_the_commission_giving_figures_in_a_clause_of_its_own_is_the_body_named_before(make_doc):
    doc = make_doc("The Central Election Commission released the results on Monday.\n\nTurnout stood at 70% of 12 "
                   "million voters, the commission said.", language="en")
    assert _said(extract_statements(doc)) == [("The Central Election Commission",
                                               "Turnout stood at 70% of 12 million voters")]


def test_according_to_the_commission_before_figures_is_no_statement(make_doc):
    doc = make_doc("The Central Election Commission released the results on Monday.\n\nAccording to the commission, "
                   "turnout stood at 70%.", language="en")
    assert _said(extract_statements(doc)) == []
