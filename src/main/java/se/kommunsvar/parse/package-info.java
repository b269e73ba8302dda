/** Turns a fetched or saved page (plain text or HTML) into a {@link se.kommunsvar.parse.Page} of blocks and then into indexable passages. */
package se.kommunsvar.parse;
