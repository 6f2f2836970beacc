"""Thrift's compact protocol, read into a generic tree and written back byte for byte: enough to edit a Parquet
footer (parquet_append.py) without knowing every field of its schema. Fields this module does not touch keep
their type and value, in their order, so a footer read and written back is the same bytes.

A struct is a list of Field(id, type, value); a list or set is Items(element type, values); a map is
Pairs(key type, value type, [(key, value)]). Booleans in a struct carry their value in the field's type.
Specification: https://github.com/apache/thrift/blob/master/doc/specs/thrift-compact-protocol.md
"""
from __future__ import annotations

import struct
from dataclasses import dataclass

TRUE, FALSE, BYTE, I16, I32, I64, DOUBLE, BINARY, LIST, SET, MAP, STRUCT = range(1, 13)


class ThriftError(ValueError):
    """Bytes that are not a compact-protocol struct."""


@dataclass
class Field:
    id: int
    type: int
    value: object


@dataclass
class Items:
    type: int
    values: list


@dataclass
class Pairs:
    key_type: int
    value_type: int
    pairs: list


def read_struct(data: bytes, pos: int = 0) -> tuple[list[Field], int]:
    """The struct that starts at `pos`, and the position after it."""
    reader = _Reader(data, pos)
    fields = reader.struct()
    return fields, reader.pos


def write_struct(fields: list[Field]) -> bytes:
    out = bytearray()
    _write_struct(out, fields)
    return bytes(out)


def field(fields: list[Field], field_id: int) -> Field | None:
    return next((f for f in fields if f.id == field_id), None)


class _Reader:
    def __init__(self, data: bytes, pos: int):
        self.data, self.pos = data, pos

    def byte(self) -> int:
        if self.pos >= len(self.data):
            raise ThriftError("the struct runs past the end of its bytes")
        value = self.data[self.pos]
        self.pos += 1
        return value

    def varint(self) -> int:
        shift = result = 0
        while True:
            b = self.byte()
            result |= (b & 0x7F) << shift
            if not b & 0x80:
                return result
            shift += 7
            if shift > 70:
                raise ThriftError("a varint longer than 10 bytes")

    def zigzag(self) -> int:
        n = self.varint()
        return (n >> 1) ^ -(n & 1)

    def struct(self) -> list[Field]:
        fields, last = [], 0
        while True:
            header = self.byte()
            if header == 0:
                return fields
            kind, delta = header & 0x0F, header >> 4
            field_id = last + delta if delta else self.zigzag()
            value = kind == TRUE if kind in (TRUE, FALSE) else self.value(kind)
            fields.append(Field(field_id, kind, value))
            last = field_id

    def value(self, kind: int):
        if kind in (TRUE, FALSE):  # an element of a list: one byte
            return self.byte() == TRUE
        if kind == BYTE:
            return self.byte()
        if kind in (I16, I32, I64):
            return self.zigzag()
        if kind == DOUBLE:
            value = struct.unpack_from("<d", self.data, self.pos)[0]
            self.pos += 8
            return value
        if kind == BINARY:
            size = self.varint()
            value = bytes(self.data[self.pos:self.pos + size])
            if len(value) != size:
                raise ThriftError("a binary runs past the end of its bytes")
            self.pos += size
            return value
        if kind in (LIST, SET):
            header = self.byte()
            size, element = header >> 4, header & 0x0F
            if size == 15:
                size = self.varint()
            return Items(element, [self.value(element) for _ in range(size)])
        if kind == MAP:
            size = self.varint()
            if not size:
                return Pairs(0, 0, [])
            types = self.byte()
            key_type, value_type = types >> 4, types & 0x0F
            return Pairs(key_type, value_type, [(self.value(key_type), self.value(value_type)) for _ in range(size)])
        if kind == STRUCT:
            return self.struct()
        raise ThriftError(f"unknown compact type {kind}")


def _varint(out: bytearray, n: int) -> None:
    while True:
        if n < 0x80:
            out.append(n)
            return
        out.append((n & 0x7F) | 0x80)
        n >>= 7


def _zigzag(out: bytearray, n: int) -> None:
    _varint(out, (n << 1) ^ (n >> 63))


def _write_struct(out: bytearray, fields: list[Field]) -> None:
    last = 0
    for f in fields:
        kind = (TRUE if f.value else FALSE) if f.type in (TRUE, FALSE) else f.type
        delta = f.id - last
        if 0 < delta <= 15:
            out.append((delta << 4) | kind)
        else:
            out.append(kind)
            _zigzag(out, f.id)
        if kind not in (TRUE, FALSE):
            _write_value(out, kind, f.value)
        last = f.id
    out.append(0)


def _write_value(out: bytearray, kind: int, value) -> None:
    if kind in (TRUE, FALSE):
        out.append(TRUE if value else FALSE)
    elif kind == BYTE:
        out.append(value & 0xFF)
    elif kind in (I16, I32, I64):
        _zigzag(out, value)
    elif kind == DOUBLE:
        out += struct.pack("<d", value)
    elif kind == BINARY:
        _varint(out, len(value))
        out += value
    elif kind in (LIST, SET):
        size = len(value.values)
        if size < 15:
            out.append((size << 4) | value.type)
        else:
            out.append(0xF0 | value.type)
            _varint(out, size)
        for item in value.values:
            _write_value(out, value.type, item)
    elif kind == MAP:
        _varint(out, len(value.pairs))
        if value.pairs:
            out.append((value.key_type << 4) | value.value_type)
            for key, item in value.pairs:
                _write_value(out, value.key_type, key)
                _write_value(out, value.value_type, item)
    elif kind == STRUCT:
        _write_struct(out, value)
    else:
        raise ThriftError(f"unknown compact type {kind}")
