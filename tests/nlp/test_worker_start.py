import subprocess
import sys

import pymorphy2_dicts_ru
from natasha import MorphVocab

WORDS = ["депутатами", "Конституции", "референдуме", "Токаева", "заявила", "Мажилиса", "ашық",
         "Kazakhstan"]


def test_the_server_loads_the_models_without_pkg_resources():
    # a fresh interpreter, as the workers' server is: this one may have imported pkg_resources already
    code = ("import sys, os; import pipeline.nlp.worker_start; "
            "print('pkg_resources' in sys.modules, os.environ['PYMORPHY2_DICT_PATH'])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", pymorphy2_dicts_ru.get_path()]


def test_the_dictionary_it_names_is_the_one_pymorphy2_finds(monkeypatch):
    monkeypatch.delenv("PYMORPHY2_DICT_PATH", raising=False)
    found = MorphVocab()
    monkeypatch.setenv("PYMORPHY2_DICT_PATH", pymorphy2_dicts_ru.get_path())
    named = MorphVocab()
    assert named.lang == found.lang == "ru"
    assert [_described(named.parse(w)) for w in WORDS] == [_described(found.parse(w)) for w in WORDS]


def _described(parses) -> list[tuple]:
    # a parse holds its analyser's bound units too: compared by what it says
    return [(p.word, str(p.tag), p.normal_form, p.score) for p in parses]
