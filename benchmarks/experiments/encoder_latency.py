"""Start-up and per-line cost of the int8 ONNX sentence encoder (`export_onnx.py`): importing
onnxruntime, opening the session, loading the tokenizer, and the median of one line on one
thread. Not part of the product; benchmarks/README.md (twenty-third session) has the figures.
"""

import time

t0 = time.perf_counter()
import onnxruntime as ort  # noqa: E402  (timed)

t1 = time.perf_counter()
options = ort.SessionOptions()
options.intra_op_num_threads = 1
options.inter_op_num_threads = 1
session = ort.InferenceSession("/tmp/minilm_q.onnx", options, providers=["CPUExecutionProvider"])
t2 = time.perf_counter()
from tokenizers import Tokenizer  # noqa: E402  (timed)

tokenizer = Tokenizer.from_file("/tmp/m2v_minilm/tokenizer.json")
t3 = time.perf_counter()
import numpy as np  # noqa: E402

LINES = [
    "I hear you, but can you pay 400 by Friday and the rest by the 15th?",
    "ok",
    "We sent the invoice on the 3rd of March and it is still open, what's going on?",
]
times = []
for _ in range(30):
    for line in LINES:
        start = time.perf_counter()
        ids = np.array(
            [tokenizer.encode("[CLS] " + line + " [SEP]", add_special_tokens=False).ids],
            dtype=np.int64,
        )
        session.run(None, {"ids": ids, "mask": np.ones_like(ids)})
        times.append(time.perf_counter() - start)
print(
    f"import {t1 - t0:.3f} s, session {t2 - t1:.3f} s, tokenizer {t3 - t2:.3f} s, "
    f"one line (median) {np.median(times) * 1000:.2f} ms"
)
