"""Validates pith's JSON output against schema/article.schema.json: every
corpus page with --format json, and every line of --explain --format json.

    python validate.py PITH_BINARY
"""
import json
import subprocess
import sys
from pathlib import Path

from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[2]


def main():
    pith = sys.argv[1]
    schema = json.loads((ROOT / "schema/article.schema.json").read_text())
    Draft202012Validator.check_schema(schema)
    article = Draft202012Validator(schema)
    block = Draft202012Validator({**schema["$defs"]["block"], "$defs": schema["$defs"]})
    pages = sorted(p for p in (ROOT / "corpus").rglob("*") if p.suffix in (".html", ".txt", ".gz")
                   and ".expected." not in p.name)
    assert len(pages) >= 30, pages
    checked = 0
    for page in pages:
        out = subprocess.run([pith, "--format", "json", str(page)], capture_output=True, check=True).stdout
        doc = json.loads(out)
        errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in article.iter_errors(doc)]
        assert not errors, f"{page.name}: {errors[:5]}"
        out = subprocess.run([pith, "--explain", "--format", "json", str(page)], capture_output=True, check=True).stdout
        for line in out.decode().splitlines():
            errors = [e.message for e in block.iter_errors(json.loads(line))]
            assert not errors, f"{page.name} --explain: {errors[:5]}"
        checked += 1
    print(f"schema: {checked} pages valid against schema/article.schema.json")


if __name__ == "__main__":
    main()
