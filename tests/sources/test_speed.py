"""Parser throughput on a heavy page (about 50 KB, most of it navigation and scripts, as real pages are)."""
import time

import pytest

from pipeline.sources import adilet, akorda, kazinform, tengrinews

PAGES = {
    akorda: "pages/akorda/ru-ukaz-o-konstitucionnoy-komissii.html",
    kazinform: "pages/kazinform/ru-shestoe-zasedanie-pervyy-proekt.html",
    tengrinews: "pages/tengrinews/ru-bolee-4000-predlozheniy.html",
    adilet: "pages/adilet/rus-K2600000000-fragment.html",
}


def _heavy(html: bytes) -> bytes:
    script = b"<script>window.__state=" + b'{"menu":"' + b"x" * 30000 + b'"}</script>'
    sidebar = b"<aside class='sidebar'><ul>" + b"".join(
        f"<li><a href='/ru/news/{i}'>Новость номер {i} из ленты последних событий</a></li>".encode() for i in range(150)
    ) + b"</ul></aside>"
    return html.replace(b"</body>", script + sidebar + b"</body>")


@pytest.mark.slow
@pytest.mark.parametrize("module", list(PAGES), ids=lambda m: m.NAME)
def test_parses_at_least_1000_heavy_pages_per_second(module, sample_page, sample_bytes):
    body = _heavy(sample_bytes(PAGES[module]))
    assert len(body) >= 45_000
    page = sample_page(PAGES[module], body=body)
    module.parse(page)
    # best of five batches of CPU time (as timeit does): the machine is shared and neighbours slow single batches
    runs, best = 100, float("inf")
    for _ in range(5):
        started = time.process_time()
        for _ in range(runs):
            module.parse(page)
        best = min(best, time.process_time() - started)
    rate = runs / best
    print(f"{module.NAME}: {rate:,.0f} pages/s on {len(body) / 1000:.0f} KB")
    assert rate >= 1000
