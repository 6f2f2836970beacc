"""One pair of quotation marks is one statement, even across a paragraph break (settled in session 14): a quote opened
in one paragraph and closed in the next is one row, its text the exact words between the marks, the break included.
Quotes closed in each paragraph stay one statement each; a mark never closed swallows nothing. Short sentences of our
own, not the labelled texts."""
import pytest

from pipeline.nlp import extract_statements


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


def _one_exact(doc, words):
    rows = extract_statements(doc)
    assert len(rows) == 1
    row = rows[0]
    assert row["statement_text"] == words
    assert doc["text"][row["char_start"]:row["char_end"]] == words
    return row


# --- one quote over two paragraphs ----------------------------------------------------------------------------------

def test_ru_a_quote_opened_in_one_paragraph_and_closed_in_the_next_is_one_statement(make_doc):
    doc = make_doc("Аким области Марат Бекенов встретился с фермерами.\n\n«Воды этим летом хватит всем. Каналы "
                   "почистили еще в апреле.\n\nДо осени мы отремонтируем и насосные станции», – сказал Марат Бекенов.")
    row = _one_exact(doc, "Воды этим летом хватит всем. Каналы почистили еще в апреле.\n\n"
                          "До осени мы отремонтируем и насосные станции")
    assert row["speaker_name"] == "Марат Бекенов" and row["kind"] == "direct"


def test_ru_a_quote_opened_after_the_writers_sentence_runs_from_its_mark(make_doc):
    doc = make_doc("Марат Бекенов считает, что воды хватит. «Каналы почистили еще в апреле.\n\n"
                   "Насосы починим к осени», – пояснил аким.")
    assert _said(extract_statements(doc)) == [
        ("Марат Бекенов", "воды хватит"),
        ("Марат Бекенов", "Каналы почистили еще в апреле.\n\nНасосы починим к осени"),
    ]


def test_kk_a_quote_opened_in_one_paragraph_and_closed_in_the_next_is_one_statement(make_doc):
    doc = make_doc("Облыс әкімі Марат Бекенов фермерлермен кездесті.\n\n«Биыл жазда су бәріне жетеді.\n\n"
                   "Күзге дейін сорғы станцияларын да жөндейміз», – деді Марат Бекенов.", language="kk")
    row = _one_exact(doc, "Биыл жазда су бәріне жетеді.\n\nКүзге дейін сорғы станцияларын да жөндейміз")
    assert row["speaker_name"] == "Марат Бекенов"


@pytest.mark.parametrize("opening,closing", [("“", "”"), ('"', '"')])
def test_en_a_quote_reopened_at_the_next_paragraph_is_one_statement(make_doc, opening, closing):
    doc = make_doc(f"Regional governor Marat Bekenov met farmers on Tuesday.\n\n{opening}There will be enough water "
                   f"this summer. The canals were cleaned in April.\n\n{opening}The pumps will be repaired by autumn,"
                   f"{closing} Bekenov said.", language="en")
    # from after the first mark to before the last, the mark reopening the second paragraph kept as written
    row = _one_exact(doc, f"There will be enough water this summer. The canals were cleaned in April.\n\n"
                          f"{opening}The pumps will be repaired by autumn")
    assert row["speaker_name"] == "Marat Bekenov"


def test_en_a_quote_after_a_first_one_of_the_same_speaker_goes_on_over_the_break(make_doc):
    doc = make_doc("\"The road is finished,\" said engineer Arman Seitov. \"The bridge opens in May.\n\n"
                   "\"The school follows in June.\"", language="en")
    assert _said(extract_statements(doc)) == [
        ("Arman Seitov", "The road is finished"),
        ("Arman Seitov", "The bridge opens in May.\n\n\"The school follows in June"),
    ]


# --- two quotes stay two --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Аким Марат Бекенов встретился с фермерами.\n\n«Воды хватит всем», – сказал Марат Бекенов.\n\n"
     "«Насосы починим к осени», – добавил он.", "ru"),
    ("Әкім Марат Бекенов фермерлермен кездесті.\n\n«Су бәріне жетеді», – деді Марат Бекенов.\n\n"
     "«Сорғыларды күзге дейін жөндейміз», – деп қосты ол.", "kk"),
    ("Governor Marat Bekenov met farmers.\n\n“There will be enough water,” Bekenov said.\n\n"
     "“The pumps will be repaired by autumn,” he added.", "en"),
])
def test_quotes_closed_in_each_paragraph_stay_two_statements(make_doc, text, language):
    rows = extract_statements(make_doc(text, language=language))
    assert len(rows) == 2
    assert not any("\n" in r["statement_text"] for r in rows)


def test_ru_a_quote_reopened_at_the_next_paragraph_stays_two_statements(make_doc):
    # two opening marks in Russian are two quotes, as the sets label them
    doc = make_doc("Аким Марат Бекенов встретился с фермерами.\n\n«Воды хватит всем.\n\n"
                   "«Насосы починим к осени», – сказал он.")
    assert _said(extract_statements(doc)) == [("Марат Бекенов", "Воды хватит всем"),
                                              ("Марат Бекенов", "Насосы починим к осени")]


# --- a mark never closed --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    ("Аким Марат Бекенов сказал, что воды хватит всем. «Каналы почистили в апреле.\n\n"
     "В области двенадцать насосных станций. Их починят к осени.\n\nФермеры просят субсидий.", "ru",
     [("Марат Бекенов", "воды хватит всем")]),
    ("Governor Marat Bekenov said that water would be enough for everyone. “The canals were cleaned in April.\n\n"
     "Twelve pumping stations work in the region. Farmers asked for subsidies.", "en",
     [("Marat Bekenov", "water would be enough for everyone")]),
    ("Облыс әкімі Марат Бекенов су бәріне жетеді деді. «Каналдар сәуірде тазартылды.\n\n"
     "Облыста он екі сорғы станциясы жұмыс істейді.", "kk",
     [("Марат Бекенов", "су бәріне жетеді")]),
])
def test_a_quote_never_closed_swallows_nothing(make_doc, text, language, expected):
    assert _said(extract_statements(make_doc(text, language=language))) == expected
