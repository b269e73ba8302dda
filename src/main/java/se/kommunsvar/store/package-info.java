/**
 * What must outlive a restart and is not page content: residents' feedback and unanswered questions (redacted),
 * the editors' decisions about pages (removals, municipality corrections) and the history of site crawls, in one
 * embedded H2 database in a data folder beside the index.
 */
package se.kommunsvar.store;
