/** Runs question sets (the TSV format of shared/eval) through the answerer and counts what it got right. */
package se.kommunsvar.eval;
