"""What surrounds an article on a real news page and makes it weigh 30-150 KB: inline scripts (analytics,
the app's state as JSON) and "latest news" link lists. The sample pages are trimmed to be readable; the
benchmark puts this weight back so that reading and parsing cost what they cost on the real sites.
"""
from __future__ import annotations

import math
import random

from scripts.bench.articles import headline

CHUNK_COUNT = 256
HEADLINES_PER_LANGUAGE = 400
SCRIPT_MEDIAN_KB = 22
LINKS = (15, 60)


def script_chunks(rng: random.Random) -> list[str]:
    """~1 KB pieces of a page-state object: keys, ids, counters and URLs, as bundlers print them."""
    keys = ["id", "slug", "views", "category", "author", "image", "width", "height", "tags", "rubric", "ts", "lang"]
    chunks = []
    for _ in range(CHUNK_COUNT):
        items = []
        while sum(map(len, items)) < 1000:
            key = rng.choice(keys)
            value = rng.choice((str(rng.randint(0, 10**9)), f'"/static/{rng.getrandbits(48):012x}.webp"',
                                f'"{rng.getrandbits(64):016x}"', "true", "null"))
            items.append(f'"{key}_{rng.randint(0, 99)}":{value}')
        chunks.append("{" + ",".join(items) + "}")
    return chunks


class PagePadding:
    """Builds the padding of each page from pools made once (per archive), so a page costs a few joins."""

    def __init__(self, rng: random.Random, languages: tuple[str, ...] = ("ru", "kk", "en")):
        self.chunks = script_chunks(rng)
        self.headlines = {lang: [headline(rng, lang) for _ in range(HEADLINES_PER_LANGUAGE)] for lang in languages}

    def render(self, rng: random.Random, language: str) -> str:
        kilobytes = max(3, min(120, int(math.exp(rng.gauss(math.log(SCRIPT_MEDIAN_KB), 0.6)))))
        state = ",".join(rng.choice(self.chunks) for _ in range(kilobytes))
        links = "".join(
            f'<li><a href="/news/{rng.randint(10**5, 10**6)}">{title}</a></li>'
            for title in rng.sample(self.headlines[language], rng.randint(*LINKS))
        )
        return (f'<aside class="latest-news"><h3>Latest</h3><ul>{links}</ul></aside>\n'
                f"<script>window.__STATE__=[{state}];</script>\n")
