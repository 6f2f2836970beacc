"""Put on a measured build's path (scripts/bench/rounds.py does): with ATAZAN_TIME_FUNCTIONS set to
"module:function,module:Class.method,...", each named function is wrapped as its module is imported, and at exit the
process that imported it first (the build, not its workers) appends "module:function<TAB>seconds<TAB>calls" lines and
a "--" line to the file ATAZAN_TIME_OUT names. A generator's time is only its creation's: name what it calls."""
import atexit
import functools
import importlib.abc
import importlib.util
import os
import sys
import time

_WANTED: dict[str, list[str]] = {}
for _item in filter(None, os.environ.get("ATAZAN_TIME_FUNCTIONS", "").split(",")):
    _module, _name = _item.split(":")
    _WANTED.setdefault(_module, []).append(_name)
_TOTALS: dict[str, list[float]] = {}
_PID = os.getpid()


def _wrap(module, qualified: str) -> None:
    *path, name = qualified.split(".")
    owner = module
    try:
        for part in path:
            owner = getattr(owner, part)
        function = getattr(owner, name)
    except AttributeError:
        return  # a function the measured version does not have (versions compared side by side differ)
    key = f"{module.__name__}:{qualified}"
    total = _TOTALS.setdefault(key, [0.0, 0])

    @functools.wraps(function)
    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            total[0] += time.perf_counter() - started
            total[1] += 1

    setattr(owner, name, timed)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name not in _WANTED:
            return None
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        if spec is None or spec.loader is None:
            return spec
        execute = spec.loader.exec_module

        def exec_module(module):
            execute(module)
            for qualified in _WANTED[name]:
                _wrap(module, qualified)

        spec.loader.exec_module = exec_module
        return spec


def _report() -> None:
    if os.getpid() != _PID or not _TOTALS or not os.environ.get("ATAZAN_TIME_OUT"):
        return
    with open(os.environ["ATAZAN_TIME_OUT"], "a", encoding="utf-8") as out:
        for key, (seconds, calls) in sorted(_TOTALS.items()):
            out.write(f"{key}\t{seconds:.4f}\t{calls}\n")
        out.write("--\n")


if _WANTED:
    sys.meta_path.insert(0, _Finder())
    atexit.register(_report)
