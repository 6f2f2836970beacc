"""The Dagster UI as a data engineer opens it: the webserver loads every asset and check, and the graph renders."""
import os
import shutil
import subprocess
import sys

import pytest

from pipeline.definitions import defs
from pipeline.webui import ASSETS_QUERY, chromium_binary, dismiss_welcome, graphql, running_webserver, screenshot



@pytest.fixture(scope="module")
def webserver(tmp_path_factory):
    home = tmp_path_factory.mktemp("dagster_home")
    shutil.copy("dagster_home/dagster.yaml", home / "dagster.yaml")
    data = tmp_path_factory.mktemp("data")
    env = {"DAGSTER_HOME": str(home), "ATAZAN_DATA_DIR": str(data)}
    # A recorded run first, as `make run` leaves one: the UI then shows materialisations, not an empty graph.
    subprocess.run([sys.executable, "-m", "pipeline.cli", "build", "--quiet"], env={**os.environ, **env},
                   check=True, capture_output=True, timeout=300)
    with running_webserver(env) as url:
        yield url


LOCATIONS_QUERY = """
{ workspaceOrError { ... on Workspace { locationEntries { name
    locationOrLoadError { __typename ... on PythonError { message } } } } } }
"""


def test_the_code_location_loads_without_error(webserver):
    entries = graphql(webserver, LOCATIONS_QUERY)["workspaceOrError"]["locationEntries"]
    assert [(e["name"], e["locationOrLoadError"]) for e in entries] == [
        ("pipeline.definitions", {"__typename": "RepositoryLocation"})]


def test_every_asset_and_check_loads_in_the_webserver(webserver):
    nodes = graphql(webserver, ASSETS_QUERY)["assetNodes"]
    served = {"/".join(n["assetKey"]["path"]): n for n in nodes}
    graph = defs.resolve_asset_graph()
    expected = {key.to_user_string() for key in graph.get_all_asset_keys()}
    assert set(served) == expected
    served_checks = {(key, c["name"]) for key, n in served.items() for c in n["assetChecksOrError"]["checks"]}
    expected_checks = {(k.asset_key.to_user_string(), k.name) for k in graph.asset_check_keys}
    assert served_checks == expected_checks
    assert all(n["description"] and n["groupName"] and n["kinds"] for n in served.values())


def test_the_latest_build_is_visible(webserver):
    runs = graphql(webserver, "{ runsOrError { ... on Runs { results { status jobName } } } }")
    assert {"status": "SUCCESS", "jobName": "build_dataset"} in runs["runsOrError"]["results"]


@pytest.mark.skipif(chromium_binary() is None, reason="Chromium is not installed (Debian: apt-get install chromium); "
                    "the screenshot of the asset graph needs a headless browser")
def test_screenshot_of_the_asset_graph(webserver, tmp_path):
    dismiss_welcome(webserver)
    png = screenshot(f"{webserver}/asset-groups", tmp_path / "asset-graph.png")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000  # a rendered graph, not a blank page
