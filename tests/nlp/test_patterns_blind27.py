"""Patterns the twenty-seventh blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements
from pipeline.nlp.relative_dates import heading_day

MARCH_8 = "2026-03-08T18:00:00+05:00"  # a Sunday
SUNDAY = date(2026, 3, 8)


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


# --- a digest's paragraph headed by its day ---------------------------------------------------------------------------

def test_a_heading_is_a_weekday_or_a_date_and_nothing_else():
    assert heading_day("Вторник.", SUNDAY) == date(2026, 3, 3)
    assert heading_day("Среда.", SUNDAY) == date(2026, 3, 4)  # alone, "среда" is the day
    assert heading_day("Thursday: the Senate sat.", SUNDAY) == date(2026, 3, 5)
    assert heading_day("Бейсенбі —", SUNDAY) == date(2026, 3, 5)
    assert heading_day("Жұмада:", SUNDAY) == date(2026, 3, 6)
    assert heading_day("4 марта.", SUNDAY) == date(2026, 3, 4)
    assert heading_day("Friday, 6 March.", SUNDAY) == date(2026, 3, 6)
    assert heading_day("5 наурыз, бейсенбі.", SUNDAY) == date(2026, 3, 5)
    assert heading_day("Среда стала решающей.", SUNDAY) is None
    assert heading_day("В пятницу комиссия собралась.", SUNDAY) is None
    assert heading_day("12 депутатов:", SUNDAY) is None
    assert heading_day("Жұмабаев сөз алды.", SUNDAY) is None


def test_russian_digest_dates_each_paragraph_by_its_heading(make_doc, events):
    doc = make_doc("Итоги недели в обсуждении реформы.\n\nВторник. На третьем заседании комиссии спорили о Сенате.\n\n"
                   "Четверг. На четвертом заседании комиссии обсудили права граждан.\n\n"
                   "Суббота. Проект опубликован на портале eGov.", published=MARCH_8)
    assert events(extract_events(doc)) == [(date(2026, 3, 3), "commission_meeting"),
                                           (date(2026, 3, 5), "commission_meeting"), (date(2026, 3, 7), "publication")]


def test_english_digest_with_day_headings(make_doc, events):
    doc = make_doc("Here is what happened, day by day.\n\nMonday. The Senate and the Mazhilis held a joint sitting.\n\n"
                   "Wednesday. Members of the commission met students in Shymkent.\n\n"
                   "Friday. The new law entered into force.", language="en", published=MARCH_8)
    assert events(extract_events(doc)) == [(date(2026, 3, 2), "parliament_session"),
                                           (date(2026, 3, 4), "public_discussion"), (date(2026, 3, 6), "other")]


def test_kazakh_digest_with_day_headings(make_doc, events):
    doc = make_doc("Аптаның басты оқиғалары.\n\nДүйсенбі. Комиссияның жетінші отырысы өтті.\n\n"
                   "Сәрсенбі. Депутаттар тұрғындармен кездесті.\n\nЖұма. Жоба жарияланды.",
                   language="kk", published=MARCH_8)
    assert events(extract_events(doc)) == [(date(2026, 3, 2), "commission_meeting"),
                                           (date(2026, 3, 4), "public_discussion"), (date(2026, 3, 6), "publication")]


def test_a_digest_headed_by_dates(make_doc, events):
    doc = make_doc("The week in review.\n\n2 March. The Constitutional Commission held its tenth session.\n\n"
                   "5 March. The draft was published on the eGov portal.", language="en", published=MARCH_8)
    assert events(extract_events(doc)) == [(date(2026, 3, 2), "commission_meeting"), (date(2026, 3, 5), "publication")]


def test_a_heading_with_a_date_and_the_same_day_after_it(make_doc, events):
    doc = make_doc("Главное за неделю.\n\n3 марта: распоряжением Президента создана рабочая группа.\n\n"
                   "В тот же день прошло пленарное заседание Мажилиса.", published=MARCH_8)
    assert events(extract_events(doc)) == [(date(2026, 3, 3), "parliament_session"),
                                           (date(2026, 3, 3), "working_group")]


def test_a_sentence_with_a_day_of_its_own_keeps_it(make_doc, events):
    doc = make_doc("Обзор недели.\n\nПонедельник. Круглый стол прошел во вторник в Алматы.", published=MARCH_8)
    assert events(extract_events(doc)) == [(date(2026, 3, 3), "round_table")]


def test_an_ordinary_report_is_dated_as_before(make_doc, events):
    doc = make_doc("Среда стала решающей для комиссии. Комиссия провела заседание в Астане.", published=MARCH_8)
    assert events(extract_events(doc)) == [(SUNDAY, "commission_meeting")]


def test_a_digest_paragraph_opening_with_its_day_dates_the_sentences_after(make_doc, events):
    ru = make_doc("Обзор недели.\n\nВо вторник комиссия провела заседание в Астане. После него члены комиссии "
                  "встретились со студентами.\n\nВ пятницу Президент подписал указ.", published=MARCH_8)
    en = make_doc("The week in brief.\n\nOn Tuesday, the Constitutional Commission held its ninth session. Its members "
                  "also met students in Astana.\n\nOn Friday, the President signed a decree.", language="en",
                  published=MARCH_8)
    kk = make_doc("Апта шолуы.\n\nСейсенбіде Конституциялық комиссияның отырысы өтті. Комиссия мүшелері Астанада "
                  "студенттермен кездесті.\n\nЖұма күні Президент Жарлыққа қол қойды.", language="kk",
                  published=MARCH_8)
    for doc in (ru, en, kk):
        assert events(extract_events(doc)) == [(date(2026, 3, 3), "commission_meeting"),
                                               (date(2026, 3, 3), "public_discussion"),
                                               (date(2026, 3, 6), "decree")], doc["language"]


def test_a_digest_paragraph_opening_with_a_date_dates_the_sentences_after(make_doc, events):
    doc = make_doc("Главное за неделю.\n\n2 марта прошло заседание комиссии.\n\n4 марта Мажилис провел пленарное "
                   "заседание. Депутаты также встретились с жителями Астаны.", published=MARCH_8)
    assert events(extract_events(doc)) == [(date(2026, 3, 2), "commission_meeting"),
                                           (date(2026, 3, 4), "parliament_session"),
                                           (date(2026, 3, 4), "public_discussion")]


def test_a_single_report_opening_with_a_day_keeps_the_report_day_for_the_rest(make_doc, events):
    doc = make_doc("В воскресенье прошли выборы депутатов Мажилиса. Сегодня ЦИК объявил предварительные итоги "
                   "воскресного голосования.", published="2026-03-09T18:00:00+05:00")
    assert events(extract_events(doc)) == [(SUNDAY, "election"), (date(2026, 3, 9), "results")]


def test_yesterday_opening_a_paragraph_is_read_as_before(make_doc, events):
    doc = make_doc("Вчера комиссия провела заседание. Сегодня члены комиссии встретились со студентами.",
                   published=MARCH_8)
    assert events(extract_events(doc)) == [(date(2026, 3, 7), "commission_meeting"), (SUNDAY, "public_discussion")]


def test_a_regional_council_session_is_other(make_doc, events):
    en = make_doc("On Friday the regional maslikhat held an extraordinary session.", language="en", published=MARCH_8)
    ru = make_doc("В пятницу областной маслихат провел внеочередную сессию.", published=MARCH_8)
    kk = make_doc("Жұма күні облыстық мәслихаттың кезектен тыс сессиясы өтті.", language="kk", published=MARCH_8)
    for doc in (en, ru, kk):
        assert events(extract_events(doc)) == [(date(2026, 3, 6), "other")]


def test_a_kazakh_press_conference_is_no_council_session(make_doc, events):
    doc = make_doc("Кеше баспасөз мәслихаты өтті.", language="kk", published=MARCH_8)
    assert (date(2026, 3, 7), "other") not in events(extract_events(doc))


# --- statements -------------------------------------------------------------------------------------------------------

def test_a_group_and_the_sitting_it_spoke_at(make_doc):
    ru = make_doc("Члены рабочей группы на третьем заседании пришли к выводу, что Сенат нужно упразднить.")
    assert _said(extract_statements(ru)) == [("Члены рабочей группы", "Сенат нужно упразднить")]
    ru = make_doc("Депутаты на пленарном заседании заявили, что закон нужно доработать.")
    assert _said(extract_statements(ru)) == [("Депутаты", "закон нужно доработать")]
    en = make_doc("Members of the commission at the ninth session said that the draft was ready.", language="en")
    assert _said(extract_statements(en)) == [("Members of the commission", "the draft was ready")]


def test_according_to_a_name_and_a_role_set_off_after_it(make_doc):
    doc = make_doc("According to Chen Wei, head of the Eurasian Economic Union mission, the vote complied with the "
                   "law. He added that the mission had received no complaints.", language="en")
    assert _said(extract_statements(doc)) == [("Chen Wei", "the vote complied with the law"),
                                              ("Chen Wei", "the mission had received no complaints")]
    doc = make_doc("According to Dana Omarova, a senior lawyer at the bar association, the section is clear.",
                   language="en")
    assert _said(extract_statements(doc)) == [("Dana Omarova", "the section is clear")]


def test_according_to_a_name_then_a_clause_with_commas_of_its_own(make_doc):
    doc = make_doc("According to Karin, the draft, published on Monday, is short.", language="en")
    assert _said(extract_statements(doc)) == [("Karin", "the draft, published on Monday, is short")]


def test_missions_and_delegations_as_groups(make_doc):
    en = make_doc("Both delegations said that the talks had gone well.", language="en")
    assert _said(extract_statements(en)) == [("Both delegations", "the talks had gone well")]
    ru = make_doc("Обе миссии заявили, что отчеты будут готовы через месяц.")
    assert _said(extract_statements(ru)) == [("Обе миссии", "отчеты будут готовы через месяц")]


def test_teachers_as_a_group(make_doc):
    doc = make_doc("Сельские педагоги заявили, что готовы объяснять реформу родителям.")
    assert _said(extract_statements(doc)) == [("Сельские педагоги", "готовы объяснять реформу родителям")]


def test_akims_of_a_region_as_a_group(make_doc):
    doc = make_doc("District akims in Kostanay region say they need more time.", language="en")
    assert _said(extract_statements(doc)) == [("District akims in Kostanay region", "they need more time")]


def test_a_kazakh_group_in_the_genitive_is_named_in_the_nominative(make_doc):
    doc = make_doc("Сайлау комиссиясы мүшелерінің айтуынша, кезек түске дейін ұзын болды.", language="kk")
    assert _said(extract_statements(doc)) == [("Сайлау комиссиясы мүшелері", "кезек түске дейін ұзын болды")]
    doc = make_doc("Сарапшылардың айтуынша, жоба түсінікті жазылған.", language="kk")
    assert _said(extract_statements(doc)) == [("Сарапшылар", "жоба түсінікті жазылған")]


def test_a_kazakh_womans_surname_in_ina_keeps_its_ending(make_doc):
    doc = make_doc("Университет профессоры Айгүл Сейтқазина жоба маңызды екенін айтты. Оның айтуынша, университет "
                   "бағдарламаны жаңартады.", language="kk")
    assert _said(extract_statements(doc)) == [("Айгүл Сейтқазина", "жоба маңызды"),
                                              ("Айгүл Сейтқазина", "университет бағдарламаны жаңартады")]


def test_a_kazakh_voter_described_before_the_colon(make_doc):
    doc = make_doc("Бүгін сайлау өтті.\n\nШымкенттегі учаскелердің бірінде дауыс берген дәрігер Сәуле Омарова: «Маған "
                   "бәрі түсінікті болды», – дейді.\n\nҚостанайдағы учаскеде алғаш рет дауыс берген студент Ерлан "
                   "Төлеуов: «Бұл мен үшін үлкен күн», – деді.", language="kk")
    assert _said(extract_statements(doc)) == [("Сәуле Омарова", "Маған бәрі түсінікті болды"),
                                              ("Ерлан Төлеуов", "Бұл мен үшін үлкен күн")]
