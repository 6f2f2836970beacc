"""The analysis workers' server started by the steps before the analysis, so that it loads its models (a second)
on another core while they work: only in a run that analyses."""
import dagster as dg

from pipeline.metadata.statements import CORE_STATEMENTS
from pipeline.nlp.analysis import WORKER_PRELOAD, analyse_batch
from pipeline.nlp.parallel import start_early


def start_analysis_workers(context: dg.AssetExecutionContext, items: int) -> None:
    """Start the server when `items` (WARC files, pages) are about to be read and this run analyses them."""
    if analysis_in_run(context):
        start_early(analyse_batch, WORKER_PRELOAD, items)


def analysis_in_run(context: dg.AssetExecutionContext) -> bool:
    """Whether the run materialises the analysis (a run of some assets only may not: its server would sit idle)."""
    selection = context.run.asset_selection  # None or empty: the whole job (a build runs it so)
    return not selection or dg.AssetKey(CORE_STATEMENTS.name) in selection
