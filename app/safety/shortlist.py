"""The rows of a large bank that can be among a vector's nearest: an int8 product of the bank with
the vector (onnxruntime's integer matrix product, a quarter of the float32 matrix's memory, read
by one thread) and a bound on its error, so that the exact cosines are computed for those rows
alone. Every row whose exact cosine could reach the k-th largest is kept: the exact top k, their
values and their order are those of the whole bank's exact product.

The bound: with the bank quantized with one scale `s` (x = s*q + e) and the vector with `t`
(v = t*p + f), x.v - s*t*(q.p) = e.v + s*q.f, at most |e|*|v| + |s*q|*|f| (Cauchy-Schwarz), plus
the float32 rounding of the exact product (at most 384 * 2**-24 * |x|*|v|, allowed 1e-4 *
|x|*|v|). q.p is exact: integers, and the vector's levels kept to 0..127 so that no pair of
products (which some CPUs add in 16 bits) can saturate. Left out: anything approximate (a row is
never dropped on a guess), and small banks (the plain product is as cheap as the call).

The ONNX model (one `MatMulInteger` node, the quantized bank as a constant) is written here as
protobuf bytes, without the `onnx` package, whose import takes seconds."""

from __future__ import annotations

import numpy as np

MIN_ROWS = 2048  # below this the exact product over every row is about as cheap
LEVELS = 63  # the vector's levels: -63..63, shifted by ZERO to 1..127 (u8, no saturation)
ZERO = 64
ROUNDING = 1e-4  # the exact float32 product's own error, relative to |x|*|v| (>= 384 * 2**-24)
CHUNK = 512


class Shortlist:
    """`rows(vector, k, groups)`: for each group of rows (consecutive slices of the bank), the
    indices, ascending, within the group, of the rows that can be among its k nearest."""

    def __init__(self, vectors: np.ndarray):
        vectors = np.asarray(vectors, dtype=np.float32)
        self.scale = float(np.abs(vectors).max()) / 127
        quantized = np.empty(vectors.shape, dtype=np.int8)
        self.residual = self.rebuilt_norm = self.norm = 0.0
        for at in range(0, len(vectors), CHUNK):  # in chunks: no bank-sized float64 temporaries
            part = vectors[at : at + CHUNK]
            levels = quantized[at : at + CHUNK]
            levels[:] = np.rint(part * np.float32(1 / self.scale))
            exact, rebuilt = part.astype(np.float64), levels * self.scale  # the bound in float64
            self.residual = max(self.residual, _longest(exact - rebuilt))
            self.rebuilt_norm = max(self.rebuilt_norm, _longest(rebuilt))
            self.norm = max(self.norm, _longest(exact))
        self._session = _session(quantized)

    def products(self, vector: np.ndarray) -> tuple[np.ndarray, float] | None:
        """The integer products q.p of every row and the slack, in their units, that each differs
        from the exact cosine by at most; None for a vector that cannot be quantized."""
        vector = np.asarray(vector, dtype=np.float64)
        top = float(np.abs(vector).max()) if vector.size else 0.0
        if not np.isfinite(top) or top == 0.0:
            return None
        step = top / LEVELS
        levels = np.rint(vector / step)
        products = self._session.run(None, {"a": (levels + ZERO).astype(np.uint8)[None]})[0][0]
        length = float(np.sqrt(vector @ vector))
        off = float(np.sqrt(((vector - levels * step) ** 2).sum()))
        bound = length * (self.residual + ROUNDING * self.norm) + off * self.rebuilt_norm
        return products, bound / (self.scale * step)

    def rows(self, vector: np.ndarray, k: int, groups: list[slice]) -> list[np.ndarray] | None:
        found = self.products(vector)
        if found is None:
            return None
        products, slack = found
        return [_near(products[group], slack, k) for group in groups]


def _longest(rows: np.ndarray) -> float:
    return float(np.sqrt((rows**2).sum(1)).max())


def _near(products: np.ndarray, slack: float, k: int) -> np.ndarray:
    """Rows whose upper bound reaches the k-th largest lower bound (all rows when k is 0 or all)."""
    if not 0 < k < len(products):
        return np.arange(len(products))
    kth = np.partition(products, len(products) - k)[len(products) - k]
    return np.flatnonzero(products >= kth - 2 * slack)


def _session(quantized: np.ndarray):
    import onnxruntime  # only for a large bank: the product below

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    # The int8 product exact on CPUs without AVX-512 VNNI too (its error bound assumes it).
    options.add_session_config_entry("session.x64quantprecision", "1")
    model = _model(np.ascontiguousarray(quantized.T))
    return onnxruntime.InferenceSession(model, options, providers=["CPUExecutionProvider"])


# The ONNX protobuf, by hand: field numbers from onnx.proto (ModelProto, GraphProto, NodeProto,
# TensorProto, ValueInfoProto, TypeProto). tests/test_shortlist.py reads it back with `onnx`.
UINT8, INT8, INT32 = 2, 3, 6


def _model(bank_t: np.ndarray) -> bytes:
    dim, rows = bank_t.shape
    node = _field(1, b"a") + _field(1, b"B") + _field(1, b"zero") + _field(2, b"y")
    node += _field(4, b"MatMulInteger")
    bank = _dims(bank_t.shape) + _int(2, INT8) + _field(8, b"B") + _field(9, bank_t.tobytes())
    zero = _int(2, UINT8) + _field(8, b"zero") + _field(9, bytes([ZERO]))
    graph = _field(1, node) + _field(2, b"shortlist") + _field(5, bank) + _field(5, zero)
    graph += _field(11, _value(b"a", UINT8, (1, dim))) + _field(12, _value(b"y", INT32, (1, rows)))
    opset = _field(1, b"") + _int(2, 13)
    return _int(1, 8) + _field(8, opset) + _field(7, graph)


def _value(name: bytes, kind: int, shape: tuple[int, ...]) -> bytes:
    dims = b"".join(_field(1, _int(1, n)) for n in shape)
    tensor = _int(1, kind) + _field(2, dims)
    return _field(1, name) + _field(2, _field(1, tensor))


def _dims(shape: tuple[int, ...]) -> bytes:
    return b"".join(_int(1, n) for n in shape)


def _int(number: int, value: int) -> bytes:
    return _varint(number << 3) + _varint(value)


def _field(number: int, data: bytes) -> bytes:
    return _varint(number << 3 | 2) + _varint(len(data)) + data


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        low, value = value & 0x7F, value >> 7
        out.append(low | (0x80 if value else 0))
        if not value:
            return bytes(out)
