package com.samiatarot.wallet.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.samiatarot.shared.problem.DomainException;

/**
 * Refuses anything that looks like raw card data: a 13–19 digit run (spaces or dashes allowed between
 * digits) that passes the Luhn check, or a labelled security code. The offending value is never echoed
 * or logged: the problem names only the field.
 */
public final class CardDataGuard {

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[ -]?\\d){12,18}");
    private static final Pattern SECURITY_CODE = Pattern.compile("(?i)\\b(cvc|cvv2?|csc|cid|security[ _-]?code)\\b\\W{0,3}\\d{3,4}");

    private CardDataGuard() {
    }

    public static void refuseCardData(String field, String value) {
        if (value == null) {
            return;
        }
        if (looksLikeCardNumber(value) || SECURITY_CODE.matcher(value).find()) {
            throw DomainException.invalidField(field,
                    "looks like raw card data; send only the gateway's tokenized reference (card numbers and security codes are never accepted)");
        }
    }

    public static boolean looksLikeCardNumber(String value) {
        Matcher m = DIGIT_RUN.matcher(value);
        while (m.find()) {
            String digits = m.group().replaceAll("[ -]", "");
            for (int len = 19; len >= 13; len--) {
                for (int start = 0; start + len <= digits.length(); start++) {
                    if (luhn(digits.substring(start, start + len))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
