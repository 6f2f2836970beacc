from datetime import date

from pipeline.nlp import relative_dates, spans
from pipeline.nlp.names import looks_like_surname, same_surname, skeleton, strip_kazakh_case


def test_sentences_keep_offsets_and_never_split_a_quote():
    text = "«Мы готовы. Работа идет», – сказал Карин. Он добавил.\n\nASTANA – on Sept. 8 it was. Next."
    found = spans.sentences(text)
    assert [s.text for s in found] == ["«Мы готовы. Работа идет», – сказал Карин.", "Он добавил.",
                                       "ASTANA – on Sept. 8 it was.", "Next."]
    assert all(text[s.start:s.end] == s.text for s in found)


def test_relative_dates_resolve_from_the_document_date():
    ref = date(2026, 2, 12)  # a Thursday
    values = {text: [m.value for m in relative_dates.find(text, ref)] for text in
              ["накануне", "в среду", "on Thursday", "кеше", "25 ақпанда", "Sunday’s vote", "30 января 2026 года"]}
    # a date without a year more than a month ahead of the report is last year's
    assert [m.value for m in relative_dates.find("30 желтоқсанда", date(2026, 1, 5))] == [date(2025, 12, 30)]
    assert values == {"накануне": [date(2026, 2, 11)], "в среду": [date(2026, 2, 11)],
                      "on Thursday": [date(2026, 2, 12)], "кеше": [date(2026, 2, 11)],
                      "25 ақпанда": [date(2026, 2, 25)], "Sunday’s vote": [date(2026, 2, 8)],
                      "30 января 2026 года": [date(2026, 1, 30)]}


def test_names_across_cases_and_scripts():
    assert strip_kazakh_case("Әзімованың") == "Әзімова"
    assert same_surname("Азимовой", "Азимова") and same_surname("Әбдіровтің", "Әбдіров")
    assert looks_like_surname("Асылова") and not looks_like_surname("Парламент")
    assert skeleton("Касым-Жомарт Токаев") == skeleton("Kassym-Jomart Tokayev") == skeleton("Қасым-Жомарт Тоқаев")
