"""A base for configuration models read from YAML: a number is never `true`/`false`.

Pydantic's lax mode reads `timeout_ms: true` as 1 ms and `workers: yes` as 1; a typo'd
boolean in a policy then changes behaviour silently (a one-millisecond timeout fails open).
"""
from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationInfo, field_validator


def _numeric(annotation: Any) -> bool:
    """int or float (or an Optional/Union of them), but not bool."""
    if annotation in (int, float):
        return True
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = typing.get_args(annotation)
        return bool not in args and any(a in (int, float) for a in args)
    return False


class Settings(BaseModel):
    @field_validator("*", mode="before")
    @classmethod
    def _numbers_are_not_booleans(cls, value: Any, info: ValidationInfo) -> Any:
        if isinstance(value, bool) and info.field_name and _numeric(cls.model_fields[info.field_name].annotation):
            raise ValueError("must be a number, not true/false")
        return value
