package org.csi.platform.rest;

/**
 * The rule every stored string and every query or path parameter follows: no NUL (PostgreSQL refuses it in text, so it
 * would otherwise surface as a 500) and no unpaired UTF-16 surrogate (not a character; it cannot be encoded as UTF-8
 * and would be stored or published as '?'). Hand-written because neither Jackson nor Hibernate Validator has it.
 */
public final class InputText {

    private InputText() {
    }

    /** @return why the text is refused, or null when it is fine */
    public static String problemOf(CharSequence text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain the NUL character (\\u0000)";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain an unpaired surrogate (\\u" + Integer.toHexString(c) + ")";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain an unpaired surrogate (\\u" + Integer.toHexString(c) + ")";
            }
        }
        return null;
    }
}
