"""Translations: every message and report label in English (``en``) and Bahasa
Indonesia (``id``), in one catalogue shape ``key → (English, Indonesian)``.

:func:`msg` builds a message, :func:`render` writes any line in a language,
:func:`label` gives a report label, and :func:`register` lets a plug-in add its own
messages and labels. A leaf package: it imports nothing of placement but
:mod:`placement.errors`. See :mod:`placement.i18n.catalogue`.
"""

from placement.i18n.catalogue import (
    LABELS,
    LANGUAGES,
    MESSAGES,
    Message,
    check_lang,
    find_part,
    first_of,
    join,
    kpi_label,
    label,
    label_msg,
    labels,
    msg,
    noun,
    person,
    placeholders,
    register,
    render,
    render_all,
    value_label,
)

__all__ = [
    "LABELS",
    "LANGUAGES",
    "MESSAGES",
    "Message",
    "check_lang",
    "find_part",
    "first_of",
    "join",
    "kpi_label",
    "label",
    "label_msg",
    "labels",
    "msg",
    "noun",
    "person",
    "placeholders",
    "register",
    "render",
    "render_all",
    "value_label",
]
