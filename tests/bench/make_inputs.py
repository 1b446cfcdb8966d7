#!/usr/bin/env python3
"""Writes the generated inputs the measurement scripts of tests/bench run civic-parse on.

    make_inputs.py OUT_DIR INPUT...

Each INPUT is written to OUT_DIR under its own name:
  ndjson-N     N statements as NDJSON lines ({"id", "text"}), the project's fixtures in turn
  paragraphs   the CLI test's large input (tests/cli/run_cli.cmake, "@large"): a sentence of
               prose, a demand and a signer, repeated to 20 MB; a block every 77 bytes
  prose        one paragraph of 224 bytes, repeated to 20 MiB
  page         the fixtures one after another, repeated to 23 MiB: a page of statements, its
               lists making one of about 100,000 signers
  list         a statement whose list after its header has 51,583 signers, one a line
"""
import json
import os
import sys

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures")


def fixtures():
    """The fixtures' bytes, in the order of their paths."""
    out = []
    for root, dirs, files in os.walk(FIXTURES):
        dirs.sort()
        for name in sorted(files):
            if not name.startswith("."):
                with open(os.path.join(root, name), "rb") as f:
                    out.append(f.read())
    return out


def ndjson(path, count):
    texts = [t.decode("utf-8", "replace") for t in fixtures()]
    with open(path, "w", encoding="utf-8") as out:
        for i in range(count):
            out.write(json.dumps({"id": i, "text": texts[i % len(texts)]}, ensure_ascii=False))
            out.write("\n")


# The sentence of prose both long texts of paragraphs open with.
SENTENCE = ("The Tamarind Falls assembly met again today and discussed the closure of the river port, "
            "the new tariffs and the arrests of students.")


def paragraphs(path):
    unit = (SENTENCE + "\n\n"
            "\u2013 Release everyone detained for a peaceful protest;\n\n"
            "Amber Lantern Association (Kyrgyzstan)\n\n").encode()
    mebibyte = unit * (1048576 // len(unit) + 1)  # as run_cli.cmake makes it
    with open(path, "wb") as f:
        f.write(mebibyte * 20)


def prose(path):
    paragraph = (SENTENCE + " Many of them were held overnight without a lawyer, and their families "
                 "were not told where.\n\n").encode()
    with open(path, "wb") as f:
        f.write(paragraph * (20 * 1048576 // len(paragraph)))


def page(path):
    statements = b"".join(text + b"\n\n" for text in fixtures())
    with open(path, "wb") as f:
        size = 0
        while size < 23 * 1048576:
            f.write(statements)
            size += len(statements)


def signer_list(path):
    with open(path, "wb") as f:
        f.write(b"Joint statement on something\n\n"
                b"We, the undersigned organisations, call on the government to act.\n\nSignatories:\n")
        for i in range(1, 51584):
            f.write(b"Association No %d (Chile)\n" % i)


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    out_dir = argv[1]
    makers = {"paragraphs": paragraphs, "prose": prose, "page": page, "list": signer_list}
    for name in argv[2:]:
        path = os.path.join(out_dir, name)
        if name.startswith("ndjson-"):
            ndjson(path, int(name[len("ndjson-"):]))
        elif name in makers:
            makers[name](path)
        else:
            sys.exit(f"make_inputs.py: no input named {name}")


if __name__ == "__main__":
    main(sys.argv)
