"""The message catalogue: every text the domain and the services give a person.

A message is written `t("NIK harus 16 digit; yang diketik {n} digit.", n=15)`: the
result is a `Text`, an ordinary `str` holding the Indonesian as it always was (so the
command line, the logs and the tests see exactly the same text), which also carries
its template and parameters. The desk shows a `Text` in its own language through
`app.ui.i18n.message`: the template is looked up in translations/lindungi_en.ts
(context "messages", extracted from the `t("...")` calls by
scripts/update_translations.py) and filled with the same parameters. A parameter that
is itself a `Text` is translated too.

The template must be a plain string literal (the extraction reads the source), and its
placeholders are `str.format` fields: `{name}`, `{count:,}`, `{value!r}`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Text(str):
    """An Indonesian message that remembers the template it was made from."""

    template: str
    params: Mapping[str, Any]

    def __new__(cls, template: str, params: Mapping[str, Any] | None = None) -> Text:
        values = dict(params or {})
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = template
        self.params = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.template, dict(self.params)))

    def render(self, lookup: Any) -> str:
        """The message with `lookup(template)` as its template (a translation); the
        parameters that are messages themselves are rendered with the same lookup."""
        values = {k: v.render(lookup) if isinstance(v, Text) else v
                  for k, v in self.params.items()}
        template = lookup(self.template) or self.template
        try:
            return template.format(**values) if values else template
        except (KeyError, IndexError, ValueError):  # a broken translation: the original
            return self.template.format(**values) if values else self.template


def t(template: str, /, **params: Any) -> Text:
    """A catalogue message: Indonesian `template` filled with `params`. One without
    parameters is made once and shared (a Text is never changed): an import that
    rejects 100,000 rows gives the same reason 100,000 times."""
    if params:
        return Text(template, params)
    made = _PLAIN.get(template)
    if made is None:
        made = _PLAIN[template] = Text(template)
    return made


_PLAIN: dict[str, Text] = {}


def join(parts: list[str], sep: str = " ") -> Text:
    """Several messages shown as one (each translated on its own)."""
    fields = {f"p{i}": part for i, part in enumerate(parts)}
    return Text(sep.join("{" + name + "}" for name in fields), fields)
