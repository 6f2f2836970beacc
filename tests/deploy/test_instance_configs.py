"""The instance configurations we document are valid for Dagster itself, and their classes load."""
from pathlib import Path

import pytest
from dagster._core.instance.config import dagster_instance_config
from dagster._serdes.config_class import ConfigurableClassData

ROOT = Path(__file__).resolve().parents[2]
CONFIGS = [ROOT / "dagster_home", ROOT / "deploy" / "kubernetes", ROOT / "deploy" / "celery"]


# Outside a cluster the launcher reads a kubeconfig instead; it only has to parse, nothing is contacted.
KUBECONFIG = """apiVersion: v1
kind: Config
clusters: [{name: test, cluster: {server: "https://127.0.0.1:1"}}]
users: [{name: test, user: {token: test}}]
contexts: [{name: test, context: {cluster: test, user: test}}]
current-context: test
"""


@pytest.mark.parametrize("folder", CONFIGS, ids=lambda p: p.name)
def test_instance_config_validates_and_its_classes_import(folder, monkeypatch, tmp_path):
    for name in ("DAGSTER_PG_HOST", "DAGSTER_PG_USER", "DAGSTER_PG_PASSWORD", "DAGSTER_PG_DB"):
        monkeypatch.setenv(name, "x")
    config, _ = dagster_instance_config(str(folder))
    for key in ("run_coordinator", "run_launcher"):
        if key in config:
            class_config = dict(config[key].get("config") or {})
            if config[key]["class"] == "K8sRunLauncher":
                (tmp_path / "kubeconfig").write_text(KUBECONFIG)
                class_config.update(load_incluster_config=False, kubeconfig_file=str(tmp_path / "kubeconfig"))
            data = ConfigurableClassData(config[key]["module"], config[key]["class"], _yaml(class_config))
            assert data.info_dict()["class"] == config[key]["class"]
            data.rehydrate(as_type=object)  # imports the class and validates its own config schema


def test_the_celery_executor_accepts_our_run_config():
    from dagster_celery import celery_executor

    import dagster as dg

    @dg.asset
    def probe():
        return 1

    job = dg.define_asset_job("probe_job", executor_def=celery_executor)
    defs = dg.Definitions(assets=[probe], jobs=[job])
    resolved = defs.resolve_job_def("probe_job")
    run_config = {"execution": {"config": {"broker": "pyamqp://guest@rabbitmq//", "backend": "rpc://"}}}
    assert dg.validate_run_config(resolved, run_config) is not None


def _yaml(config) -> str:
    import yaml

    return yaml.safe_dump(config or {})
