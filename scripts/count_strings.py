#!/usr/bin/env python3
"""Counts the user-facing string literals left outside the text layer
(src/text/): literals that read like words for people (a space and a letter,
not an id, class, path, markup or format-only string, and not the citation
of a source, which stays with its rule), outside tests. Prints the
total and the files with the most, so the migration to one text layer can
be followed; scripts/test prints it on every run."""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')
# Character literals such as '"' would otherwise pair up quotes wrongly.
CHAR_LITERAL = re.compile(r"'(?:\\.|[^'\\])'")


# Sources named as they name themselves (legislation, the Ombudsman's
# documents) stay with their rules in the engine: they are not translated.
CITATION = re.compile(
    r"SI \d{4}/\d+|Act \d{4}|Local Government and Social Care Ombudsman|Getting the Best from Complaints"
)


def user_facing(text: str) -> bool:
    if " " not in text or not re.search(r"[A-Za-z]{3}", text):
        return False
    if re.fullmatch(r"[a-z0-9_\-\. :#/%{}=,'()\[\]]+", text):  # ids, classes, CSS, paths
        return False
    if text.startswith(("http", "{}", "#", "-//", "<")):  # addresses, iCalendar ids, markup
        return False
    if CITATION.search(text):
        return False
    return True


def count(path: pathlib.Path) -> int:
    source = path.read_text(encoding="utf-8")
    source = source.split("#[cfg(test)]")[0]  # unit tests sit at the end
    lines = [l for l in source.splitlines() if not l.strip().startswith("//")]
    code = CHAR_LITERAL.sub("' '", "\n".join(lines))

    def for_people(m: re.Match) -> bool:
        # A panic or assertion about the built-in data is for developers.
        line_start = code.rfind("\n", 0, m.start()) + 1
        before = code[max(line_start - 80, 0):m.start()]
        if re.search(r"panic!\(|assert(_eq|_ne)?!\(|\.expect\(", before):
            return False
        return user_facing(m.group(1))

    return sum(1 for m in LITERAL.finditer(code) if for_people(m))


def main() -> int:
    files = [p for p in sorted((ROOT / "src").rglob("*.rs")) if "src/text/" not in p.as_posix()]
    counts = sorted(((count(p), p.relative_to(ROOT).as_posix()) for p in files), reverse=True)
    total = sum(n for n, _ in counts)
    inside = sum(count(p) for p in (ROOT / "src" / "text").rglob("*.rs"))
    print(f"user-facing string literals: {total} outside src/text/, {inside} inside")
    for n, name in counts[:8]:
        if n:
            print(f"  {n:4d}  {name}")
    # --max N: fail when more than N are left (scripts/test keeps it at 0).
    if "--max" in sys.argv:
        allowed = int(sys.argv[sys.argv.index("--max") + 1])
        if total > allowed:
            print(f"more than {allowed} left outside src/text/: move them into the text layer")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
