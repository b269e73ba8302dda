/** The Lucene index of passages on disk: field names, the Swedish analyzer, atomic page replacement and search. */
package se.kommunsvar.index;
