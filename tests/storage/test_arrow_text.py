"""An Arrow array's strings as one run of bytes."""
import pyarrow as pa

from pipeline.storage.arrow_text import joined_strings


def test_the_strings_one_after_the_other_whatever_the_slice_chunks_and_nulls():
    values = pa.array(["ab", None, "ё\n", "", "😀"], pa.string())
    assert joined_strings(values) == "abё\n😀".encode()
    assert joined_strings(values.slice(2, 2)) == "ё\n".encode()
    assert joined_strings(pa.chunked_array([values.slice(0, 1), values.slice(3)])) == "ab😀".encode()
    assert joined_strings(pa.array([], pa.string())) == b""
