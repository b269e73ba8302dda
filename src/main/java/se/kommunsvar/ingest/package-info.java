/** Brings pages in: local files and folders (plain text and saved HTML) and, later, crawled sites. */
package se.kommunsvar.ingest;
