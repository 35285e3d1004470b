"""Errors raised when a change would break a rule of the model."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    """Marks text for translation without importing Qt; the app translates it."""
    return text


class ModelError(ValueError):
    """A change the model refuses. `template` is translatable, `params` fill it."""

    context = "ModelError"

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class InvalidValue(ModelError):
    """A field was given a value outside its allowed set or range."""
