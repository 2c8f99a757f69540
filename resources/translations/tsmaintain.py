#!/usr/bin/env python3
"""Keeps mestring_da.ts in the translation contexts the program really uses.

Why: core/ and app/cli/ translate through small helpers, `QString tr(const char *text)`
calling QCoreApplication::translate("mestring", text). lupdate cannot see through them: it
files each `tr("...")` call under the enclosing namespace or class ("mestring::core",
"mestring::core::AuthService") although the program looks the string up under "mestring".
Such a translation would never be found. This script moves every message whose context is
not a class with Q_OBJECT, Q_GADGET or Q_DECLARE_TR_FUNCTIONS (the only contexts tr() can
really have) into "mestring", and brings back the translations lupdate dropped on the way.

The update_translations target runs it around lupdate:
    tsmaintain.py snapshot <ts> <snapshot.json>      before lupdate
    tsmaintain.py apply <ts> <snapshot.json> <source dir>...   after lupdate
Standard library only.
"""
import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

SHARED_CONTEXT = "mestring"
CLASS_RE = re.compile(r"\b(?:class|struct)\s+(?:\w+\s+)*?(\w+)\s*(?:final\s*)?(?::[^{;]*)?\{")
MARKER_RE = re.compile(r"\b(Q_OBJECT|Q_GADGET|Q_DECLARE_TR_FUNCTIONS)\b")


def message_key(message):
    comment = message.findtext("comment") or ""
    return (message.findtext("source") or "", comment)


def is_finished(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "") != "" for form in forms)
    return (translation.text or "") != ""


def translation_of(message):
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return translation.text or ""


def set_translation(message, value):
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    if isinstance(value, list):
        for form, text in zip(translation.findall("numerusform"), value):
            form.text = text
    else:
        translation.text = value


def tr_classes(source_dirs):
    """Names of the classes that own a tr() (the last part of a context must be one)."""
    names = set()
    for directory in source_dirs:
        for path in pathlib.Path(directory).rglob("*"):
            if path.suffix not in (".h", ".cpp"):
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            matches = list(CLASS_RE.finditer(text))
            for i, match in enumerate(matches):
                end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
                if MARKER_RE.search(text, match.end(), end):
                    names.add(match.group(1))
    return names


def snapshot(ts_path, snapshot_path):
    root = ET.parse(ts_path).getroot()
    saved = []
    for context in root.findall("context"):
        for message in context.findall("message"):
            if is_finished(message):
                source, comment = message_key(message)
                saved.append({"context": context.findtext("name"), "source": source,
                              "comment": comment, "translation": translation_of(message)})
    pathlib.Path(snapshot_path).write_text(json.dumps(saved, ensure_ascii=False, indent=0),
                                           encoding="utf-8")


def apply(ts_path, snapshot_path, source_dirs):
    tree = ET.parse(ts_path)
    root = tree.getroot()
    owners = tr_classes(source_dirs)
    contexts = {context.findtext("name"): context for context in root.findall("context")}

    shared = contexts.get(SHARED_CONTEXT)
    if shared is None:
        shared = ET.SubElement(root, "context")
        ET.SubElement(shared, "name").text = SHARED_CONTEXT
        contexts[SHARED_CONTEXT] = shared
    seen = {message_key(m): m for m in shared.findall("message")}
    for name, context in list(contexts.items()):
        if name == SHARED_CONTEXT or name.split("::")[-1] in owners:
            continue
        for message in context.findall("message"):
            key = message_key(message)
            if key in seen:
                if not is_finished(seen[key]) and is_finished(message):
                    set_translation(seen[key], translation_of(message))
            else:
                shared.append(message)
                seen[key] = message
        root.remove(context)
        del contexts[name]

    remembered = {}
    if pathlib.Path(snapshot_path).exists():
        for entry in json.loads(pathlib.Path(snapshot_path).read_text(encoding="utf-8")):
            remembered[(entry["context"], entry["source"], entry["comment"])] = entry["translation"]
    restored = 0
    for name, context in contexts.items():
        for message in context.findall("message"):
            key = (name,) + message_key(message)
            if not is_finished(message) and key in remembered:
                set_translation(message, remembered[key])
                restored += 1

    for context in sorted(contexts.values(), key=lambda c: c.findtext("name")):
        root.remove(context)
        root.append(context)
    write_like_lupdate(root, ts_path)
    unfinished = sum(1 for m in root.iter("message") if not is_finished(m))
    print(f"tsmaintain: {restored} translation(s) restored, {unfinished} unfinished")


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def write_like_lupdate(root, path):
    """Writes the file the way lupdate does, so its next run changes nothing needlessly."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="{root.get("version", "2.1")}" language="{root.get("language")}">']

    def element(node, depth):
        pad = "    " * depth
        attrs = "".join(f' {k}="{escape(v)}"' for k, v in node.attrib.items())
        children = list(node)
        if children:
            out.append(f"{pad}<{node.tag}{attrs}>")
            for child in children:
                element(child, depth + 1)
            out.append(f"{pad}</{node.tag}>")
        else:
            out.append(f"{pad}<{node.tag}{attrs}>{escape(node.text or '')}</{node.tag}>")

    for context in root.findall("context"):
        out.append("<context>")
        for child in context:
            element(child, 1)
        out.append("</context>")
    out.append("</TS>")
    pathlib.Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "snapshot":
        snapshot(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 5 and sys.argv[1] == "apply":
        apply(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        sys.exit(__doc__)
