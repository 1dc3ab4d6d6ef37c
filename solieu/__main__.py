from solieu.cli import cli

cli(prog_name="solieu")
