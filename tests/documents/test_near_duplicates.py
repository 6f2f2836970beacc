import resource
import time

import numpy as np
import pytest

from pipeline.documents.near_duplicates import (
    SIMILARITY_THRESHOLD,
    near_duplicate_groups,
    shingle_hashes,
    similarity,
    stable_order,
)

# A press release as the Commission's press service might send it (written for these tests).
RELEASE = """Состоялось седьмое заседание Конституционной комиссии

В Астане под председательством Эльвиры Азимовой прошло седьмое заседание Конституционной комиссии. Члены комиссии рассмотрели предложения, поступившие в ходе всенародного обсуждения проекта новой Конституции.

Как сообщила председатель комиссии, за первые дни обсуждения граждане направили несколько тысяч замечаний. Больше всего обращений касается раздела о правах и свободах человека, а также норм о государственном языке и собственности на землю.

Рабочие группы комиссии подготовили сводные таблицы предложений по каждому разделу проекта. Решения по ним будут приниматься на следующих заседаниях открытым голосованием членов комиссии.

Отдельно участники заседания обсудили статьи о Курултае и Халық Кеңесі. Ряд членов комиссии предложил уточнить порядок назначения вице-президента и сроки его полномочий.

Следующее заседание Конституционной комиссии запланировано на будущую неделю. Все материалы заседаний публикуются на сайте Конституционного суда."""

HEADLINE_CHANGED = RELEASE.replace(
    "Состоялось седьмое заседание Конституционной комиссии",
    "Комиссия обсудила тысячи предложений граждан к проекту Конституции",
)
AGENCY_TAG_ADDED = RELEASE.replace(
    "прошло седьмое заседание Конституционной комиссии.",
    "прошло седьмое заседание Конституционной комиссии, передает корреспондент агентства.",
)
PARAGRAPH_ADDED = RELEASE + """

Напомним, комиссия была создана указом Главы государства в январе, в её состав вошли 130 человек."""
LIGHTLY_EDITED = AGENCY_TAG_ADDED.replace("Как сообщила председатель комиссии,", "По словам Эльвиры Азимовой,") + (
    "\n\nФото: пресс-служба Конституционного суда"
)

# The same session written up independently by a reporter: same facts, own words, one shared quote.
OTHER_REPORT = """Конституционная комиссия разбирает письма граждан

Седьмое по счёту заседание комиссии прошло в столице. Эльвира Азимова рассказала журналистам, что поток писем не ослабевает: люди пишут о земле, о языке, о правах человека.

По её словам, каждое обращение регистрируется и попадает в одну из рабочих групп. Итоги по разделам комиссия будет утверждать голосованием.

Споры вызвали и новые институты. Несколько участников считают, что полномочия вице-президента в проекте описаны слишком коротко, другие предлагают подробнее прописать работу Халық Кеңесі.

Следующая встреча членов комиссии пройдёт через неделю, материалы выложат на сайте Конституционного суда."""

UNRELATED = """Синоптики обещают похолодание на севере страны

В Костанайской и Северо-Казахстанской областях ожидается понижение температуры до минус 25 градусов, на дорогах гололёд."""


@pytest.mark.parametrize("edited", [HEADLINE_CHANGED, AGENCY_TAG_ADDED, PARAGRAPH_ADDED, LIGHTLY_EDITED])
def test_a_lightly_edited_release_is_a_near_duplicate(edited):
    assert similarity(RELEASE, edited) >= SIMILARITY_THRESHOLD + 0.15


def test_another_report_of_the_same_event_is_not():
    assert similarity(RELEASE, OTHER_REPORT) < SIMILARITY_THRESHOLD - 0.25


def test_formatting_does_not_matter():
    reformatted = RELEASE.replace("\n\n", "\n").replace("Конституционной", "КОНСТИТУЦИОННОЙ")
    assert similarity(RELEASE, reformatted) == 1.0


def test_groups_map_copies_to_the_first_document_and_leave_singletons_out():
    docs = [
        ("weather", UNRELATED),
        ("akorda", RELEASE),
        ("own-report", OTHER_REPORT),
        ("kazinform", AGENCY_TAG_ADDED),
        ("tengri", PARAGRAPH_ADDED),
        ("zakon", LIGHTLY_EDITED),
        ("empty", ""),
    ]
    assert near_duplicate_groups(docs) == {
        "akorda": "akorda",
        "kazinform": "akorda",
        "tengri": "akorda",
        "zakon": "akorda",
    }


def test_canonical_is_the_first_in_input_order():
    groups = near_duplicate_groups([("copy", PARAGRAPH_ADDED), ("original", RELEASE)])
    assert groups == {"copy": "copy", "original": "copy"}


def test_no_documents_or_no_duplicates_give_no_groups():
    assert near_duplicate_groups([]) == {}
    assert near_duplicate_groups([("a", RELEASE), ("b", OTHER_REPORT), ("c", UNRELATED)]) == {}


def test_shingles_are_stable_across_runs_and_short_texts_still_have_one():
    assert shingle_hashes("Курултай").tolist() == shingle_hashes("курултай!").tolist()
    assert len(shingle_hashes("два слова")) == 1
    assert len(shingle_hashes("  ,, ")) == 0


def _synthetic_corpus(count: int, words_per_doc: int = 420, duplicate_every: int = 50, seed: int = 7):
    """~3 KB Russian-like documents from a 20,000-word vocabulary; every 50th re-publishes an earlier one
    with a new first line and a sentence appended. Generated lazily so the corpus is never all in memory."""
    rng = np.random.default_rng(seed)
    letters = np.array(list("абвгдежзиклмнопрстуфхцчшыэюя"))
    vocabulary = ["".join(rng.choice(letters, size=rng.integers(3, 10))) for _ in range(20_000)]
    recent: list[str] = []
    for number in range(count):
        if number % duplicate_every == duplicate_every - 1 and recent:
            original = recent[int(rng.integers(len(recent)))]
            yield f"doc{number}", "Новый заголовок публикации\n" + original + " Об этом сообщает пресс-служба."
            continue
        text = " ".join(vocabulary[i] for i in rng.integers(0, len(vocabulary), words_per_doc))
        recent = (recent + [text])[-200:]
        yield f"doc{number}", text


@pytest.mark.slow
def test_100000_documents_of_3kb_in_under_a_minute_with_bounded_memory():
    count = 100_000
    start = time.process_time()
    generated = sum(len(text) for _, text in _synthetic_corpus(count))
    generation_seconds = time.process_time() - start

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.process_time()
    groups = near_duplicate_groups(_synthetic_corpus(count))
    seconds = time.process_time() - start - generation_seconds
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    duplicates = sum(1 for doc, canonical in groups.items() if doc != canonical)
    print(f"\n{count} docs, {generated / count:.0f} chars each: {seconds:.1f} s of CPU without generating the "
          f"corpus; peak RSS {peak_rss_mb:.0f} MB (before: {rss_before / 1024:.0f} MB); "
          f"{duplicates} copies in {len(set(groups.values()))} groups")
    assert seconds < 60
    assert duplicates == count // 50
    assert peak_rss_mb < 1024


@pytest.mark.parametrize("distinct", [1, 2, 7, 1000, 2 ** 62])
def test_the_band_order_is_numpys_stable_order(distinct):
    """Which documents of a bucket are paired depends on their order in it: the same as a stable sort gives."""
    rng = np.random.default_rng(distinct % 1000)
    for size in (0, 1, 2, 50, 5000):
        keys = rng.integers(0, distinct, size=size, dtype=np.uint64)
        assert np.array_equal(stable_order(keys), np.argsort(keys, kind="stable"))
