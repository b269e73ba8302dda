package se.kommunsvar.municipality;

/**
 * Optimal-string-alignment (restricted Damerau-Levenshtein) distance, cut off above a limit. Swapping in a
 * letter costs 1 only when the two keys are neighbours on the keyboard; "bostad" is not a typo of "båstad".
 */
final class Typos {
    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    private Typos() {}

    static int substitution(char a, char b) {
        return a == b ? 0 : neighbours(a, b) ? 1 : 2;
    }

    private static boolean neighbours(char a, char b) {
        int ra = row(a);
        int rb = row(b);
        if (ra < 0 || rb < 0 || Math.abs(ra - rb) > 1) {
            return false;
        }
        int ia = ROWS[ra].indexOf(a);
        int ib = ROWS[rb].indexOf(b);
        if (ra == rb) {
            return Math.abs(ia - ib) == 1;
        }
        int upper = ra < rb ? ia : ib;
        int lower = ra < rb ? ib : ia;
        return lower == upper || lower == upper - 1;
    }

    private static int row(char c) {
        for (int r = 0; r < ROWS.length; r++) {
            if (ROWS[r].indexOf(c) >= 0) {
                return r;
            }
        }
        return -1;
    }

    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = substitution(a.charAt(i - 1), b.charAt(j - 1));
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
