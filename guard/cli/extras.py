"""Which install extra brings a missing module: a command run without its extra says what to
install instead of ending in a traceback (`No module named 'regex'`)."""
from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, metadata

_OWN = ("guard", "detectors", "integrations", "agentguard_policies")
_EXTRA = re.compile(r"""extra\s*==\s*["']([\w-]+)["']""")
_DIST = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def _requirements() -> list[str]:
    try:
        return metadata("agentguard").get_all("Requires-Dist") or []
    except PackageNotFoundError:
        return []


def _in_all() -> set[str]:
    """The extras `all` brings (`bench` and `dev` are not among them)."""
    for line in _requirements():
        extra = _EXTRA.search(line)
        if extra and extra.group(1) == "all" and "[" in line:
            return {e.strip() for e in line[line.index("[") + 1:line.index("]")].split(",")}
    return set()


def extras_for(module: str) -> list[str]:
    """The extras whose requirements provide the top-level `module` (a distribution named like it,
    `presidio-analyzer` for `presidio_analyzer`, `onnxruntime-gpu` for `onnxruntime`); `all` left out."""
    top = module.split(".")[0].lower()
    found: list[str] = []
    for line in _requirements():
        dist, extra = _DIST.match(line), _EXTRA.search(line)
        if not dist or not extra or extra.group(1) in ("all", "dev", *found):
            continue
        name = re.sub(r"[-.]", "_", dist.group(0).lower())
        if name == top or name.startswith(top + "_"):
            found.append(extra.group(1))
    return found


def missing_module_message(exc: ModuleNotFoundError, command_module: str = "") -> str | None:
    """What to tell the user, or None when the missing module is the project's own (a bug: let it
    show). The extra named like the command's package (`detectors.credibility.cli`: credibility)
    comes first: `numpy` is in four extras, and only one of them is small."""
    name = exc.name or ""
    if not name or name.split(".")[0] in _OWN:
        return None
    extras = extras_for(name)
    if not extras:
        return f"this command needs the Python package {name!r}, which is not installed"
    parts = command_module.split(".")
    own = next((p for p in parts[1:2] if p in extras), None)
    first = own or extras[0]
    others = [e for e in extras if e != first] + (["all"] if set(extras) & _in_all() else [])
    also = f" (it is also in {', '.join(others)})" if others else ""
    return f"this command needs {name!r}, which is not installed: pip install -e '.[{first}]'{also}"
