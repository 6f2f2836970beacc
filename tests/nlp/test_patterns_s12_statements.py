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


def test_a_graduate_student_introduced_by_the_degree_is_a_person(make_doc):
    doc = make_doc("Университет магистранты Дәмеш Оразғали студенттер жобаны белсенді оқып жатқанын айтты. Оның "
                   "пікірінше, жаңа мәтін қысқа.", language="kk")
    assert _said(extract_statements(doc)) == [("Дәмеш Оразғали", "студенттер жобаны белсенді оқып жатқанын"),
                                              ("Дәмеш Оразғали", "жаңа мәтін қысқа")]


def test_a_pronoun_after_a_sentence_opened_by_a_role_is_that_role_not_the_last_name(make_doc):
    doc = make_doc("Министр Арман Сейітов кеңестің төрағасы Дана Омарованы, оның орынбасары Ерлан Қасымовты қабылдады."
                   "\n\nКеңес төрағасы жұмыстың барысы туралы баяндады. Оның айтуынша, жүзден астам хат келген.",
                   language="kk")
    assert _said(extract_statements(doc)) == [("Дана Омарова", "жүзден астам хат келген")]


def test_a_pronoun_after_a_sentence_that_names_someone_is_that_person(make_doc):
    doc = make_doc("Министр Арман Сейітов кеңестің төрағасы Дана Омарованы, оның орынбасары Ерлан Қасымовты қабылдады."
                   "\n\nКеңес төрағасы Ерлан Қасымовпен бірге баяндады. Оның айтуынша, жүзден астам хат келген.",
                   language="kk")
    assert _said(extract_statements(doc)) == [("Ерлан Қасымов", "жүзден астам хат келген")]


def test_a_quote_then_laughed_is_the_speakers_and_the_next_quote_goes_on(make_doc):
    doc = make_doc("In Taraz, shop owner Dana Abenova said she had not read the text yet. \"Give me a month,\" she "
                   "laughed. \"Then I will know more.\"", language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "she had not read the text yet"),
                                              ("Dana Abenova", "Give me a month"),
                                              ("Dana Abenova", "Then I will know more")]


def test_a_voter_called_again_by_his_trade_after_a_quote(make_doc):
    doc = make_doc("Arman Seitov, a voter from Taraz, came to the station with his son. \"It was a good morning,\" the "
                   "retired driver added.", language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "It was a good morning")]


# --- where a statement ends ---------------------------------------------------------------------------------------

def test_noting_after_a_clause_closed_by_a_quotation_is_a_second_statement(make_doc):
    doc = make_doc("Minister Arman Seitov told reporters that the count had been \"the fastest ever,\" noting that most "
                   "stations had used scanners.", language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the count had been \"the fastest ever"),
                                              ("Arman Seitov", "most stations had used scanners")]


def test_a_quote_then_so_and_the_pronoun_before_the_verb(make_doc):
    doc = make_doc("Сенатор Арман Сеитов выступил в палате.\n\n«Мы открываем новую страницу», – так он подытожил.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "Мы открываем новую страницу")]


def test_a_quote_then_so_is_no_statement_without_a_speaker(make_doc):
    doc = make_doc("Министр Дана Абенова приехала в Тараз.\n\n«Это только начало», – так считают многие.")
    assert _said(extract_statements(doc)) == []


def test_named_in_quotes_after_a_reported_clause_is_a_second_statement(make_doc):
    doc = make_doc("Министр Дана Абенова отметила, что новый текст стал короче, и назвала работу группы «образцом "
                   "открытости».")
    assert _said(extract_statements(doc)) == [("Дана Абенова", "новый текст стал короче"),
                                              ("Дана Абенова", "образцом открытости")]


def test_a_title_in_quotes_after_a_reported_clause_is_no_judgement(make_doc):
    doc = make_doc("Министр Дана Абенова отметила, что группа работала быстро, и назвала закон «О выборах» главным.")
    assert _said(extract_statements(doc)) == [("Дана Абенова", "группа работала быстро")]


def test_an_observer_by_the_other_kazakh_word_before_a_foreign_name(make_doc):
    doc = make_doc("Халықаралық байқаушы Анна Новак: «Кезек аз болды», – деді.", language="kk")
    assert _said(extract_statements(doc)) == [("Анна Новак", "Кезек аз болды")]


def test_according_to_the_economist_named_before(make_doc):
    doc = make_doc("Economist Dana Abenova has studied free zones for years.\n\nAccording to the economist, such zones "
                   "need a decade to pay off.", language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "such zones need a decade to pay off")]


# --- no statement ---------------------------------------------------------------------------------------------------

def test_figures_by_a_body_named_after_a_role_are_no_statement(make_doc):
    doc = make_doc("Министр Дана Абенова приехала в Тараз. По информации Администрации Президента, в группу вошли 12 "
                   "человек.")
    assert _said(extract_statements(doc)) == []


def test_figures_by_a_person_heading_such_a_body_are_a_statement(make_doc):
    doc = make_doc("Министр Дана Абенова приехала в Тараз. По словам руководителя Администрации Президента Армана "
                   "Сеитова, в группу вошли 12 человек.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "в группу вошли 12 человек")]


# --- more constructions of blind52-54 -------------------------------------------------------------------------------

def test_a_relative_clause_set_off_after_the_name_is_no_subject(make_doc):
    doc = make_doc("Политолог Дина Абенова, которая следит за реформой, считает, что главный итог ещё впереди.")
    assert _said(extract_statements(doc)) == [("Дина Абенова", "главный итог ещё впереди")]


def test_confesses_in_the_present(make_doc):
    doc = make_doc("Юрист Арман Сеитов дал интервью.\n\nСобеседник признается, что раньше сомневался в поправках.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "раньше сомневался в поправках")]


def test_a_group_voicing_a_shared_view_in_kazakh(make_doc):
    doc = make_doc("Форумға жастар қатысты. Қатысушылар жоба елге пайда әкеледі деген ортақ пікір білдірді.",
                   language="kk")
    assert _said(extract_statements(doc)) == [("Қатысушылар", "жоба елге пайда әкеледі")]


def test_a_kazakh_pronoun_subject_before_powers_which_are_no_representative(make_doc):
    doc = make_doc("Министр Арман Сейітов кеңесте сөз сөйледі.\n\nОл заңда министрліктің өкілеттіктері бұрынғыдан нақты "
                   "жазылған екенін атап өтті.", language="kk")
    assert _said(extract_statements(doc)) == [("Арман Сейітов",
                                               "заңда министрліктің өкілеттіктері бұрынғыдан нақты жазылған")]


def test_a_body_named_after_a_fronted_time_then_saying(make_doc):
    doc = make_doc("On Friday, the Supreme Court published its ruling, saying that the law was valid.", language="en")
    assert _said(extract_statements(doc)) == [("Supreme Court", "the law was valid")]


def test_a_common_noun_after_a_fronted_time_then_saying_is_left(make_doc):
    doc = make_doc("On Friday, the court published its ruling, saying that the law was valid.", language="en")
    assert _said(extract_statements(doc)) == []


def test_named_in_quotes_with_the_object_put_before_the_pronoun(make_doc):
    doc = make_doc("Министр Дана Абенова выступила в Таразе.\n\nНовую модель она назвала «испытанием для партий».")
    assert _said(extract_statements(doc)) == [("Дана Абенова", "испытанием для партий")]


def test_a_title_in_quotes_with_the_object_put_first_is_no_judgement(make_doc):
    doc = make_doc("Министр Дана Абенова выступила в Таразе.\n\nЗакон она назвала «О выборах».")
    assert _said(extract_statements(doc)) == []


def test_a_kazakh_first_name_with_a_word_of_respect_is_the_speaker(make_doc):
    doc = make_doc("Ауылдың қарттарының бірі Асқар ата маған: «Заңды бәрі оқуы керек», – деді.", language="kk")
    assert _said(extract_statements(doc)) == [("Асқар ата", "Заңды бәрі оқуы керек")]
