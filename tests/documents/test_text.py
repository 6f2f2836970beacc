from pipeline.documents.text import clean_paragraphs, content_sha256, is_boilerplate


def test_photo_credits_and_read_also_lines_are_dropped():
    lines = [
        "Генеральный прокурор выступил на круглом столе.",
        "Фото: пресс-служба Генеральной прокуратуры РК",
        "Читайте также: Комиссия завершила работу",
        "Сурет: Ақорда баспасөз қызметі",
        "Photo: Akorda press service",
        "Участники обсудили проект.",
    ]
    assert clean_paragraphs(lines) == ["Генеральный прокурор выступил на круглом столе.", "Участники обсудили проект."]


def test_sentences_that_merely_mention_photos_or_topics_stay():
    assert not is_boilerplate("Фотовыставка о конституционной реформе открылась в Астане.")
    assert not is_boilerplate("По теме реформы высказались депутаты Мажилиса и эксперты.")


def test_content_hash_ignores_formatting():
    assert content_sha256("«Закон и порядок» — принцип") == content_sha256('"Закон  и порядок" - принцип')
    assert content_sha256("один текст") != content_sha256("другой текст")
