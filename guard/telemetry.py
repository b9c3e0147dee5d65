"""OpenTelemetry wiring: spans after the GenAI semantic conventions, decision spans,
and metrics. An application's own TracerProvider is used when one is set; otherwise
the guard builds a private one from policy or the standard `OTEL_*` environment and
never installs it globally (so it cannot clobber anyone's)."""
from __future__ import annotations

import json
import os
import traceback
from typing import Any

from opentelemetry import context as otel_context
from opentelemetry import metrics, trace
from opentelemetry.trace import Span, SpanKind, Status, StatusCode

from guard.events import json_container
from guard.policy import TelemetryConfig
from guard.redaction import Redactor, cut_at_space, elide_quotes, get_redactor, redact_known_keys, redact_label, redact_score_names

INSTRUMENTATION = "agentguard"


def _global_tracer_provider_set() -> bool:
    return not isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider)


def _global_meter_provider_set() -> bool:
    return type(metrics.get_meter_provider()).__name__ not in ("_ProxyMeterProvider", "NoOpMeterProvider")


def _exporter_name(cfg: TelemetryConfig) -> str:
    if cfg.exporter != "auto":
        return cfg.exporter
    env = os.environ.get("OTEL_TRACES_EXPORTER", "").strip().lower()
    if env:
        return env.split(",")[0]
    return "otlp" if os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT") or os.environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") else "none"


def _span_exporter(name: str, endpoint: str | None) -> Any:
    if name == "console":
        from opentelemetry.sdk.trace.export import ConsoleSpanExporter

        return ConsoleSpanExporter()
    if name in ("otlp", "otlp-grpc", "otlp-http"):
        protocol = os.environ.get("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL") or os.environ.get("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc")
        if name == "otlp-http" or (name == "otlp" and protocol.startswith("http")):
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        else:
            from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
        return OTLPSpanExporter(endpoint=endpoint) if endpoint else OTLPSpanExporter()
    if name == "none":
        return None
    raise ValueError(f"telemetry.exporter: unknown exporter {name!r}")


def build_tracer_provider(cfg: TelemetryConfig) -> tuple[trace.TracerProvider, str]:
    """A private SDK provider for the configured exporter; returns it and a description."""
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    name = _exporter_name(cfg)
    exporter = _span_exporter(name, cfg.endpoint)
    resource = Resource.create({"service.name": cfg.service_name})
    if exporter is None:
        # Spans that go nowhere are not recorded (about 40 µs each), but they keep their ids
        # for audit records and traceparent. A caller's sampled trace is still recorded, so
        # what we propagate never claims a trace is sampled when nobody records it, nor
        # drops the caller's sampling decision.
        from opentelemetry.sdk.trace.sampling import ALWAYS_OFF, ParentBased

        provider = TracerProvider(resource=resource, sampler=ParentBased(ALWAYS_OFF))
    else:
        provider = TracerProvider(resource=resource)
        provider.add_span_processor(BatchSpanProcessor(exporter))
    where = {"none": "nowhere (no exporter configured; set OTEL_TRACES_EXPORTER or telemetry.exporter)", "console": "the console"}
    endpoint = cfg.endpoint or os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT", "default endpoint")
    return provider, where.get(name, f"OTLP ({redact_known_keys(endpoint)})")  # an environment's URL may hold a password


class active_span:
    """`trace.use_span(span, end_on_exit=True)` as a plain class: the same semantics
    (current while inside, exceptions recorded, ended on exit) without the generator
    machinery, which costs microseconds on every guarded tool call.

    A generator tool calls `suspended()` around each `yield`, so the span is current only
    while the tool's own code runs — not in the caller between items."""

    __slots__ = ("span", "_token", "redact")

    def __init__(self, span: Span, redact: Redactor | None = None):
        self.span = span
        self._token: Any = None
        self.redact = redact

    def __enter__(self) -> "active_span":
        self._token = otel_context.attach(trace.set_span_in_context(self.span))
        return self

    def __exit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> bool:
        span = self.span
        try:
            if self._token is not None:
                otel_context.detach(self._token)
                self._token = None
            # Exception only: GeneratorExit and friends end a span without being errors.
            if isinstance(exc, Exception):
                record_error(span, exc, self.redact)
        finally:
            span.end()
        return False

    def suspended(self) -> "_Suspended":
        return _Suspended(self)


def record_error(span: Span, exc: BaseException, redact: Redactor | None) -> None:
    """The exception as a span event and the span's status, redacted: a tool's error message and
    traceback can quote its arguments (API keys, addresses). Without a redactor only the type
    (content capture off: see Telemetry.error_redact)."""
    if not span.is_recording():
        return
    if redact is None:
        message = stack = ""
    else:
        try:
            message = _error_text(exc)
            stack = "".join(traceback.format_exception(exc))
            for link in _chain(exc):  # a validation error raised `from` or during another one
                safe = _error_text(link)
                if safe is not None and safe != str(link):
                    stack = stack.replace(str(link), safe)
            message, stack = redact(message), redact(stack)
        except Exception:  # noqa: BLE001 - an exception whose __str__ fails
            message, stack = "<message could not be read>", ""
    kind = type(exc)
    name = kind.__qualname__ if kind.__module__ in (None, "builtins") else f"{kind.__module__}.{kind.__qualname__}"
    # What `record_exception` records, built here: it calls str(exc) itself, which may fail.
    span.add_event("exception", {"exception.type": name, "exception.message": message,
                                 "exception.stacktrace": stack, "exception.escaped": "False"})
    span.set_status(Status(StatusCode.ERROR, f"{type(exc).__name__}: {message}" if message else type(exc).__name__))


def _chain(exc: BaseException, limit: int = 32) -> list[BaseException]:
    """`exc` and the exceptions it was raised from or during, as a traceback prints them."""
    out: list[BaseException] = []
    todo: list[BaseException] = [exc]
    while todo and len(out) < limit:
        e = todo.pop()
        if any(e is seen for seen in out):
            continue
        out.append(e)
        todo += [x for x in (e.__cause__, e.__context__) if x is not None]
    return out


def _error_text(exc: BaseException) -> str:
    """`str(exc)`, except for pydantic's validation errors, which quote each input value cut to
    its ends ("postgres://app:Tr0ub4dor...l.example.com/prod"): cut, no pattern knows the secret in
    it. Their locations and messages say what was wrong without the value."""
    errors = getattr(exc, "errors", None)
    if type(exc).__name__ == "ValidationError" and type(exc).__module__.startswith("pydantic") and callable(errors):
        try:
            items = errors(include_url=False, include_input=False, include_context=False)
            lines = [f"{'.'.join(map(str, e.get('loc', ()))) or '(root)'}: {e.get('msg', '')}" for e in items]
            return f"{len(items)} validation error{'s' if len(items) != 1 else ''} for {exc.title}\n" + "\n".join(lines)
        except Exception:  # noqa: BLE001 - an older pydantic: its own text
            pass
    return str(exc)


class _Suspended:
    """Give the caller its own context back for the duration of a `yield`, and the tool
    its context — the guard's span and anything the tool made current inside it — on
    resumption (in whatever context the consumer resumes the generator from)."""

    __slots__ = ("outer", "inner")

    def __init__(self, outer: active_span):
        self.outer = outer
        self.inner: Any = None

    def __enter__(self) -> None:
        self.inner = otel_context.get_current()
        if self.outer._token is not None:
            otel_context.detach(self.outer._token)  # back to what the caller had
            self.outer._token = None

    def __exit__(self, *exc: Any) -> bool:
        self.outer._token = otel_context.attach(self.inner)
        return False


MAX_CAPTURED_CHARS = 16_384


class Telemetry:
    """Tracer, meters and the content policy, as one object the pipeline can call cheaply."""

    def __init__(
        self,
        cfg: TelemetryConfig,
        tracer_provider: trace.TracerProvider | None = None,
        meter_provider: metrics.MeterProvider | None = None,
        policy_attrs: dict[str, str] | None = None,
    ):
        self.cfg = cfg
        self._own_provider = None
        if tracer_provider is not None:
            self.destination = "the tracer provider passed to Guard"
        elif _global_tracer_provider_set():
            tracer_provider = trace.get_tracer_provider()
            self.destination = "the application's global tracer provider"
        else:
            tracer_provider, self.destination = build_tracer_provider(cfg)
            self._own_provider = tracer_provider
        self.tracer = tracer_provider.get_tracer(INSTRUMENTATION)
        self.provider = tracer_provider
        if meter_provider is None:
            meter_provider = metrics.get_meter_provider()
        meter = meter_provider.get_meter(INSTRUMENTATION)
        self.decisions = meter.create_counter("guard.decisions", unit="{decision}", description="interceptor decisions by action")
        self.latency = meter.create_histogram("guard.interceptor.duration", unit="ms", description="interceptor check latency")
        self.capture_content = cfg.capture_content
        self.redact: Redactor = get_redactor(cfg.redactor, prefer_installed=cfg.capture_content)
        self._rules: dict[str, str] = {}  # rule id → as kept (see guard_rule)
        # An exception's message and traceback quote what the code was handling (names,
        # addresses, keys): content, so kept (redacted) only when content is captured.
        self.error_redact: Redactor | None = self.redact if cfg.capture_content else None
        self.policy_attrs = policy_attrs or {}

    # -- spans ---------------------------------------------------------------------------------
    def start_agent_span(self, agent: str | None, run_id: str, parent: Any = None) -> Span:
        # labels a caller or a client chose (`X-Guard-Agent`, `X-Guard-Run-Id`) may carry a key or an address
        agent, run_id = (redact_label(agent) if agent else agent), redact_label(run_id)
        name = f"invoke_agent {agent}" if agent else "invoke_agent"
        attrs = {"gen_ai.operation.name": "invoke_agent", "gen_ai.conversation.id": run_id, "guard.run_id": run_id}
        if agent:
            attrs["gen_ai.agent.name"] = agent
        attrs.update(self.policy_attrs)
        return self.tracer.start_span(name, context=parent, kind=SpanKind.INTERNAL, attributes=attrs)

    def start_tool_span(self, tool: str, call_id: str | None, run_id: str, parent: Any = None) -> Span:
        tool, run_id = redact_label(tool), redact_label(run_id)
        call_id = redact_label(call_id) if call_id else call_id
        attrs = {"gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": tool, "gen_ai.tool.type": "function", "guard.run_id": run_id}
        if call_id:
            attrs["gen_ai.tool.call.id"] = call_id
        return self.tracer.start_span(f"execute_tool {tool}", context=parent, kind=SpanKind.INTERNAL, attributes=attrs)

    def start_chat_span(self, model: str | None, run_id: str, parent: Any = None) -> Span:
        model = redact_label(model) if model else model
        attrs = {"gen_ai.operation.name": "chat", "guard.run_id": redact_label(run_id)}
        if model:
            attrs["gen_ai.request.model"] = model
        return self.tracer.start_span(f"chat {model}" if model else "chat", context=parent, kind=SpanKind.CLIENT, attributes=attrs)

    def start_decision_span(self, interceptor: str, hook: str, parent: Any) -> Span:
        return self.tracer.start_span(
            f"guard.check {interceptor}",
            context=parent,
            attributes={"guard.interceptor": interceptor, "guard.hook": hook, **self.policy_attrs},
        )

    def captured(self, text: str) -> str:
        """Content as it may be kept: redacted, and at most MAX_CAPTURED_CHARS of it (cut at a
        space, so no secret is cut in half). Redaction runs on the agent's thread, and a
        model-based redactor over megabytes would stall the agent for minutes. JSON is laid
        out one value per line first: a name packed as `{"who":"Jane Doe"}` is one token to a
        tokenizer and passes a model-based redactor unseen."""
        text = _one_value_per_line(text)
        if len(text) <= MAX_CAPTURED_CHARS:
            return self.redact(text)
        kept = cut_at_space(text, MAX_CAPTURED_CHARS)  # at any whitespace: JSON laid out has newlines
        return self.redact(kept) + f" …[{len(text) - len(kept)} more characters not captured]"

    def guard_text(self, text: str) -> str:
        """A reason or instruction as telemetry and audit keep it: redacted, and with content
        capture off without the passages it quotes (see guard.redaction.elide_quotes)."""
        return self.redact(text if self.capture_content else elide_quotes(text))

    def guard_rule(self, rule: str) -> str:
        """A verdict's rule id as telemetry and audit keep it. The shipped ones are fixed names,
        but a third-party interceptor may build one from content: redacted like a reason (the
        few distinct ids are remembered, as this runs for every verdict)."""
        shown = self._rules.get(rule)
        if shown is None:
            shown = self.guard_text(rule)
            if len(self._rules) < 4096:
                self._rules[rule] = shown
        return shown

    def end_decision(self, span: Span, verdict: Any, hook: str, extra: dict[str, Any] | None = None) -> None:
        action = verdict.action.value
        if span.is_recording():
            attrs: dict[str, Any] = {**(extra or {}), "guard.action": action, "guard.latency_ms": verdict.latency_ms}
            if verdict.reasons:
                attrs["guard.reason"] = self.guard_text(verdict.reason)
            if verdict.rule:
                attrs["guard.rule"] = self.guard_rule(verdict.rule)
            if verdict.scores:
                attrs["guard.score"] = float(next(iter(verdict.scores.values())))
                for k, v in redact_score_names(verdict.scores).items():  # `weight.<agent>` may name a person
                    attrs[f"guard.scores.{k}"] = float(v)
            if verdict.error:
                attrs["guard.error"] = self.guard_text(verdict.error)
                span.set_status(Status(StatusCode.ERROR, "interceptor failed"))
            span.set_attributes(attrs)  # one lock round instead of one per attribute
        span.end()
        self.decisions.add(1, {"guard.interceptor": verdict.interceptor or "", "guard.hook": hook, "guard.action": action})
        self.latency.record(verdict.latency_ms, {"guard.interceptor": verdict.interceptor or "", "guard.hook": hook})

    def shutdown(self) -> None:
        if self._own_provider is not None:
            self._own_provider.shutdown()


def _one_value_per_line(text: str) -> str:
    """JSON objects and arrays re-serialised with one value per line; other text as it is."""
    value = json_container(text) if len(text) <= 4 * MAX_CAPTURED_CHARS else None
    if value is None:
        return text
    try:
        return json.dumps(value, indent=1, ensure_ascii=False)
    except (ValueError, RecursionError):  # nesting json.dumps cannot follow
        return text
