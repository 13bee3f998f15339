#!/usr/bin/env python3
"""ui/ is layered: no folder includes from a folder above it.

Reads the layer order from ui/CMakeLists.txt (`set(ui_layers core widgets ...)`, bottom first) and fails
(exit 1) when
  - a file of ui/<a>/ includes "<b>/..." for a folder b of ui/ listed after a (an upward include),
  - a folder of ui/ holding sources is not in ui_layers, or ui_layers names a folder that does not exist,
  - a source file under ui/ is missing from ui/CMakeLists.txt's explicit source lists, or a listed file
    does not exist.
Includes from tests/ and app/ are not checked: they sit above all of ui/.

Usage: .ci/check-ui-layers.py     (from anywhere; paths are relative to the repository)
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
CMAKE = UI / "CMakeLists.txt"
SOURCE_SUFFIXES = {".cpp", ".h", ".qrc"}
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)


def cmake_text():
    return "\n".join(line.split("#", 1)[0] for line in CMAKE.read_text().splitlines())


def layers(text):
    m = re.search(r"\bset\(\s*ui_layers\s+([^)]*)\)", text)
    if not m:
        raise SystemExit(f"{CMAKE.relative_to(ROOT)}: no set(ui_layers ...) found")
    return m.group(1).split()


def listed_sources(text):
    """Every word of the CMake file that names a file under ui/ (folder/name.ext)."""
    return set(re.findall(r"(?<![\w/$}])([a-z]\w*/\w+\.(?:cpp|h|qrc))\b", text))


def main():
    problems = []
    text = cmake_text()
    order = layers(text)
    rank = {name: i for i, name in enumerate(order)}

    folders = sorted(p.name for p in UI.iterdir() if p.is_dir() and any(
        f.suffix in SOURCE_SUFFIXES for f in p.rglob("*")))
    for name in folders:
        if name not in rank:
            problems.append(f"ui/{name}/: not in ui_layers (ui/CMakeLists.txt); add it where it belongs")
    for name in order:
        if not (UI / name).is_dir():
            problems.append(f"ui/CMakeLists.txt: ui_layers names '{name}', which is not a folder of ui/")

    on_disk = set()
    arrows = {}
    for f in sorted(UI.rglob("*")):
        if f.suffix not in SOURCE_SUFFIXES or f.parent == UI:
            continue
        rel = f.relative_to(UI)
        on_disk.add(rel.as_posix())
        src = rel.parts[0]
        if src not in rank or f.suffix == ".qrc":
            continue
        for inc in INCLUDE.findall(f.read_text(errors="replace")):
            target = inc.split("/", 1)[0] if "/" in inc else None
            if target is None or target == src or target not in rank:
                continue
            arrows.setdefault((src, target), []).append(rel.as_posix())
            if rank[target] > rank[src]:
                problems.append(f"ui/{rel}: includes \"{inc}\", but {target}/ is above {src}/ in ui_layers")

    listed = listed_sources(text)
    for rel in sorted(on_disk - listed):
        problems.append(f"ui/{rel}: not in ui/CMakeLists.txt's source lists (add it, or delete the file)")
    for rel in sorted(listed - on_disk):
        problems.append(f"ui/CMakeLists.txt: lists {rel}, which does not exist")

    print("ui layers, each with the folders it includes (bottom first):")
    width = max(len(n) for n in order)
    for name in order:
        below = [t for t in order if (name, t) in arrows]
        print(f"  {name.ljust(width)}  ->  {', '.join(below) or '(nothing in ui/)'}")
    if problems:
        print(f"\ncheck-ui-layers: {len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("check-ui-layers: no upward include, every source listed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
