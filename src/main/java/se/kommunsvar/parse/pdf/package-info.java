/**
 * Reads PDF documents (plans, budgets, annual reports) into pages of blocks in reading order, with the page each
 * block is printed on: PDFBox gives the glyphs and their positions, this package gives them their order.
 */
package se.kommunsvar.parse.pdf;
