"""The archive and the state, kept in step: exchanges are appended to the open WARC file, made durable, and
only then recorded in the state together with the file's new length."""
from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Iterable

from pipeline.crawl.state import Candidate, CrawlState, FetchRecord
from pipeline.warc.writer import (TMP_SUFFIX, HttpExchange, RotatingWarcWriter, WrittenRecord, finish_partial_warc,
                                  pending_warc_files)

log = logging.getLogger(__name__)


class CrawlStore:
    def __init__(self, warc_dir: Path, state: CrawlState, max_warc_bytes: int, warcinfo: dict[str, str]):
        self.warc_dir = Path(warc_dir)
        self.state = state
        self.writer = RotatingWarcWriter(self.warc_dir, prefix="crawl", max_bytes=max_warc_bytes, warcinfo=warcinfo)
        self._lock = threading.Lock()
        self.published: list[str] = []  # files this run renamed into place

    def recover(self) -> list[Path]:
        """Finish the files a killed run left open, cut back to what the state committed."""
        known = self.state.warc_files()
        finished = []
        for tmp in pending_warc_files(self.warc_dir):
            name = tmp.name[: -len(TMP_SUFFIX)]
            committed = known.get(name, (0, False))[0]
            final = finish_partial_warc(tmp, committed)
            if final is not None:
                finished.append(final)
                log.info("recovered %s (%d bytes committed)", final.name, committed)
            self.state.mark_closed(name)
        for name, (_, closed) in known.items():
            # Killed between the rename and the state update: the file is complete, only the flag lags.
            if not closed and (self.warc_dir / name).exists():
                self.state.mark_closed(name)
        return finished

    def save(self, exchanges: Iterable[HttpExchange], fetches: Iterable[FetchRecord] = (),
             enqueue: Iterable[tuple[str, Candidate]] = (), confirm=(), marks: dict[str, str] | None = None
             ) -> tuple[list[WrittenRecord], int]:
        """Archive `exchanges` and record the rest in one state transaction; returns where each response went
        and how many candidates became pending."""
        exchanges = list(exchanges)
        with self._lock:
            written = []
            synced = None
            if exchanges:
                try:
                    written = [self.writer.write_exchange(e) for e in exchanges]
                    synced = self.writer.sync()
                except BaseException:
                    self._abandon_open_file()
                    raise
            newly_pending = self.state.commit(warc=synced, fetches=fetches, enqueue=enqueue, confirm=confirm,
                                              marks=marks)
            if self.writer.needs_rotation():
                self._close_current()
            return written, newly_pending

    def close(self) -> Path | None:
        with self._lock:
            return self._close_current()

    def _close_current(self) -> Path | None:
        name = self.writer.current_name
        if name is None:
            return None
        if name not in self.state.warc_files():
            # Opened but nothing committed into it: not worth publishing a file with only a warcinfo record.
            self._abandon_open_file()
            return None
        final = self.writer.close()
        self.state.mark_closed(name)
        if final is not None:
            self.published.append(final.name)
        return final

    def _abandon_open_file(self) -> None:
        # A write failed half-way: cut the open file back to its committed length and start a new one.
        name = self.writer.current_name
        tmp = self.writer.abandon()
        if name is None or tmp is None:
            return
        committed = self.state.warc_files().get(name, (0, False))[0]
        finish_partial_warc(tmp, committed)
        self.state.mark_closed(name)
