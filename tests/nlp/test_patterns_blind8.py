"""Statement and event patterns the eighth blind set showed missing, and their neighbours, each in short sentences of
our own (not the labelled texts)."""
from datetime import date

import pytest

from pipeline.nlp import extract_events, extract_statements


# --- statements (ru): the speaker's name ------------------------------------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    # a woman's first name ending in a consonant is not declined: "-ова" after it is her surname in the nominative
    ("Доцент Салтанат Жумабекова обратила внимание на то, что учебники устарели.", "Салтанат Жумабекова"),
    ("Учитель Айгерим Сапарова считает, что учебники устарели.", "Айгерим Сапарова"),
    # "-овой" is only a woman's
    ("По словам Гульнар Ахметовой, учебники устарели.", "Гульнар Ахметова"),
    # a man's genitive comes with a declined first name
    ("По словам Армана Жунусова, учебники устарели.", "Арман Жунусов"),
])
def test_ru_a_womans_surname_by_its_form(make_doc, text, speaker, pairs):
    assert pairs(extract_statements(make_doc(text))) == [(speaker, "учебники устарели")]


def test_ru_an_initial_takes_the_full_name_given_before(make_doc, pairs):
    doc = make_doc("Встречу провела министр Гульнар Сарсенова.\n\nГ.Сарсенова сообщила, что тарифы не вырастут.")
    assert pairs(extract_statements(doc)) == [("Гульнар Сарсенова", "тарифы не вырастут")]


def test_ru_a_kazakh_term_is_no_person_a_pronoun_refers_to(make_doc, pairs):
    doc = make_doc("Юрист Дина Ахметова рассказала о новом разделе про Халық Кеңесі. "
                   "По ее мнению, этот орган станет самым заметным.")
    assert pairs(extract_statements(doc)) == [("Дина Ахметова", "этот орган станет самым заметным")]


# --- statements (ru): where the speaker stands --------------------------------------------------------------------

@pytest.mark.parametrize("opening", ["Как он рассказал Kazinform", "Как министр пояснил журналистам",
                                     "Как уточнил министр"])
def test_ru_kak_with_the_subject_before_the_verb(make_doc, opening, pairs):
    doc = make_doc(f"Министр Арман Сеитов посетил стройку.\n\n{opening}, работы завершат к осени.")
    assert pairs(extract_statements(doc)) == [("Арман Сеитов", "работы завершат к осени")]


def test_ru_figures_by_a_person_are_said_an_institutions_are_not(make_doc, pairs):
    doc = make_doc("Брифинг провел вице-министр Арман Сеитов.\n\nПо данным докладчика, на стройке заняты 500 человек.\n\n"
                   "По данным министерства, к осени их будет вдвое больше.")
    assert pairs(extract_statements(doc)) == [("Арман Сеитов", "на стройке заняты 500 человек")]


@pytest.mark.parametrize("text,speaker", [
    ("Глава государства поблагодарил строителей за работу и отметил, что дорога нужна всему региону.",
     "Касым-Жомарт Токаев"),
    ("Аким области Серик Нурланов открыл мост.\n\nАким осмотрел подъезды к нему и заявил, что дорога нужна всему региону.",
     "Серик Нурланов"),
])
def test_ru_a_subject_with_two_verbs_speaks_in_the_second(make_doc, text, speaker, pairs):
    assert pairs(extract_statements(make_doc(text))) == [(speaker, "дорога нужна всему региону")]


def test_ru_a_gerund_clause_before_the_speaker_of_a_quote(make_doc, pairs):
    doc = make_doc("Брифинг провела министр энергетики Гульнар Сарсенова.\n\n"
                   "Отвечая на вопрос о тарифах на следующий год, министр заявила: «Повышения не будет».")
    assert pairs(extract_statements(doc)) == [("Гульнар Сарсенова", "Повышения не будет")]


def test_ru_dialogue_with_a_dash_of_its_own(make_doc, pairs):
    doc = make_doc("Аким Серик Нурланов ответил на вопросы.\n\n"
                   "— Одно дело обещать, другое — построить дорогу. На второе нужны годы, — говорит Нурланов.")
    assert pairs(extract_statements(doc)) == [
        ("Серик Нурланов", "Одно дело обещать, другое — построить дорогу. На второе нужны годы")]


@pytest.mark.parametrize("verb", ["обратилась к студентам ректор", "заключает ректор"])
def test_ru_more_verbs_after_a_quote(make_doc, verb, pairs):
    doc = make_doc("Ректор Гульмира Абенова провела встречу.\n\n"
                   f"«Экзамены перенесем на июнь. Остальное без изменений», – {verb}.")
    assert pairs(extract_statements(doc)) == [("Гульмира Абенова", "Экзамены перенесем на июнь. Остальное без изменений")]


def test_ru_obratilsya_before_chtoby_is_no_speech(make_doc, pairs):
    doc = make_doc("Фермер Арман Сеитов обратился в суд, чтобы оспорить штраф.")
    assert pairs(extract_statements(doc)) == []


# --- statements (en): the subject past an apposition --------------------------------------------------------------

@pytest.mark.parametrize("text,speaker,said", [
    ("Arman Seitov, the ministry's spokesman, has said that the road will open in May.", "Arman Seitov",
     "the road will open in May"),
    ("One resident, pensioner Aigul Bekova, said she was worried about the prices.", "Aigul Bekova",
     "she was worried about the prices"),
    # an institution after "of" is no name in the apposition
    ("Nurlan Abdirov, chairman of the Central Referendum Commission, said turnout had reached 40 percent.",
     "Nurlan Abdirov", "turnout had reached 40 percent"),
])
def test_en_the_speaker_around_an_apposition(make_doc, text, speaker, said, pairs):
    assert pairs(extract_statements(make_doc(text, language="en"))) == [(speaker, said)]


# --- events: the vote narrated without its noun in a report of results --------------------------------------------

@pytest.mark.parametrize("text,language,title,vote", [
    ("The election commission announced preliminary results on Monday.\n\n"
     "Voters cast their ballots on Sunday in 40 districts. Turnout was 61 percent.", "en",
     "Preliminary results of the city council election", "election"),
    ("The commission announced preliminary results of the local referendum on Monday.\n\n"
     "Citizens went to the polls on Sunday across the region.", "en", "", "referendum"),
    ("Орталық сайлау комиссиясы дүйсенбі күні жергілікті референдумның алдын ала қорытындысын жариялады.\n\n"
     "Жексенбі күні дауыс беру барлық учаскелерде тыныш өтті.", "kk", "", "referendum"),
    ("Комиссия в понедельник объявила предварительные итоги местного референдума.\n\n"
     "Голосование в воскресенье прошло без нарушений.", "ru", "", "referendum"),
])
def test_a_vote_narrated_in_a_sentence_of_its_own(make_doc, text, language, title, vote, events):
    doc = make_doc(text, language=language, title=title, published="2026-06-16T12:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 6, 14), vote), (date(2026, 6, 15), "results")]


@pytest.mark.parametrize("text,language,expected", [
    # no referendum or election named: nothing tells which vote
    ("Voters went to the polls on Sunday.", "en", []),
    # a vote of the chambers is no people's vote
    ("Мажилис принял закон о местном референдуме.\n\nГолосование в палате прошло в понедельник.", "ru",
     [(date(2026, 6, 16), "parliament_session")]),
])
def test_a_vote_without_its_noun_needs_the_documents_vote(make_doc, text, language, expected, events):
    doc = make_doc(text, language=language, published="2026-06-16T12:00:00+05:00")
    assert events(extract_events(doc)) == expected


# --- events: a week's review, day by day ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,language,kind", [
    ("В понедельник прошло первое заседание рабочей группы по налоговому кодексу.\n\nУчастники обсудили ставки.\n\n"
     "Эксперты спорили.\n\nПоворотной стала пятница: на третьем заседании группа решила сохранить льготы.", "ru",
     "working_group"),
    ("The Constitutional Commission held its first meeting on Monday.\n\nMembers discussed rates.\n\nExperts argued.\n\n"
     "On Friday, at the third meeting, members agreed to keep the exemptions.", "en", "commission_meeting"),
    ("The Constitutional Commission held its first meeting on Monday.\n\nMembers discussed rates.\n\nExperts argued.\n\n"
     "Friday was the turning point: at the third session, members agreed to keep the exemptions.", "en",
     "commission_meeting"),
    ("Дүйсенбі күні жұмыс тобының отырысы өтті.\n\nМүшелер салықты талқылады.\n\nПікірталас болды.\n\n"
     "Жұма күні үшінші отырыста топ жеңілдіктерді сақтауды ұйғарды.", "kk", "working_group"),
])
def test_an_ordinal_sitting_is_one_of_the_body_reported_before(make_doc, text, language, kind, events):
    doc = make_doc(text, language=language, published="2026-06-16T12:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 6, 12), kind), (date(2026, 6, 15), kind)]


def test_an_ordinal_sitting_with_no_body_before_is_no_event(make_doc, events):
    doc = make_doc("Минувшая неделя была насыщенной.\n\nЭксперты спорили.\n\nМнения разделились.\n\n"
                   "В среду на втором заседании решили сохранить льготы.", published="2026-06-16T12:00:00+05:00")
    assert events(extract_events(doc)) == []


@pytest.mark.parametrize("last", [
    "На следующий день проект разместили на портале открытых данных.",
    "Уже на следующий день, 16 июня, проект опубликовали в газете.",
])
def test_ru_the_next_day_past_the_lead(make_doc, last, events):
    doc = make_doc("В понедельник прошло заседание Конституционной комиссии.\n\nЧлены обсудили текст.\n\n"
                   f"Споры шли долго.\n\n{last}", published="2026-06-17T12:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 6, 15), "commission_meeting"), (date(2026, 6, 16), "publication")]


def test_ru_a_newspaper_publishes_in_todays_issue(make_doc, events):
    doc = make_doc("Указ подписан в пятницу.\n\nЧлены обсудили текст.\n\nСпоры шли долго.\n\n"
                   "В сегодняшнем номере газета публикует полный текст кодекса.", published="2026-06-16T12:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 6, 12), "decree"), (date(2026, 6, 16), "publication")]


# --- events: what followed the lead's event, on its day ------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("В Доме дружбы прошел круглый стол «Кодекс и общество».\n\nВ нем приняли участие 200 человек.\n\n"
     "Выступили эксперты.\n\nВ тот же день в районных акиматах прошли встречи с жителями.", "ru"),
    ("The district hosted a round table on the code.\n\nExperts spoke.\n\nThey argued.\n\n"
     "The same day, the akim met with local residents.", "en"),
])
def test_the_same_day_as_an_undated_lead_event_is_the_documents_day(make_doc, text, language, events):
    doc = make_doc(text, language=language, published="2026-06-16T12:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 6, 16), "public_discussion"), (date(2026, 6, 16), "round_table")]


@pytest.mark.parametrize("text,language", [
    ("15 июня в университете прошел круглый стол о кодексе.\n\nВыступили эксперты.\n\nСпорили долго.\n\n"
     "После круглого стола декан встретился со студентами.", "ru"),
    ("15 маусымда университетте дөңгелек үстел өтті.\n\nСарапшылар сөз сөйледі.\n\nПікірталас болды.\n\n"
     "Дөңгелек үстелден кейін декан студенттермен кездесті.", "kk"),
    ("On June 15, the university hosted a round table on the code.\n\nExperts spoke.\n\nThey argued.\n\n"
     "After the round table, the dean met with students.", "en"),
])
def test_students_met_after_a_round_table(make_doc, text, language, events):
    doc = make_doc(text, language=language, published="2026-06-16T12:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 6, 15), "public_discussion"), (date(2026, 6, 15), "round_table")]


@pytest.mark.parametrize("text,language", [
    ("В понедельник ректор встретился со студентами и рассказал о новом кодексе.", "ru"),
    ("Дүйсенбі күні ректор студенттермен кездесті.", "kk"),
    ("On Monday the rector met with students to explain the new code.", "en"),
])
def test_meeting_students_is_a_public_discussion(make_doc, text, language, events):
    doc = make_doc(text, language=language, published="2026-06-16T12:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 6, 15), "public_discussion")]


# --- events: an address of this year recalled is background -------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Бүгін жұмыс тобы құрылды. Топ Президенттің биылғы Жолдауында көтерілген бастаманы пысықтайды.", "kk"),
    ("Сегодня создана рабочая группа. Группа займется инициативой, озвученной в Послании этого года.", "ru"),
    ("A working group was set up today. It was created to follow up on the idea from this year's State of the Nation "
     "Address.", "en"),
])
def test_this_years_address_recalled_is_no_event(make_doc, text, language, events):
    doc = make_doc(text, language=language, published="2026-06-16T12:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 6, 16), "working_group")]
