"""Month names as the sites print them (Russian genitive and nominative, Kazakh, English): how a printed date
such as "6 февраля 2026" or "30 Январь 2026" is recognised in a page template."""

MONTH_WORDS = frozenset(
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь "
    "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан "
    "january february march april may june july august september october november december".split()
)


def is_month_word(word: str) -> bool:
    return word.lower() in MONTH_WORDS
