/** Understands a resident's question and answers it with verbatim sentences from indexed pages, or abstains. */
package se.kommunsvar.answer;
