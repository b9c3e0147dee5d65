"""CLI: `guard backdoor fit-signature|score|export-onnx` and `guard scan-model`.

Heavy imports (torch, transformers, onnx) happen inside the handlers, so `guard --help`
stays fast. Bad inputs print one clear line naming the argument and exit 2.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path


class UsageError(Exception):
    pass


def _read_lines(path: str, what: str) -> list[str]:
    p = Path(path)
    if p.is_dir():
        raise UsageError(f"{what}: {path!r} is a directory, expected a file with one prompt per line")
    if not p.is_file():
        raise UsageError(f"{what}: no such file {path!r}")
    try:
        lines = [ln.strip() for ln in p.read_text(encoding="utf-8").splitlines()]
    except UnicodeDecodeError as exc:
        raise UsageError(f"{what}: {path!r} is not UTF-8 text ({exc.reason})") from None
    lines = [ln for ln in lines if ln]
    if not lines:
        raise UsageError(f"{what}: {path!r} has no prompts (one per line expected)")
    return lines


def _threads(args) -> None:
    import torch

    n = getattr(args, "threads", None)
    if n is None:
        return
    if n < 1:  # torch raises on negatives and silently ignores 0
        raise UsageError(f"--threads: must be >= 1, got {n}")
    torch.set_num_threads(n)


def _writable(path: str, flag: str) -> None:
    """Fail before minutes of fitting, not after: the file's folder must take a new file
    (the safetensors writer puts a temporary file there and renames it)."""
    p = Path(path)
    if p.is_dir():
        raise UsageError(f"{flag}: {path!r} is a directory; give a file name")
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=p.parent, prefix=".guard-", suffix=".tmp"):
            pass
    except OSError as exc:
        raise UsageError(f"{flag}: cannot write a file in {str(p.parent)!r} ({exc.strerror or exc})") from None


def _load(args):
    from detectors.backdoor import modelio

    try:
        return modelio.load_model(args.model_dir, args.device)
    except (OSError, ValueError) as exc:  # OSError: transformers' "config file is not valid JSON" too
        # transformers' own messages run to several lines (a missing tokenizer's suggests
        # installing packages): the first says what is wrong
        first = next((line.strip() for line in str(exc).splitlines() if line.strip()), type(exc).__name__)
        raise UsageError(f"cannot load the model in {str(args.model_dir)!r}: {first}") from None


def _load_signature(path: str):
    from detectors.backdoor.signature import Signature

    try:
        return Signature.load(path)
    except (FileNotFoundError, ValueError) as exc:
        raise UsageError(f"--signature: {exc}") from None


def _wrap(fn):
    def handler(args) -> int:
        try:
            return fn(args)
        except UsageError as exc:
            print(f"guard: {exc}", file=sys.stderr)
            return 2
    return handler


def fit_signature_cmd(args) -> int:
    from safetensors import SafetensorError

    from detectors.backdoor.signature import fit_signature

    _threads(args)
    if not 0 < args.fpr < 1:  # NaN fails too; checked before minutes of model loading
        raise UsageError(f"--fpr: must be between 0 and 1 (e.g. 0.01), not {args.fpr}")
    _writable(args.out, "--out")
    clean = _read_lines(args.clean, "--clean") if args.clean else None
    layers = None
    if args.layers:
        try:
            layers = [int(x) for x in args.layers.split(",") if x.strip()]
        except ValueError:
            raise UsageError(f"--layers: expected comma-separated integers, got {args.layers!r}") from None
    model, tok = _load(args)
    try:
        sig = fit_signature(model, tok, clean, layers=layers, fpr=args.fpr, model_name=str(args.model_dir),
                            score_last=args.score_last)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    try:
        sig.save(args.out)
    except (OSError, SafetensorError) as exc:  # e.g. the disk filled up during the fit
        raise UsageError(f"--out: cannot write {args.out!r} ({exc})") from None
    m = sig.meta
    where = f"last {m.score_last} positions" if m.score_last else "all tokens"
    print(f"signature written to {args.out}: layers {m.layers}, threshold {m.threshold:.4f} at FPR {m.fpr} "
          f"({m.n_fit} fit / {m.n_calib} calibration prompts; prompt score reads {where})")
    return 0


def score_cmd(args) -> int:
    from detectors.backdoor.guarded import GuardedModel, ScoreError

    _threads(args)
    prompts = _read_lines(args.prompts, "--prompts")
    sig = _load_signature(args.signature)
    model, tok = _load(args)
    try:
        g = GuardedModel(model, tok, sig)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    try:
        results = g.score(prompts, keep_cache=False)
    except ScoreError as exc:  # never print NaN as a "not flagged" row
        raise UsageError(f"cannot score: {exc}") from None
    rows = []
    for p, r in zip(prompts, results):
        row = {"prompt": p, "score": round(r.score, 6), "flagged": r.flagged}
        if args.explain and r.flagged:
            row["tokens"] = g.explain(p).top_tokens(5)
        rows.append(row)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        print(f"threshold {sig.threshold:.4f} (FPR {sig.meta.fpr})")
        for row in rows:
            flag = "FLAG" if row["flagged"] else "ok  "
            extra = "  " + ", ".join(repr(t["token"]) for t in row.get("tokens", [])[:3]) if row.get("tokens") else ""
            print(f"{flag} {row['score']:9.3f}  {row['prompt'][:80]}{extra}")
    return 0


def scan_cmd(args) -> int:
    from detectors.backdoor.guarded import GuardedModel
    from detectors.backdoor.prompts import builtin_clean_prompts
    from detectors.backdoor.scanner import scan_model
    from detectors.backdoor.signature import fit_signature

    _threads(args)
    for flag, value in (("--top", args.top), ("--prompts-per-candidate", args.prompts_per_candidate), ("--batch", args.batch)):
        if value is not None and value < 1:
            raise UsageError(f"{flag}: must be >= 1, got {value}")
    clean = _read_lines(args.clean, "--clean") if args.clean else builtin_clean_prompts()
    model, tok = _load(args)
    if args.signature:
        sig = _load_signature(args.signature)
    else:
        if len(clean) < 40:
            raise UsageError(f"--clean: need at least 40 prompts to fit a signature (or pass --signature), got {len(clean)}")
        sig = fit_signature(model, tok, clean, model_name=str(args.model_dir))
    try:
        g = GuardedModel(model, tok, sig)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    res, stats = scan_model(g, clean, top=args.top, n_prompts=args.prompts_per_candidate, batch=args.batch)
    if args.json:
        print(json.dumps([{"candidate": c.candidate, "score": round(c.score, 4)} for c in res], ensure_ascii=False))
    else:
        print(f"{stats['candidates_evaluated']} candidates in {stats['seconds']} s "
              f"({stats['candidates_per_second']}/s, {stats['prompts_per_candidate']} prompts each)")
        print(f"{'rank':>4}  {'score':>10}  {'act.shift':>9}  {'KL':>7}  candidate")
        for k, c in enumerate(res, 1):
            print(f"{k:>4}  {c.score:10.2f}  {c.activation_shift:9.3f}  {c.divergence:7.3f}  {c.candidate!r}")
    return 0


def export_cmd(args) -> int:
    from detectors.backdoor.onnx_export import export_head, export_scored_model

    _threads(args)
    sig = _load_signature(args.signature)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out: {out} is a file; give a folder for the ONNX files")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"--out: cannot make {out} ({exc.strerror or exc})") from None
    export_head(sig, out / "head.onnx")
    print(f"wrote {out / 'head.onnx'}")
    if args.with_model:
        model, tok = _load(args)
        export_scored_model(model, tok, sig, out / "scored_model.onnx")
        print(f"wrote {out / 'scored_model.onnx'}")
    return 0


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("model_dir", metavar="MODEL_DIR", help="local Hugging Face model directory")
    p.add_argument("--device", default="auto", help="auto (CUDA when available), cpu or cuda[:N]")
    p.add_argument("--threads", type=int, default=None, help="torch CPU threads")


def register(cli) -> None:
    grp = cli.group("backdoor", help="activation-signature backdoor detection for local transformers models")

    p = grp.command("fit-signature", help="fit a clean-traffic activation signature and calibrate its threshold")
    _common(p)
    p.add_argument("--clean", help="clean prompts, one per line (default: built-in generic set)")
    p.add_argument("--out", required=True, help="signature file to write (safetensors)")
    p.add_argument("--fpr", type=float, default=0.01, help="target false-positive rate on held-out clean prompts")
    p.add_argument("--layers", help="comma-separated decoder block indices (default: a spread of middle layers)")
    p.add_argument("--score-last", type=int, default=None, metavar="N",
                   help="prompt score reads the last N positions (default: the chat template's answer header; "
                        "0: every token, which also flags harmless unusual words)")
    p.set_defaults(func=_wrap(fit_signature_cmd))

    p = grp.command("score", help="score prompts against a signature")
    _common(p)
    p.add_argument("--signature", required=True, help="signature file from fit-signature")
    p.add_argument("--prompts", required=True, help="prompts, one per line")
    p.add_argument("--json", action="store_true", help='print [{"prompt", "score", "flagged"}]')
    p.add_argument("--explain", action="store_true", help="add occlusion token attribution for flagged prompts")
    p.set_defaults(func=_wrap(score_cmd))

    p = grp.command("export-onnx", help="export the scoring head (and optionally the scored model) to ONNX")
    _common(p)
    p.add_argument("--signature", required=True)
    p.add_argument("--out", required=True, help="output directory")
    p.add_argument("--with-model", action="store_true", help="also export model + head as scored_model.onnx")
    p.set_defaults(func=_wrap(export_cmd))

    p = cli.command("scan-model", help="search a local model for backdoor trigger candidates")
    _common(p)
    p.add_argument("--clean", help="clean prompts, one per line (default: built-in generic set)")
    p.add_argument("--signature", help="signature file (default: fit one on the clean prompts first)")
    p.add_argument("--top", type=int, default=10, help="how many candidates to print")
    p.add_argument("--json", action="store_true", help='print [{"candidate", "score"}] best first')
    p.add_argument("--prompts-per-candidate", type=int, default=8, help="clean prompts each candidate is inserted into")
    p.add_argument("--batch", type=int, default=256, help="sequences per forward pass")
    p.set_defaults(func=_wrap(scan_cmd))
