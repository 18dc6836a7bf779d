"""The catalogue: every message and every report label in English (``en``) and Bahasa
Indonesia (``id``), in one shape: ``key → (English, Indonesian)``.

Two tables of that shape: :data:`MESSAGES` (errors, warnings, operation-log lines, CLI
lines; ``str.format`` templates) and :data:`LABELS` (column headers, KPI names, cell
values, sheet names and report headings). Plug-ins add their keys with :func:`register`.

A message is built from a catalogue key and its parameters::

    >>> m = msg("data.blank_rank")
    >>> m
    'blank rank; every employee needs a golongan (I/a … IV/e)'
    >>> m.render("id")
    'golongan kosong; setiap pegawai harus memiliki golongan (I/a … IV/e)'

:class:`Message` is a ``str`` whose value is the English text, so the library keeps
speaking English (``PlacementError.problems``, ``Organization.warnings``,
``Plan.log`` and ``Result.solver_reason`` are lists of / plain strings as before) and
``render(lang)`` gives the same message in another language. Parameters that are
themselves messages (a location "employees.csv rows 4, 9, column 'rank'", a hint, a
noun) are rendered in the same language; other parameters (ids, file names, column
names, values, numbers) are inserted as they are, in both languages.

>>> render(msg("line", where=msg("noun.employee"), text=msg("data.blank_rank")), "id")
'pegawai: golongan kosong; setiap pegawai harus memiliki golongan (I/a … IV/e)'

:func:`render` takes any line (a message, or a plain string that is returned
unchanged) and a language. A label is looked up with :func:`label`; a key without a
label is its own label:

>>> label("headcount", "id")
'Formasi'
>>> label("no such key", "id")
'no such key'

This module is a leaf: it imports the standard library, its two data tables and
:mod:`placement.errors` (itself standard library only), nothing else of placement.
"""

from __future__ import annotations

import numbers
import string
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from placement.errors import PlacementError
from placement.i18n.labels import LABELS
from placement.i18n.messages import MESSAGES

LANGUAGES = ("en", "id")

#: keys rendered by code rather than a template
_JOIN, _LABEL = "_join", "_label"


def register(
    messages: Mapping[str, tuple[str, str]] | None = None,
    labels: Mapping[str, tuple[str, str]] | None = None,
) -> None:
    """Add a plug-in's messages and labels, each ``key → (English, Indonesian)``.

    A key already in the catalogue is refused (``ValueError``) unless it is registered
    again with the same texts (a module imported twice); a text missing in one language
    is refused too. Nothing is added unless everything is accepted."""
    for table, new in ((MESSAGES, messages or {}), (LABELS, labels or {})):
        for key, texts in new.items():
            if (
                not isinstance(texts, tuple)
                or len(texts) != len(LANGUAGES)
                or not all(isinstance(t, str) and t for t in texts)
            ):
                raise ValueError(
                    f"catalogue key {key!r} needs a non-empty text in each of "
                    f"{', '.join(LANGUAGES)}; got {texts!r}"
                )
            if key in table and table[key] != tuple(texts):
                raise ValueError(
                    f"catalogue key {key!r} is registered already "
                    f"({table[key][0]!r}); choose another key"
                )
    for table, new in ((MESSAGES, messages or {}), (LABELS, labels or {})):
        table.update({k: (en, id_) for k, (en, id_) in new.items()})


class Message(str):
    """A catalogue message: a ``str`` holding the English text, plus ``key``,
    ``params`` and :meth:`render` for any language."""

    key: str
    params: dict[str, Any]

    def __new__(cls, key: str, /, **params: Any) -> Message:
        self = super().__new__(cls, _render(key, params, "en"))
        self.key = key
        self.params = params
        return self

    def render(self, lang: str = "en") -> str:
        """The message in ``lang`` (``en`` or ``id``) as a plain ``str``."""
        if lang == "en":
            return str.__str__(self)
        return _render(self.key, self.params, lang)

    def __reduce_ex__(self, protocol):  # pickle / copy keep key and params
        return (_rebuild, (self.key, self.params))


def _rebuild(key: str, params: dict) -> Message:
    return Message(key, **params)


def msg(key: str, /, **params: Any) -> Message:
    """The message ``key`` of the catalogue with ``params`` (English as its ``str``)."""
    if key not in MESSAGES:
        raise KeyError(f"no message {key!r} in the catalogue")
    return Message(key, **params)


def join(sep: str, items: Iterable[Any]) -> Message:
    """``sep.join(items)`` that renders message items in the language asked for."""
    return Message(_JOIN, sep=sep, items=tuple(items))


def label_msg(key: str) -> Message:
    """A report label (:func:`label`) as a message part."""
    return Message(_LABEL, key=key)


def person(name: Any, id: Any) -> Message | str:
    """A person as messages name them: ``Name (NIP)``, or the id alone when the name
    is blank or missing."""
    try:
        blank = name is None or bool(name != name)  # NaN is not equal to itself
    except TypeError:  # pandas' NA
        blank = True
    shown = "" if blank else str(name).strip()
    return msg("person", name=shown, id=id) if shown else str(id)


def first_of(items: Sequence[Any], most: int) -> Message:
    """The first ``most`` items, comma-separated, then " and 12 more" when the list was
    cut (``A, B, C and 12 more``), rendered in the language asked for."""
    more = msg("and_n_more", n=len(items) - most) if len(items) > most else ""
    return join("", [join(", ", items[:most]), more])


def find_part(line: Any, keys: frozenset[str] | set[str]) -> Message | None:
    """The first message of ``keys`` in ``line`` (a message, its parts joined and
    nested in its parameters, depth first), or None."""
    if getattr(line, "key", None) in keys:
        return line
    for v in getattr(line, "params", {}).values():
        for x in v if isinstance(v, list | tuple) else (v,):
            found = find_part(x, keys)
            if found is not None:
                return found
    return None


def noun(word: str) -> Message | str:
    """``employees``, ``position``, ... as a message (the word itself if unknown)."""
    key = f"noun.{word}"
    return Message(key) if key in MESSAGES else word


def render(line: Any, lang: str = "en") -> str:
    """Any message line in ``lang``; a plain string comes back as it is."""
    if isinstance(line, Message):
        return line.render(lang)
    return str(line)


def render_all(lines: Iterable[Any], lang: str = "en") -> list[str]:
    """Several lines (``exc.problems``, ``result.warnings``, a plan's log) in ``lang``."""
    return [render(line, lang) for line in lines]


def placeholders(template: str) -> set[str]:
    """The names of the ``str.format`` fields of ``template``."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# -- labels -------------------------------------------------------------------------------


def check_lang(lang: str) -> str:
    """``lang`` if it is a supported report language, else a :class:`PlacementError`."""
    if lang not in LANGUAGES:
        raise PlacementError(msg("lang.unsupported", lang=lang, langs=", ".join(LANGUAGES)))
    return lang


def _column(lang: str) -> int:
    """The position of ``lang`` in a catalogue entry; English for an unknown language."""
    return 1 if lang == "id" else 0


def label(key: str, lang: str = "en") -> str:
    """The label of ``key`` in ``lang``; the key itself when it has no label."""
    texts = LABELS.get(key)
    return key if texts is None else texts[_column(lang)]


def kpi_label(key: str, lang: str = "en") -> str:
    """The label of a KPI: ``kpi:<key>`` where a KPI shares its name with a column of
    another meaning (``gap``: optimality gap, not a competency gap), else ``key``'s."""
    texts = LABELS.get(f"kpi:{key}")
    return label(key, lang) if texts is None else texts[_column(lang)]


def value_label(value: str, lang: str = "en") -> str:
    """The label of a coded cell value (a status, a reason): ``value:<value>`` where the
    value shares its name with a KPI (``stays``, ``unplaced``), else ``value``'s. A
    catalogue message (a solver reason, a log line) is rendered in ``lang``."""
    if isinstance(value, Message):
        return value.render(lang)
    texts = LABELS.get(f"value:{value}")
    return label(value, lang) if texts is None else texts[_column(lang)]


def labels(keys, lang: str = "en") -> list[str]:
    """Labels of several keys (column headers)."""
    return [label(str(k), lang) for k in keys]


# -- rendering ----------------------------------------------------------------------------


def _value(v: Any, lang: str) -> Any:
    return v.render(lang) if isinstance(v, Message) else v


class _Numbers(string.Formatter):
    """``str.format`` that writes numbers the Indonesian way in ``id``: a decimal comma
    and a thousands dot (``{x:,.1f}`` → ``4.500,5``; a plain float → ``91,6``); whole
    numbers without a format (ids, years, counts) stay as they are."""

    def __init__(self, lang: str) -> None:
        self.swap = lang == "id"

    def format_field(self, value: Any, format_spec: str) -> str:
        out = format(value, format_spec)
        if (
            self.swap
            and isinstance(value, numbers.Real)
            and not isinstance(value, bool)
            and (format_spec or not isinstance(value, numbers.Integral))
        ):
            out = out.translate(_SWAP)
        return out


_SWAP = str.maketrans(",.", ".,")
_INDONESIAN = _Numbers("id")


def _render(key: str, params: dict[str, Any], lang: str) -> str:
    if key == _JOIN:
        if lang == "en":  # a message item is a str holding its English text
            return params["sep"].join(map(str, params["items"]))
        return params["sep"].join(str(_value(i, lang)) for i in params["items"])
    if key == _LABEL:
        return label(params["key"], lang)
    en, id_ = MESSAGES[key]
    if lang == "id":
        return _INDONESIAN.format(id_, **{k: _value(v, lang) for k, v in params.items()})
    # English: what the formatter does without its swap, by str.format (in C: every
    # message is built in English, 40,000 of them for a 10k sweep variant's reasons);
    # a message parameter is a str holding its English text already
    return en.format(**params)
