"""The generic main-text extractor: title, date, language and article text of a page from any host."""
from pipeline.extract.extractor import extract
from pipeline.extract.model import Extracted

__all__ = ["extract", "Extracted"]
