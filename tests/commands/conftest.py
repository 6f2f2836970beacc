"""Running the `atazan` command in this process, and archives of many small news pages for the streaming tests."""
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.warc.writer import ResponseToArchive, write_warc


@pytest.fixture
def atazan(capsys):
    """atazan(*argv) -> (exit status, stdout, stderr)."""
    def run(*argv) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def extract(atazan):
    """extract(*argv) -> (exit status, one dict per printed line, stderr)."""
    def run(*argv) -> tuple[int, list[dict], str]:
        code, out, err = atazan("extract", *argv)
        # splitlines breaks at more characters than "\n": a stricter reader than most
        return code, [json.loads(line) for line in out.splitlines()], err

    return run


def news_page(i: int) -> bytes:
    """A short report in tengrinews.kz's article structure, different for every `i`."""
    return f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Новость {i}</title>
<meta property="og:title" content="Заседание Конституционной комиссии № {i}">
<meta property="article:published_time" content="2026-03-01T10:00:00+05:00"></head>
<body><nav><a href="/">Главная</a></nav><main><h1 class="tn-content-title">Заседание Конституционной комиссии № {i}</h1>
<div class="tn-news-text"><p>Члены Конституционной комиссии в {i}-й раз обсудили предложения граждан по проекту новой Конституции.</p>
<p>За неделю поступило {i * 7} обращений, сообщили в пресс-службе. Их рассмотрят на следующем заседании.</p></div>
</main><footer>© 2026</footer></body></html>""".encode()


def news_url(i: int) -> str:
    return f"https://tengrinews.kz/kazakhstan_news/zasedanie-{i}/"


@pytest.fixture(scope="session")
def news_warc():
    """news_warc(path, count): a WARC of `count` news pages, written one record at a time."""
    def write(path: Path, count: int) -> Path:
        start = datetime(2026, 3, 1, tzinfo=timezone.utc)
        responses = (ResponseToArchive(url=news_url(i), body=news_page(i), fetched_at=start + timedelta(seconds=i))
                     for i in range(count))
        return write_warc(path, responses)

    return write
