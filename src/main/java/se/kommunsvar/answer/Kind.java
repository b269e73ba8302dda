package se.kommunsvar.answer;

/** The kind of answer a question seeks; decides what evidence the answering sentence must carry. */
public enum Kind {
    /** Which parties govern ("Vilka partier styr?"): party names with a word about governing. */
    PARTIES,
    /** A person in a role ("Vem är kommunstyrelsens ordförande?"): a person's name. */
    PERSON,
    /** The tax rate or what happens to it: a rate, or a word of change, with a tax word. */
    TAX,
    /** A number ("Hur många", "Hur mycket", "Hur stor"): a figure or a number word. */
    NUMBER,
    /** A price or fee ("Vad kostar ...", "Vad är avgiften för ..."): an amount of money, or that it is free. */
    PRICE,
    /** A share ("Hur stor del ...", "Vilken andel ..."): a percentage, else a figure. */
    SHARE,
    /** A cause or reason ("Varför ...", "Vad avgör ..."): a sentence that gives a reason. */
    CAUSE,
    /** A date ("När antogs..."): a date, month or year not already in the question. */
    DATE,
    /** The vision statement: text under or about the vision. */
    VISION,
    /** A list of goals, areas, perspectives, values: an enumeration or list items. */
    LIST,
    /** A phone number or e-mail address. */
    CONTACT,
    /** Anything else: the sentence must be about the question's subject. */
    GENERAL
}
