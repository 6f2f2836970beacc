"""The parse step over a folder holding warc/: what the collect tests share."""
from pipeline.documents.collect import CorePaths, collect_documents
from pipeline.metadata.tables import RAW_WARC_RECORDS
from pipeline.storage.parquet import write_rows
from pipeline.warc.inventory import scan_archive


def collect_folder(folder):
    """Inventory folder/warc and parse it into the four core tables beside it; (stats, paths)."""
    warc_dir = folder / "warc"
    records = folder / "records.parquet"
    write_rows(records, RAW_WARC_RECORDS, (row for kind, row in scan_archive(warc_dir) if kind == "record"))
    paths = CorePaths(records, warc_dir, folder / "captures.parquet", folder / "documents.parquet",
                      folder / "rejected.parquet", folder / "errors.parquet")
    return collect_documents(paths), paths
