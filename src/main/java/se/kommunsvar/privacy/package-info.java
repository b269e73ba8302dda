/** Residents' personal data: redaction of questions, and the bounded list of questions that got no answer. */
package se.kommunsvar.privacy;
