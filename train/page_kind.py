#!/usr/bin/env python3
"""Fits the odds that a page of little prose is an article.

A page whose main region holds under 1,500 characters of prose is either a
short article (a photo post, a brief) or a page of items (a listing, a
shop, a service's front page), and pith reads the two differently: an
article keeps its prose and drops the link lists around it; a page of
items keeps its cards and short lines. Which reading serves a page is
measured, not assumed: `examples/page_kind_features` extracts every
labelled page both ways, and a page is an example of the reading that
scores the higher word F1 against its truth, weighted by how much higher
(pages where both readings agree teach nothing).

The model is an L2-regularised logistic regression over the page features
of `src/region/kind.rs`. Its strength is chosen by site-grouped 5-fold
cross-validation (a page is judged by weights fitted without its site) on
dev and dragnet together; the figures printed are out of fold and in
sample, per set. The weights, on the features' own scale, are written to
`src/region/kind_weights.rs`.

  train/run.sh            refit, print the figures, write the weights
  train/run.sh --check    exit 1 if the shipped weights differ from a refit
"""

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SETS = ["dev", "dragnet"]
WEIGHTS = ROOT / "src" / "region" / "kind_weights.rs"
FEATURES_BIN = ROOT / "target" / "release" / "examples" / "page_kind_features"
STRENGTHS = [0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0]
MARGINS = [0.0, 0.5, 1.0, 1.5]
FOLDS = 5


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def site_of(url, fallback):
    host = urlparse(url or "").hostname
    return ".".join(host.split(".")[-2:]) if host else fallback


def read_set(name, scorer):
    """Every page of a set with features and truth: (features, F1 read as an
    article, F1 read as a page of items, site)."""
    truth = {t["id"]: t for t in scorer.load_truth(EVAL / name)}
    paths = sorted((EVAL / name / "html").glob("*.html.gz"))
    out = subprocess.run(
        [str(FEATURES_BIN), *map(str, paths)], check=True, capture_output=True, text=True
    ).stdout
    rows = []
    for line in out.splitlines():
        d = json.loads(line)
        page_id = Path(d["path"]).name.removesuffix(".html.gz")
        t = truth.get(page_id)
        if not d.get("features") or t is None or t.get("main_content") is None:
            continue
        ref = t["main_content"]
        rows.append(
            (
                d["features"],
                scorer.word_prf(d["article"], ref)[2],
                scorer.word_prf(d["page"], ref)[2],
                site_of(t.get("url"), f"{name}-{page_id}"),
            )
        )
    return rows


def shipped_names():
    """The features' names as `kind_weights.rs` must list them (those of
    `kind.rs`, in order)."""
    text = (ROOT / "src" / "region" / "kind.rs").read_text()
    block = text.split("pub const FEATURES")[1].split("];")[0]
    return [part.split('"')[1] for part in block.split("\n") if '"' in part]


def fit(x, y, w, strength):
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    model = LogisticRegression(C=strength, solver="lbfgs", max_iter=5000)
    model.fit((x - mean) / std, y, sample_weight=w)
    coef = model.coef_[0] / std
    bias = model.intercept_[0] - float((model.coef_[0] * mean / std).sum())
    return coef, bias


def decide(x, coef, bias, margin):
    return x @ coef + bias >= margin


def main():
    check = "--check" in sys.argv
    scorer = load_scorer()
    names = shipped_names()
    data = {name: read_set(name, scorer) for name in SETS}
    x = {s: np.array([[r[0][n] for n in names] for r in rows], dtype=np.float64) for s, rows in data.items()}
    f_article = {s: np.array([r[1] for r in rows]) for s, rows in data.items()}
    f_page = {s: np.array([r[2] for r in rows]) for s, rows in data.items()}
    sites = {s: [r[3] for r in rows] for s, rows in data.items()}

    # the training rows: pages whose two readings differ
    all_x = np.vstack([x[s] for s in SETS])
    delta = np.concatenate([f_article[s] - f_page[s] for s in SETS])
    all_sites = [site for s in SETS for site in sites[s]]
    set_of = np.concatenate([np.full(len(x[s]), i) for i, s in enumerate(SETS)])
    y = (delta > 0).astype(int)
    w = np.abs(delta)
    # sets weigh alike: each set's differences sum to one
    for i in range(len(SETS)):
        mask = set_of == i
        if w[mask].sum() > 0:
            w[mask] /= w[mask].sum()
    useful = w > 0

    unique_sites = sorted(set(all_sites))
    rng = np.random.default_rng(0)
    order = rng.permutation(len(unique_sites))
    fold_of_site = {unique_sites[j]: k % FOLDS for k, j in enumerate(order)}
    fold = np.array([fold_of_site[site] for site in all_sites])

    def outcome(decisions):
        """Mean F1 per set when pages are read as `decisions` says."""
        f = np.where(decisions, np.concatenate([f_article[s] for s in SETS]),
                     np.concatenate([f_page[s] for s in SETS]))
        return [float(f[set_of == i].mean()) for i in range(len(SETS))]

    def out_of_fold(strength, margin):
        decisions = np.zeros(len(all_x), dtype=bool)
        for k in range(FOLDS):
            train = (fold != k) & useful
            coef, bias = fit(all_x[train], y[train], w[train], strength)
            test = fold == k
            decisions[test] = decide(all_x[test], coef, bias, margin)
        return decisions

    baseline = outcome(np.zeros(len(all_x), dtype=bool))
    print("as before (every page of little prose read as a page of items):",
          " ".join(f"{s} {v:.4f}" for s, v in zip(SETS, baseline)))
    results = {}
    for strength in STRENGTHS:
        for margin in MARGINS:
            key = (strength, margin)
            results[key] = outcome(out_of_fold(*key))
            print(f"C={strength:<5} margin {margin}: out of fold",
                  " ".join(f"{s} {v:.4f}" for s, v in zip(SETS, results[key])))
    best = max(results, key=lambda k: sum(results[k]))
    coef, bias = fit(all_x[useful], y[useful], w[useful], best[0])
    in_sample = outcome(decide(all_x, coef, bias, best[1]))
    print(f"chosen C={best[0]}, margin {best[1]}: out of fold",
          " ".join(f"{s} {v:.4f}" for s, v in zip(SETS, results[best])),
          "| in sample", " ".join(f"{s} {v:.4f}" for s, v in zip(SETS, in_sample)))

    written = render(names, coef, bias, *best)
    if check:
        if WEIGHTS.read_text() != written:
            sys.exit("train: src/region/kind_weights.rs differs from a fresh fit: run train/run.sh")
        print("train: the shipped weights equal a fresh fit")
        return
    WEIGHTS.write_text(written)
    print(f"train: wrote {WEIGHTS.relative_to(ROOT)}")


def render(names, coef, bias, strength, margin):
    lines = [
        "// @generated by train/page_kind.py from dev and dragnet: do not edit.",
        "//! The weights of `kind.rs`: the log-odds that a page of little prose is",
        "//! an article, per feature (features as `kind::features` measures them).",
        f"//! L2-regularised logistic regression, C = {strength}, chosen out of fold.",
        "",
        "/// The log-odds before any feature.",
        f"pub const BIAS: f32 = {bias:.4f};",
        "",
        "/// Odds from which a page is an article (chosen out of fold).",
        f"pub const MARGIN: f32 = {margin:.1f};",
        "",
        "/// Each feature's weight, in the order of `kind::FEATURES`.",
        f"pub const WEIGHTS: [(&str, f32); {len(names)}] = [",
    ]
    lines += [f'    ("{n}", {c:.4f}),' for n, c in zip(names, coef)]
    lines += ["];", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
