"""The ``solieu`` command: a thin layer over :mod:`solieu.jobs` and friends.

Exit codes: 0 success, 1 a runtime error (one line; ``--debug`` for the traceback), 2 bad usage.
"""
from __future__ import annotations

import shlex
import sys

import click

import solieu
import store
from solieu import jobs

DB_OPTION = click.option(
    "--db", "db_path", default="solieu.db", show_default=True,
    type=click.Path(dir_okay=False), help="SQLite database file.",
)


class Group(click.Group):
    """Turns any uncaught exception into one clear line and exit code 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except Exception as exc:  # noqa: BLE001 - the CLI's last line of defence
            if ctx.params.get("debug") or ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"Error: {type(exc).__name__}: {exc}", err=True)
            sys.exit(1)


@click.group(cls=Group)
@click.version_option(solieu.__version__, prog_name="solieu")
@click.option("--debug", is_flag=True, help="Show tracebacks of errors.")
@click.pass_context
def cli(ctx, debug):
    """Figures from Vietnamese news, each with the sentence it came from."""
    ctx.obj = {"debug": debug}


def _echo_report(stage: str, report) -> None:
    parts = ", ".join(f"{n} {k}" for k, n in sorted(report.counts.items())) or "nothing to do"
    click.echo(f"{stage}: {parts}")
    for error in report.errors:
        click.echo(f"  skipped {error['source']}: {error['message']}", err=True)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@DB_OPTION
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(1), help="Processes for extraction.")
def run(paths, db_path, jobs):
    """Ingest article files (default: the bundled corpus), extract facts, build the database.

    \b
    Example:
        solieu run                      # the bundled corpus into solieu.db
        solieu run pages/ --db news.db
    """
    ingested, extracted, summary = jobs_run(paths, db_path, jobs)
    _echo_report("ingest", ingested)
    _echo_report("extract", extracted)
    click.echo(f"Done: {summary.line()}.")
    click.echo(f"Browse them with:  solieu serve --db {shlex.quote(db_path)}")


def jobs_run(paths, db_path, n):
    return jobs.run(list(paths) or None, db_path, jobs=n)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@DB_OPTION
def ingest(paths, db_path):
    """Store article files (scraped text, HTML pages, plain text) without extracting.

    Folders are read recursively (.txt, .html, .htm). A file that is not an article (empty,
    binary, undecodable, over 10 MB, no article in it) is skipped with its reason and the rest
    go on; the exit code is 1 only when every file was skipped.

    \b
    Example:
        solieu ingest corpus/ page.html
    """
    report = jobs.ingest(store.open_db(db_path), paths)
    _echo_report("ingest", report)
    skipped = sum(n for outcome, n in report.counts.items() if outcome.startswith("skipped_"))
    if skipped and skipped == sum(report.counts.values()):
        raise click.ClickException(f"none of the {skipped} input files could be ingested")


@cli.command()
@DB_OPTION
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(1), help="Processes to use.")
@click.option("--all", "everything", is_flag=True, help="Re-extract every article, not only new or changed ones.")
def extract(db_path, jobs, everything):
    """Extract sentences and facts of new or changed articles.

    \b
    Example:
        solieu extract --jobs 2
    """
    from solieu import jobs as api  # the option shadows the module name

    report = api.extract(store.open_db(db_path), jobs=jobs, everything=everything)
    _echo_report("extract", report)


class _Uncheckable(click.ClickException):
    """`solieu check` could not check the claim: exit 2, so that 1 keeps meaning "a figure differs"."""

    exit_code = 2


def _terminal_style():
    """Colour and bold on a terminal; None (the figure in [brackets]) when piped."""
    if not sys.stdout.isatty():
        return None
    colours = {"matches": "green", "differs": "red", "not found": "yellow", "figure": "cyan"}
    return lambda text, role: click.style(text, fg=colours.get(role), bold=True)


@cli.command()
@click.argument("claim")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the verdicts as JSON.")
@click.pass_context
def check(ctx, claim, db_path, as_json):
    """Check the figures of a quoted CLAIM against the stored facts, with their sources.

    Each figure gets a verdict: matches (equal, or within the rounding the claim uses),
    differs (the closest source figure and the difference), or not found; with the source
    sentence, the article's title, date and URL.

    \b
    Exit code: 0 every figure matches; 1 a figure differs or is not found (a verdict,
    not an error); 2 the claim could not be checked (bad usage, no database, no figure).

    \b
    Example:
        solieu check "Năm 2016, LĐLĐ quận Ba Đình kết nạp gần 3.000 đoàn viên"
        solieu check "Năm 2016, LĐLĐ quận Ba Đình thành lập 35 CĐCS" --json
    """
    from solieu import check as checking

    try:
        verdicts = checking.check_database(db_path, claim)
    except Exception as exc:  # noqa: BLE001 - any failure means "could not check": exit 2
        if ctx.obj.get("debug"):
            raise
        raise _Uncheckable(f"{type(exc).__name__}: {exc}") from None
    if as_json:
        click.echo(checking.to_json(claim, verdicts))
    else:
        click.echo(checking.to_text(claim, verdicts, style=_terminal_style()))
    ctx.exit(checking.exit_code(verdicts))


@cli.command()
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def audit(db_path, as_json):
    """Corpus-wide problems: malformed numbers, percentages that do not add up with their
    numerator/denominator, the same organization + metric + period with different values.

    \b
    Example:
        solieu audit
        solieu audit --db news.db --json
    """
    from solieu import audit as auditing

    report = auditing.audit_database(db_path)
    click.echo(auditing.to_json(report) if as_json else auditing.to_text(report))


@cli.command("eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="Directory of gold files: <stem>.jsonl and <stem>.nonfacts.jsonl.")
@click.option("--db", "db_path", default="solieu.db", show_default=True,
              type=click.Path(exists=True, dir_okay=False), help="SQLite database file (after solieu run).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate_command(gold_dir, db_path, as_json):
    """Score the stored facts against a gold annotation: precision, recall, F1, per-field
    accuracy, non-facts extracted, misses and false positives (per article and overall).

    Each gold file is matched to the article whose body holds its gold sentences.

    \b
    Example:
        solieu run && solieu eval --gold corpus/gold
        solieu eval --gold corpus/gold --db news.db --json
    """
    from solieu import evaluation

    report = evaluation.evaluate_gold_dir(store.open_db(db_path), gold_dir)
    click.echo(evaluation.to_json(report) if as_json else evaluation.to_text(report, gold_dir))
