"""The catalogue (placement.i18n): one shape for messages and labels, and the register
API plug-ins use to add their own keys."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import placement.domain  # noqa: F401  (registers the built-in extensions' labels)
from placement import i18n
from placement.i18n import LABELS, LANGUAGES, MESSAGES, label, msg, register, render

PKG = Path(i18n.__file__).parent


@pytest.fixture
def restore_catalogue():
    """Take a test's registrations out of the catalogue again."""
    saved = dict(MESSAGES), dict(LABELS)
    yield
    for table, before in zip((MESSAGES, LABELS), saved, strict=True):
        table.clear()
        table.update(before)


def test_every_key_has_every_language():
    for table in (MESSAGES, LABELS):
        for key, texts in table.items():
            assert isinstance(texts, tuple) and len(texts) == len(LANGUAGES), key
            assert all(isinstance(t, str) and t for t in texts), key


def test_a_plugin_key_is_used_in_messages_and_labels(restore_catalogue):
    register(
        messages={"test_plugin.hello": ("hello {who}", "halo {who}")},
        labels={"test_plugin_col": ("Plug-in column", "Kolom plug-in")},
    )
    m = msg("test_plugin.hello", who="Ayu")
    assert m == "hello Ayu" and render(m, "id") == "halo Ayu"
    assert label("test_plugin_col", "en") == "Plug-in column"
    assert label("test_plugin_col", "id") == "Kolom plug-in"
    assert i18n.label_msg("test_plugin_col").render("id") == "Kolom plug-in"


def test_a_duplicate_key_is_refused(restore_catalogue):
    with pytest.raises(ValueError, match="registered already"):
        register(messages={"data.blank_rank": ("blank", "kosong")})
    with pytest.raises(ValueError, match="registered already"):
        register(labels={"headcount": ("Seats", "Kursi")})
    # the same texts again (a module imported twice) are accepted
    register(labels={"headcount": LABELS["headcount"]})
    assert label("headcount", "id") == "Formasi"


def test_a_key_missing_a_language_is_refused_and_nothing_is_added(restore_catalogue):
    with pytest.raises(ValueError, match="non-empty text in each of en, id"):
        register(labels={"test_plugin_ok": ("OK", "OK"), "test_plugin_bad": ("Only English",)})
    with pytest.raises(ValueError, match="non-empty text"):
        register(messages={"test_plugin.empty": ("text", "")})
    assert "test_plugin_ok" not in LABELS and "test_plugin.empty" not in MESSAGES


def test_the_catalogue_is_a_leaf():
    """placement.i18n imports the standard library, itself and placement.errors only."""
    for path in PKG.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            for name in names:
                if name.split(".")[0] == "placement":
                    assert name.startswith("placement.i18n") or name == "placement.errors", (
                        path.name,
                        name,
                    )


def test_find_part_reads_a_reason_through_its_joined_and_nested_parts():
    from placement.i18n import find_part, join, msg

    inner = msg("reason.rivals_unassessed", n=4, o=2)
    line = join("; ", ["holds own post", join("", [msg("and_n_more", n=3), inner])])
    assert find_part(line, {"reason.rivals_unassessed"}) is inner
    assert find_part(line, {"reason.room_short"}) is None
    assert find_part("plain text", {"reason.room_short"}) is None
