/*
 * kb.h - the knowledge-base commands of the CLI: ingest, partners, timeline, brief, person,
 * search, export, counts. Each takes --db FILE (default $CITYTIES_DB, then ./cityties.db),
 * --json (the answer as JSON for scripts) and --help.
 *
 * Exit status: 0 success; 1 when some document failed to ingest, or the thing asked about is
 * unknown or ambiguous; 2 on usage or set-up errors.
 */
#ifndef CT_CLI_KB_H
#define CT_CLI_KB_H

/* Runs KB command cmd (argv[0] is its name); returns the exit status, or -1 when cmd is not a
 * knowledge-base command. */
int cli_kb_main(const char *cmd, int argc, char **argv);

#endif
