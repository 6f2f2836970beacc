"""Patterns the twenty-third blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements

APRIL_8 = "2026-04-08T12:00:00+05:00"  # a Wednesday
WEDNESDAY = date(2026, 4, 8)


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


# --- events ---------------------------------------------------------------------------------------------------------

def test_a_decree_signed_after_receiving_someone_is_two_events(make_doc, events):
    doc = make_doc("Сегодня газеты публикуют указ о выборах.\n\nУказ о проведении выборов 5 мая 2026 года Глава "
                   "государства подписал вчера, после того как принял председателя комиссии Арману Сеитову.",
                   published=APRIL_8)
    assert events(extract_events(doc)) == [(date(2026, 4, 7), "decree"), (date(2026, 4, 7), "meeting"),
                                           (WEDNESDAY, "publication")]


def test_after_the_text_is_published_is_no_event(make_doc, events):
    doc = make_doc("Глава государства подписал указ. Он вступит в силу после того как текст будет опубликован.",
                   published=APRIL_8)
    assert events(extract_events(doc)) == [(WEDNESDAY, "decree")]


def test_a_kazakh_meeting_told_as_what_came_first(make_doc, events):
    doc = make_doc("Бүгін облыста брифинг өтті.\n\nДүйсенбі күні облыс әкімі мәслихат депутаттарымен кездескеннен "
                   "кейін әр депутатқа тапсырма берілді.", language="kk", published=APRIL_8)
    assert events(extract_events(doc)) == [(date(2026, 4, 6), "meeting"), (WEDNESDAY, "briefing")]


def test_the_referendum_commission_sitting_is_other(make_doc, events):
    doc = make_doc("Накануне Центральная референдумная комиссия на своем заседании утвердила форму бюллетеня.",
                   published=APRIL_8)
    assert events(extract_events(doc)) == [(date(2026, 4, 7), "other")]


def test_the_election_commission_sitting_on_results_is_the_results(make_doc, events):
    doc = make_doc("Вчера Центральная избирательная комиссия на своем заседании утвердила окончательные итоги выборов.",
                   published=APRIL_8)
    assert events(extract_events(doc)) == [(date(2026, 4, 7), "results")]


def test_a_kazakh_election_going_on(make_doc, events):
    doc = make_doc("Бүгін облыста мәслихат депутаттарын сайлау өтіп жатыр.", language="kk", published=APRIL_8)
    assert events(extract_events(doc)) == [(WEDNESDAY, "election")]


# --- statements: Russian --------------------------------------------------------------------------------------------

def test_a_quote_shared_by_a_student(make_doc):
    doc = make_doc("«Я впервые прочитала закон целиком», – поделилась студентка колледжа Айгерим Садыкова.",
                   published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Айгерим Садыкова", "Я впервые прочитала закон целиком")]


def test_a_quote_shared_by_she_is_the_woman_named_in_the_paragraph_before(make_doc):
    doc = make_doc("Аким района Бауыржан Омаров открыл новую школу.\n\nУчительница Сания Бекова пришла на открытие "
                   "с учениками.\n\n«Теперь детям не придется ездить в город», – поделилась она.", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Сания Бекова", "Теперь детям не придется ездить в город")]


def test_a_clause_stops_where_the_group_goes_on_to_its_next_act(make_doc):
    doc = make_doc("Участники форума отметили, что закон защищает фермеров, и передали свои замечания в министерство.",
                   published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Участники форума", "закон защищает фермеров")]


def test_a_verb_of_the_clause_own_subject_stays_in_the_clause(make_doc):
    doc = make_doc("Министр Арман Сеитов заявил, что комиссия изучила все обращения, и подготовила ответы на них.",
                   published=APRIL_8)
    assert _said(extract_statements(doc)) == [
        ("Арман Сеитов", "комиссия изучила все обращения, и подготовила ответы на них")]


def test_a_speaker_at_a_briefing_with_its_hour(make_doc):
    doc = make_doc("Председатель районной комиссии Асхат Нуров на брифинге в 10:00 сообщил, что все участки открылись "
                   "вовремя.", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Асхат Нуров", "все участки открылись вовремя")]


def test_a_group_told_by_where_it_was_keeps_its_press_event(make_doc):
    doc = make_doc("Собравшиеся на пресс-конференции представители профсоюзов заявили, что поддерживают закон.",
                   published=APRIL_8)
    assert _said(extract_statements(doc)) == [
        ("Собравшиеся на пресс-конференции представители профсоюзов", "поддерживают закон")]


# --- statements: Kazakh ---------------------------------------------------------------------------------------------

def test_a_vice_rector_named_before_speaks_after_the_dash(make_doc):
    doc = make_doc("Университет проректоры Гүлнар Оспанова жаңа оқу бағдарламасын таныстырды.\n\n– Бағдарлама – "
                   "студенттерге арналған. Әр курс өз пәнін таңдайды, – деді проректор.", language="kk",
                   published=APRIL_8)
    assert _said(extract_statements(doc)) == [
        ("Гүлнар Оспанова", "Бағдарлама – студенттерге арналған. Әр курс өз пәнін таңдайды")]


# --- statements: English --------------------------------------------------------------------------------------------

def test_said_more_than_once_that(make_doc):
    doc = make_doc("Finance Minister Arman Seitov has said more than once that the budget will stay balanced.",
                   language="en", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the budget will stay balanced")]


def test_a_named_person_in_an_apposition_put_it_simply_before_a_quote(make_doc):
    doc = make_doc("A farmer from Kostanay region, Serik Abenov, put it simply: “We need roads, not speeches.”",
                   language="en", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Serik Abenov", "We need roads, not speeches")]


def test_an_apposition_opened_by_also(make_doc):
    doc = make_doc("Economist Dana Ermekova, also a member of the council, stressed that prices would stabilise by "
                   "summer.", language="en", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Dana Ermekova", "prices would stabilise by summer")]


def test_an_apposition_saying_where_the_speaker_was_elected(make_doc):
    doc = make_doc("Senator Marat Ospanov, elected from Pavlodar region, told reporters that he would vote for the "
                   "bill.", language="en", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Marat Ospanov", "he would vote for the bill")]
