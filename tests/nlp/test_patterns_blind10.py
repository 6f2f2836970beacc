"""Statement and event patterns the tenth blind set showed missing, and their neighbours, each in short sentences of
our own (not the labelled texts)."""
from datetime import date

import pytest

from pipeline.nlp import extract_events, extract_statements

FEB_3 = "2026-02-03T12:00:00+05:00"  # a Tuesday
MONDAY, SUNDAY = date(2026, 2, 2), date(2026, 2, 1)


# --- events: what a sentence names as background (pipeline/nlp/background.py) --------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    # a phrase of time or ground: its date is the earlier happening's, not the news'
    ("В понедельник, после Послания народу Казахстана 30 января, Сенат провел пленарное заседание.", "ru",
     [(MONDAY, "parliament_session")]),
    ("On Monday, following the State-of-the-Nation Address of January 30, the Senate held a plenary session.", "en",
     [(MONDAY, "parliament_session")]),
    ("In line with the decree of February 1, a briefing was held on Monday.", "en", [(MONDAY, "briefing")]),
    ("В понедельник в соответствии с указом, подписанным 30 января, прошел брифинг.", "ru", [(MONDAY, "briefing")]),
    ("Кеше Жолдаудан кейін Сенат отырыс өткізді.", "kk", [(MONDAY, "parliament_session")]),
    # a participle with its date tells the noun's past: "the draft published on February 1"
    ("Lawmakers discussed the draft published on February 1 at a round table in Astana on Monday.", "en",
     [(MONDAY, "round_table")]),
    ("Проект, опубликованный 1 февраля, обсудили на встрече с жителями вчера.", "ru", [(MONDAY, "public_discussion")]),
    ("Кеше 1 ақпанда жарияланған жоба бойынша тұрғындармен кездесу өтті.", "kk", [(MONDAY, "public_discussion")]),
])
def test_a_date_in_a_background_phrase_does_not_date_the_news(make_doc, text, language, expected, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == expected


@pytest.mark.parametrize("text,language", [
    ("The draft, published on February 1, was discussed by students.", "en"),
    ("Students discussed on Monday the decree signed on February 1 by the President.", "en"),
    ("Students met on Monday to discuss the text, which was published on February 1.", "en"),
    ("Вчера студенты обсудили текст, который был опубликован 1 февраля.", "ru"),
])
def test_a_happening_told_in_an_attribute_of_a_thing_is_no_event(make_doc, text, language, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == []


@pytest.mark.parametrize("text,language,expected", [
    # a participle before its noun dates that noun
    ("Прошедший 1 февраля круглый стол собрал сто человек.", "ru", [(SUNDAY, "round_table")]),
    ("1 ақпанда өткен дөңгелек үстелге жүз адам қатысты.", "kk", [(SUNDAY, "round_table")]),
    # a relative clause on an event tells the event: "заседание …, на котором …"
    ("Вчера в Астане прошло заседание, на котором Мажилис одобрил закон.", "ru", [(MONDAY, "parliament_session")]),
    ("The session of the Constitutional Commission, which took place on Monday, approved the draft.", "en",
     [(MONDAY, "commission_meeting")]),
    # a clause about a thing published today is today's news
    ("Вчера студенты обсудили текст, который опубликован сегодня.", "ru", [(date(2026, 2, 3), "publication")]),
    # the participle clause after a comma dates a trigger inside it
    ("Проект, одобренный вчера комиссией на заседании, направлен Президенту.", "ru", [(MONDAY, "commission_meeting")]),
    # a day named by a word after the phrase is the clause's
    ("После завершения голосования ЦИК вчера объявил предварительные итоги референдума.", "ru", [(MONDAY, "results")]),
    ("After the signing ceremony on Monday, the President met with the Speaker of the Senate.", "en", [(MONDAY, "meeting")]),
])
def test_what_is_not_background(make_doc, text, language, expected, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == expected


def test_en_a_passive_with_its_auxiliary_is_the_news_verb(make_doc, events):
    doc = make_doc("A briefing on the new tax code was held on Monday.", language="en", published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "briefing")]


# --- events: the trigger's own verb in the future or under a modal ------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("The minister said the draft would be put up for public discussion on Saturday.", "en"),
    ("The draft code could be published on Monday.", "en"),
    ("Министр сказал, что проект будет опубликован в понедельник.", "ru"),
])
def test_a_future_passive_is_a_plan(make_doc, text, language, events):
    doc = make_doc(text, language=language, published="2026-01-30T12:00:00+05:00")
    assert events(extract_events(doc)) == []


# --- events: what the commission did "at its session" ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Constitutional Commission presented the second draft at its seventh session on Monday.",
    "The Commission approved the final text at its closing meeting on Monday.",
])
def test_en_the_commission_at_its_own_session(make_doc, text, events):
    doc = make_doc(text, language="en", published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "commission_meeting")]


def test_en_the_election_commission_at_its_meeting_is_no_constitutional_commission(make_doc, events):
    doc = make_doc("The Central Election Commission approved the ballot at its meeting on Monday.", language="en",
                   published=FEB_3)
    assert (MONDAY, "commission_meeting") not in events(extract_events(doc))


# --- events: an appeal to the people is an address when the President makes it -----------------------------------

@pytest.mark.parametrize("text,language", [
    ("Вчера председатель Конституционного суда записала видеообращение к гражданам.", "ru"),
    ("Кеше комиссия төрағасы халыққа үндеу жасады.", "kk"),
    ("Yesterday the chair of the court addressed the nation on television.", "en"),
])
def test_an_appeal_by_someone_else_is_no_address(make_doc, text, language, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == []


@pytest.mark.parametrize("text,language", [
    ("Вчера Глава государства обратился к народу Казахстана.", "ru"),
    ("Кеше Мемлекет басшысы халыққа үндеу жасады.", "kk"),
    ("Yesterday the President addressed the nation on television.", "en"),
])
def test_the_presidents_appeal_is_an_address(make_doc, text, language, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "address")]


# --- events: what a speaker reports, set off before the clause --------------------------------------------------

@pytest.mark.parametrize("second,language", [
    ("Как сообщил министр, работа завершена, а пятое заседание комиссии стало последним.", "ru"),
    ("По ее словам, работа завершена, а пятое заседание комиссии стало последним.", "ru"),
    ("Министрдің айтуынша, комиссияның бесінші отырысы соңғы болды.", "kk"),
])
def test_a_sitting_a_speaker_reports_is_no_event(make_doc, second, language, events):
    first = "Вчера Президент принял министра юстиции." if language == "ru" else "Кеше Президент министрді қабылдады."
    doc = make_doc(f"{first}\n\n{second}", language=language, published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "meeting")]


# --- events: a text presented to the President in person, and what followed the meeting -------------------------

def test_ru_presented_to_the_president_then_a_decree_after_this_meeting(make_doc, events):
    doc = make_doc("Сегодня в газете опубликован указ о мерах поддержки.\n\n"
                   "Вчера министр представил Главе государства доклад о подготовке к зиме. "
                   "После этой встречи Президент подписал Указ о мерах поддержки.", published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "decree"), (MONDAY, "meeting"), (date(2026, 2, 3), "publication")]


def test_en_presented_to_the_president_is_a_meeting(make_doc, events):
    doc = make_doc("Yesterday the minister presented the report on winter preparations to the President.",
                   language="en", published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "meeting")]


# --- events: past the lead, what happened before an event told earlier, on its day ------------------------------

@pytest.mark.parametrize("text,language", [
    ("Вчера в Колледже связи прошел круглый стол о новом Трудовом кодексе.\n\nЕго открыл министр труда.\n\n"
     "Участники задали много вопросов.\n\nПеред началом круглого стола министр встретился со студентами колледжа.", "ru"),
    ("Кеше байланыс колледжінде жаңа Еңбек кодексі туралы дөңгелек үстел өтті.\n\nОны еңбек министрі ашты.\n\n"
     "Қатысушылар көп сұрақ қойды.\n\nДөңгелек үстел алдында министр колледж студенттерімен кездесті.", "kk"),
    ("A round table on the new labour code was held at the communications college yesterday.\n\n"
     "The labour minister opened it.\n\nParticipants asked many questions.\n\n"
     "Before the round table, the minister met with students of the college.", "en"),
])
def test_before_the_event_told_earlier(make_doc, text, language, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "public_discussion"), (MONDAY, "round_table")]


def test_ru_an_undated_meeting_past_the_lead_stays_out(make_doc, events):
    doc = make_doc("Вчера в Колледже связи прошел круглый стол о новом Трудовом кодексе.\n\nЕго открыл министр труда.\n\n"
                   "Участники задали много вопросов.\n\nМинистр встретился со студентами колледжа.", published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "round_table")]


def test_ru_listeners_of_an_academy_are_students(make_doc, events):
    doc = make_doc("Вчера аким области встретился со слушателями Академии государственного управления.",
                   published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "public_discussion")]


# --- events: the act that sets up a working group ---------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Распоряжение о создании рабочей группы по налогам подписано в понедельник.", "ru"),
    ("The order on the creation of a working group on taxes was signed on Monday.", "en"),
    ("Салық жөніндегі жұмыс тобын құру туралы өкімге дүйсенбі күні қол қойылды.", "kk"),
])
def test_the_order_setting_up_a_working_group(make_doc, text, language, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "working_group")]


@pytest.mark.parametrize("text,language", [
    ("Сегодня прошел брифинг о работе новой рабочей группы по налогам. Распоряжение о ее создании было подписано "
     "в понедельник.", "ru"),
    ("A briefing on the new working group on taxes was held today. The order establishing it was signed on Monday.", "en"),
    ("Бүгін салық жөніндегі жаңа жұмыс тобы туралы брифинг өтті. Оны құру туралы өкімге дүйсенбі күні қол қойылды.", "kk"),
])
def test_the_order_setting_up_it_names_the_group_before(make_doc, text, language, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "working_group"), (date(2026, 2, 3), "briefing")]


def test_ru_the_order_setting_up_a_commission_is_no_working_group(make_doc, events):
    doc = make_doc("Сегодня прошел брифинг о работе новой комиссии по налогам. Распоряжение о ее создании было подписано "
                   "в понедельник.", published=FEB_3)
    assert events(extract_events(doc)) == [(date(2026, 2, 3), "briefing")]


# --- events: an interview told in prose -------------------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("The new tax code took effect on February 1. The Times of Central Asia spoke with Arman Seitov, an economist, "
     "about what changes now.\n\n“Small firms will feel it first,” he said.", "en"),
    ("Энергетический кодекс вступил в силу 1 февраля. Корреспондент Kazinform побеседовал с экономистом Арманом "
     "Сеитовым о том, что изменится.\n\n«Первыми это почувствуют малые фирмы», – сказал он.", "ru"),
    ("Салық кодексі 1 ақпанда күшіне енді. Kazinform тілшісі экономист Арман Сейітовпен сұхбаттасты.\n\n"
     "– Мұны алдымен шағын фирмалар сезеді, – деді ол.", "kk"),
])
def test_an_interview_told_in_prose_has_no_event(make_doc, text, language, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == []


@pytest.mark.parametrize("text,language,kind", [
    ("Вчера в Астане прошел форум молодежи. Корреспондент Kazinform побеседовал с участниками форума.", "ru",
     "public_discussion"),
    ("Кеше Астанада жастар форумы өтті. Kazinform тілшісі форумға қатысушылармен сұхбаттасты.", "kk", "public_discussion"),
    ("A youth forum was held in Astana yesterday. The Times of Central Asia spoke with participants.", "en",
     "public_discussion"),
])
def test_a_report_talking_with_the_crowd_is_no_interview(make_doc, text, language, kind, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, kind)]


def test_en_a_minister_speaking_to_reporters_is_no_interview(make_doc, events):
    doc = make_doc("The new tax code took effect on February 1. The minister spoke to reporters about what changes now.",
                   language="en", published=FEB_3)
    assert events(extract_events(doc)) == [(SUNDAY, "other")]


# --- statements (ru) -----------------------------------------------------------------------------------------------

def test_ru_a_collective_answers(make_doc, pairs):
    doc = make_doc("Сторонники реформы считают ее назревшей.\n\nСкептики отвечают, что налоговая нагрузка вырастет.")
    assert ("Скептики", "налоговая нагрузка вырастет") in pairs(extract_statements(doc))


@pytest.mark.parametrize("verb", ["заявлял", "сообщал", "подчеркивал"])
def test_ru_the_imperfective_past_reports(make_doc, verb, pairs):
    doc = make_doc(f"Министр финансов Арман Сеитов ранее {verb}, что налоги не вырастут.")
    assert pairs(extract_statements(doc)) == [("Арман Сеитов", "налоги не вырастут")]


def test_ru_an_outlet_in_quotes_as_the_addressee(make_doc, pairs):
    doc = make_doc("Экономист Дана Ахметова рассказала «Деловому Казахстану», что малый бизнес выиграет от реформы.")
    assert pairs(extract_statements(doc)) == [("Дана Ахметова", "малый бизнес выиграет от реформы")]


def test_ru_an_organisation_in_quotes_inside_the_subject(make_doc, pairs):
    doc = make_doc("Директор фонда «Открытый диалог» Марат Оспанов считает, что кодекс нужно обсуждать дольше.")
    assert pairs(extract_statements(doc)) == [("Марат Оспанов", "кодекс нужно обсуждать дольше")]


def test_ru_a_place_before_the_subject_is_no_part_of_it(make_doc, pairs):
    doc = make_doc("На совещании в областном акимате его заместитель Серик Нурланов сообщил, что дороги "
                   "отремонтируют к осени.")
    assert pairs(extract_statements(doc)) == [("Серик Нурланов", "дороги отремонтируют к осени")]


def test_ru_a_scholar_named_before(make_doc, pairs):
    doc = make_doc("Доктор экономических наук Дана Ахметова изучила проект кодекса.\n\n«Кодекс стал проще», – говорит ученая.")
    assert pairs(extract_statements(doc)) == [("Дана Ахметова", "Кодекс стал проще")]


def test_ru_a_role_word_refers_to_the_person_named_since_the_last_speaker(make_doc, pairs):
    doc = make_doc("Министр Арман Сеитов заявил, что налоги не вырастут.\n\n"
                   "Доцент Алматинского университета Ерлан Серикбаев выступил с докладом о проекте кодекса.\n\n"
                   "По мнению ученого, реформа ускорит рост.")
    assert pairs(extract_statements(doc)) == [("Арман Сеитов", "налоги не вырастут"),
                                              ("Ерлан Серикбаев", "реформа ускорит рост")]


# --- statements (kk) -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    # a possessed plural head takes the bare nouns before it: "ауыл тұрғындары", "жиын қатысушылары"
    ("Ауыл тұрғындары жол жөндеу керек екенін айтты.", "Ауыл тұрғындары"),
    ("Қалалық мәслихат депутаттары бюджет жеткілікті екенін мәлімдеді.", "Қалалық мәслихат депутаттары"),
    ("Халықаралық сарапшылар тобының мүшелері сайлау әділ өтті деп мәлімдеді.", "Халықаралық сарапшылар тобының мүшелері"),
])
def test_kk_a_group_named_by_nouns_before_its_head(make_doc, text, speaker, pairs):
    doc = make_doc(text, language="kk")
    assert [s for s, _ in pairs(extract_statements(doc))] == [speaker]


@pytest.mark.parametrize("text", [
    "Декан Гүлнар Сейітова студенттерге бөлімнің ерекшеліктерін түсіндірді.",
    "Бүгін аудан әкімі Нұржан Сәрсенов тұрғындармен кездесіп, оларға жаңа кодекстің негізгі нормаларын түсіндірді.",
])
def test_kk_explaining_a_thing_is_no_statement(make_doc, text, pairs):
    doc = make_doc(text, language="kk")
    assert pairs(extract_statements(doc)) == []


def test_kk_explaining_that_something_is_so_is_a_statement(make_doc, pairs):
    doc = make_doc("Министр Арман Сейітов жаңа кодекс салықты азайтатынын түсіндірді.", language="kk")
    assert [s for s, _ in pairs(extract_statements(doc))] == ["Арман Сейітов"]


# --- statements (en) -----------------------------------------------------------------------------------------------

def test_en_a_capitalised_compound_is_no_person(make_doc, pairs):
    # "State-of-the-Nation Address" holds no "Nation Address": "He" is the minister named before
    doc = make_doc("Kazakh Finance Minister Arman Seitov spoke on Monday after the State-of-the-Nation Address. "
                   "He said the deficit would shrink next year.", language="en")
    assert pairs(extract_statements(doc)) == [("Arman Seitov", "the deficit would shrink next year")]


def test_en_an_apposition_with_a_name_in_quotes_and_the_comma_inside(make_doc, pairs):
    doc = make_doc("Marat Ospanov, head of the Almaty-based think tank “Open Dialogue,” noted that small firms would gain "
                   "from the reform.", language="en")
    assert pairs(extract_statements(doc)) == [("Marat Ospanov", "small firms would gain from the reform")]


def test_en_a_name_in_quotes_is_no_person_a_pronoun_refers_to(make_doc, pairs):
    doc = make_doc("Marat Ospanov, head of the Almaty-based think tank “Open Dialogue,” doubts the reform.\n\n"
                   "“Small firms will not notice it,” he said.", language="en")
    assert pairs(extract_statements(doc)) == [("Marat Ospanov", "Small firms will not notice it")]


def test_en_a_quote_paragraph_after_what_someone_said_goes_on_in_that_voice(make_doc, pairs):
    doc = make_doc("Asked about the tax code, economist Dana Akhmetova argued that small firms would gain most.\n\n"
                   "“Nobody reads a tax code for pleasure. But this one is short.”", language="en")
    assert pairs(extract_statements(doc)) == [("Dana Akhmetova", "small firms would gain most"),
                                              ("Dana Akhmetova", "Nobody reads a tax code for pleasure. But this one is short")]


def test_ru_a_quote_paragraph_after_what_someone_said_goes_on_in_that_voice(make_doc, pairs):
    doc = make_doc("Экономист Айгерим Садыкова считает, что малый бизнес выиграет больше всех.\n\n"
                   "«Налоговый кодекс никто не читает ради удовольствия. Но этот короткий».")
    assert pairs(extract_statements(doc)) == [("Айгерим Садыкова", "малый бизнес выиграет больше всех"),
                                              ("Айгерим Садыкова", "Налоговый кодекс никто не читает ради удовольствия. Но этот короткий")]


def test_en_a_quote_paragraph_after_a_sentence_going_on_past_the_statement_is_not_continued(make_doc, pairs):
    doc = make_doc("Economist Dana Akhmetova argued that small firms would gain most. The ministry disagrees with her "
                   "and has published its own estimates for the coming year.\n\n“Nobody reads a tax code for pleasure.”",
                   language="en")
    assert pairs(extract_statements(doc)) == [("Dana Akhmetova", "small firms would gain most")]
