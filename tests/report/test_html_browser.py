"""Open the HTML reports in a real headless Chromium and check what it rendered.

The browser is driven over the DevTools protocol through ``--remote-debugging-pipe``
(file descriptors 3 and 4, NUL-separated JSON): no websocket client or other new
dependency is needed. The tests check that every chart ``<svg>`` is laid out with a
non-zero size and drawn content, that there are no console messages of level error or
warning, no uncaught exceptions, and no network request other than the file itself.

Skipped when no Chromium binary exists (set ``PLACEMENT_CHROMIUM`` to point at one).

Regenerate the screenshots in ``docs/`` from the bundled example (``scenarios/tebo``,
4,500 generated employees, 5 scenarios: ``docs/summary.png`` is the first screen of
the "replace" scenario's report, ``docs/comparison.png`` the top of the comparison)::

    python tests/report/test_html_browser.py --docs [--lang id --shots /tmp/shots] [--out DIR]
        [SCENARIO.yaml ...]

and ``docs/frontier.png``, the top of a frontier report (the README's run,
``placement frontier scenarios/tebo/replace.yaml --out out/frontier``)::

    python tests/report/test_html_browser.py --frontier out/frontier [--shots /tmp/shots]
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

import placement
from placement.api import compare
from placement.report import write_comparison, write_result
from placement.report.charts import RESULT_CHARTS
from placement.report.comparison_charts import COMPARISON_CHARTS

#: a real browser: the slow suite (``python -m pytest -m slow``)
pytestmark = pytest.mark.slow

CANDIDATES = (
    "/usr/bin/chromium",
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
)
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
    "--mute-audio",
    "--remote-debugging-pipe",
)


def find_chromium() -> str | None:
    env = os.environ.get("PLACEMENT_CHROMIUM")
    if env:
        return env if Path(env).exists() or shutil.which(env) else None
    for c in CANDIDATES:
        p = c if Path(c).is_absolute() and Path(c).exists() else shutil.which(c)
        if p:
            return p
    return None


class Browser:
    """A headless Chromium driven over the DevTools pipe (fd 3 in, fd 4 out)."""

    def __init__(self, binary: str, timeout: float = 60.0) -> None:
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="placement-chromium-")
        to_child_r, self._w = os.pipe()
        self._r, from_child_w = os.pipe()

        def plumb() -> None:  # in the child before exec: the pipe ends become fds 3, 4
            hi_r = fcntl.fcntl(to_child_r, fcntl.F_DUPFD, 100)
            hi_w = fcntl.fcntl(from_child_w, fcntl.F_DUPFD, 100)
            os.dup2(hi_r, 3)  # dup2 makes them inheritable
            os.dup2(hi_w, 4)

        self.proc = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=plumb,
            close_fds=False,
        )
        os.close(to_child_r)
        os.close(from_child_w)
        self._buf = b""
        self._next = 0
        self.events: list[dict] = []

    # -- protocol ----------------------------------------------------------------------
    def _read_message(self, deadline: float) -> dict:
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer from Chromium")
            ready, _, _ = select.select([self._r], [], [], left)
            if ready:
                chunk = os.read(self._r, 1 << 20)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe")
                self._buf += chunk
        msg, self._buf = self._buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self._next += 1
        msg = {"id": self._next, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            m = self._read_message(deadline)
            if m.get("id") == self._next:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            self.events.append(m)

    def wait_event(self, method: str, session: str | None = None) -> dict:
        deadline = time.monotonic() + self.timeout
        for m in self.events:
            if m.get("method") == method and m.get("sessionId") == session:
                return m
        while True:
            m = self._read_message(deadline)
            self.events.append(m)
            if m.get("method") == method and m.get("sessionId") == session:
                return m

    def drain(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while True:
            try:
                self.events.append(self._read_message(end))
            except TimeoutError:
                return

    # -- pages -------------------------------------------------------------------------
    def open(self, path: Path, width: int = 1100) -> str:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        s = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable", session=s)
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False},
            session=s,
        )
        self.send("Page.navigate", {"url": path.resolve().as_uri()}, session=s)
        self.wait_event("Page.loadEventFired", s)
        self.drain(0.3)
        return s

    def evaluate(self, session: str, expression: str):
        r = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            session=session,
        )
        if "exceptionDetails" in r:
            raise RuntimeError(f"evaluation failed: {r['exceptionDetails']}")
        return r["result"].get("value")

    def problems(self, session: str) -> list[str]:
        """Console errors/warnings, exceptions, failed loads and non-file requests."""
        out = []
        for m in self.events:
            if m.get("sessionId") != session:
                continue
            p = m.get("params", {})
            meth = m.get("method")
            if meth == "Runtime.consoleAPICalled" and p.get("type") in (
                "error",
                "warning",
                "assert",
            ):
                out.append(f"console {p['type']}: {p.get('args')}")
            elif meth == "Runtime.exceptionThrown":
                out.append(f"exception: {p.get('exceptionDetails')}")
            elif meth == "Log.entryAdded" and p["entry"].get("level") in ("error", "warning"):
                out.append(f"log {p['entry']['level']}: {p['entry'].get('text')}")
            elif meth == "Network.loadingFailed":
                out.append(f"failed load: {p.get('errorText')}")
            elif meth == "Network.requestWillBeSent":
                url = p["request"]["url"]
                if not url.startswith(("file:", "data:", "about:")):
                    out.append(f"network request: {url}")
        return out

    def screenshot(
        self, session: str, path: Path, width: int = 1100, height: int | None = None
    ) -> None:
        """The whole page, or its top ``height`` pixels."""
        h = self.evaluate(session, "Math.ceil(document.documentElement.scrollHeight)")
        h = int(h) if height is None else min(int(h), height)
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": h, "deviceScaleFactor": 1, "mobile": False},
            session=session,
        )
        data = self.send(
            "Page.captureScreenshot",
            {"format": "png", "fromSurface": True, "captureBeyondViewport": height is None},
            session=session,
        )["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        from placement.io.atomic import write_bytes

        write_bytes(path, base64.b64decode(data))

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except Exception:  # noqa: BLE001 - the browser may already be gone
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._r, self._w):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)


CHARTS_JS = """
(() => Array.from(document.querySelectorAll('svg.chart')).map(svg => {
  const r = svg.getBoundingClientRect();
  const shapes = svg.querySelectorAll('rect, path, circle, line, polygon, polyline');
  let drawn = 0;
  for (const s of shapes) { const b = s.getBBox(); if (b.width > 0 || b.height > 0) drawn++; }
  return {name: svg.dataset.chart, width: r.width, height: r.height,
          shapes: shapes.length, drawn: drawn, texts: svg.querySelectorAll('text').length};
}))()
"""


# -- fixtures -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    binary = find_chromium()
    if binary is None:
        pytest.skip(
            "no Chromium binary found (looked for /usr/bin/chromium, chromium, "
            "chromium-browser, google-chrome; set PLACEMENT_CHROMIUM); install it "
            "with `apt-get install chromium`"
        )
    b = Browser(binary)
    try:
        b.send("Browser.getVersion")
    except Exception as exc:  # noqa: BLE001
        b.close()
        pytest.skip(f"Chromium at {binary} did not start: {exc}")
    yield b
    b.close()


def _unit_named(units, part: str) -> str | None:
    hit = units[units["name"].astype(str).str.contains(part, regex=False)]
    return str(hit["id"].iloc[0]) if len(hit) else None


def _scenarios(n_employees: int | None = None):
    """(baseline, restructured, lean) scenarios over a generated or a tiny organisation."""
    if n_employees:
        from placement.generate import generate_organization

        org = generate_organization(n_employees, seed=0)
        emp, pos, units = org.employees, org.positions, org.units
        merge = [_unit_named(units, "Dinas Sosial"), _unit_named(units, "Pemberdayaan")]
        if None in merge:
            merge = list(units["id"][:2])
    else:
        from tests.conftest import small_frames

        emp, pos, units = small_frames()
        merge = ["U1", "U2"]
    names = dict(zip(units["id"], units.get("name", units["id"]), strict=True))

    def sc(name, **kw):
        return placement.Scenario.from_frames(emp, pos, units, name=name, **kw)

    return [
        sc("baseline", description="Re-place staff by competency, no restructuring."),
        sc(
            "merge-and-convert",
            description=f"Merge {names[merge[1]]} into {names[merge[0]]}; convert Pengawas "
            "posts to functional ones (penyetaraan).",
            operations=[
                {"merge_units": {"units": merge, "into": merge[0], "name": "Dinas Sosial dan PMD"}},
                {"convert_positions": {"select": {"kinds": ["JA"], "levels": ["Pengawas"]}}},
            ],
        ),
        sc(
            "lean-admin",
            description="Cut administrative (JA) headcount by 15 %.",
            operations=[{"scale_headcount": {"select": {"kinds": ["JA"]}, "factor": 0.85}}],
        ),
    ]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("browser")
    try:
        import placement.generate  # noqa: F401

        n = 600
    except ImportError:
        n = None
    comp = compare(_scenarios(n))
    paths = {}
    for lang in ("en", "id"):
        write_result(comp.results[0], out / f"result-{lang}", lang=lang)
        write_comparison(comp, out / f"comparison-{lang}", lang=lang)
        paths[("result", lang)] = out / f"result-{lang}" / "report.html"
        paths[("comparison", lang)] = out / f"comparison-{lang}" / "report.html"
    return paths


# -- tests ----------------------------------------------------------------------------


def _check_charts(browser, session, expected):
    charts = browser.evaluate(session, CHARTS_JS)
    by_name = {c["name"]: c for c in charts}
    assert sorted(by_name) == sorted(expected), charts
    for name in expected:
        c = by_name[name]
        assert c["width"] > 100 and c["height"] > 40, c
        assert c["shapes"] > 0 and c["drawn"] > 0, c


@pytest.mark.parametrize("lang", ["en", "id"])
def test_result_report_renders(browser, reports, lang):
    s = browser.open(reports[("result", lang)])
    _check_charts(browser, s, RESULT_CHARTS)
    assert browser.evaluate(s, "document.documentElement.lang") == lang
    # one inline script (the table filter), none loaded from anywhere
    assert browser.evaluate(s, "document.querySelectorAll('script').length") == 1
    assert browser.evaluate(s, "document.querySelectorAll('script[src]').length") == 0
    assert browser.evaluate(s, "document.querySelectorAll('.card').length") >= 6
    assert browser.evaluate(s, "document.querySelectorAll('table').length") >= 3
    # no horizontal overflow at a laptop width
    assert browser.evaluate(s, "document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert browser.problems(s) == []


@pytest.mark.parametrize("lang", ["en", "id"])
def test_comparison_report_renders(browser, reports, lang):
    s = browser.open(reports[("comparison", lang)])
    _check_charts(browser, s, COMPARISON_CHARTS)
    links = browser.evaluate(
        s, "Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href'))"
    )
    assert links == [
        "baseline/report.html",
        "merge-and-convert/report.html",
        "lean-admin/report.html",
    ]
    for href in links:
        assert (reports[("comparison", lang)].parent / href).exists()
    assert browser.problems(s) == []


@pytest.mark.parametrize("kind", ["result", "comparison"])
def test_the_summary_is_the_first_thing_on_the_page(browser, reports, kind):
    s = browser.open(reports[(kind, "id")])
    first = browser.evaluate(s, "document.querySelector('main h2').closest('section').id")
    assert first == "summary"
    top = browser.evaluate(s, "document.getElementById('summary').getBoundingClientRect().top")
    assert 0 < top < 300  # right under the title, on the first screen
    assert browser.problems(s) == []


def test_the_filter_narrows_a_long_table(browser, reports):
    s = browser.open(reports[("result", "en")])
    got = browser.evaluate(
        s,
        """(() => {
      const t = [...document.querySelectorAll('table.long')]
        .sort((a, b) => b.tBodies[0].rows.length - a.tBodies[0].rows.length)[0];
      const rows = [...t.tBodies[0].rows];
      const input = t.previousElementSibling.querySelector('input');
      const word = rows[0].cells[0].textContent.trim().split(/\\s+/)[0].toLowerCase();
      input.value = word;
      input.dispatchEvent(new Event('input'));
      const shown = rows.filter(r => !r.hidden && r.offsetParent !== null);
      const ok = shown.every(r => r.textContent.toLowerCase().includes(word));
      const count = t.previousElementSibling.querySelector('.count').textContent;
      input.value = '';
      input.dispatchEvent(new Event('input'));
      const back = rows.filter(r => !r.hidden).length;
      return {total: rows.length, shown: shown.length, ok, count, back, word};
    })()""",
    )
    assert got["total"] >= 8, got
    assert 1 <= got["shown"] < got["total"] and got["ok"], got
    assert got["count"] == f"{got['shown']} / {got['total']}"
    assert got["back"] == got["total"]
    assert browser.problems(s) == []


def test_print_layout_keeps_rows_whole_on_the_opd_pages(browser, reports):
    s = browser.open(reports[("result", "id")])
    browser.send("Emulation.setEmulatedMedia", {"media": "print"}, session=s)
    got = browser.evaluate(
        s,
        """(() => {
      const css = e => getComputedStyle(e);
      const t = document.querySelector('table.opd-table');
      const rows = [...t.querySelectorAll('tr')];
      return {
        rows: rows.length,
        whole: rows.every(r => css(r).breakInside === 'avoid'),
        head: css(t.tHead).display,
        opd: css(document.getElementById('opd')).breakBefore,
        first: css(document.querySelector('div.first-page')).breakAfter,
        filters: [...document.querySelectorAll('div.filter')].every(f => css(f).display === 'none'),
      };
    })()""",
    )
    assert got["rows"] > 2 and got["whole"], got
    assert got["head"] == "table-header-group"  # the header repeats on every page
    assert got["opd"] == "page" and got["first"] == "page", got
    assert got["filters"], got
    pdf = browser.send(
        "Page.printToPDF",
        {"printBackground": True, "paperWidth": 8.27, "paperHeight": 11.69},
        session=s,
    )["data"]
    assert base64.b64decode(pdf).count(b"/Type /Page") >= 3


def test_the_checks_catch_errors_and_network_requests(browser, tmp_path):
    """The harness itself: a broken page is reported (so a clean report means clean)."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        "<!DOCTYPE html><html><body><svg class='chart' data-chart='x'></svg>"
        "<img src='http://127.0.0.1:9/x.png'>"
        "<script>console.error('boom'); undefined_function();</script>"
        "</body></html>",
        encoding="utf-8",
    )
    s = browser.open(bad)
    found = "\n".join(browser.problems(s))
    assert "console error" in found and "boom" in found
    assert "exception" in found
    assert "network request: http://127.0.0.1:9/x.png" in found
    charts = browser.evaluate(s, CHARTS_JS)
    assert charts[0]["shapes"] == 0


def test_report_prints_to_pdf(browser, reports):
    s = browser.open(reports[("result", "id")])
    pdf = browser.send("Page.printToPDF", {"printBackground": True}, session=s)["data"]
    data = base64.b64decode(pdf)
    assert data[:5] == b"%PDF-" and data.count(b"/Type /Page") >= 2


def test_screenshot_is_an_image(browser, reports, tmp_path):
    s = browser.open(reports[("result", "en")])
    png = tmp_path / "shot.png"
    browser.screenshot(s, png)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


# -- docs screenshots -----------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
#: The bundled example: Kabupaten Tebo, 4,500 generated employees, 5 scenarios.
EXAMPLE = ROOT / "scenarios" / "tebo"


def make_docs(
    docs: Path | None = None,
    lang: str = "en",
    out: Path | None = None,
    scenario: str = "replace",
    files: list[Path] | None = None,
) -> list[Path]:
    """Solve the bundled scenarios (``scenarios/tebo/*.yaml``), write the comparison to
    ``out`` (a temporary folder by default) and screenshot the top of its
    ``report.html`` and of ``<scenario>/report.html``: ``docs/comparison.png`` and
    ``docs/summary.png`` (in another language: ``comparison-<lang>.png``,
    ``summary-<lang>.png``). ``files``:
    other scenario files instead."""
    from placement.io.outdir import staged_output

    docs = docs or ROOT / "docs"
    binary = find_chromium()
    if binary is None:
        raise SystemExit("no Chromium binary found")
    files = [Path(f) for f in files] if files else sorted(EXAMPLE.glob("*.yaml"))
    t = time.perf_counter()
    comp = compare([placement.load_scenario(f) for f in files])
    print(f"solved {comp} in {time.perf_counter() - t:.1f}s")
    keep = out is not None
    out = out or Path(tempfile.mkdtemp(prefix="placement-docs-")) / "cmp"
    t = time.perf_counter()
    with staged_output(out, files) as tmp:
        write_comparison(comp, tmp, lang=lang, protected=files)
    print(f"wrote the comparison to {out} in {time.perf_counter() - t:.1f}s")
    suffix = "" if lang == "en" else f"-{lang}"
    shots = []
    b = Browser(binary)
    try:
        for html_path, png, height in (
            (out / scenario / "report.html", docs / f"summary{suffix}.png", 1500),
            (out / "report.html", docs / f"comparison{suffix}.png", 2000),
        ):
            s = b.open(html_path)
            problems = b.problems(s)
            if problems:
                print("problems:", problems)
            b.screenshot(s, png, height=height)
            shots.append(png)
            print("screenshot", png)
    finally:
        b.close()
        if not keep:
            shutil.rmtree(out.parent, ignore_errors=True)
    return shots


def frontier_shot(folder: Path, docs: Path | None = None, height: int = 760) -> Path:
    """The top ``height`` pixels of ``folder/report.html`` (a ``placement frontier``
    output): ``docs/frontier.png``."""
    binary = find_chromium()
    if binary is None:
        raise SystemExit("no Chromium binary found")
    png = (docs or ROOT / "docs") / "frontier.png"
    b = Browser(binary)
    try:
        s = b.open(folder / "report.html")
        problems = b.problems(s)
        if problems:
            print("problems:", problems)
        b.screenshot(s, png, height=height)
    finally:
        b.close()
    print("screenshot", png)
    return png


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", action="store_true", help="write the docs/ screenshots")
    ap.add_argument("--lang", default="en", help="report language (en, id)")
    ap.add_argument("--out", type=Path, help="keep the written reports in this folder")
    ap.add_argument("--shots", type=Path, help="write the PNGs here instead of docs/")
    ap.add_argument("--frontier", type=Path, help="a frontier output folder: frontier.png")
    ap.add_argument("scenarios", nargs="*", type=Path, help="default: scenarios/tebo/*.yaml")
    args = ap.parse_args()
    if args.docs:
        make_docs(args.shots, args.lang, args.out, files=args.scenarios)
    if args.frontier:
        frontier_shot(args.frontier, args.shots)
