"""Bayesian logistic regression in PyMC (NUTS): accumulated guideline evidence → P(correct).

Only the fitting path imports PyMC. Features are standardised with the training mean
and spread (stored with the model). Priors: intercept Normal(0, 1.5); weights HalfNormal(σ)
by default ("positive": every guideline is written so that alignment is evidence *for*
correctness, so a weight may shrink to zero but not flip sign on a quirk of the training
suite), or Normal(0, σ) ("normal"). σ is 1 here; `fit_stage` picks it by how well the
training runs predict tasks left out of the fit (`prior_scale.py`).
"""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any, Literal, Sequence

import numpy as np

from detectors.verification.prior_scale import is_scale

Prior = Literal["positive", "normal"]


def cache_root() -> Path:
    """Where fitting writes (the PyTensor compile cache, matplotlib's and ArviZ's files), never the
    home directory unless nothing else is writable: `AGENTGUARD_CACHE_DIR`; else `.cache/` of a
    source checkout; else `.cache/agentguard` in the working directory (the user's project, as
    when installed from a wheel: the package's parent is then `site-packages`); else the user
    cache; else a directory of this user's in the system's temporary directory."""
    import tempfile

    root = Path(__file__).resolve().parents[2]
    env = os.environ.get("AGENTGUARD_CACHE_DIR")
    candidates = [Path(env)] if env else []
    if (root / "pyproject.toml").is_file() and root.name != "site-packages":
        candidates.append(root / ".cache")
    candidates += [Path.cwd() / ".cache" / "agentguard"]
    try:
        candidates.append(Path.home() / ".cache" / "agentguard")
    except RuntimeError:  # no home directory to be found
        pass
    candidates.append(Path(tempfile.gettempdir()) / f"agentguard-{os.getuid() if hasattr(os, 'getuid') else 'user'}")
    for base in candidates:
        try:
            base.mkdir(parents=True, exist_ok=True)
            if os.access(base, os.W_OK):
                return base
        except OSError:
            continue
    raise OSError("no writable directory for the fitting caches: set AGENTGUARD_CACHE_DIR to one")


def compile_dir() -> Path:
    """The PyTensor compile cache: `pytensor` under `cache_root()` (`.cache/pytensor`, git-ignored,
    in a checkout)."""
    base = cache_root() / "pytensor"
    base.mkdir(parents=True, exist_ok=True)
    return base


def _import_pymc():
    """Point PyTensor at our compile dir *before* it is first imported, then import PyMC, with
    matplotlib's and ArviZ's import-time files under the same root rather than the home directory."""
    import sys

    if "pymc" in sys.modules:
        return sys.modules["pymc"]
    flags = os.environ.get("PYTENSOR_FLAGS", "")
    if "pytensor" in sys.modules:
        import warnings

        import pytensor

        if "base_compiledir" not in flags:  # read once, at PyTensor's import: too late to change it
            warnings.warn(f"PyTensor was imported before agentguard's first fit: its compile cache stays in "
                          f"{pytensor.config.base_compiledir} (set PYTENSOR_FLAGS=base_compiledir=... before "
                          "importing it to choose)", RuntimeWarning, stacklevel=3)
    elif "base_compiledir" not in flags:
        extra = f"base_compiledir={compile_dir()}"
        os.environ["PYTENSOR_FLAGS"] = f"{flags},{extra}" if flags else extra
    import logging
    import warnings

    # PyTensor warns on import that it found no BLAS to link: it matters for large models,
    # not for this logistic regression of a dozen features, and it was the first thing every
    # `guard calibrate` printed.
    warnings.filterwarnings("ignore", message="PyTensor could not link to a BLAS", category=UserWarning)
    # ArviZ writes a stamp under the user cache when imported and matplotlib its config and font
    # cache: both read their directory from the environment, set here for the import only.
    saved = {k: os.environ.get(k) for k in ("MPLCONFIGDIR", "XDG_CACHE_HOME")}
    if saved["MPLCONFIGDIR"] is None and "matplotlib" not in sys.modules:
        os.environ["MPLCONFIGDIR"] = str(cache_root() / "matplotlib")
    if saved["XDG_CACHE_HOME"] is None and "arviz" not in sys.modules:
        os.environ["XDG_CACHE_HOME"] = str(cache_root())
    try:
        with warnings.catch_warnings():  # its daily notice of a refactor, not about this fit
            warnings.filterwarnings("ignore", message=r"\s*ArviZ is undergoing", category=FutureWarning)
            import pymc as pm
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v

    logging.getLogger("pymc").setLevel(logging.ERROR)
    return pm


def standardise(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mu = X.mean(axis=0)
    sd = X.std(axis=0)
    sd = np.where(sd < 1e-9, 1.0, sd)  # a constant feature stays 0 after centring
    return mu, sd


def build_model(Z: np.ndarray, y: np.ndarray, prior: Prior = "positive", scale: float = 1.0):
    pm = _import_pymc()
    k = Z.shape[1]
    with pm.Model() as model:
        x = pm.Data("x", Z)
        alpha = pm.Normal("alpha", 0.0, 1.5)
        if prior == "positive":
            w = pm.HalfNormal("w", scale, shape=k)
        elif prior == "normal":
            w = pm.Normal("w", 0.0, scale, shape=k)
        else:
            raise ValueError(f"prior must be 'positive' or 'normal', got {prior!r}")
        eta = alpha + pm.math.dot(x, w)
        pm.Deterministic("p", pm.math.sigmoid(eta))
        pm.Bernoulli("y", logit_p=eta, observed=y, shape=x.shape[0])
    return model


def build_grouped_model(Z: np.ndarray, y: np.ndarray, groups: np.ndarray, prior: Prior = "positive", scale: float = 1.0):
    """Tasks differ: each task g has its own intercept and weights around the population ones,
    α_g = α + σ_α·a_g, w_g = w + τ·b_g (non-centred). A run of an unseen task is then predicted
    with the population weights *and* the task-to-task spread, which is what keeps the
    model honest on tasks (and suites) it was not fitted on."""
    pm = _import_pymc()
    k, G = Z.shape[1], int(groups.max()) + 1
    with pm.Model() as model:
        alpha = pm.Normal("alpha", 0.0, 1.5)
        if prior == "positive":
            w = pm.HalfNormal("w", scale, shape=k)
        elif prior == "normal":
            w = pm.Normal("w", 0.0, scale, shape=k)
        else:
            raise ValueError(f"prior must be 'positive' or 'normal', got {prior!r}")
        sigma_alpha = pm.HalfNormal("sigma_alpha", 1.0)
        tau = pm.HalfNormal("tau", 0.5)
        a = pm.Normal("a", 0.0, 1.0, shape=G)
        b = pm.Normal("b", 0.0, 1.0, shape=(G, k))
        wg = w[None, :] + tau * b
        eta = alpha + sigma_alpha * a[groups] + (Z * wg[groups]).sum(axis=1)
        pm.Bernoulli("y", logit_p=eta, observed=y)
    return model


def fit(
    X: Sequence[Sequence[float]],
    y: Sequence[bool],
    prior: Prior = "positive",
    draws: int = 500,
    tune: int = 500,
    chains: int = 2,
    seed: int = 0,
    groups: Sequence[Any] | None = None,
    scale: float = 1.0,
) -> dict[str, Any]:
    """NUTS fit; returns posterior draws (flattened over chains), scaling and diagnostics.

    With `groups` (one label per run, e.g. its task) the task-level model is fitted and the
    draws include `sigma_alpha` and `tau`, the spread of intercepts and weights across tasks.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=int)
    if X.ndim != 2 or len(X) != len(y):
        raise ValueError("X must be n×k and match y")
    if len(set(y.tolist())) < 2:
        raise ValueError("labels must contain both correct and incorrect runs")
    if not is_scale(scale):
        raise ValueError(f"prior scale must be a positive number, got {scale!r}")
    mu, sd = standardise(X)
    Z = (X - mu) / sd
    pm = _import_pymc()
    import arviz as az

    t0 = time.perf_counter()
    names = ["alpha", "w"]
    if groups is not None:
        if len(groups) != len(y):
            raise ValueError("groups must have one label per run")
        _, gidx = np.unique(np.asarray([str(g) for g in groups]), return_inverse=True)
        model = build_grouped_model(Z, y, gidx, prior, scale)
        names += ["sigma_alpha", "tau"]
    else:
        model = build_model(Z, y, prior, scale)
    with model:
        idata = pm.sample(draws=draws, tune=tune, chains=chains, cores=1, random_seed=seed, progressbar=False,
                          compute_convergence_checks=False, target_accept=0.9 if groups is not None else 0.8)
    secs = time.perf_counter() - t0
    post = idata.posterior
    alpha = post["alpha"].values.reshape(-1)
    w = post["w"].values.reshape(-1, X.shape[1])
    n = len(alpha)
    sigma_alpha = post["sigma_alpha"].values.reshape(-1) if groups is not None else np.zeros(n)
    tau = post["tau"].values.reshape(-1) if groups is not None else np.zeros(n)
    summ = az.summary(idata, var_names=names, kind="diagnostics")
    diag = {
        "r_hat_max": float(summ["r_hat"].max()),
        "ess_bulk_min": float(summ["ess_bulk"].min()),
        "ess_tail_min": float(summ["ess_tail"].min()),
        "divergences": int(idata.sample_stats["diverging"].values.sum()),
        "chains": chains, "draws": draws, "tune": tune, "seconds": round(secs, 2), "prior_scale": scale,
    }
    if groups is not None:
        diag["groups"] = int(len(set(map(str, groups))))
    return {"alpha": alpha, "w": w, "sigma_alpha": sigma_alpha, "tau": tau, "mean": mu, "scale": sd, "prior": prior,
            "diagnostics": diag, "idata": idata, "model": model}


def posterior_predictive_p(fitted: dict[str, Any], X_new: np.ndarray) -> np.ndarray:
    """PyMC's own posterior predictive mean of p on new rows (used to check the numpy path)."""
    pm = _import_pymc()
    Z = (np.asarray(X_new, float) - fitted["mean"]) / fitted["scale"]
    with fitted["model"]:
        pm.set_data({"x": Z})
        pp = pm.sample_posterior_predictive(fitted["idata"], var_names=["p"], progressbar=False, random_seed=0)
    return pp.posterior_predictive["p"].values.reshape(-1, len(Z)).mean(axis=0)
