"""datapackage.json is generated from the metadata and validates with the frictionless library."""
import json

import frictionless


def test_datapackage_validates_with_frictionless(sample_build):
    data_dir, _ = sample_build
    path = data_dir / "publish" / "datapackage.json"
    report = frictionless.validate(str(path))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_datapackage_describes_every_published_table_with_keys(sample_build):
    data_dir, _ = sample_build
    descriptor = json.loads((data_dir / "publish" / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert {"documents", "sources"} <= set(resources)
    documents = resources["documents"]
    assert documents["schema"]["primaryKey"] == ["document_id"]
    assert {"fields": ["source"], "reference": {"resource": "sources", "fields": ["source"]}} \
        in documents["schema"]["foreignKeys"]
    assert all(f.get("description") for r in resources.values() for f in r["schema"]["fields"])
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    assert documents["rows"] > 0
