"""Presidio's context-word boost, computed once per text instead of once per finding.

`LemmaContextAwareEnhancer` deep-copies every finding and, for each one, walks the
document's tokens from the start to find where it begins, testing each lemma against
the keyword *list*: about a sixth of the analyzer's time on 1-3 KB tool results. Same
rule here (first token that ends after the finding's start, the five keywords before it,
substring match against the recognizer's context words), with the token ends and the
keyword set built once. Findings are copied shallowly; a boosted one gets its own
explanation, so the recognizers' results are never changed in place.
"""
from __future__ import annotations

import copy
from bisect import bisect_right
from typing import List, Optional

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer, LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.attrs import LENGTH

_ID = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
_BOOSTED = RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY


class ContextBoost(LemmaContextAwareEnhancer):
    """Drop-in for Presidio's default enhancer (same parameters, same scores)."""

    def enhance_using_context(
        self,
        text: str,
        raw_results: List[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: List[EntityRecognizer],
        context: Optional[List[str]] = None,
    ) -> List[RecognizerResult]:
        results = [copy.copy(r) for r in raw_results]
        if nlp_artifacts is None:
            return results
        by_id = {r.id: r for r in recognizers}
        extra = [w.lower() for w in context] if context else []
        window: _Window | None = None
        for result in results:
            meta = result.recognition_metadata
            recognizer = by_id.get(meta[_ID]) if meta and _ID in meta else None
            if not recognizer or not recognizer.context or meta.get(_BOOSTED):
                continue
            if window is None:
                window = _Window(nlp_artifacts)
            words = window.words_around(result.start, text[result.start:result.end],
                                        self.context_prefix_count, self.context_suffix_count)
            words.extend(extra)
            found = self._find_supportive_word_in_context(words, recognizer.context, self.context_matching_mode)
            if found != "":
                result.score = min(max(result.score + self.context_similarity_factor,
                                       self.min_score_with_context_similarity), ContextAwareEnhancer.MAX_SCORE)
                result.analysis_explanation = copy.copy(result.analysis_explanation)
                result.analysis_explanation.set_supportive_context_word(found)
                result.analysis_explanation.set_improved_score(result.score)
        return results


class _Window:
    """Token ends and lower-case keyword lemmas of one text, for the words around a finding."""

    def __init__(self, artifacts: NlpArtifacts):
        tokens = artifacts.tokens
        self.empty = not tokens
        if self.empty:
            return
        if hasattr(tokens, "to_array"):  # a spaCy Doc: the lengths as one array, no Token objects
            self.ends = [i + n for i, n in zip(artifacts.tokens_indices, tokens.to_array([LENGTH]).tolist())]
        else:
            self.ends = [i + len(t) for i, t in zip(artifacts.tokens_indices, tokens)]
        keywords = set(artifacts.keywords)
        # A lemma is collected only when it is a keyword; None marks the others.
        self.kept = [low if low in keywords else None for low in (lemma.lower() for lemma in artifacts.lemmas)]

    def words_around(self, start: int, word: str, before: int, after: int) -> List[str]:
        if self.empty:
            return [""]
        i = bisect_right(self.ends, start)
        if i == len(self.ends):
            raise ValueError(f"Did not find word '{word}' in the list of tokens although it is expected to be found")
        out = self._collect(i, before, -1) + self._collect(i, after, 1)
        return list(set(out))

    def _collect(self, i: int, n: int, step: int) -> List[str]:
        # As Presidio: the finding's own token may count, so one more than asked is taken.
        out: List[str] = []
        remaining = n + 1
        kept = self.kept
        while 0 <= i < len(kept) and remaining > 0:
            if kept[i] is not None:
                out.append(kept[i])
                remaining -= 1
            i += step
        return out
