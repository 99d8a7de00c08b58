#!/usr/bin/env python3
"""Runs the commands that documentation pages tell a reader to type, exactly as written, in a fresh clone.

A page marks the fenced blocks it promises work with an HTML comment on the line before the block:

  <!-- ci: run [DIR] -->   the block is shell commands: run them (bash, stop at the first failure) in DIR, a folder
                           relative to the clone's root (the root itself when DIR is left out)
  <!-- ci: file PATH -->   the block is a file to create at PATH (relative to the clone's root), as the page says
  <!-- ci: output -->      the block is what the previous run block prints: its standard output must equal it

Usage: doc_commands.py CLONE PAGE...  Each page starts from the same clone, with the folders beside the clone (the
packages folder, the reader's app) removed, an empty .NET tools home and an empty NuGet packages folder (the
machine's packages folder serves as a read-only fallback, so nothing is downloaded twice), so every page stands alone
and nothing installed by an earlier page or an earlier run is reused.
"""
import os, pathlib, re, shutil, subprocess, sys

MARK = re.compile(r"^<!-- ci: (run|file|output)(?: (\S+))? -->\n```[a-z]*\n(.*?)^```", re.M | re.S)


def blocks(markdown):
    return [(m.group(1), m.group(2), m.group(3)) for m in MARK.finditer(markdown)]


def run_page(clone, page, fallback):
    parent = clone.parent
    for entry in parent.iterdir():
        if entry != clone:
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    home, packages = parent / ".home", parent / ".nuget-packages"
    env = dict(os.environ, DOTNET_CLI_HOME=str(home), NUGET_PACKAGES=str(packages), NUGET_FALLBACK_PACKAGES=fallback,
               PATH=str(home / ".dotnet" / "tools") + os.pathsep + os.environ["PATH"])
    found = blocks((clone / page).read_text(encoding="utf-8"))
    if not found:
        print(f"{page}: no block is marked for CI")
        return False
    last_output = None
    for kind, where, body in found:
        if kind == "file":
            target = (clone / where).resolve()
            print(f"--- {page}: write {where}")
            target.write_text(body, encoding="utf-8")
        elif kind == "run":
            folder = (clone / (where or ".")).resolve()
            print(f"--- {page}: in {where or 'the clone'}\n{body}", end="", flush=True)
            done = subprocess.run(["bash", "-euo", "pipefail", "-c", body], cwd=folder, env=env, text=True,
                                  stdout=subprocess.PIPE)
            last_output = done.stdout
            print(done.stdout, end="")
            if done.returncode != 0:
                print(f"{page}: the block above failed with exit code {done.returncode}")
                return False
        else:
            if last_output is None or last_output.rstrip("\n") != body.rstrip("\n"):
                print(f"{page}: the output shown differs from what the commands printed:\n{body}")
                return False
            print(f"--- {page}: the output matches the page")
    return True


def main():
    clone = pathlib.Path(sys.argv[1]).resolve()
    fallback = subprocess.run(["dotnet", "nuget", "locals", "global-packages", "--list"], text=True,
                              stdout=subprocess.PIPE, check=True).stdout.split(":", 1)[1].strip()
    stale = [p.name for p in pathlib.Path(fallback).glob("cramps.*")] if pathlib.Path(fallback).is_dir() else []
    if stale:
        print(f"the machine's NuGet packages folder holds {', '.join(stale)}: a fresh install cannot be proven; remove them")
        return 1
    failed = [page for page in sys.argv[2:] if not run_page(clone, page, fallback)]
    print("failed: " + ", ".join(failed) if failed else "every page's commands worked as written")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
