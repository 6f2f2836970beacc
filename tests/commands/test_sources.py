import pytest

from pipeline.sources.registry import GENERIC, all_sources


def test_sources_prints_every_registry_source_with_its_hosts(atazan):
    code, out, _ = atazan("sources")
    assert code == 0
    header, *lines = out.splitlines()
    assert header.split() == ["source", "hosts", "languages", "discovery", "rate_limit_per_s", "enabled"]
    by_name = {line.split()[0]: line.split() for line in lines}
    expected = [*all_sources(), GENERIC]
    assert list(by_name) == [s.name for s in expected]
    for source in all_sources():
        assert by_name[source.name][1] == ",".join(source.hosts)
        assert by_name[source.name][5] == str(source.enabled)


def test_sources_has_help(atazan, capsys):
    with pytest.raises(SystemExit) as exit_:
        atazan("sources", "--help")
    assert exit_.value.code == 0
    assert "usage: atazan sources" in capsys.readouterr().out
