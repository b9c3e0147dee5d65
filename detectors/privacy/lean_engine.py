"""Presidio's analyzer and registry without their per-call bookkeeping (same results).

On short texts (a tool argument, a record of a few fields) Presidio's own overhead per
`analyze` call rivals the recognizers' work. Two parts of it do not depend on the text:
- the registry filters its recognizers by language and entity on every call, and
- the context step matches every result against every recognizer's id (a formatted
  string rebuilt per test) to hand each recognizer its own results, although only a
  recognizer that overrides `enhance_using_context` does anything with them.
Here the filtered list is remembered per (language, entities) until the registry changes,
and results are grouped by recognizer id once. The order of recognizers and of results
is Presidio's, so everything downstream sees the same lists.
"""
from __future__ import annotations

import functools
from typing import Any

from detectors.privacy import regex_gate


@functools.lru_cache(maxsize=None)
def classes() -> tuple[type, type]:
    """(AnalyzerEngine subclass, RecognizerRegistry subclass), built on first use so that
    importing this module does not import Presidio."""
    from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult

    id_key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
    plain_enhance = EntityRecognizer.enhance_using_context

    class Registry(RecognizerRegistry):
        def get_recognizers(self, language: str, entities: Any = None, all_fields: bool = False,
                            ad_hoc_recognizers: Any = None) -> list:
            if ad_hoc_recognizers:
                return super().get_recognizers(language, entities, all_fields, ad_hoc_recognizers)
            # The key holds the recognizers themselves, so adding or removing one (even by
            # assigning `recognizers`) is a new key; the entities' order is kept, as it can
            # decide the order of the answer.
            key = (language, tuple(entities) if entities else None, all_fields, tuple(map(id, self.recognizers)))
            memo = self.__dict__.setdefault("_agentguard_memo", {})
            found = memo.get(key)
            if found is None:
                if len(memo) > 64:
                    memo.clear()
                found = memo[key] = super().get_recognizers(language, entities, all_fields)
            return list(found)

    class Analyzer(AnalyzerEngine):
        def _enhance_using_context(self, text: str, raw_results: list, nlp_artifacts: Any, recognizers: list,
                                   context: Any = None) -> list:
            own: dict[Any, list] = {}
            for r in raw_results:
                own.setdefault(r.recognition_metadata[id_key], []).append(r)
            results: list = []
            for recognizer in recognizers:
                rid = recognizer.id
                mine = own.get(rid, [])
                if type(recognizer).enhance_using_context is not plain_enhance:
                    others = [r for r in raw_results if r.recognition_metadata[id_key] != rid]
                    mine = recognizer.enhance_using_context(
                        text=text, raw_recognizer_results=mine, other_raw_recognizer_results=others,
                        nlp_artifacts=nlp_artifacts, context=context)
                results.extend(mine)
            return self.context_aware_enhancer.enhance_using_context(
                text=text, raw_results=results, nlp_artifacts=nlp_artifacts, recognizers=recognizers, context=context)

    return Analyzer, Registry


def lean_pattern_scan(recognizer: Any) -> None:
    """Give one PatternRecognizer instance a pattern scan without Presidio's per-pattern
    clock readings and debug-log calls and with its id formatted once per text (same
    results, same explanations). Only this instance changes: Presidio's class, and any
    other analyzer in the process, are untouched. Recognizers with a scan of their own
    (IBAN) are left alone, as their own scan does not go through this attribute."""
    import types

    from presidio_analyzer import EntityRecognizer, PatternRecognizer, RecognizerResult
    from presidio_analyzer import pattern_recognizer as module

    name_key, id_key = RecognizerResult.RECOGNIZER_NAME_KEY, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
    low, high = EntityRecognizer.MIN_SCORE, EntityRecognizer.MAX_SCORE

    def scan(self: Any, text: str, flags: int | None = None) -> list:
        flags = flags if flags else self.global_regex_flags
        entity, name, rid = self.supported_entities[0], self.name, self.id
        results = []
        offers = regex_gate.profile(text)
        for pattern, need in zip(self.patterns, regex_gate.needs_of(self.patterns, flags, self)):
            if not need.met(offers):
                continue  # no match is possible in this text
            try:
                for match in _compiled(pattern, flags).finditer(text, timeout=module.REGEX_TIMEOUT_SECONDS):
                    start, end = match.span()
                    if start == end:
                        continue
                    current = text[start:end]
                    try:
                        valid = self.validate_result(current)
                    except ValueError:  # a checksum over a digit Python's int() does not know
                        continue  # ("4111 … 111\U00011bf1": the `regex` module's tables are newer)
                    explanation = self.build_regex_explanation(name, pattern.name, pattern.regex, pattern.score, valid, flags)
                    score = pattern.score if valid is None else (high if valid else low)
                    if self.invalidate_result(current):
                        score = low
                    explanation.score = score
                    if score > low:
                        results.append(RecognizerResult(entity_type=entity, start=start, end=end, score=score,
                                                        analysis_explanation=explanation,
                                                        recognition_metadata={name_key: name, id_key: rid}))
            except TimeoutError:
                module.logger.warning("Regex pattern '%s' timed out after %s seconds, skipping.", pattern.name,
                                      module.REGEX_TIMEOUT_SECONDS, exc_info=True)
        return EntityRecognizer.remove_duplicates(results)

    def analyze(self: Any, text: str, entities: Any, nlp_artifacts: Any = None, regex_flags: int | None = None) -> list:
        flags = regex_flags if regex_flags else self.global_regex_flags
        if not regex_gate.can_match(regex_gate.needs_of(self.patterns, flags, self), text):
            return []
        return PatternRecognizer.analyze(self, text, entities, nlp_artifacts, regex_flags)

    if isinstance(recognizer, PatternRecognizer):
        recognizer._PatternRecognizer__analyze_patterns = types.MethodType(scan, recognizer)
        # Presidio's own `analyze` returns the pattern scan's results and nothing else, so
        # a text that no pattern can match needs no call at all; a subclass's override may
        # do more, and keeps its call.
        if type(recognizer).analyze is PatternRecognizer.analyze:
            recognizer.analyze = types.MethodType(analyze, recognizer)


def precompile(recognizer: Any) -> None:
    """Compile a pattern recognizer's patterns now, with the flags its scans use.

    Presidio compiles each pattern on the first text that reaches it: for the URL patterns
    (thousands of top-level domains) that is over half a second, paid by whichever request
    first asks for URLs, not by the warm-up (URL is not among the default types)."""
    from presidio_analyzer import PatternRecognizer

    if isinstance(recognizer, PatternRecognizer):
        for pattern in recognizer.patterns:
            _compiled(pattern, recognizer.global_regex_flags)


def _compiled(pattern: Any, flags: int) -> Any:
    """The pattern compiled with `flags`, as Presidio's scan keeps it on the pattern (compiled
    again only when the flags change)."""
    if not pattern.compiled_regex or pattern.compiled_with_flags != flags:
        from presidio_analyzer import pattern_recognizer as module

        pattern.compiled_with_flags = flags
        pattern.compiled_regex = module.re.compile(pattern.regex, flags=flags)
    return pattern.compiled_regex
