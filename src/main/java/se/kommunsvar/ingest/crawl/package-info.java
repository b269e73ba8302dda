/**
 * The polite crawler: robots.txt, sitemaps, a rate per host, a guard against private addresses, conditional
 * GETs and content hashes, and the corpus of fetched pages that the index can be rebuilt from.
 */
package se.kommunsvar.ingest.crawl;
