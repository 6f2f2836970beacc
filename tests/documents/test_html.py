from pipeline.documents.html import decode_html

TEXT = "Конституционная комиссия — заседание"


def test_declared_charset_is_used_when_it_is_right():
    text, warnings = decode_html(f"<meta charset='windows-1251'><p>{TEXT}</p>".encode("cp1251"))
    assert TEXT in text and warnings == []


def test_utf8_page_declared_as_windows_1251_is_read_as_utf8_with_a_warning():
    text, warnings = decode_html(f"<meta charset='windows-1251'><p>{TEXT}</p>".encode("utf-8"))
    assert TEXT in text
    assert warnings == ["declared charset 'windows-1251' is wrong: the page is UTF-8"]


def test_undeclared_windows_1251_is_recognised():
    text, warnings = decode_html(f"<p>{TEXT}</p>".encode("cp1251"))
    assert TEXT in text and "windows-1251" in warnings[0]


def test_header_charset_wins_and_a_wrong_utf8_declaration_falls_back():
    text, warnings = decode_html(f"<p>{TEXT}</p>".encode("cp1251"), "text/html; charset=utf-8")
    assert TEXT in text and "does not decode" in warnings[0]
