package se.kommunsvar.bench;

/**
 * One question of the load mix: the widget's municipality, the question, the text the answer should contain
 * ({@code -} when the pages cannot answer it) and the page that states it (empty when none, or when several pages
 * state it alike, as the contact centre's number on every service page: then any cited page will do).
 */
record BenchQuestion(String municipality, String question, String expected, String url) {

    static final String ABSTAIN = "-";

    String toTsv() {
        return municipality + "\t" + question + "\t" + expected + "\t" + url;
    }

    static BenchQuestion fromTsv(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
            throw new IllegalArgumentException("a question line has 4 tab-separated fields, not " + f.length + ": " + line);
        }
        return new BenchQuestion(f[0], f[1], f[2], f[3]);
    }

    boolean mustAbstain() {
        return expected.equals(ABSTAIN);
    }
}
