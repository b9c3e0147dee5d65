"""Policies: YAML validated by pydantic, with errors that name the YAML path.

A policy says which interceptors run on which hooks, in what order, with what
timeouts and failure modes, plus telemetry and audit settings. Its hash goes on every
span and audit record, so a reviewer can tell exactly which rules decided.
"""
from __future__ import annotations

import hashlib
import os
import re
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from guard import interceptors as registry
from guard.audit.engine import AuditError, checked_url
from guard.audit.store import DEFAULT_MAX_PENDING, MAX_AUDIT_BATCH, MAX_FLUSH_INTERVAL_MS, MAX_MAX_PENDING
from guard.errors import PolicyError
from guard.settings import Settings
from guard.events import Hook, canonical_json
from guard.redaction import known_redactors

FailMode = Literal["closed", "open"]


class InterceptorSpec(Settings):
    model_config = ConfigDict(extra="forbid")

    use: str = Field(description="registered interceptor name, e.g. safety.tool_gate")
    on: list[Hook] | None = Field(default=None, min_length=1,
                                  description="hooks to run on; default (left out): every hook the interceptor handles")
    id: str | None = Field(default=None, description="name in traces and audit; default: `use`")
    config: dict[str, Any] = Field(default_factory=dict)
    timeout_ms: float = Field(default=1000, gt=0, le=86_400_000, allow_inf_nan=False, description="after this the fail mode decides")
    fail_mode: FailMode = Field(default="closed", description="closed: an error or timeout refuses; open: it allows")
    enabled: bool = True
    optional: bool = Field(
        default=False, description="skip (with one warning) when the interceptor's extra is not installed"
    )

    @field_validator("id")
    @classmethod
    def _id_text(cls, v: str | None) -> str | None:
        if v is not None and not v.strip():
            raise ValueError("must not be blank (leave it out to use `use`)")
        return v

    @property
    def label(self) -> str:
        return self.id or self.use


_HOST_PORT = re.compile(r"\[?[A-Za-z0-9_.:\-]+\]?(?::\d{1,5})?")  # "otel_collector:4317" (Compose names hold "_"), "localhost"
_GRPC_TARGETS = ("unix", "unix-abstract", "dns", "ipv4", "ipv6", "xds")  # gRPC name-resolver schemes
_CREDENTIALS_IN_ENDPOINT = ("must not hold credentials (the exporter logs its endpoint): "
                            "set OTEL_EXPORTER_OTLP_HEADERS instead")


def otlp_endpoint_problem(value: str | None) -> str | None:
    """Why `value` is no OTLP endpoint, or None. Credentials in it are refused: the exporter logs
    its endpoint, so they belong in OTEL_EXPORTER_OTLP_HEADERS."""
    if value in (None, ""):
        return None
    from urllib.parse import urlsplit

    # the value itself is never quoted back: it may hold a password ("user:pw@collector:4317")
    if "://" not in value and not value.startswith(tuple(f"{t}:" for t in _GRPC_TARGETS)):
        if "@" in value:
            return _CREDENTIALS_IN_ENDPOINT
        return None if _HOST_PORT.fullmatch(value) else "is neither http(s)://host[:port] nor host:port"
    try:
        url = urlsplit(value)
        url.port  # noqa: B018 - raises on a port that is no number
    except ValueError:
        return "not a URL (its host or port cannot be read)"
    if url.username or url.password:
        return _CREDENTIALS_IN_ENDPOINT
    if url.scheme in _GRPC_TARGETS:
        return None
    if url.scheme not in ("http", "https", "grpc", "grpcs") or not url.hostname:
        return "must be an http:// or https:// URL with a host (or a gRPC target: unix://, dns://, …)"
    return None


class TelemetryConfig(Settings):
    model_config = ConfigDict(extra="forbid")

    exporter: Literal["auto", "otlp", "otlp-grpc", "otlp-http", "console", "none"] = Field(
        default="auto", description="auto: follow OTEL_TRACES_EXPORTER / OTEL_EXPORTER_OTLP_* (none when unset)"
    )
    endpoint: str | None = Field(default=None, description="OTLP endpoint: http(s)://host[:port][/path] or host:port")
    service_name: str = "agentguard"
    capture_content: bool = Field(default=False, description="record message/argument content (PII-redacted)")
    redactor: str | None = Field(default=None, description="entry point in agentguard.redactors; default: best installed")

    @field_validator("endpoint")
    @classmethod
    def _endpoint_url(cls, v: str | None) -> str | None:
        problem = otlp_endpoint_problem(v)
        if problem:
            raise ValueError(problem)
        return v

    @model_validator(mode="after")
    def _http_exporter_needs_http(self) -> "TelemetryConfig":
        endpoint = self.endpoint or ""
        if self.exporter == "otlp-http" and endpoint and not endpoint.startswith(("http://", "https://")):
            raise ValueError("endpoint: the otlp-http exporter needs an http:// or https:// endpoint "
                             "(host:port and gRPC targets are for otlp-grpc)")
        return self

    @field_validator("redactor")
    @classmethod
    def _known_redactor(cls, v: str | None) -> str | None:
        if v not in (None, "") and v not in known_redactors():
            raise ValueError(f"unknown redactor {v!r} (known: {', '.join(known_redactors())})")
        return v


class AuditConfig(Settings):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    url: str = "sqlite:///agentguard-audit.db"
    durability: Literal["sync", "buffered"] = "buffered"
    # Bounded as the store bounds them (see there).
    batch_size: int = Field(default=256, gt=0, le=MAX_AUDIT_BATCH)
    flush_interval_ms: int = Field(default=200, gt=0, le=MAX_FLUSH_INTERVAL_MS)
    max_pending: int = Field(default=DEFAULT_MAX_PENDING, gt=0, le=MAX_MAX_PENDING)

    @field_validator("url")
    @classmethod
    def _openable_url(cls, v: str) -> str:
        try:
            checked_url(v)
        except AuditError as exc:
            raise ValueError(str(exc)) from None
        return v


class EscalationConfig(Settings):
    model_config = ConfigDict(extra="forbid")

    fallback: Literal["refuse", "allow", "halt"] = Field(
        default="refuse", description="what an escalation becomes when no approver is configured"
    )
    timeout_s: float = Field(default=300, gt=0, le=31_536_000, allow_inf_nan=False, description="at most a year")


class Policy(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    version: int | str
    description: str = ""
    extends: str | None = Field(default=None, description="a pack name or policy file (relative to this one) to start from; "
                                "applied when the policy is loaded (the loaded policy holds the merged result)")
    interceptors: list[InterceptorSpec] = Field(default_factory=list)
    telemetry: TelemetryConfig = Field(default_factory=TelemetryConfig)
    audit: AuditConfig = Field(default_factory=AuditConfig)
    escalation: EscalationConfig = Field(default_factory=EscalationConfig)
    on_refusal: Literal["return", "raise"] = Field(
        default="return", description="return: the agent gets a Refusal result; raise: ToolRefused"
    )
    proxy: dict[str, Any] | None = Field(default=None, description="sidecar proxy settings (see guard.proxy.config)")

    @field_validator("version", mode="before")
    @classmethod
    def _version_not_bool(cls, v: Any) -> Any:
        if isinstance(v, bool):  # YAML's `true` would otherwise pass as version 1
            raise ValueError("must be a number or text, not true/false")
        if isinstance(v, float) and not v.is_integer():  # one message, not the int and str branches' two
            # (YAML has already read `1.10` as 1.1: the number is not quoted back)
            raise ValueError("must be a whole number or text: write a dotted version in quotes (version: \"1.10\")")
        if not isinstance(v, (int, float, str)):
            raise ValueError(f"must be a whole number or text, got {type(v).__name__}")
        return v

    @field_validator("version")
    @classmethod
    def _version_text(cls, v: int | str) -> int | str:
        if isinstance(v, str) and not v.strip():
            raise ValueError("must not be empty")
        return v

    @field_validator("name")
    @classmethod
    def _name_text(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("must not be blank")
        return v

    @cached_property
    def hash(self) -> str:
        # The effective content (bases already merged in), so how a policy was composed
        # does not change its identity in traces and the audit trail.
        return hashlib.sha256(canonical_json(self.model_dump(mode="json", exclude={"extends"})).encode()).hexdigest()

    @property
    def version_text(self) -> str:
        return str(self.version)


# ---------------------------------------------------------------------------- loading


class _Loader(yaml.SafeLoader):
    """YAML 1.2 booleans: only true/false. YAML 1.1 would read the key `on:` as True.

    A key given twice in one mapping is an error (as YAML says): PyYAML would keep the last
    one silently, so `fail_mode: closed` followed by `fail_mode: open` would fail open."""

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            seen: dict[Any, Any] = {}
            merge: Any = None
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    # `<<: *base`: merged keys may be overridden, that is what merging is for; but a
                    # second `<<` would silently replace the first (`<<: [*a, *b]` merges both)
                    if merge is not None:
                        raise yaml.constructor.ConstructorError(
                            None, None, f"duplicate key '<<' (first on line {merge.start_mark.line + 1}); "
                            "merge several mappings with `<<: [*a, *b]`", key_node.start_mark)
                    merge = key_node
                    continue
                key = self.construct_object(key_node, deep=True)
                try:
                    first = seen.setdefault(key, key_node)
                except TypeError:  # an unhashable key: PyYAML's own check reports it
                    continue
                if first is not key_node:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key {key!r} (first on line {first.start_mark.line + 1})",
                        key_node.start_mark)
        return super().construct_mapping(node, deep=deep)

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        """A scalar its tag cannot read (`!!int abc`, `!!bool maybe`, `!!timestamp x`) is a YAML
        error at its line, as any other: PyYAML's constructors raise ValueError, KeyError or
        AttributeError there, which stopped `guard policy validate` with a traceback."""
        try:
            return super().construct_object(node, deep=deep)
        except yaml.YAMLError:
            raise
        except (ValueError, KeyError, AttributeError, TypeError, OverflowError):
            value = node.value if isinstance(node, yaml.ScalarNode) else ""
            shown = repr(value[:40] + "…") if isinstance(value, str) and len(value) > 40 else repr(value)
            raise yaml.constructor.ConstructorError(
                None, None, f"cannot read {shown} as {node.tag.rsplit(':', 1)[-1]}",
                node.start_mark) from None

    def compose_document(self):  # noqa: ANN201 - a yaml Node
        """Refuse a document that aliases expand past MAX_YAML_VALUES (a "billion laughs"):
        loading shares the aliased objects, but hashing and reading the policy expand them."""
        node = super().compose_document()
        counts: dict[int, int] = {}

        def size(n: Any) -> int:
            if id(n) not in counts:
                counts[id(n)] = 0  # a recursive alias counts once, not forever
                kids = [x for kv in n.value for x in kv] if isinstance(n, yaml.MappingNode) else \
                    n.value if isinstance(n, yaml.SequenceNode) else []
                counts[id(n)] = 1 + sum(size(k) for k in kids)
            return counts[id(n)]

        if node is not None and size(node) > MAX_YAML_VALUES:
            raise yaml.composer.ComposerError(
                None, None, f"the document expands to more than {MAX_YAML_VALUES:,} values through its aliases", node.start_mark)
        return node


MAX_YAML_VALUES = 200_000

# YAML 1.2 (core schema) scalars: YAML 1.1 would read `on:` as True, `timeout_ms: 0250` as the
# octal 168, `1:30` as the base-60 90 and `1_000` as 1000.
_YAML11 = {"tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_Loader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag not in _YAML11]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_YAML12 = [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    ("tag:yaml.org,2002:float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
                                r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+.0123456789"),
]
for _tag, _rx, _first in reversed(_YAML12):  # the first listed is tried first
    for _ch in _first:
        _Loader.yaml_implicit_resolvers.setdefault(_ch, []).insert(0, (_tag, re.compile(_rx)))


MAX_YAML_INT_DIGITS = 40  # far beyond any count, limit or id a policy holds


def _yaml12_int(loader: Any, node: Any) -> int:
    text = loader.construct_scalar(node)
    if len(text.lstrip("+-")) > MAX_YAML_INT_DIGITS:  # a 5,000-digit hex number hashed into a crash later
        raise yaml.constructor.ConstructorError(
            None, None, f"an integer of {len(text)} characters (at most {MAX_YAML_INT_DIGITS})", node.start_mark)
    if text.startswith(("0x", "0o")):
        return int(text, 0)
    return int(text, 10)  # "0250" is 250, not octal


_Loader.add_constructor("tag:yaml.org,2002:int", _yaml12_int)


def load_yaml(text: str) -> Any:
    """Parse YAML the way policies, norms and guideline packs are written (YAML 1.2 booleans)."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass


def data_path(*parts: str) -> Path:
    """A folder or file among the shipped policy data (`policies/` in the source tree,
    package `agentguard_policies` once installed), as a filesystem path. Detectors find
    their norm files and guideline packs here, so they load the same from a wheel."""
    return Path(str(resources.files("agentguard_policies"))).joinpath(*parts)


def packs() -> list[str]:
    """Names of the policy packs shipped with the package: `default`, ..., and `folder/name`
    for policies in a folder (`safety/injection`); norm sets and guideline packs there are not
    policies and are not listed."""
    return list(_shipped_packs())


@cache
def _shipped_packs() -> tuple[str, ...]:
    """Read once: telling a policy from a norm set parses each folder's files (~45 ms), and
    every load of a pack by name asks; the installed package does not change under a process."""
    root = resources.files("agentguard_policies")
    names = [p.name[:-5] for p in root.iterdir() if p.name.endswith(".yaml")]
    for folder in root.iterdir():
        if folder.is_dir():
            names.extend(f"{folder.name}/{p.name[:-5]}" for p in folder.iterdir()
                         if p.name.endswith(".yaml") and _is_policy(p.read_text(encoding="utf-8")))
    return tuple(sorted(names))


def _is_policy(text: str) -> bool:
    try:
        data = load_yaml(text)
    except yaml.YAMLError:
        return False
    return isinstance(data, dict) and {"name", "version", "interceptors"} <= set(data)


def load_policy(source: "str | os.PathLike[str] | dict[str, Any] | Policy") -> Policy:
    """A validated Policy from a pack name, a YAML file, a dict, or a Policy."""
    if isinstance(source, Policy):
        return source
    if isinstance(source, dict):
        return validate_policy(source, origin="<dict>")
    path = Path(source)
    name = str(source)
    if path.suffix not in (".yaml", ".yml", ".json") and "/" not in name and name in packs():
        # a pack name means the pack, whatever the working directory holds (write `./strict` for a file)
        return parse_policy_text(_pack_text(name), origin=f"pack:{name}")
    if path.suffix in (".yaml", ".yml", ".json") or path.exists():
        if not path.exists():
            raise PolicyError([f"file not found: {path}"], str(path))
        return parse_policy_text(_read_policy_file(path), origin=str(path), base_dir=path.parent)
    if name in packs():
        return parse_policy_text(_pack_text(name), origin=f"pack:{name}")
    raise PolicyError([f"no policy file or pack named {name!r} (packs: {', '.join(packs())})"])


def _read_policy_file(path: Path, origin: str | None = None, field: str = "") -> str:
    """The file's text; a PolicyError (for `origin`, under `field`) when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise PolicyError([f"{field}cannot read {path}: not UTF-8 text (byte {exc.start})"], origin or str(path)) from None
    except OSError as exc:  # a folder, no permission
        raise PolicyError([f"{field}cannot read {path}: {exc.strerror or exc}"], origin or str(path)) from None


def _pack_text(name: str) -> str:
    return resources.files("agentguard_policies").joinpath(f"{name}.yaml").read_text(encoding="utf-8")


def parse_policy_text(text: str, origin: str = "<text>", base_dir: Path | None = None) -> Policy:
    data = _parse_yaml(text, origin)
    return validate_policy(data, origin=origin, lines=_yaml_lines(text), base_dir=base_dir)


def _parse_yaml(text: str, origin: str) -> dict[str, Any]:
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise PolicyError([f"not valid YAML{where}: {getattr(exc, 'problem', exc)}"], origin) from None
    except RecursionError:
        raise PolicyError(["not valid YAML: nested too deeply"], origin) from None
    if data is None:
        raise PolicyError(["(root): the file is empty (a policy needs at least name, version and interceptors)"], origin)
    if not isinstance(data, dict):
        raise PolicyError([f"(root): must be a mapping, got {type(data).__name__}"], origin)
    return data


def validate_policy(data: dict[str, Any], origin: str = "<dict>", lines: dict[str, int] | None = None,
                    base_dir: Path | None = None) -> Policy:
    """Validate the whole policy, interceptor configs included; every error is collected.

    `extends: NAME_OR_PATH` starts from another policy (a pack, or a file relative to this
    one): its interceptors come first, one with the same label (`id`, else `use`) is
    replaced in place, others are appended; every other top-level key given here replaces
    the base's. Errors name this file's own paths; a broken base is reported as such.
    """
    try:
        data, child_index = _with_base(data, origin, base_dir, ())
    except PolicyError as exc:  # report the file's own errors too, not only its base's
        _, own = _checked({k: v for k, v in data.items() if k != "extends"})
        # a top-level field the file leaves out may come from the base: not reported missing
        own = [(path, msg) for path, msg in own if not (msg == "is required" and "." not in path and "[" not in path)]
        raise PolicyError(exc.errors + [_format(path, msg, lines) for path, msg in own], origin) from None
    policy, errors = _checked(data)
    if errors:
        raise PolicyError([_format(_own_path(path, child_index), msg, lines) for path, msg in errors], origin)
    assert policy is not None
    return policy


def _checked(data: dict[str, Any]) -> tuple[Policy | None, list[tuple[str, str]]]:
    """The policy model (None when invalid) and every (path, message) error: the model's,
    then each interceptor's hooks and config."""
    errors: list[tuple[str, str]] = []
    try:
        policy: Policy | None = Policy.model_validate(data)
    except ValidationError as exc:
        errors.extend(_pydantic_errors(exc))
        policy = None
    specs = data.get("interceptors") if isinstance(data.get("interceptors"), (list, tuple)) else []
    for i, spec in enumerate(specs):
        if isinstance(spec, dict) and isinstance(spec.get("use"), str):
            errors.extend(_check_interceptor(i, spec))
    if isinstance(data.get("proxy"), dict):  # checked with the rest, so its errors come with their lines too
        from guard.proxy.config import ProxyConfig

        try:
            ProxyConfig.model_validate(data["proxy"])
        except ValidationError as exc:
            errors.extend((f"proxy.{p}" if p else "proxy", m) for p, m in _pydantic_errors(exc))
    return policy, errors


def _with_base(data: dict[str, Any], origin: str, base_dir: Path | None, seen: tuple[str, ...]) -> tuple[dict[str, Any], dict[int, int]]:
    """The policy data merged onto its `extends` base, and merged index → own index for the
    interceptors this file wrote (so error paths name what the author wrote)."""
    own = data.get("interceptors") if isinstance(data.get("interceptors"), (list, tuple)) else None
    if data.get("extends") is None:  # absent, or null in a dumped policy
        return data, {i: i for i in range(len(own or []))}
    ref = data["extends"]
    if not isinstance(ref, str) or not ref.strip():
        raise PolicyError(["extends: must be a pack name or a policy file path"], origin)
    base_origin, base_text, base_parent = _base_source(ref, base_dir, origin)
    if base_origin in seen or base_origin == origin:
        raise PolicyError([f"extends: {ref!r} extends itself (chain: {' -> '.join((*seen, origin, base_origin))})"], origin)
    try:  # the base must stand on its own; its errors are reported against its own file
        base_raw = _parse_yaml(base_text, base_origin)
        base_data, _ = _with_base(base_raw, base_origin, base_parent, (*seen, origin))
        validate_policy({k: v for k, v in base_data.items() if k != "extends"}, base_origin, _yaml_lines(base_text))
    except PolicyError as exc:
        if len(exc.errors) == 1 and " extends itself (chain: " in exc.errors[0]:
            raise PolicyError(exc.errors, origin) from None  # the chain says it all
        raise PolicyError([f"extends: base policy {ref!r} is invalid: {e}" for e in exc.errors], origin) from None
    merged = {**{k: v for k, v in base_data.items() if k != "extends"}, **{k: v for k, v in data.items() if k != "interceptors"}}
    specs = [dict(s) for s in base_data.get("interceptors") or []]
    free: dict[str | None, list[int]] = {}  # label -> base slots not yet taken, in order
    for k, spec in enumerate(specs):
        free.setdefault(_spec_label(spec), []).append(k)
    index: dict[int, int] = {}
    for j, spec in enumerate(own or []):
        label = _spec_label(spec) if isinstance(spec, dict) else None
        slots = free.get(label) if label is not None else None
        if slots:  # the n-th entry with a label takes the base's n-th entry with it
            k = slots.pop(0)
            specs[k] = spec
        else:  # a new entry (more entries with a label than the base has are appended)
            k = len(specs)
            specs.append(spec)
        index[k] = j
    if own is None and "interceptors" in data:
        merged["interceptors"] = data["interceptors"]  # not a list: let validation name it
    else:
        merged["interceptors"] = specs
    # Applied: the result stands alone (a dump of it reloads to the same policy, wherever).
    merged["extends"] = None
    return merged, index


def _spec_label(spec: dict[str, Any]) -> str | None:
    label = spec.get("id") or spec.get("use")
    return label if isinstance(label, str) else None


def _base_source(ref: str, base_dir: Path | None, origin: str) -> tuple[str, str, Path | None]:
    """(origin, YAML text, folder for its own relative `extends`) of a base policy."""
    path = Path(ref)
    full = path if path.is_absolute() else (base_dir or Path.cwd()) / path
    if "/" in ref and not path.suffix and not full.is_file() and ref in packs():
        return f"pack:{ref}", _pack_text(ref), None  # a pack in a folder: `extends: safety/injection`
    if path.suffix in (".yaml", ".yml", ".json") or "/" in ref:
        if not full.is_file():
            raise PolicyError([f"extends: file not found: {full}"], origin)
        return str(full.resolve()), _read_policy_file(full, origin, "extends: "), full.parent
    if ref in packs():
        return f"pack:{ref}", _pack_text(ref), None
    raise PolicyError([f"extends: no policy file or pack named {ref!r} (packs: {', '.join(packs())})"], origin)


def _own_path(path: str, child_index: dict[int, int]) -> str:
    """`interceptors[k]...` of the merged policy as the author's own `interceptors[j]...`."""
    if not path.startswith("interceptors["):
        return path
    end = path.index("]")
    k = int(path[len("interceptors["):end])
    if k not in child_index:
        return f"interceptors (from the base policy, entry {k}){path[end + 1:]}"
    return f"interceptors[{child_index[k]}]{path[end + 1:]}"


def _check_interceptor(i: int, spec: dict[str, Any]) -> list[tuple[str, str]]:
    base = f"interceptors[{i}]"
    try:
        cls = registry.get(spec["use"])
    except KeyError as exc:
        return [(f"{base}.use", str(exc.args[0]))]
    except ImportError as exc:
        if spec.get("optional") is True:  # its extra is not installed: the guard skips it, with a warning
            return []
        return [(f"{base}.use", f"interceptor {spec['use']!r} failed to load: {type(exc).__name__}: {exc} "
                 "(install its extra, or mark the entry `optional: true` to run without it)")]
    except Exception as exc:  # the plugin is installed but broken
        return [(f"{base}.use", f"interceptor {spec['use']!r} failed to load: {type(exc).__name__}: {exc}")]
    out: list[tuple[str, str]] = []
    handled = {str(h) for h in getattr(cls, "hooks", frozenset())}
    for j, hook in enumerate(spec.get("on") or []):
        if isinstance(hook, str) and hook in {h.value for h in Hook} and handled and hook not in handled:
            out.append((f"{base}.on[{j}]", f"{spec['use']} does not handle {hook!r} (it handles: {', '.join(sorted(handled))})"))
    config = spec.get("config") or {}
    if not isinstance(config, dict):  # the policy model already says so
        return out
    try:
        validated = registry.config_model(cls).model_validate(config)
    except ValidationError as exc:
        out.extend((f"{base}.config" + (p if p.startswith("[") else f".{p}") if p else f"{base}.config", m)
                   for p, m in _pydantic_errors(exc))
        return out
    tools, hooks = getattr(validated, "tools", None), spec.get("on")
    if tools and isinstance(hooks, list) and "tool_call" not in hooks and "tool_call" in handled:
        out.append((f"{base}.config.tools", "names tools to check, but `on` leaves out tool_call, so none would be"))
    check = getattr(cls, "config_errors", None)  # files the config names (BaseInterceptor.config_errors)
    if callable(check):
        try:
            out.extend((f"{base}.config.{field}" if field else f"{base}.config", msg) for field, msg in check(validated))
        except Exception as exc:  # noqa: BLE001 - a plugin's own check failing is reported, not raised
            out.append((f"{base}.config", f"{spec['use']} could not check its config: {type(exc).__name__}: {exc}"))
    return out


_MODEL_NAME = re.compile(r" or instance of \w+")
_MESSAGES = (
    ("Input should be ", "must be "),
    ("Field required", "is required"),
    ("Extra inputs are not permitted", "unknown field"),
    ("Value error, ", ""),
)


def _pydantic_errors(exc: ValidationError) -> list[tuple[str, str]]:
    out = []
    for err in exc.errors():
        loc = [p for p in err["loc"] if not (isinstance(p, str) and ("[" in p or p in ("int", "str")))]
        if err["type"] == "invalid_key":  # the location is the key itself: name the mapping it is in
            out.append((_join("", loc[:-1]).lstrip("."), f"key {err['input']!r} must be text (a YAML key like 1, "
                                                          "null or true is not a field name)"))
            continue
        msg = err["msg"]
        for old, new in _MESSAGES:
            if msg.startswith(old):
                msg = new + msg[len(old):]
        msg = _MODEL_NAME.sub("", msg)  # "… or instance of InterceptorSpec": a class name means nothing in YAML
        out.append((_join("", loc).lstrip("."), msg))
    return out


def _join(prefix: str, loc: list[Any] | tuple[Any, ...]) -> str:
    path = prefix
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def _format(path: str, msg: str, lines: dict[str, int] | None) -> str:
    line = _line_for(path, lines or {})
    where = f" (line {line})" if line else ""
    return f"{path or '(root)'}{where}: {msg}"


def _line_for(path: str, lines: dict[str, int]) -> int | None:
    while path:
        if path in lines:
            return lines[path]
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    return None


def _yaml_lines(text: str) -> dict[str, int]:
    """Map each YAML path (`interceptors[2].timeout_ms`) to its 1-based line."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return {}
    except RecursionError:
        return {}
    out: dict[str, int] = {}
    on_path: set[int] = set()

    def walk(node: Any, path: str) -> None:
        if id(node) in on_path:  # a recursive alias (`&a [*a]`): its lines are on the path already
            return
        on_path.add(id(node))
        walk_children(node, path)
        on_path.discard(id(node))

    def walk_children(node: Any, path: str) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                sub = f"{path}.{key.value}" if path else str(key.value)
                out[sub] = key.start_mark.line + 1
                walk(value, sub)
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                sub = f"{path}[{i}]"
                out[sub] = item.start_mark.line + 1
                walk(item, sub)

    try:
        walk(root, "")
    except RecursionError:
        pass  # lines are a help to the reader; the validation reports the nesting itself
    return out
