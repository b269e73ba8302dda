/** The command line: serve, ingest, ask, eval (and the crawler's reindex). */
package se.kommunsvar.cli;
