import io

from succession.progress import Progress


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_plain_lines_when_not_on_a_terminal(monkeypatch):
    from succession import progress

    monkeypatch.setattr(progress, "LOG_EVERY_SECONDS", 0.0)
    out = io.StringIO()
    bar = Progress(4, stream=out)
    bar.update(1)
    bar.update(1)
    bar.close()
    lines = out.getvalue().splitlines()
    assert lines and lines[-1].startswith("progress: 2/4 documents") and "docs/s" in lines[-1] and "ETA" in lines[-1]


def test_a_bar_on_a_terminal():
    out = Terminal()
    bar = Progress(3, stream=out)
    bar.update(3)
    bar.close()
    assert "3/3" in out.getvalue() and "doc" in out.getvalue()


def test_quiet_prints_nothing(monkeypatch):
    from succession import progress

    monkeypatch.setattr(progress, "LOG_EVERY_SECONDS", 0.0)
    for stream in (io.StringIO(), Terminal()):
        bar = Progress(2, quiet=True, stream=stream)
        bar.update(2)
        bar.close()
        assert stream.getvalue() == ""


def test_the_default_stream_is_the_stderr_of_the_moment_not_of_the_import(monkeypatch):
    import io
    import sys

    from succession.progress import Progress

    now = io.StringIO()
    monkeypatch.setattr(sys, "stderr", now)
    assert Progress(3).stream is now
