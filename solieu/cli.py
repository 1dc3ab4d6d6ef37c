"""The ``solieu`` command: a thin layer over :mod:`solieu.jobs` and friends.

Exit codes: 0 success, 1 a runtime error (one line; ``--debug`` for the traceback), 2 bad usage.

Each command imports what it needs when it runs: `--help`, `serve` and `audit` never load
the extractor (spaCy, underthesea), so they start in a fraction of a second.
"""
from __future__ import annotations

import shlex
import sys

import click

import solieu

DB_OPTION = click.option(
    "--db", "db_path", default="solieu.db", show_default=True,
    type=click.Path(dir_okay=False), help="SQLite database file.",
)


def _without_numpy() -> None:
    """sqlite-utils imports numpy when it can (to store numpy values, which solieu never
    does): a tenth of a second that `audit` and `serve` do not need. Only called before
    anything imports it, by commands that never load the extractor (spaCy needs numpy)."""
    if "numpy" not in sys.modules:
        sys.modules["numpy"] = None  # import numpy -> ImportError: sqlite-utils goes without


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


def _fail_if_all_skipped(report) -> None:
    """`run` and `ingest` alike: exit 1 when not one input became an article."""
    if report.all_skipped():
        raise click.ClickException(
            f"không tệp nào trong {report.skipped()} tệp đầu vào nhập được (none of the "
            f"{report.skipped()} input files could be ingested)")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@DB_OPTION
@click.option("--jobs", "n_jobs", default=1, show_default=True, type=click.IntRange(1), help="Processes for extraction.")
def run(paths, db_path, n_jobs):
    """Ingest article files (default: the bundled corpus), extract facts, build the database.

    Files that are not articles are skipped with their reason, as by `solieu ingest`; the
    exit code is 1 when every file was skipped.

    \b
    Example:
        solieu run                      # the bundled corpus into solieu.db
        solieu run pages/ --db news.db
    """
    from solieu import jobs

    ingested, extracted, summary = jobs.run(list(paths) or None, db_path, jobs=n_jobs)
    _echo_report("ingest", ingested)
    _echo_report("extract", extracted)
    _fail_if_all_skipped(ingested)
    click.echo(f"Done: {summary.line()}.")
    click.echo(f"Browse them with:  solieu serve --db {shlex.quote(db_path)}")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@DB_OPTION
def ingest(paths, db_path):
    """Store article files (scraped text, HTML pages, plain text) without extracting.

    Folders are read recursively (.txt, .html, .htm). A file that is not an article (empty,
    binary, undecodable, over 10 MB, no article in it, not a regular file) is skipped with its reason and the rest
    go on; the exit code is 1 only when every file was skipped.

    \b
    Example:
        solieu ingest corpus/ page.html
    """
    from solieu import store
    from solieu import jobs

    report = jobs.ingest(store.open_db(db_path), paths)
    _echo_report("ingest", report)
    _fail_if_all_skipped(report)


@cli.command()
@DB_OPTION
@click.option("--jobs", "n_jobs", default=1, show_default=True, type=click.IntRange(1), help="Processes to use.")
@click.option("--all", "everything", is_flag=True, help="Re-extract every article, not only new or changed ones.")
def extract(db_path, n_jobs, everything):
    """Extract sentences and facts of new or changed articles.

    \b
    Example:
        solieu extract --jobs 2
    """
    from solieu import store
    from solieu import jobs

    report = jobs.extract(store.open_existing(db_path), jobs=n_jobs, everything=everything)
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
@click.argument("claim", required=False)
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the verdicts as JSON.")
@click.option("--file", "claims_file", type=click.File("r", encoding="utf-8"),
              help="Check every line of this file ('-': standard input), JSON lines out.")
@click.pass_context
def check(ctx, claim, db_path, as_json, claims_file):
    """Check the figures of a quoted CLAIM against the stored facts, with their sources.

    Each figure gets a verdict: matches (the same number, or within the rounding the claim
    itself uses: gần, khoảng, hơn, fewer digits), differs (the source's figure and the
    difference), target-only (a target quoted as done, or the reverse), other period,
    other organization (saying which), or not found (saying what is stored); with the
    source sentence, the article's title, date and URL.

    Many claims: --file FILE (or no CLAIM and text on standard input), one claim per line
    (a line may be a paragraph with several figures), one JSON object per line out.

    \b
    Exit code: 0 every figure matches; 1 a figure is contradicted (differs, target-only,
    other period, other organization); 3 a figure is not found (and none contradicted);
    2 the claim could not be checked (bad usage, no database, no figure).

    \b
    Example:
        solieu check "Năm 2016, LĐLĐ quận Ba Đình kết nạp gần 3.000 đoàn viên"
        solieu check "Năm 2016, LĐLĐ quận Ba Đình thành lập 35 CĐCS" --json
        solieu check --file claims.txt > verdicts.jsonl
        cat claims.txt | solieu check
    """
    from solieu import check as checking
    from solieu.store.db import open_existing

    if claim is not None and claims_file is not None:
        raise click.UsageError("give a CLAIM or --file, not both")
    if claim is None and claims_file is None:
        if sys.stdin.isatty():
            raise click.UsageError("give a CLAIM, --file FILE, or claims on standard input")
        claims_file = click.get_text_stream("stdin", encoding="utf-8")
    try:
        db = open_existing(db_path)
        if claims_file is not None:
            return ctx.exit(_check_file(checking, db, claims_file))
        verdicts = checking.check_claim(db, claim)
    except Exception as exc:  # noqa: BLE001 - any failure means "could not check": exit 2
        if ctx.obj.get("debug") or isinstance(exc, click.exceptions.Exit):
            raise
        raise _Uncheckable(f"{type(exc).__name__}: {exc}") from None
    if as_json:
        click.echo(checking.to_json(claim, verdicts))
    else:
        click.echo(checking.to_text(claim, verdicts, style=_terminal_style()))
    ctx.exit(checking.exit_code(verdicts))


def _check_file(checking, db, lines) -> int:
    import json

    codes = []
    for checked in checking.check_many(db, lines):
        click.echo(json.dumps(checked.document(), ensure_ascii=False))
        codes.append(checked.exit_code)
    return checking.batch_exit_code(codes)


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
    _without_numpy()
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
    from solieu import store
    from solieu import evaluation

    report = evaluation.evaluate_gold_dir(store.open_db(db_path), gold_dir)
    click.echo(evaluation.to_json(report) if as_json else evaluation.to_text(report, gold_dir))


@cli.command()
@DB_OPTION
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--immutable", is_flag=True, help="Serve a finished snapshot: faster, but the file must not change while served.")
def serve(db_path, port, host, immutable):
    """Browse the figures in datasette (read-only), with canned queries and sources.

    \b
    Example:
        solieu serve                       # http://127.0.0.1:8001/ (the desk)
        solieu serve --db news.db --port 8002
    """
    _without_numpy()
    from solieu.store import publish

    click.echo(f"Serving {db_path} read-only at http://{host}:{port}/ (the desk; tables and SQL at "
               f"/{publish.database_name(db_path)}; Ctrl-C to stop)")
    publish.serve(db_path, host=host, port=port, immutable=immutable)


def _parse_overrides(values) -> dict:
    overrides = {}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{value!r} is not NAME=VALUE", param_hint="--set")
        overrides[name.strip()] = setting
    return overrides


@cli.command()
@DB_OPTION
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only articles published on or after this date (YYYY-MM-DD).")
@click.option("--max-pages", type=click.IntRange(1), help="Stop after about this many pages (retries, redirects and robots.txt not counted).")
@click.option("--sections", help="Comma-separated section paths (e.g. cong-doan/hoat-dong,lao-dong/viec-lam), or 'all' for the whole site [default: the site's SECTIONS, in extract/sites/laodongthudo.py].")
@click.option("--base-url", help="Address of the site [default: its BASE_URL]; a mirror's host must be named in SOLIEU_SITE_HOSTS (e.g. laodongthudo=127.0.0.1), for ingest too.")
@click.option("--jobdir", type=click.Path(file_okay=False), help="Scrapy job directory (default: <db>.crawl/job).")
@click.option("--extract", "then_extract", is_flag=True, help="Extract facts of new and changed articles after the crawl.")
@click.option("--contact", envvar="SOLIEU_CONTACT", help="E-mail or URL put in the User-Agent so the site can reach you [env SOLIEU_CONTACT].")
@click.option("--no-delay", is_flag=True, help="No politeness delays or backoff: for a local replica or benchmark only.")
@click.option("--http-cache", is_flag=True, help="Cache pages on disk under <db>.crawl/httpcache (development).")
@click.option("--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting (repeatable).")
@click.option("--retry-gone", is_flag=True, help="Also try articles that failed for good (404...) in the last 30 days; older ones are always tried again.")
def crawl(db_path, since, max_pages, sections, base_url, jobdir, then_extract, contact, no_delay,
          http_cache, overrides, retry_gone):
    """Crawl laodongthudo.vn into the database: new and changed articles only.

    Polite by default (robots.txt, one request at a time with a delay, retries with
    backoff). Resumes after a kill; refuses to run while another crawl holds the database.

    \b
    Example:
        solieu crawl --db news.db --extract
        solieu crawl --sections all --since 2024-01-01 --contact newsroom@example.org
    """
    from solieu import jobs

    report, extracted = jobs.crawl(
        db_path, then_extract=then_extract, since=since.date() if since else None,
        max_pages=max_pages, base_url=base_url, jobdir=jobdir,
        sections=[s.strip() for s in sections.split(",") if s.strip()] if sections else None,
        settings_overrides=_parse_overrides(overrides), contact=contact, no_delays=no_delay,
        http_cache=http_cache, retry_gone=retry_gone,
    )
    if report.resumed:
        click.echo("crawl: the previous crawl did not finish; walked every listing to resume it")
    _echo_report("crawl", report)
    for alarm in report.alarms:
        click.echo(f"WARNING: {alarm}", err=True)
    if extracted is not None:
        _echo_report("extract", extracted)
