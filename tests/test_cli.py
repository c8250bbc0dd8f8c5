"""The command line: formats, several paths, standard input, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from cleanarticle._cli import main


def test_cli_json_on_seed(capsys, seed_text, tmp_path):
    """JSON output of the seed page carries its title and 40 body blocks."""
    path = tmp_path / "page.txt"
    path.write_bytes(seed_text)
    assert 0 == main([str(path)])
    out = json.loads(capsys.readouterr().out)
    assert "泉州“項目攻堅2018”:踔厲奮發 泉州趕超" == out["title"]
    assert 40 == len(out["blocks"])


@pytest.mark.parametrize("fmt,start", [("text", "泉州“項目攻堅2018”"), ("markdown", "# 泉州")])
def test_cli_formats(capsys, seed_text, tmp_path, fmt, start):
    """Text and Markdown output start with the title."""
    path = tmp_path / "page.txt"
    path.write_bytes(seed_text)
    assert 0 == main([str(path), "--format", fmt])
    assert capsys.readouterr().out.startswith(start)


def test_cli_missing_file_exit_code(capsys, tmp_path):
    """A missing file is reported on stderr with exit code 1; the other paths are still cleaned."""
    good = tmp_path / "good.html"
    good.write_text("<p>Una frase completa, con puntuación y sentido.</p>", encoding="utf-8")
    status = main([str(tmp_path / "missing.html"), str(good)])
    captured = capsys.readouterr()
    assert 1 == status
    assert "missing.html" in captured.err
    assert 1 == len(captured.out.strip().splitlines())


def test_cli_bad_usage_exit_code(capsys):
    """An unknown format is a usage error (exit 2)."""
    with pytest.raises(SystemExit) as e:
        main(["x", "--format", "pdf"])
    assert 2 == e.value.code


def test_cli_module_reads_stdin(seed_text):
    """python -m cleanarticle - reads the page from standard input."""
    proc = subprocess.run(
        [sys.executable, "-m", "cleanarticle", "-", "--format", "text"],
        input=seed_text,
        capture_output=True,
        check=True,
    )
    assert proc.stdout.decode("utf-8").startswith("泉州“項目攻堅2018”")
