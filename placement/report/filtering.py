"""Filter boxes for the long tables of an HTML report: inline, offline, optional.

One small inline script (no network, no library) puts a search box above every
``<table class="long">`` with at least :data:`MIN_ROWS` body rows; typing hides the
rows that do not contain every typed word (case-insensitive) and shows "shown / all".
Without scripts the page is the same plain, complete HTML (the boxes are created by
the script, so nothing dead is left behind); printing hides the boxes.
"""

from __future__ import annotations

from placement.i18n import label
from placement.report.formatting import esc

MIN_ROWS = 8

SCRIPT = """(function(){
var ph=document.documentElement.getAttribute("data-filter");
var tables=document.querySelectorAll("table.long");
for(var t=0;t<tables.length;t++){(function(table){
var body=table.tBodies[0];if(!body||body.rows.length<MIN_ROWS)return;
var rows=Array.prototype.slice.call(body.rows);
var text=rows.map(function(r){return r.textContent.toLowerCase();});
var box=document.createElement("div");box.className="filter";
var input=document.createElement("input");input.type="search";input.placeholder=ph;
input.setAttribute("aria-label",ph);
var count=document.createElement("span");count.className="count";
box.appendChild(input);box.appendChild(count);table.parentNode.insertBefore(box,table);
input.addEventListener("input",function(){
var words=input.value.toLowerCase().split(/\\s+/).filter(Boolean);var shown=0;
for(var k=0;k<rows.length;k++){var ok=words.every(function(w){return text[k].indexOf(w)>=0;});
rows[k].hidden=!ok;if(ok)shown++;}
count.textContent=words.length?shown+" / "+rows.length:"";});
})(tables[t]);}
})();""".replace("MIN_ROWS", str(MIN_ROWS))

CSS = """
div.filter{margin:8px 0 4px;display:flex;gap:10px;align-items:center}
div.filter input{font:inherit;font-size:13px;padding:4px 8px;border:1px solid #c5ced8;
border-radius:4px;width:22em;max-width:100%}
div.filter .count{color:#5b6776;font-size:12px}
@media print{div.filter{display:none}}
"""


def html_attribute(lang: str) -> str:
    """The ``data-filter`` attribute of ``<html>``: the box's placeholder in ``lang``."""
    return f' data-filter="{esc(label("filter_placeholder", lang))}"'


def script_tag() -> str:
    return f'<script id="table-filter">{SCRIPT}</script>'
